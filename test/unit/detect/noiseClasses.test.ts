/**
 * Issue 9, item 4: classes of noise found on whole repositories (jshERP's backend), each with a
 * negative beside it: a bill's handling clerk (`handsPersonId`, 经手人id) is a staff key, a
 * two-letter variable is no record named for a phone (`dh.getNumber()`: `dh` read as 电话), and a
 * company's own phone or fax named so (`companyTel`) is the company's; a variable holding a record
 * object (`contact_obj`) is the record, not its contact details; a constraint's generated name
 * (`FK353690ED27D23FE4`) is no field; a computer's own IP and MAC are the machine's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readField as read } from './recordFields.js';

describe('noise on whole repositories', () => {
  it('the clerk who handled a bill is a staff key, by its calque or its description', () => {
    assert.equal(read('AccountHead', 'handsPersonId', 'Long'), 'none');
    assert.equal(read('jsh_account_head', 'hands_person_id', 'bigint', '经手人id'), 'none');
    // A key to the person the bill is for is still a key to a person.
    assert.equal(read('AccountHead', 'userId', 'Long'), 'online_id');
    assert.equal(read('jsh_account_head', 'customer_id', 'bigint', '客户id'), 'online_id');
  });

  it("a two-letter variable's number is no phone; a record named for a phone keeps its value", () => {
    assert.equal(read('dh', 'Number', undefined, undefined, 'usage'), 'none');
    assert.equal(read('PatientPhoneNumber', 'number', 'string'), 'contact');
  });

  it("a company's own phone and fax are the company's; a person's phone is a person's", () => {
    assert.equal(read('SystemConfig', 'companyTel', 'String'), 'none');
    assert.equal(read('SystemConfig', 'companyFax', 'String'), 'none');
    assert.equal(read('Member', 'telephone', 'String', '手机'), 'contact');
    assert.equal(read('User', 'phonenum', 'String'), 'contact');
  });

  it("a variable holding a record object is the record; its e-mail is a person's", () => {
    assert.equal(read('ContactDetailView', 'contact_obj', undefined, undefined, 'usage'), 'none');
    assert.equal(read('MzAlterLose', 'cardObject', 'MzMedicalCard'), 'none');
    assert.equal(read('contact_obj', 'email', undefined, undefined, 'usage'), 'contact');
  });

  it("a constraint's generated name is no field; a key column is", () => {
    assert.equal(read('jsh_asset', 'FK353690ED27D23FE4', undefined, '删除资产记录表对应外键约束'), 'none');
    assert.equal(read('jsh_asset', 'FKA4ADCCF866BC8AD3'), 'none');
    assert.equal(read('jsh_asset', 'user_id', 'bigint', '用户id'), 'online_id');
  });

  it("a computer's own IP and MAC are the machine's; a login log's IP is the person's", () => {
    assert.equal(read('ComputerInfo', 'macAddressStr', 'String'), 'none');
    assert.equal(read('ComputerInfo', 'IpAddr', undefined, undefined, 'usage'), 'none');
    assert.equal(read('LoginLog', 'loginIp', 'String'), 'online_id');
  });
});
