/**
 * Real-code regression: every train record of the field lexicon the detector gets right is
 * locked, and every one it gets wrong is listed in `disagreements.jsonl` with a reason. A
 * locked record that regresses fails, and so does a listed record that is now right (or gone):
 * fixing a disagreement means deleting its line. Refresh the list with
 * `npm run eval -- --lexicon --update-disagreements` after a deliberate change.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  agrees,
  lexiconFiles,
  loadDisagreements,
  loadLexicon,
  predict,
  recordKey,
} from '../../support/lexicon.js';

describe('field lexicon (train split)', () => {
  const records = loadLexicon('train');
  const predicted = predict(records);
  const listed = new Map(loadDisagreements().map((d) => [d.key, d]));

  it('has real, labelled records and unique keys', () => {
    assert.ok(records.length > 3000, 'the train split holds thousands of fields');
    assert.ok(records.some((r) => r.category !== 'none'));
    assert.equal(new Set(records.map(recordKey)).size, records.length);
  });

  it('hands the detector each file whole, with its path, as a scan does', () => {
    const files = lexiconFiles(records);
    assert.equal(
      files.reduce((n, f) => n + f.indices.length, 0),
      records.length,
    );
    assert.equal(new Set(files.flatMap((f) => f.indices)).size, records.length);
    for (const f of files) {
      const first = records[f.indices[0] as number];
      assert.ok(f.indices.every((k) => records[k]?.source === first?.source && records[k]?.file === f.path));
      assert.deepEqual(
        f.candidates.map((c) => c.name),
        f.indices.map((k) => records[k]?.name),
      );
    }
    // A file of several records is one group, not one group per owner.
    assert.ok(files.some((f) => new Set(f.candidates.map((c) => c.owner)).size > 1));
  });

  it('keeps every record it gets right', () => {
    const regressed = records
      .map((r, k) => ({ r, p: predicted[k] ?? 'none' }))
      .filter(({ r, p }) => !agrees(r.category, p) && !listed.has(recordKey(r)))
      .map(({ r, p }) => `${recordKey(r)}: ${r.category} expected, detector says ${p}`);
    assert.deepEqual(regressed, []);
  });

  it('lists no disagreement that is fixed or gone', () => {
    const byKey = new Map(records.map((r, k) => [recordKey(r), { r, p: predicted[k] ?? 'none' }]));
    const stale = [...listed.values()]
      .filter((d) => {
        const now = byKey.get(d.key);
        return now === undefined || agrees(now.r.category, now.p) || now.r.category !== d.expected;
      })
      .map((d) => d.key);
    assert.deepEqual(stale, []);
  });
});
