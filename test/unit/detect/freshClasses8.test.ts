/**
 * Issue 9 (session 25, branch `det-fresh8`): general classes of error read from the six fresh
 * repositories of session 25, each rule with a negative beside it (docs/detection-rulings.md,
 * "Fresh repositories' classes of session 25"). Names are made up in each format's style, not
 * the lexicon's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import { classifyTable } from './classifyTable.js';
import { field, readRecords } from './recordFields.js';

classifyTable('a Go slice of structs lists records whose own fields carry the data', [
  { name: 'Phones', owner: 'Applicant', type: '[]NewPhone', expect: undefined },
  { name: 'Addresses', owner: 'Applicant', type: '[]*Address', expect: undefined },
  { name: 'Addresses', owner: 'applicantRequest', type: '[]address', expect: undefined },
  { name: 'Phones', owner: 'applicantRequest', type: '[]api.Phone', expect: undefined },
  // A slice of Go's own types lists the values themselves.
  { name: 'Phones', owner: 'Applicant', type: '[]string', expect: 'contact' },
  { name: 'Emails', owner: 'applicantRequest', type: '[]string', expect: 'contact' },
]);

describe('a certificate made out to a person is its holder’s record', () => {
  it('a certificate holding a birth date is the holder’s: names and birth date are theirs', () => {
    const found = classifyCandidates([
      field('HealthPassCertificate', 'holderFullName', 'String'),
      field('HealthPassCertificate', 'dateOfBirth', 'String'),
      field('HealthPassCertificate', 'issuedAt', 'Instant'),
    ]);
    assert.equal(found[0]?.category, 'name');
    assert.equal(found[1]?.category, 'basic_profile');
    assert.equal(found[2], undefined);
  });
  it('a TLS certificate’s name and contact e-mail are the key pair’s, with no one’s birth date beside them', () => {
    const found = classifyCandidates([
      field('ServerCertificate', 'name', 'String'),
      field('ServerCertificate', 'email', 'String'),
      field('ServerCertificate', 'notAfter', 'Instant'),
    ]);
    assert.equal(found[0], undefined);
    assert.equal(found[1], undefined);
  });
});

classifyTable('a bank’s routing, SWIFT or BSB code names the bank, not the holder’s money', [
  { name: 'RoutingNumber', owner: 'BankAccount', type: 'string', expect: undefined },
  { name: 'routing_number', owner: 'employee_bank_account', type: 'varchar(9)', expect: undefined },
  { name: 'swiftCode', owner: 'PayoutAccount', type: 'String', expect: undefined },
  // The account's own number stays the holder's property.
  { name: 'AccountNumber', owner: 'BankAccount', type: 'string', expect: 'property' },
  { name: 'account_number', owner: 'employee_bank_account', type: 'varchar(17)', expect: 'property' },
]);

describe('a message of the file holding one value (a coded value’s wrapper) is that value', () => {
  it('a patient’s sex typed as a wrapper of a code is the sex; the wrapper’s value is no one’s alone', () => {
    const found = readRecords('member.proto', [
      field('Member', 'sex', 'SexCode'),
      field('SexCode', 'value', 'SexCodeEnum.Value'),
      field('SexCode', 'id', 'string'),
    ]);
    assert.equal(found[0]?.category, 'basic_profile');
  });
  it('a message of the file with fields of its own stays a record the field holds', () => {
    const found = readRecords('member.proto', [
      field('Member', 'sex', 'SexInfo'),
      field('SexInfo', 'value', 'SexCodeEnum.Value'),
      field('SexInfo', 'verified_by', 'string'),
    ]);
    assert.equal(found[0], undefined);
  });
});

classifyTable('a FHIR reference named for a person holds that person’s key', [
  { name: 'patient', owner: 'MedicationRequest', type: 'Reference', expect: 'health' },
  { name: 'subscriber', owner: 'InsurancePlanMember', type: 'repeated Reference', expect: 'online_id' },
  // A reference to a thing (a maker, a place) is no one's key.
  { name: 'manufacturer', owner: 'MedicationRequest', type: 'Reference', expect: undefined },
  { name: 'location', owner: 'MedicationRequest', type: 'Reference', expect: undefined },
]);

classifyTable('the EU digital COVID certificate’s keys are the holder’s name and health', [
  { name: 'tg', owner: 'VaccinationEntry', type: 'String', expect: 'health' },
  { name: 'fr', owner: 'RecoveryEntry', type: 'LocalDate?', expect: 'health' },
  { name: 'sampleCollection', owner: 'TestCertificate', type: 'ZonedDateTime?', expect: 'health' },
  { name: 'gn', owner: 'HolderName', type: 'String?', expect: 'name' },
  { name: 'fnt', owner: 'HolderName', type: 'String', expect: 'name' },
  // The same letters elsewhere: a TLS certificate's fields, a callback, a build's date.
  { name: 'tc', owner: 'TlsCertificate', type: 'String', expect: undefined },
  { name: 'fn', owner: 'EventHandler', type: 'Function', expect: undefined },
  { name: 'dt', owner: 'BuildInfo', type: 'String', expect: undefined },
]);

classifyTable('when a person died and a multiple birth are their profile', [
  { name: 'deathDate', owner: 'Patient', type: 'Date', expect: 'basic_profile' },
  { name: 'date_of_death', owner: 'resident', type: 'date', expect: 'basic_profile' },
  { name: 'multipleBirth', owner: 'Person', type: 'Int', expect: 'basic_profile' },
  // A machine's or a plant's end of life is the thing's.
  { name: 'death_date', owner: 'Machine', type: 'date', expect: undefined },
  { name: 'DeathDate', owner: 'Plant', type: 'DateTime', expect: undefined },
]);
