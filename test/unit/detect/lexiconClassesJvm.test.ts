/**
 * Classes of error found on the Java, Kotlin and C# records of the field lexicon's train split
 * (issue 9): each rule with a negative beside it. Names are unlike the lexicon's own records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';

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
