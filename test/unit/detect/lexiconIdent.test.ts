/**
 * Classes of error in the identity categories of the real-code field lexicon (issue 9, branch
 * `det-ident`): online identifiers, credentials, names, ID numbers and contact details, and the
 * general word-reading mechanisms under them. Each rule with a negative beside it; names are
 * unlike the lexicon's own records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentPhrase } from '../../../src/core/detect/segment.js';
import { defaultVocabulary } from '../../../src/core/detect/vocabulary/index.js';
import { classifyTable } from './classifyTable.js';

describe('segmentPhrase: a run-together word read as a vocabulary phrase', () => {
  const vocab = defaultVocabulary();
  it('cuts abbreviated and run-together phrases, abbreviations expanded', () => {
    assert.deepEqual(segmentPhrase('phonenum', vocab), ['phone', 'number']);
    assert.deepEqual(segmentPhrase('drivinglicence', vocab), ['driving', 'license']);
    assert.deepEqual(segmentPhrase('guestphonenum', vocab), ['guest', 'phone', 'number']);
  });
  it('leaves English words and cuts that end in no phrase whole', () => {
    assert.equal(segmentPhrase('generate', vocab), undefined);
    assert.equal(segmentPhrase('sometimes', vocab), undefined);
    // A phrase after a word that is not context (`rate`) is not a cut of the whole word.
    assert.equal(segmentPhrase('ratephonenum', vocab), undefined);
    // Words already in the vocabulary are not cut.
    assert.equal(segmentPhrase('telephone', vocab), undefined);
  });
});

classifyTable('run-together phrases with abbreviations (`idcardnum`, `phonenum`)', [
  { name: 'idcardnum', owner: 'Courier', type: 'String', expect: 'id_number' },
  { name: 'mobilenum', owner: 'Courier', type: 'String', expect: 'contact' },
  { name: 'drivinglicenceno', owner: 'Courier', type: 'String', expect: 'id_number' },
  // A run of words that reads as no phrase stays unread.
  { name: 'generatenum', owner: 'Courier', type: 'String', expect: undefined },
]);

classifyTable('who created, changed or published a row is an audit column, not a key to a person', [
  { name: 'audit_member_id', owner: 'Refund', type: 'int', expect: undefined },
  { name: 'lastModifiedByUserId', owner: 'Survey', type: 'UUID', expect: undefined },
  { name: 'owner_uid', owner: 'Bulletin', type: 'bigint', comment: '发布人ID', expect: undefined },
  // A key to the person the record is about stays one, and an IP described by its operator is an IP.
  { name: 'member_id', owner: 'Refund', type: 'int', expect: 'online_id' },
  { name: 'paid_by_user_id', owner: 'Refund', type: 'int', expect: 'online_id' },
  { name: 'ip', owner: 'credit_log', type: 'varchar(32)', comment: '操作人IP', expect: 'online_id' },
]);

classifyTable('a name or description that is only an audit column is one, whatever key it names', [
  {
    name: 'CreatedBy',
    owner: 'LicenceInfo',
    type: 'string',
    comment: '创建人 ( sys_account表的user_id )',
    expect: undefined,
  },
  { name: 'creator', owner: 'refund_history', type: 'int', comment: '创建-用户id', expect: undefined },
  { name: 'modifyId', owner: 'Bulletin', type: 'int', comment: '修改者用户ID', expect: undefined },
  { name: 'verify_member_id', owner: 'Coupon', type: 'bigint', comment: '审核用户ID', expect: undefined },
  {
    name: 'submitBy',
    owner: 'LicenceInfo',
    type: 'string',
    comment: '提交人 (账户表的id)',
    expect: undefined,
  },
  // The member a record is about, a log's user name and a creator's IP are still reported.
  { name: 'verify_member_id', owner: 'Coupon', type: 'bigint', comment: '领取用户ID', expect: 'online_id' },
  { name: 'username', owner: 'op_log', type: 'varchar(20)', comment: '操作用户', expect: 'online_id' },
  { name: 'creatorIp', owner: 'Bulletin', type: 'string', expect: 'online_id' },
]);

classifyTable('`Impl` is a code suffix of an owner: `MemberImpl.member_id` is the row’s own key', [
  { name: 'MEMBER_ID', owner: 'MemberImpl', type: 'Long', expect: undefined },
  // The same key in another record's implementation points at the member.
  { name: 'MEMBER_ID', owner: 'VoucherImpl', type: 'Long', expect: 'online_id' },
]);

classifyTable('an account in a record of money moving is the ledger’s, not a login', [
  { name: 'toAccountId', owner: 'WireTransferRequest', type: 'Long', expect: undefined },
  { name: 'account_id', owner: 'ledger_entry', type: 'bigint', expect: undefined },
  // The same key in a person's record, or an order placed by an account, is the person's.
  { name: 'account_id', owner: 'member_profile', type: 'bigint', expect: 'online_id' },
  { name: 'accountId', owner: 'TicketOrder', type: 'Long', comment: '客户id', expect: 'online_id' },
]);

classifyTable('a bare token of a person’s or a login’s record is their session’s credential', [
  { name: 'token', owner: 'MemberToken', type: 'String', expect: 'credential' },
  { name: 'token', owner: 'SigninResult', type: 'String', expect: 'credential' },
  { name: 'tokenHash', owner: 'CustomerToken', type: 'string', expect: 'credential' },
  // A thing's token, a qualified one, and a request header's are not.
  { name: 'token', owner: 'WebhookEndpoint', type: 'String', expect: undefined },
  { name: 'inviteToken', owner: 'ClubMember', type: 'string', expect: undefined },
  { name: 'X-Rider-Token', owner: 'createTrip', type: 'string', expect: undefined },
]);

classifyTable('a person’s `pass` is their password; a thing’s or a yes/no one is not', [
  { name: 'pass', owner: 'Member', type: 'String', expect: 'credential' },
  { name: 'pass', owner: 'ExamResult', type: 'String', expect: undefined },
  { name: 'pass', owner: 'Member', type: 'Boolean', expect: undefined },
]);

classifyTable('the tokens a sign-in returns are the signed-in person’s session', [
  { name: 'refreshToken', owner: 'AuthPayload', type: 'string', expect: 'credential' },
  { name: 'access_token', owner: 'SigninResponse', type: 'string', expect: 'credential' },
  // An app's token from a platform is the app's.
  { name: 'access_token', owner: 'MiniAppConfig', type: 'string', expect: undefined },
]);

classifyTable('a user’s display name is a screen name; an address-book entry’s is a name', [
  { name: 'displayName', owner: 'TeamUser', type: 'String', expect: 'online_id' },
  { name: 'display_name', owner: 'members', type: 'varchar(64)', expect: 'online_id' },
  { name: 'displayName', owner: 'PhoneContact', type: 'String', expect: 'name' },
]);

classifyTable('people named by their role in a record (guarantor, inviter, requester)', [
  { name: 'guarantorName', owner: 'LoanForm', type: 'String', expect: 'name' },
  { name: 'inviterId', owner: 'GroupInvite', type: 'string', expect: 'online_id' },
  { name: 'requester_id', owner: 'lab_order', type: 'bigint', expect: 'online_id' },
  // A thing's request number is not a person's.
  { name: 'request_id', owner: 'lab_order', type: 'bigint', expect: undefined },
]);

classifyTable('an IP in a log or connection record, or named as a source, is the requester’s', [
  { name: 'ipAddress', owner: 'AccessLogEntry', type: 'String', expect: 'online_id' },
  { name: 'ip', owner: 'WsConnection', type: 'string', expect: 'online_id' },
  { name: 'source_ip', owner: 'config_history', type: 'varchar(50)', expect: 'online_id' },
  // A machine's or a company's own address is not.
  { name: 'private_ip', owner: 'vm_template', type: 'varchar(50)', expect: undefined },
  { name: 'ip', owner: 'Company', type: 'string', expect: undefined },
]);
