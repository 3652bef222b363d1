/**
 * Mechanisms that carry detection into new domains: compound heads, transfer directions, links
 * to photos, bounds, owner compounds, file-header descriptions, Chinese person numbers, words cut
 * out of owner words, spelling variants and body-reading tokens. Names here are deliberately
 * unlike the held-out sets' (different domains: libraries, veterinary, hotels, airlines).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../../src/core/detect/tokenize.js';
import { classifyTable } from './classifyTable.js';

classifyTable('a vaguer head word joins the surer phrase before it', [
  { name: 'cardHolderName', owner: 'LibraryCardApplication', type: 'string', expect: 'name' },
  { name: 'account_holder_name', owner: 'payout_request', expect: 'name' },
  // Without the surer phrase, a bare `name` in a thing is nothing.
  { name: 'name', owner: 'Shelf', type: 'string', expect: undefined },
]);

classifyTable('to/from name the other party of a transfer, not a conversion', [
  { name: 'toBankCardNo', owner: 'RefundRequest', type: 'string', expect: 'property' },
  { name: 'fromAccountName', owner: 'IncomingRemittance', type: 'string', expect: 'name' },
  { name: 'toString', owner: 'Ticket', expect: undefined },
  { name: 'toJson', owner: 'Guest', expect: undefined },
]);

classifyTable('a link to a photo or biometric sample is that data', [
  { name: 'facePhotoUrl', owner: 'HotelGuest', type: 'string', expect: 'face' },
  { name: 'passport_photo_path', owner: 'traveller', expect: 'id_number' },
  { name: 'fingerprintTemplateUri', owner: 'GateUser', expect: 'biometric' },
  { name: 'avatarUrl', owner: 'Reader', type: 'string', expect: undefined },
  { name: 'emailLink', owner: 'Reader', type: 'string', expect: undefined },
]);

classifyTable('a bound on people’s values is a setting; a measured maximum is a reading', [
  { name: 'maxPassengerWeightKg', owner: 'Elevator', type: 'number', expect: undefined },
  { name: 'min_member_age', owner: 'club_rule', type: 'int', expect: undefined },
  { name: 'maxHeartRate', owner: 'TreadmillRun', type: 'number', expect: 'health' },
]);

classifyTable('an owner ending in a personal phrase is not the thing its last word names', [
  { name: 'overdueCount', owner: 'CreditLineSummary', type: 'number', expect: 'credit' },
  { name: 'creditScore', owner: 'CreditLineView', type: 'number', expect: 'credit' },
  // A plain `line` is still a thing.
  { name: 'overdueCount', owner: 'TextLine', type: 'number', expect: undefined },
]);

classifyTable('a file header listing several records owns none of them', [
  {
    name: 'sender_address',
    owner: 'parcel',
    ownerComment: '同城跑腿：订单、骑手位置与站点',
    type: 'text',
    expect: 'address',
  },
  // The record's own description (after the header, joined with " — ") still decides.
  {
    name: 'phone',
    owner: 't_kiosk',
    ownerComment: '自助终端：设备、网点与用户 — 自助终端门店信息表',
    type: 'varchar(20)',
    expect: undefined,
  },
  // A single description naming a thing still owns its fields.
  { name: 'phone', owner: 't_outlet', ownerComment: '网点信息表', type: 'varchar(20)', expect: undefined },
]);

classifyTable('Chinese: a person’s number, and terms not cut out of owner words', [
  { name: 'hybh', comment: '会员编号', type: 'varchar(20)', expect: 'online_id' },
  { name: 'khh', comment: '客户号', type: 'varchar(20)', expect: 'online_id' },
  { name: 'hh', comment: '户号', owner: 't_resident', type: 'varchar(20)', expect: 'household_registration' },
  { name: 'gh', comment: '员工号', type: 'varchar(20)', expect: 'online_id' },
]);

classifyTable('vocabulary breadth across domains', [
  { name: 'blood_oxygen', owner: 'vet_checkup', expect: 'health' },
  { name: 'bpm', owner: 'PulseReading', type: 'int', expect: 'health' },
  { name: 'bpm', owner: 'Song', type: 'int', expect: undefined },
  { name: 'sentence', owner: 'Offender', type: 'string', expect: 'criminal_record' },
  { name: 'sentence', owner: 'Article', type: 'string', expect: undefined },
  { name: 'zm', comment: '罪名', expect: 'criminal_record' },
  { name: 'denomination', owner: 'Believer', expect: 'religion_identity' },
  { name: 'denomination', owner: 'Banknote', expect: undefined },
  { name: 'friend_uid', owner: 'chat_friendship', type: 'bigint', expect: 'contacts_list' },
  { name: 'amount', owner: 'Remittance', type: 'decimal', expect: 'transaction' },
  { name: 'unlockCode', owner: 'LockerRental', type: 'string', expect: 'credential' },
  { name: 'driving_licence_no', owner: 'hire_customer', expect: 'id_number' },
  { name: 'lawyerName', owner: 'Hearing', type: 'string', expect: 'name' },
  { name: 'Name', owner: 'FundraisingCampaign', type: 'string', expect: undefined },
  { name: 'tenantId', owner: 'Invoice', type: 'string', expect: undefined },
]);

describe('tokenising body readings', () => {
  for (const [id, words] of [
    ['avgSpO2', ['avg', 'spo2']],
    ['hba1c_pct', ['hba1c', 'pct']],
    ['VO2Max', ['vo2max']],
    ['address2', ['address', '2']],
  ] as const) {
    it(`${id} → ${words.join(' ')}`, () => {
      assert.deepEqual(
        tokenize(id).map((t) => t.text),
        words,
      );
    });
  }
});
