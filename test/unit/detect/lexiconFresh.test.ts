/**
 * Classes of error found on the fresh train repositories of session 19 (issue 9, branch
 * `det-fresh-api`: a public-health GraphQL schema, a banking OpenAPI, two Chinese SQL schemas),
 * each rule with a negative beside it. Names are unlike the lexicon's own records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import { classifyTable } from './classifyTable.js';

const column = (owner: string, name: string, comment: string): FieldCandidate => ({
  name,
  owner,
  comment,
  declaredType: 'VARCHAR2(64)',
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  role: 'declaration',
});

classifyTable('an object declared in place (OpenAPI `object`) is a record named for its property', [
  { name: 'declaredSalary', owner: 'ApplicantProfile', type: 'object', expect: undefined },
  { name: 'employer', owner: 'ApplicantProfile', type: 'object', expect: undefined },
  { name: 'linkedAccounts', owner: 'ApplicantProfile', type: 'array<object>', expect: undefined },
  // The same properties as plain values hold the data.
  { name: 'declaredSalary', owner: 'ApplicantProfile', type: 'number', expect: 'property' },
  { name: 'employer', owner: 'ApplicantProfile', type: 'string', expect: 'education_work' },
  // A name the object holds stays a name (the object is the name's parts).
  { name: 'fullName', owner: 'ApplicantProfile', type: 'object', expect: 'name' },
]);

classifyTable('one record of a person’s contacts is a nested record, not a contact list', [
  { name: 'contacts', owner: 'Borrower', type: 'BorrowerContacts', expect: undefined },
  { name: 'contacts', owner: 'Borrower', type: 'borrower_contacts', expect: undefined },
  // Contacts kept as values are the list itself.
  { name: 'contacts', owner: 'Borrower', type: 'String[]', expect: 'contacts_list' },
]);

classifyTable('a type naming the field and a setting word is a choice about the data', [
  { name: 'smsNumber', owner: 'Resident', type: 'SmsNumberPreference', expect: undefined },
  { name: 'smsNumber', owner: 'Resident', type: 'SmsNumberVisibility', expect: undefined },
  // The data itself, and a status named for the data, are kept.
  { name: 'smsNumber', owner: 'Resident', type: 'String', expect: 'contact' },
  { name: 'maritalStatus', owner: 'Resident', type: 'MaritalStatus', expect: 'marital_orientation' },
]);

classifyTable('a GraphQL operation is not read by the type it returns', [
  { name: 'flagSampleAsInvalid', owner: 'Mutation', type: 'LabResult', expect: undefined },
  { name: 'latestScreening', owner: 'Query', type: 'LabResult!', expect: undefined },
  // A field of a record named for nothing is still read by its type.
  { name: 'latestScreening', owner: 'Resident', type: 'LabResult', expect: 'health' },
]);

classifyTable('an operation that sends something again is an action, not the data it names', [
  { name: 'resendInviteEmail', owner: 'Mutation', type: 'Member', expect: undefined },
  { name: 'inviteEmail', owner: 'Member', type: 'String', expect: 'contact' },
]);

classifyTable('a template for a record (模板) is not the record', [
  { name: 'print_tpl_id', owner: 'car_loan', comment: '抵押打印模板', expect: undefined },
  { name: 'pledge_info', owner: 'car_loan', comment: '抵押信息', expect: 'property' },
  // A fingerprint template is the biometric itself.
  { name: 'fp_tpl', owner: 'staff', comment: '指纹模板', expect: 'biometric' },
]);

classifyTable('when a row was added is a stamp of the row, not the person’s health', [
  { name: 'dateAdded', owner: 'InpatientMedication', type: 'fields.Char', expect: undefined },
  { name: 'date_added', owner: 'InpatientMedication', type: 'fields.Char', expect: undefined },
  { name: 'dosage_note', owner: 'InpatientMedication', type: 'fields.Char', expect: 'health' },
]);

describe('a record filing one person’s particulars under a generic head is that person’s', () => {
  it('a master index holding an identity number: its name and sex are the person’s', () => {
    const found = classifyCandidates([
      column('OUTP_MASTER_INDEX', 'CARD_HOLDER_ID', '身份证号'),
      column('OUTP_MASTER_INDEX', 'FULL_NAME', '姓名'),
      column('OUTP_MASTER_INDEX', 'GENDER', '性别'),
    ]);
    assert.equal(found[0]?.category, 'id_number');
    assert.equal(found[1]?.category, 'name');
    assert.equal(found[2]?.category, 'basic_profile');
  });
  it('the same head without a person’s identity number stays a thing’s', () => {
    const found = classifyCandidates([
      column('OUTP_MASTER_INDEX', 'INDEX_CODE', '索引编码'),
      column('OUTP_MASTER_INDEX', 'FULL_NAME', '姓名'),
      column('OUTP_MASTER_INDEX', 'GENDER', '性别'),
    ]);
    assert.equal(found[1], undefined);
    assert.equal(found[2], undefined);
  });
  it('an organisation holding an identity number keeps its own fields', () => {
    const found = classifyCandidates([
      column('merchant', 'legal_id_no', '法人身份证号'),
      column('merchant', 'phone', '门店电话'),
    ]);
    assert.equal(found[0]?.category, 'id_number');
    assert.equal(found[1], undefined);
  });
});

classifyTable('a staff role read as a name, then a number, is that staff member’s key', [
  { name: 'handler_no', owner: 'car_loan', comment: '经办人编号', expect: undefined },
  { name: 'handler', owner: 'car_loan', comment: '经办人', expect: 'name' },
  // A person word that owns a number is one term: a member's number is their key.
  { name: 'member_no', owner: 'car_loan', comment: '会员编号', expect: 'online_id' },
]);

classifyTable('the person word before a closed head says whose it is, not that the field is a name', [
  { name: 'kin_relation', owner: 'OUTP_MASTER_INDEX', comment: '与联系人关系', expect: undefined },
  // The contact's postcode in a thing's record: not their name (the record gives no address here).
  { name: 'kin_postcode', owner: 'OUTP_MASTER_INDEX', comment: '联系人邮政编码', expect: undefined },
  // The person word alone is still their name.
  { name: 'kin', owner: 'OUTP_MASTER_INDEX', comment: '联系人', expect: 'name' },
]);
