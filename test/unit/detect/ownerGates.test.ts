/**
 * Fields whose own words are personal but whose owner names no person (issue 9, session 15,
 * branch `det-owners`; `docs/detection-rulings.md`, "Owners that name no person"). A negative
 * beside each rule.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyName } from '../../../src/core/detect/classifyName.js';
import { classifyTable } from './classifyTable.js';

classifyTable('a postal address record is where a person lives or receives parcels', [
  { name: 'name', owner: 'address', type: 'String', expect: 'name' },
  { name: 'address', owner: 'shippingAddress', type: 'String', expect: 'address' },
  { name: 'address', owner: 'DeliveryAddressDTO', type: 'string', expect: 'address' },
  // A thing's address (a store's, a warehouse's) locates no person.
  { name: 'name', owner: 'StoreAddress', type: 'String', expect: undefined },
  { name: 'address', owner: 'warehouse_address', type: 'varchar(255)', expect: undefined },
  // The record's plain fields stay plain.
  { name: 'tag', owner: 'address', type: 'String', expect: undefined },
]);

describe('a postal address record explains whose field it is', () => {
  it('names the address record, not a person', () => {
    const found = classifyName('name', { owner: 'ShippingAddress', declaredType: 'String' });
    const owner = found?.evidence.find((e) => e.kind === 'owner');
    assert.ok(owner !== undefined, 'the owner is evidence');
    assert.equal(owner.matched, 'address');
    assert.match(owner.detail, /postal address, where a person lives or receives parcels/);
  });
});

classifyTable('an e-mail record’s recipient is a contact detail', [
  { name: 'to', owner: 'QueuedMail', type: 'models.CharField', expect: 'contact' },
  { name: 'to', owner: 'OutboundEmail', type: 'string', expect: 'contact' },
  // Elsewhere `to` is a direction: a transfer's or a route's other end.
  { name: 'to', owner: 'BankTransfer', type: 'string', expect: undefined },
  { name: 'to', owner: 'Route', type: 'string', expect: undefined },
  // The word still opens the phrase it begins: the other party's name and address.
  { name: 'toName', owner: 'Send', type: 'String', expect: 'name' },
  { name: 'toAddr', owner: 'Send', type: 'String', expect: 'address' },
]);

classifyTable('a card is issued to a person, its holder', [
  { name: 'name', owner: 'BankCard', type: 'varchar(64)', expect: 'name' },
  { name: 'name', owner: 'card', type: 'String', expect: 'name' },
  // A card that an owner word gives to a thing, or a record about cards, is not a holder's.
  { name: 'name', owner: 'StoreCard', type: 'String', expect: undefined },
  { name: 'name', owner: 'CardTemplate', type: 'String', expect: undefined },
  { name: 'color', owner: 'BankCard', type: 'String', expect: undefined },
]);

describe('a card explains whose field it is', () => {
  it('names the card, not a person', () => {
    const found = classifyName('name', { owner: 'BankCard', declaredType: 'String' });
    const owner = found?.evidence.find((e) => e.kind === 'owner');
    assert.ok(owner !== undefined, 'the owner is evidence');
    assert.match(owner.detail, /a card issued to a person, its holder/);
  });
});
