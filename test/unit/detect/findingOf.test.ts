/**
 * A finding written out in one literal (findingOf.ts) is the finding the spread gives: the same
 * keys in the same order (JSON output and baselines print them in order), no `owner` key without
 * an owner, and any verdict of other keys or another order is spread as before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingOf, usualVerdict, type Verdict } from '../../../src/core/detect/findingOf.js';
import type { FieldCandidate } from '../../../src/core/types.js';

const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 10 } };
const evidence = [{ kind: 'token' as const, matched: 'mobile', detail: 'identifier words "mobile"' }];
const base = { category: 'contact', class: 'C', confidence: 'high', evidence } as const;

const verdicts: [string, Verdict, boolean][] = [
  ['the four keys', { ...base }, true],
  ['with minor', { ...base, minor: true }, true],
  ['with contest', { ...base, contest: 'bare_bank_card' }, true],
  ['with minor and contest', { ...base, minor: true, contest: 'bare_bank_card' }, true],
  ['contest before minor', { ...base, contest: 'bare_bank_card', minor: true }, false],
  ['keys in another order', { class: 'C', category: 'contact', confidence: 'high', evidence }, false],
  ['a key of its own', { ...base, purpose: 'login' } as Verdict, false],
  ['a key missing', { category: 'contact', class: 'C', evidence } as unknown as Verdict, false],
];

const candidates: [string, FieldCandidate][] = [
  ['with an owner', { name: 'mobile', range, role: 'declaration', owner: 'Member' }],
  ['without an owner', { name: 'mobile', range, role: 'usage' }],
];

describe('findingOf', () => {
  for (const [label, verdict, usual] of verdicts) {
    it(`${label}: ${usual ? 'written out' : 'spread'}, the same finding either way`, () => {
      assert.equal(usualVerdict(verdict), usual);
      for (const [, c] of candidates) {
        const spread = {
          field: c.name,
          range: c.range,
          role: c.role,
          ...(c.owner !== undefined ? { owner: c.owner } : {}),
          ...verdict,
        };
        for (const flag of usual ? [true, false] : [false]) {
          const built = findingOf(c, verdict, flag);
          assert.deepEqual(built, spread);
          assert.deepEqual(Object.keys(built), Object.keys(spread), 'same keys, same order');
          assert.equal(JSON.stringify(built), JSON.stringify(spread));
          assert.equal(built.evidence, verdict.evidence, 'the evidence is shared, not copied');
        }
      }
    });
  }
});
