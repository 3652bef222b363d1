/**
 * Schema records read in issue 9, session 17 (branch `det-sql`): SQL DDL, Prisma, Protobuf and
 * Go structs. Each rule with a negative beside it; names are unlike the lexicon's records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import { classifyRecords } from '../../../src/core/scan/recordMemo.js';
import { defaultVocabulary } from '../../../src/core/detect/vocabulary/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import { classifyTable } from './classifyTable.js';

const field = (
  owner: string,
  name: string,
  ownerComment?: string,
  declaredType?: string,
): FieldCandidate => ({
  name,
  owner,
  ...(ownerComment !== undefined ? { ownerComment } : {}),
  ...(declaredType !== undefined ? { declaredType } : {}),
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  role: 'declaration',
});

classifyTable('a record named only as a list element is read by its fields’ own words', [
  { name: 'email', owner: 'Item', type: 'string', expect: 'contact' },
  { name: 'mobile', owner: 'Item', type: 'string', comment: '手机号', expect: 'contact' },
  { name: 'sex', owner: 'EntryVO', type: 'int32', expect: 'basic_profile' },
  // Described by the message that holds it, the element is that message's: a user's or a goods'.
  { name: 'name', owner: 'Item', ownerComment: 'MemberListResponse', type: 'string', expect: 'name' },
  { name: 'name', owner: 'Item', ownerComment: '商品列表', type: 'string', expect: undefined },
  // A thing's item (an order line, a goods item) is still the thing's; a bare name is no one's.
  { name: 'mobile', owner: 'GoodsItem', type: 'string', expect: undefined },
  { name: 'name', owner: 'Item', type: 'string', expect: undefined },
  { name: 'price', owner: 'Item', type: 'int64', expect: undefined },
]);

describe('a list element’s sibling naming a person lends the person to no other field', () => {
  it('a vault entry holding a login name keeps its own title', () => {
    const found = classifyCandidates([field('Item', 'login_name'), field('Item', 'name')]);
    assert.equal(found[0]?.category, 'online_id');
    assert.equal(found[1], undefined);
  });
  it('an account holding a login name names its holder', () => {
    const found = classifyCandidates([field('Account', 'login_name'), field('Account', 'name')]);
    assert.equal(found[1]?.category, 'name');
  });
});

classifyTable('a position in a list or a page is not where someone is', [
  {
    name: 'Offset',
    owner: 'ListByMemberRequest',
    type: '*int64',
    comment: '查询起始位置',
    expect: undefined,
  },
  { name: 'cursor', owner: 'member_trace', type: 'int', comment: '读取位置', expect: undefined },
  // Where a trip starts is a place, named by its comment alone.
  { name: 'start_pos', owner: 'rideOrder', type: 'string', comment: '起始位置', expect: 'whereabouts' },
]);

classifyTable('a file’s or a link’s 地址 is a URL, not where someone lives', [
  { name: 'avatar_name', owner: 'sys_member', type: 'varchar(255)', comment: '头像地址', expect: undefined },
  { name: 'x', owner: 'member_file', type: 'varchar(255)', comment: '附件地址', expect: undefined },
  // A home or a contact address of the same person is still one.
  { name: 'x', owner: 'sys_member', type: 'varchar(255)', comment: '家庭地址', expect: 'address' },
]);

describe('a schema field named for the record type it holds is that record, not data', () => {
  const read = (path: string, fields: readonly FieldCandidate[]) =>
    classifyRecords(fields, { vocabulary: defaultVocabulary(), contestedReading: 'strict', path }, undefined)
      .classified;
  it('a Prisma relation to a model of the schema has no column: its model’s fields carry the data', () => {
    const found = read('schema.prisma', [
      field('Member', 'emailAccount', undefined, 'EmailAccount?'),
      field('EmailAccount', 'email', undefined, 'String'),
    ]);
    assert.equal(found[0], undefined);
    assert.equal(found[1]?.category, 'contact');
  });
  it('a Go field holding a struct of the file named as it is', () => {
    const found = read('pay.go', [
      field('Order', 'Payer', undefined, '*Payer'),
      field('Payer', 'OpenID', undefined, 'string'),
    ]);
    assert.equal(found[0], undefined);
  });
  it('a field named for what the record is to it, or typed by a record of no file read here, is kept', () => {
    const money = read('checkout.proto', [
      field('ChargeRequest', 'amount', undefined, 'Money'),
      field('Money', 'units', undefined, 'int64'),
    ]);
    assert.equal(money[0]?.category, 'transaction');
    // A bare channel word (not EmailAccount, which names an account record wherever it is: det-java).
    const alone = read('schema.prisma', [
      field('Member', 'phone', undefined, 'Phone?'),
      field('Member', 'nickname', undefined, 'String'),
    ]);
    assert.equal(alone[0]?.category, 'contact');
  });
});
