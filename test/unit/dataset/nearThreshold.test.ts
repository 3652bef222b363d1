/** Approximate persons near a persons threshold: which thresholds, and the report's note. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { makePlan } from '../../../src/core/dataset/plan.js';
import { buildCountQuery } from '../../../src/core/dataset/sql/countQuery.js';
import { DIALECTS } from '../../../src/core/dataset/sql/dialect.js';
import { approximationNote, thresholdsNear } from '../../../src/core/dataset/sql/nearThreshold.js';
import { approximatingDialect } from '../../../src/core/dataset/sql/tally.js';
import { pilens } from '../cli/harness.js';

const persons = (all: number, sensitive = 0, face = 0) => ({ all, sensitive, face });

test('a threshold within three documented errors is near; one further away is not', () => {
  // Trino: standard error 2.3 %, so 3 × 2.3 % of 100,000 is 6,900.
  assert.deepEqual(
    thresholdsNear(persons(95_000), 0.023)?.map((t) => t.at),
    [100_000],
  );
  assert.deepEqual(thresholdsNear(persons(90_000), 0.023), []);
  assert.deepEqual(
    thresholdsNear(persons(1_000, 10_300), 0.023)?.map((t) => `${t.figure} ${t.at}`),
    ['sensitive 10000'],
  );
  // Spark's 5 % rsd reaches further: 88,000 is near 100,000 there, not with Trino's 2.3 %.
  assert.equal(thresholdsNear(persons(88_000), 0.05)?.length, 1);
  assert.equal(thresholdsNear(persons(88_000), 0.023)?.length, 0);
  // No documented error: nothing can be told.
  assert.equal(thresholdsNear(persons(95_000), undefined), undefined);
});

test('the note names the thresholds and the exact command, or says nothing can be told', () => {
  const near = approximationNote(
    persons(97_000),
    DIALECTS.trino,
    'pilens estimate s.sql --table t --emit-sql trino --exact',
  );
  assert.match(near, /Near a threshold/);
  assert.match(near, /97,000 persons against 100,000 \(the cross-border exemption\)/);
  assert.match(near, /`pilens estimate s\.sql --table t --emit-sql trino --exact`/);
  const far = approximationNote(persons(40_000), DIALECTS.trino, 'cmd');
  assert.doesNotMatch(far, /Near a threshold/);
  assert.match(far, /No persons threshold lies within 3 times/);
  const unknown = approximationNote(persons(40_000), DIALECTS.clickhouse, 'cmd');
  assert.match(unknown, /documents no error bound/);
});

test('the approximate query names its engine in the result, the exact one does not', () => {
  const plan = makePlan(
    2,
    [
      { index: 0, category: 'name', legalClass: 'C' },
      { index: 1, category: 'contact', legalClass: 'C' },
    ],
    1,
    true,
    () => false,
  );
  const input = { source: { table: ['t'] }, columns: ['name', 'phone'], plan };
  assert.match(buildCountQuery({ ...input, approx: true }, DIALECTS.spark).sql, /'spark' AS approx_engine/);
  assert.doesNotMatch(buildCountQuery({ ...input, approx: false }, DIALECTS.spark).sql, /approx_engine/);
  assert.equal(approximatingDialect({ APPROX_ENGINE: 'trino' })?.id, 'trino');
  assert.equal(approximatingDialect({ approx_engine: 'oracle' }), undefined);
  assert.equal(approximatingDialect({}), undefined);
});

test('--counts with approximate persons near a threshold: the report says so and gives the exact command', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pilens-near-'));
  try {
    writeFileSync(
      join(dir, 'users.sql'),
      'CREATE TABLE users (\n  `姓名` VARCHAR(20),\n  `手机号` VARCHAR(20)\n);\n',
    );
    const emitted = await pilens(dir, 'estimate', 'users.sql', '--emit-sql', 'trino');
    assert.equal(emitted.code, 0, emitted.stderr);
    assert.match(emitted.stdout, /'trino' AS approx_engine/);
    const row = (all: number): Record<string, unknown> => ({
      records: 120_000,
      with_pi: 120_000,
      distinct_with_pi: 120_000,
      pieces_a: 0,
      pieces_b: 0,
      pieces_c: 120_000,
      card_records: 0,
      persons: all,
      persons_sensitive: 0,
      persons_face: 0,
      approx_persons: 1,
      approx_engine: 'trino',
      cat_name: 120_000,
      cat_contact: 120_000,
    });
    const notes = async (all: number): Promise<string[]> => {
      writeFileSync(join(dir, 'result.json'), JSON.stringify(row(all)));
      const run = await pilens(dir, 'estimate', 'users.sql', '--counts', 'result.json', '--format', 'json');
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout) as { parts: { notes: string[] }[] }).parts.flatMap((p) => p.notes);
    };
    const near = (await notes(98_500)).join('\n');
    assert.match(near, /98,500 persons against 100,000/);
    assert.match(near, /pilens estimate users\.sql --table users --emit-sql trino --exact/);
    assert.doesNotMatch((await notes(50_000)).join('\n'), /Near a threshold/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
