/**
 * Issue 9 (session 25, branch `det-recall4`): classes of miss read from the train split, each rule
 * with a negative beside it (docs/detection-rulings.md, "Recall by class, session 25"). Names are
 * made up in each format's style, not the lexicon's records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasChineseEvidence } from '../../../src/shared/evidenceText.js';
import { classifyTable } from './classifyTable.js';
import { field, readRecords as read } from './recordFields.js';

describe('a person’s state beside the city or postcode of their address is its region', () => {
  it('a patient’s state next to their city and postcode', () => {
    const found = read('schema.graphqls', [
      field('Client', 'firstName', 'String'),
      field('Client', 'city', 'String'),
      field('Client', 'state', 'String'),
      field('Client', 'zipCode', 'String'),
    ]);
    assert.equal(found[1]?.category, 'address');
    assert.equal(found[2]?.category, 'address');
    const detail = found.map((f) => f?.evidence.map((e) => e.detail).join('; ')).join('; ');
    assert.match(detail, /the same record holds "city"/);
    assert.ok(hasChineseEvidence(detail), 'the sentence has its Chinese');
  });
  it('a billing state beside the billing postcode, one prefix', () => {
    const found = read('models.py', [
      field('Customer', 'email', 'db.String'),
      field('Customer', 'billing_zip_code', 'db.String'),
      field('Customer', 'billing_state', 'db.String'),
    ]);
    assert.equal(found[2]?.category, 'address');
  });
  it('a status: a number, a choice, a state with no address part, another prefix', () => {
    const found = read('Member.java', [
      field('Member', 'realName', 'String'),
      field('Member', 'city', 'String'),
      field('Member', 'state', 'Integer'),
      field('Member', 'loginState', 'String'),
    ]);
    assert.equal(found[1]?.category, 'address');
    assert.equal(found[2], undefined);
    assert.equal(found[3], undefined);
    const alone = read('Account.kt', [
      field('Account', 'email', 'String'),
      field('Account', 'state', 'String'),
    ]);
    assert.equal(alone[1], undefined);
  });
  it('a store’s state beside its city: the city is no person’s, so neither is the state', () => {
    const found = read('Store.cs', [
      field('Store', 'Name', 'string'),
      field('Store', 'City', 'string'),
      field('Store', 'State', 'string'),
    ]);
    assert.equal(found[1], undefined);
    assert.equal(found[2], undefined);
  });
});

classifyTable('when a person was last active is their online activity', [
  { name: 'last_active_date', owner: 'Account', type: 'models.DateTimeField', expect: 'online_activity' },
  { name: 'lastActiveOn', owner: 'User', type: 'DateTime?', expect: 'online_activity' },
  { name: 'lastActive', owner: 'CustomerStats', type: 'String?', expect: 'online_activity' },
  { name: 'lastSeenDate', owner: 'Member', type: 'Date', expect: 'online_activity' },
  // A message's, an API key's or a team's last activity is no one's presence.
  { name: 'lastSeenDate', owner: 'MessageEntity', type: 'string', expect: undefined },
  { name: 'last_active_date', owner: 'ApiKey', type: 'DateTime', expect: undefined },
  { name: 'lastActive', owner: 'Team', type: 'Date', expect: undefined },
]);

classifyTable('a phone number’s extension is part of the number; its country and area codes are not', [
  { name: 'extension', owner: 'PhoneImpl', type: 'String', expect: 'contact' },
  { name: 'ext', owner: 'CustomerPhone', type: 'string', expect: 'contact' },
  { name: 'extension', owner: 'PatientPhoneNumber', type: 'varchar(10)', expect: 'contact' },
  // A file's or an address's extension, and the codes a country's or an area's numbers share.
  { name: 'extension', owner: 'Attachment', type: 'String', expect: undefined },
  { name: 'extension', owner: 'EmailAddress', type: 'String', expect: undefined },
  { name: 'countryCode', owner: 'PhoneImpl', type: 'String', expect: undefined },
  { name: 'areaCode', owner: 'CustomerPhone', type: 'string', expect: undefined },
]);

describe('the extension’s evidence has its Chinese', () => {
  it('the sentence is known to the Chinese table', () => {
    const found = read('Phone.java', [field('Phone', 'extension', 'String')]);
    const detail = found.map((f) => f?.evidence.map((e) => e.detail).join('; ')).join('; ');
    assert.match(detail, /extension of its number/);
    assert.ok(hasChineseEvidence(detail));
  });
});

classifyTable('an access, refresh or ID token in a token’s, a session’s or an authorisation’s record', [
  { name: 'refresh_token', owner: 'Session', type: 'string', expect: 'credential' },
  { name: 'access_token', owner: 'AccessToken', type: 'string', expect: 'credential' },
  { name: 'accessToken', owner: 'RefreshTokenDto', type: 'String', expect: 'credential' },
  { name: 'access_token', owner: 'Authorize', type: 'string', expect: 'credential' },
  { name: 'hashedRefreshToken', owner: 'UserSession', type: 'string', expect: 'credential' },
  // A token's expiry, an SDK's configuration and a push token are no one's secret.
  {
    name: 'expires_in',
    owner: 'AccessToken',
    type: 'integer',
    comment: 'time in seconds until access token expires.',
    expect: undefined,
  },
  { name: 'access_token', owner: 'ClientConfig', type: 'string', expect: undefined },
  { name: 'token', owner: 'PushToken', type: 'string', expect: undefined },
]);

classifyTable('a second factor’s code sent with a sign-in', [
  { name: 'mfa', owner: 'AuthenticateRequest', type: 'string', expect: 'credential' },
  { name: 'mfaToken', owner: 'LoginInput', type: 'String', expect: 'credential' },
  // Whether a second factor is on, and an MFA field of a thing's settings, are no secret.
  { name: 'mfa', owner: 'AuthenticateRequest', type: 'bool', expect: undefined },
  { name: 'mfa', owner: 'TenantSettings', type: 'string', expect: undefined },
]);

classifyTable('a nickname’s short spelling in a person’s record', [
  { name: 'nick', owner: 'User', type: 'models.CharField', expect: 'online_id' },
  { name: 'user_nick', owner: 'sys_account', type: 'varchar(128)', expect: 'online_id' },
  // A bare `nick` of a thing's record is not a person's.
  { name: 'nick', owner: 'IrcChannel', type: 'String', expect: undefined },
]);

describe('a clinical record’s question asked as what was done with the person is answered of them', () => {
  it('diagnosedWith… typed as an answer enum is the patient’s, as hasDiabetes is', () => {
    const found = read('MedicalHistory.kt', [
      field('MedicalHistory', 'patientUuid', 'UUID'),
      field('MedicalHistory', 'hasDiabetes', 'Answer'),
      field('MedicalHistory', 'diagnosedWithHypertension', 'Answer'),
      field('MedicalHistory', 'reviewedBy', 'StaffRef'),
      field('MedicalHistory', 'syncedWithServer', 'SyncStatus'),
    ]);
    assert.equal(found[2]?.category, 'health');
    // Another record's reference and a row's sync state stay the row's.
    assert.equal(found[3], undefined);
    assert.equal(found[4], undefined);
  });
});
