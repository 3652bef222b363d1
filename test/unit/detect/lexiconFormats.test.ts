/**
 * Classes of error found on the GraphQL, OpenAPI, Python, Go and Kotlin records of the field
 * lexicon's train split (issue 9, branch `det-formats`): each rule with a negative beside it.
 * Names are unlike the lexicon's own records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import { classifyTable } from './classifyTable.js';

const field = (owner: string, name: string, declaredType = 'string'): FieldCandidate => ({
  name,
  owner,
  declaredType,
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  role: 'declaration',
});

classifyTable('an English description says whose data it is: "… of the visitor", "the buyer’s …"', [
  {
    name: 'city_name',
    owner: 'geo_info',
    type: 'string',
    comment: 'The city name of the subscriber.',
    expect: 'address',
  },
  {
    name: 'city_name',
    owner: 'geo_info',
    type: 'string',
    comment: "The subscriber's city name.",
    expect: 'address',
  },
  // Without a person in the record or the description, a city locates nobody…
  { name: 'city_name', owner: 'geo_info', type: 'string', comment: 'The city name.', expect: undefined },
  // …and an organisation named as the owner makes the name the organisation's.
  {
    name: 'name',
    owner: 'Customer',
    type: 'String!',
    comment: 'The legal name of the customer company.',
    expect: undefined,
  },
  { name: 'name', owner: 'Customer', type: 'String!', expect: 'name' },
  // The phrase after `of` ends at a verb or a relative word: the user is still the owner.
  {
    name: 'name',
    owner: 'export_row',
    type: 'string',
    comment: 'The full name of the user receiving the newsletter',
    expect: 'name',
  },
]);

classifyTable('a response’s or a page’s list of records is not the records’ data', [
  { name: 'data', owner: 'member_page', type: 'array<member_phone>', expect: undefined },
  { name: 'items', owner: 'AddressPage', type: '[Address!]!', expect: undefined },
  // A field named for nothing holding one such record is still read from its type.
  { name: 'home', owner: 'Member', type: 'Address', expect: 'address' },
]);

classifyTable('an OpenAPI schema named in snake_case nests as a PascalCase type does', [
  { name: 'location', owner: 'visitor', type: 'visitor_location', expect: undefined },
  { name: 'phones', owner: 'lead', type: 'array<lead_phone>', expect: undefined },
  // A plain value is the data.
  { name: 'location', owner: 'visitor', type: 'string', expect: 'whereabouts' },
]);

describe('a login name makes a record a person’s account, unless it is a connection’s', () => {
  it('reads an admin account’s password as a credential, and says why', () => {
    // A clerk names no person on its own (`operator` and `admin` now open the password words
    // themselves, `credentialClasses.test.ts`): only the login name beside it does.
    const found = classifyCandidates([
      field('BackOfficeClerk', 'username'),
      field('BackOfficeClerk', 'password'),
    ]);
    assert.equal(found[0]?.category, 'online_id');
    assert.equal(found[1]?.category, 'credential');
    const why = found.flatMap((f, k) => (k === 1 && f !== undefined ? f.evidence : []));
    assert.ok(why.some((e) => e.detail.includes('"username"')));
  });
  it('leaves a mail server’s login alone: host and port make it a connection', () => {
    const found = classifyCandidates([
      field('MailRelay', 'host'),
      field('MailRelay', 'port', 'int'),
      field('MailRelay', 'username'),
      field('MailRelay', 'password'),
    ]);
    assert.equal(found[3], undefined);
  });
});

classifyTable('an e-mail record’s copied recipients are contact details', [
  { name: 'cc', owner: 'OutboundMail', type: 'string', expect: 'contact' },
  { name: 'bcc', owner: 'OutboundMail', type: 'array<string>', expect: 'contact' },
  { name: 'cc', owner: 'EmailJob', type: 'varchar(254)', expect: 'contact' },
  // Outside a mail, `cc` is an engine’s displacement or anything else.
  { name: 'cc', owner: 'Engine', type: 'integer', expect: undefined },
]);

classifyTable('an OpenAPI format says what the value is (`string:date-time`, `integer:int64`)', [
  { name: 'first_name', owner: 'Lead', type: 'string', expect: 'name' },
  // A date or a number holds no name and no street address.
  { name: 'first_name', owner: 'Lead', type: 'string:date-time', expect: undefined },
  { name: 'home_address', owner: 'Lead', type: 'integer:int32', expect: undefined },
  // Any other format is a string of that kind.
  { name: 'home_address', owner: 'Lead', type: 'string:uri-reference', expect: 'address' },
]);
