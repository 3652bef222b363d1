/**
 * Fields whose type or last word says they are about the data, not the data (issue 9, session
 * 22, branch `det-precision2`): SQLAlchemy column types read as the column they declare, a yes/no
 * on how well a value is known, and a record's uuid after a personal word.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyField } from '../../../src/core/detect/classify.js';
import { readType } from '../../../src/core/detect/declaredType.js';

const category = (owner: string, name: string, declaredType: string): string =>
  classifyField({
    name,
    owner,
    declaredType,
    role: 'declaration',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: name.length } },
  })?.category ?? 'none';

describe('SQLAlchemy column types', () => {
  it('reads db.Boolean, db.Integer, db.String and db.DateTime as their columns', () => {
    assert.equal(readType('db.Boolean').shape, 'boolean');
    assert.equal(readType('sa.Integer').shape, 'integer');
    assert.equal(readType('db.String(120)').shape, 'string');
    assert.equal(readType('db.DateTime').shape, 'date');
    assert.equal(readType('db.JSON').shape, 'other');
  });

  it('reads a yes/no about e-mails as a flag, an e-mail column as an e-mail', () => {
    assert.equal(category('TicketHolder', 'accept_receive_emails', 'db.Boolean'), 'none');
    assert.equal(category('TicketHolder', 'email', 'db.String'), 'contact');
    assert.equal(category('User', 'birth_date', 'db.DateTime'), 'basic_profile');
  });
});

describe('a yes/no on how well a value is known', () => {
  it('is a flag about the birth date', () => {
    assert.equal(category('Person', 'exactDateOfBirthUnknown', 'Boolean'), 'none');
    assert.equal(category('Patient', 'isApproximateDateOfBirth', 'boolean'), 'none');
  });

  it('leaves the birth date and a yes/no that is the data', () => {
    assert.equal(category('Person', 'dateOfBirth', 'Date'), 'basic_profile');
    assert.equal(category('Patient', 'isPregnant', 'boolean'), 'health');
  });
});

describe('a record’s uuid after a personal word', () => {
  it('is a key to the address or e-mail record', () => {
    assert.equal(category('Patient', 'addressUuid', 'UUID'), 'none');
    assert.equal(category('Member', 'emailUuid', 'String'), 'none');
  });

  it('leaves the address and a person’s own uuid', () => {
    assert.equal(category('Patient', 'address', 'String'), 'address');
    assert.equal(category('Visit', 'patientUuid', 'String'), 'health');
  });
});
