/**
 * Classes of error found on the train split of the real-code field lexicon, third pass
 * (issue 9): each rule with a negative beside it. Names are unlike the lexicon's own records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import { classifyTable } from './classifyTable.js';

classifyTable('what an order or a payment message cost the person', [
  { name: 'room_price', owner: 'hostel_order', type: 'bigint', expect: 'transaction' },
  { name: 'postage', owner: 'MallOrder', expect: 'transaction' },
  { name: 'refund', owner: 'RefundDetail', type: 'int', expect: 'transaction' },
  { name: 'outRefundNo', owner: 'RefundQueryResp', type: 'string', expect: 'transaction' },
  { name: 'transactionId', owner: 'CloseTradeReq', type: 'string', expect: 'transaction' },
  { name: 'tracking_id', owner: 'DispatchParcelReply', expect: 'transaction' },
  // A product's price is the shop's; a database's distributed transaction is no one's payment.
  { name: 'price', owner: 'Product', type: 'decimal', expect: undefined },
  { name: 'product_price', owner: 'Order', type: 'decimal', expect: undefined },
  {
    name: 'xid',
    owner: 'undo_log',
    ownerComment: 'transaction mode undo table',
    comment: 'global transaction id',
    expect: undefined,
  },
]);

classifyTable('a record’s own surrogate key is not reported; a key to a person elsewhere is', [
  { name: 'customer_id', owner: 'customers', expect: undefined },
  { name: 'memberId', owner: 'MemberVO', comment: '会员id', expect: undefined },
  { name: 'id', owner: 'bookSeat', type: 'integer', comment: '用户id', expect: undefined },
  // The same key in another record points at the person.
  { name: 'customer_id', owner: 'invoices', expect: 'online_id' },
  { name: 'memberId', owner: 'MemberLoginEvent', expect: 'online_id' },
  // A number the person is known by, and a staff number, are not row keys.
  { name: 'memberNo', owner: 'Member', comment: '会员编号', expect: 'online_id' },
  { name: 'staffId', owner: 'Staff', comment: '工号', expect: 'online_id' },
]);

classifyTable('a possessive run into the head noun (`fathersname`) reads as written apart', [
  { name: 'fathersname', owner: 'patient_data', expect: 'name' },
  { name: 'guardiansname', owner: 'patient_data', expect: 'name' },
  // A plural of a thing before a name is still a thing's name.
  { name: 'itemsname', owner: 'patient_data', expect: undefined },
]);

classifyTable('a string too short for an e-mail or a phone is a flag about the channel', [
  { name: 'allow_mail', owner: 'patient_data', type: 'varchar(3)', expect: undefined },
  { name: 'mail', owner: 'patient_data', type: 'varchar(3)', expect: undefined },
  // The same word as a real column is the person's e-mail.
  { name: 'mail', owner: 'patient_data', type: 'varchar(255)', expect: 'contact' },
]);

describe('a record holding a diagnosis is a clinical record, whatever its name', () => {
  const field = (owner: string, name: string): FieldCandidate => ({
    name,
    owner,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    role: 'declaration',
  });
  it('reads the clinical words of the other fields, and says why', () => {
    const found = classifyCandidates([
      field('issues', 'diagnosis'),
      field('issues', 'reaction'),
      field('issues', 'title'),
    ]);
    const reaction = found[1];
    assert.ok(reaction !== undefined);
    assert.equal(reaction.category, 'health');
    assert.ok(reaction.evidence.some((e) => e.detail.includes('"diagnosis"')));
    // A field that names nothing clinical stays unreported.
    assert.equal(found[2], undefined);
  });
  it('keeps a claim a claim: a diagnosis code supports it, the adjuster’s note is not clinical', () => {
    const found = classifyCandidates([
      field('InsuranceClaim', 'diagnosis_code'),
      field('InsuranceClaim', 'note'),
    ]);
    assert.equal(found[0]?.category, 'health');
    assert.equal(found[1], undefined);
  });
  it('leaves the same words alone in a record without a clinical finding', () => {
    const found = classifyCandidates([field('issues', 'title'), field('issues', 'reaction')]);
    assert.equal(found[1], undefined);
  });
});

classifyTable('a login session’s token and a WeChat session key described in Chinese', [
  { name: 'sessionToken', owner: 'Session', type: 'String', expect: 'credential' },
  { name: 'session_key', owner: 'mall_user', comment: '微信登录会话KEY', expect: 'credential' },
  // A service's session settings are not a person's secret.
  { name: 'session_timeout', owner: 'Session', type: 'Int', expect: undefined },
]);

classifyTable('a place the data sits in is not whose it is (`在…下的`)', [
  { name: 'openid', owner: 'PayerInfo', comment: '用户在商户AppID下的唯一标识', expect: 'online_id' },
  // A merchant's own number stays the merchant's.
  { name: 'mchid', owner: 'PayerInfo', comment: '商户号', expect: undefined },
]);

classifyTable('a vague word naming a list of other records is a relation, not data', [
  { name: 'accounts', owner: 'User', type: 'Account[]', expect: undefined },
  { name: 'addresses', owner: 'Customer', type: '[Address!]!', expect: undefined },
  // A plain list of values is the data; a clear word keeps its meaning.
  { name: 'emails', owner: 'User', type: 'String[]', expect: 'contact' },
  { name: 'seekingGenders', owner: 'Profile', type: '[Gender!]', expect: 'basic_profile' },
]);
