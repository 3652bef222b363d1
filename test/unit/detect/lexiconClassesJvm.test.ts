/**
 * Classes of error found on the Java, Kotlin and C# records of the field lexicon's train split
 * (issue 9): each rule with a negative beside it. Names are unlike the lexicon's own records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import { classifyTable } from './classifyTable.js';

const field = (owner: string, name: string, declaredType = 'String'): FieldCandidate => ({
  name,
  owner,
  declaredType,
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  role: 'declaration',
});

describe('a role owner (`Client`) is a person when its record holds a natural person’s name', () => {
  it('reads a microfinance client’s fields as the person’s, and says why', () => {
    const found = classifyCandidates([
      field('ClientDto', 'givenName'),
      field('ClientDto', 'surname'),
      field('ClientDto', 'phoneNumber'),
    ]);
    assert.equal(found[1]?.category, 'name');
    assert.equal(found[2]?.category, 'contact');
    const why = found.flatMap((f, k) => (k === 2 && f !== undefined ? f.evidence : []));
    assert.ok(why.some((e) => e.detail.includes('"givenName"')));
  });
  it('leaves an API client alone: its name and contact are the application’s', () => {
    const found = classifyCandidates([
      field('ClientDto', 'clientName'),
      field('ClientDto', 'redirectUrl'),
      field('ClientDto', 'supportPhone'),
    ]);
    assert.deepEqual(
      found.map((f) => f?.category),
      [undefined, undefined, undefined],
    );
  });
});

classifyTable('credentials beyond a password: challenge answers, reset tokens, card codes', [
  { name: 'challengeAnswer', owner: 'MemberImpl', type: 'String', expect: 'credential' },
  { name: 'token', owner: 'ForgotPasswordToken', type: 'String', expect: 'credential' },
  { name: 'cvcCode', owner: 'CardPayment', type: 'String', expect: 'credential' },
  { name: 'pin', owner: 'GiftCard', type: 'String', expect: 'credential' },
  { name: 'userPswd', owner: 'Account', type: 'String', expect: 'credential' },
  // A challenge's wording, a token's expiry and a bare PIN of a device are not secrets.
  { name: 'challengeQuestionId', owner: 'MemberImpl', type: 'Long', expect: undefined },
  { name: 'tokenExpiry', owner: 'ForgotPasswordToken', type: 'Date', expect: undefined },
  { name: 'pin', owner: 'GpioDevice', type: 'Integer', expect: undefined },
]);

classifyTable('hospital abbreviations of the patient (`pt`, `sick`)', [
  { name: 'ptName', owner: 'InpatientBase', type: 'String', expect: 'name' },
  { name: 'sickAge', owner: 'OutpatientCase', type: 'Integer', expect: 'basic_profile' },
  // A chart's point and a sick-leave flag keep their own readings.
  { name: 'ptCount', owner: 'ChartSeries', type: 'Integer', expect: undefined },
  { name: 'sickLeave', owner: 'LeaveRequest', type: 'String', expect: 'health' },
]);

classifyTable('a parcel’s or transfer’s other party named by its direction (`fromName`, `toAddr`)', [
  { name: 'fromName', owner: 'Shipment', type: 'String', expect: 'name' },
  { name: 'toAddr', owner: 'Shipment', type: 'String', expect: 'address' },
  // A mail setting's sender is the system's.
  { name: 'fromName', owner: 'SmtpConfig', type: 'String', expect: undefined },
]);

classifyTable('a key to a person written as a UUID (`patientUuid`)', [
  { name: 'patientUuid', owner: 'BloodSugarReading', type: 'UUID', expect: 'health' },
  { name: 'customerUuid', owner: 'Invoice', type: 'UUID', expect: 'online_id' },
  // A thing's UUID, and the person record's own key, are not reported.
  { name: 'facilityUuid', owner: 'BloodSugarReading', type: 'UUID', expect: undefined },
  { name: 'customerUuid', owner: 'Customer', type: 'UUID', expect: undefined },
]);

classifyTable('a comment saying the field sorts rows or names the row’s author overrules the name', [
  { name: 'OrderNo', owner: 'SysRole', type: 'int', comment: '排序', expect: undefined },
  { name: 'CreatorName', owner: 'BaseEntity', type: 'string', comment: '创建人姓名', expect: undefined },
  // The same names described as what they are stay reported.
  { name: 'OrderNo', owner: 'MallOrder', type: 'string', comment: '订单号', expect: 'transaction' },
  { name: 'RealName', owner: 'SysUser', type: 'string', comment: '真实姓名', expect: 'name' },
]);
