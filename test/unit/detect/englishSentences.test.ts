/**
 * A long English description is read by its first sentence (issue 9, lexicon read from source):
 * what follows it speaks of other data. Each case with a negative beside it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstSentence } from '../../../src/core/detect/readings.js';
import { classifyTable } from './classifyTable.js';

test('firstSentence ends at a full stop before a space or at a blank line, not inside e.g.', () => {
  assert.equal(firstSentence('The ID of the payment. Square may use the address.'), 'The ID of the payment');
  assert.equal(firstSentence('The source type.\n\nValues include CARD.'), 'The source type');
  assert.equal(firstSentence('A link\n\nadded later'), 'A link');
  assert.equal(
    firstSentence('The contact, e.g. the email address of the user'),
    'The contact, e.g. the email address of the user',
  );
  assert.equal(firstSentence('Version 1.2 of the schema'), 'Version 1.2 of the schema');
});

classifyTable('a long English description read by its first sentence', [
  {
    name: 'public_url',
    owner: 'Invoice',
    type: 'string',
    comment:
      'A temporary link to the hosted payment page. If the link expires, customers can provide the email address or phone number associated with the invoice.',
    expect: undefined,
  },
  // The first sentence still names the data.
  {
    name: 'contact_value',
    owner: 'Invoice',
    type: 'string',
    comment: 'The email address of the customer. Used to send the invoice when it is published.',
    expect: 'contact',
  },
  {
    name: 'mapping',
    owner: 'LoyaltyAccount',
    type: 'LoyaltyAccountMapping',
    comment:
      'The mapping that associates the loyalty account with a buyer. A buyer is mapped by phone number.',
    expect: undefined,
  },
  {
    name: 'mapping',
    owner: 'LoyaltyAccount',
    type: 'string',
    comment: 'The phone number of the buyer. It maps the loyalty account to the buyer.',
    expect: 'contact',
  },
]);

classifyTable('an English description of a key to a person', [
  // The key to an account holder is the holder's key, not their name.
  {
    name: 'accountHolderId',
    owner: 'GrantOffer',
    type: 'string',
    comment: 'The unique identifier of the account holder that receives the grant.',
    expect: 'online_id',
  },
  // The account holder's own name stays a name.
  {
    name: 'holder',
    owner: 'GrantOffer',
    type: 'string',
    comment: 'The name of the account holder.',
    expect: 'name',
  },
]);
