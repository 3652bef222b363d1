/**
 * Classes of error found on the fresh Chinese train repositories of session 20 (issue 9, branch
 * `det-fresh-cn`: a property-management MySQL schema, JPA entities of a HIS, a rail-ticketing
 * schema and its DTOs, a recruiting site's MyBatis entities), each rule with a negative beside
 * it. Names are unlike the lexicon's own records.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { classifyName } from '../../../src/core/detect/classifyName.js';
import { evidenceDetail } from '../../../src/shared/evidenceText.js';
import { classifyTable } from './classifyTable.js';

classifyTable('a field typed as a class its code layer names a record holds that record', [
  {
    name: 'resident',
    owner: 'ClinicVisitEntity',
    type: 'ResidentEntity',
    comment: '就诊居民',
    expect: undefined,
  },
  {
    name: 'orders',
    owner: 'WardRoundEntity',
    type: 'List<WardOrderEntity>',
    comment: '查房医嘱',
    expect: undefined,
  },
  { name: 'insuranceCard', owner: 'ClinicVisitEntity', type: 'InsuranceCardDO', expect: undefined },
  { name: 'shipTo', owner: 'ParcelVO', type: 'AddressDto', comment: '收件地址', expect: undefined },
  // The same fields holding values carry the data; a class named for the data itself is read.
  { name: 'orders', owner: 'WardRoundEntity', type: 'String', comment: '查房医嘱', expect: 'health' },
  { name: 'shipTo', owner: 'ParcelVO', type: 'String', comment: '收件地址', expect: 'address' },
  { name: 'bankCards', owner: 'Resident', type: 'List<BankCard>', expect: 'property' },
  // A class merely ending in those letters (a condo), or a bare suffix, is not a layer's record.
  { name: 'homeAddress', owner: 'Resident', type: 'Condo', expect: 'address' },
  { name: 'idCardNo', owner: 'Resident', type: 'Vo', expect: 'id_number' },
]);

classifyTable('a homeowner’s name and key (业主名称, 业主ID) are the owner’s, not real-estate data', [
  { name: 'holder_name', owner: 'parking_permit', comment: '业主名称', expect: 'name' },
  { name: 'holder_id', owner: 'parking_permit', comment: '业主ID', expect: 'online_id' },
  // 业主 alone stays the contested real-estate reading; the owner's phone is a contact.
  { name: 'holder', owner: 'parking_permit', comment: '业主', expect: 'property' },
  { name: 'holder_tel', owner: 'parking_permit', comment: '业主电话', expect: 'contact' },
]);

classifyTable('a bare 唯一标识 (unique identifier) is the row’s own key', [
  { name: 'serial', owner: 'JobPosting', type: 'String', comment: '唯一标识', expect: undefined },
  { name: 'serial', owner: 'Seeker', type: 'String', comment: '唯一标识', expect: undefined },
  // Described as a user's identifier, or named as one, it is the user's key.
  { name: 'serial', owner: 'Seeker', type: 'String', comment: '用户唯一标识', expect: 'online_id' },
  { name: 'serial', owner: 'Seeker', type: 'String', comment: '已实名用户的唯一标识', expect: 'online_id' },
  { name: 'openid', owner: 'Seeker', type: 'String', comment: '唯一标识', expect: 'online_id' },
]);

classifyTable('a WeChat avatar (微信头像) is an image, not a contact', [
  { name: 'wx_avatar', owner: 'resident_binding', comment: '微信头像', expect: undefined },
  // The WeChat id itself is the contact.
  { name: 'wx_account', owner: 'resident_binding', comment: '微信号', expect: 'contact' },
]);

classifyTable('“详细参考…” points at a reference table, it is not a detailed address', [
  { name: 'row_state', owner: 'resident_address', comment: '状态，详细参考t_state表', expect: undefined },
  // The street part of the same record stays an address.
  { name: 'street_detail', owner: 'resident_address', comment: '详细地址', expect: 'address' },
]);

classifyTable('账号 in a bank record, and 开户行及账号, are a bank account, not a login', [
  { name: 'card_code', owner: 'resident_bank', comment: '账号', expect: 'property' },
  { name: 'payee_bank', owner: 'billing_title', comment: '开户行及账号', expect: 'property' },
  // In a person's own record 账号 is the login; an account's region is neither.
  { name: 'card_code', owner: 'resident', comment: '账号', expect: 'online_id' },
  { name: 'acct_region_id', owner: 'resident_bank', type: 'Int32', comment: '账号地区ID', expect: undefined },
]);

classifyTable('a verb before a person word names that person’s role (apply_person: the applicant)', [
  { name: 'apply_person_name', owner: 'parking_permit_request', comment: '申请人', expect: 'name' },
  { name: 'apply_person_id', owner: 'parking_permit_request', comment: '申请人ID', expect: 'online_id' },
  // A verb acting on data, another verb, an audit column and a verb before a thing stay actions.
  { name: 'apply_mobile_no', owner: 'parking_permit_request', expect: undefined },
  { name: 'submit_person_name', owner: 'parking_permit_request', expect: undefined },
  { name: 'create_person_name', owner: 'parking_permit_request', comment: '创建人', expect: undefined },
  { name: 'apply_coupon_code', owner: 'parking_permit_request', expect: undefined },
]);

classifyTable('a real name (真实姓名) is a person’s in whatever record holds it', [
  { name: 'real_name', owner: 't_ticket_line', comment: '真实姓名', expect: 'name' },
  { name: 'realName', owner: 'TicketLineDTO', type: 'String', expect: 'name' },
  // A line's plain name is the thing's (a product's, a seat class's).
  { name: 'name', owner: 't_ticket_line', comment: '名称', expect: undefined },
]);

it('says why a real name in a thing’s record is a person’s, in English and in Chinese', () => {
  const found = classifyName('real_name', { owner: 't_ticket_line', comment: '真实姓名' });
  const why = found?.evidence.find((e) => e.kind === 'owner');
  assert.ok(why !== undefined);
  assert.equal(why.detail, '"line" is not a person, but only a person has a real name');
  assert.equal(evidenceDetail(why, 'zh'), '“line”不是自然人，但只有自然人才有真实姓名');
});

classifyTable('the channel a payment went through (支付渠道) is how it was paid', [
  { name: 'channel', owner: 't_ticket_pay', comment: '支付渠道', expect: 'transaction' },
  // Another record's channel (how someone signed up or reported a repair) is not a payment's.
  { name: 'channel', owner: 't_ticket_pay', comment: '注册渠道', expect: undefined },
  { name: 'channel', owner: 'repair_request', comment: '报修渠道', expect: undefined },
]);

classifyTable('a description listing a code’s values says what the field is before the list', [
  {
    name: 'ticket_kind',
    owner: 't_ticket',
    comment: '车票类型 0：成人 1：儿童 2：残疾军人',
    expect: undefined,
  },
  { name: 'member_kind', owner: 'resident', comment: '1001 业主本人 1002 家庭成员', expect: undefined },
  { name: 'state', owner: 'stay', comment: '状态：0：预定中，1：已入住', expect: undefined },
  // The label before the list still reads; a number inside a phrase is no list; one value is none.
  { name: 'marital', owner: 'resident', comment: '婚姻状况 1已婚 2未婚', expect: 'marital_orientation' },
  { name: 'income6', owner: 'resident', comment: '近6个月收入', expect: 'property' },
  { name: 'kind', owner: 'resident', comment: '残疾 1 肢体', expect: 'health' },
  { name: 'kind', owner: 'resident', comment: '残疾 1 肢体 2 视力', expect: 'health' },
]);
