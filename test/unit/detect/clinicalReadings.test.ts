/**
 * Issue 9 (branch `det-health`): a record holding a body reading taken in care (`spo2`, a blood
 * pressure described as `血压`) is a clinical record whatever its name, as one holding a
 * diagnosis is: its other fields are read again with the record's field names as context, and
 * only a health reading is kept (`CLINICAL_READINGS` in `vocabulary/clinical.ts`,
 * `classifyCandidates.ts`). Each positive has a negative beside it; names are unlike the
 * lexicon's own records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A record's fields as `[name, declared type, comment?]`, made into an extractor's candidates. */
function record(owner: string, fields: readonly (readonly [string, string, string?])[]): FieldCandidate[] {
  return fields.map(([name, declaredType, comment]) => ({
    name,
    owner,
    declaredType,
    range: NOWHERE,
    role: 'declaration',
    ...(comment !== undefined ? { comment } : {}),
  }));
}

/** Each field's category, by name (`-` when nothing is reported). */
function categories(candidates: readonly FieldCandidate[]): Record<string, string> {
  const found = classifyCandidates(candidates);
  return Object.fromEntries(candidates.map((c, k) => [c.name, found[k]?.category ?? '-']));
}

describe('a record holding a body reading is a clinical record, whatever its name', () => {
  it('reads the clinical words of its other fields, and says why', () => {
    const sheet = record('ward_sheet', [
      ['id', 'int'],
      ['patient_category', 'varchar(20)'],
      ['spo2', 'int'],
      ['pulse', 'int'],
      ['route', 'varchar(20)'],
      ['created_at', 'datetime'],
    ]);
    const found = classifyCandidates(sheet);
    const route = found[4];
    assert.equal(route?.category, 'health');
    assert.ok(route.evidence.some((e) => e.detail.includes('the same record holds "spo2"')));
    assert.equal(found[3]?.category, 'health');
    // Keys and row stamps stay unreported.
    assert.equal(found[0], undefined);
    assert.equal(found[5], undefined);
  });

  it('reads a reading described in Chinese', () => {
    const chart = record('t_round', [
      ['patient_type', 'varchar(10)'],
      ['xy', 'varchar(20)', '血压'],
      ['route', 'varchar(20)'],
    ]);
    assert.equal(categories(chart)['route'], 'health');
  });

  it('leaves the same words alone in a record without a reading', () => {
    const sheet = record('ward_sheet', [
      ['patient_category', 'varchar(20)'],
      ['category', 'int'],
      ['pulse', 'int'],
      ['route', 'varchar(20)'],
    ]);
    const read = categories(sheet);
    assert.equal(read['pulse'], '-');
    assert.equal(read['route'], '-');
  });

  it('opens no clinical word where nothing in the record names a patient or a clinic', () => {
    // A watch's blood-oxygen sample beside a run's route: the route is not a drug's.
    const sample = record('watch_sample', [
      ['user_id', 'int'],
      ['spo2', 'int'],
      ['route', 'varchar(20)'],
    ]);
    const read = categories(sample);
    assert.equal(read['spo2'], 'health');
    assert.equal(read['route'], '-');
  });
});
