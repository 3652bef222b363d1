/** The hashed counting query (`--engine duckdb`): values become keyed hashes before any step that may spill. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makePlan } from '../../../src/core/dataset/plan.js';
import { buildCountQuery } from '../../../src/core/dataset/sql/countQuery.js';
import { DIALECTS } from '../../../src/core/dataset/sql/dialect.js';
import { buildHashedCountQuery } from '../../../src/core/dataset/sql/hashedCountQuery.js';
import { buildPersonsUnionQuery } from '../../../src/core/dataset/sql/personsQuery.js';

const plan = makePlan(
  3,
  [
    { index: 0, category: 'name', legalClass: 'C' },
    { index: 1, category: 'id_number', legalClass: 'C' },
    { index: 2, category: 'health', legalClass: 'B', identifying: false },
  ],
  1,
  true,
  (c) => c === 'health',
);
const input = {
  source: { table: ['t'] },
  columns: ['姓名', 'id', 'diagnosis'],
  plan,
  checks: new Map([[1, 'resident_id' as const]]),
};
const KEY = '0123456789abcdef0123456789abcdef';

test('past the first projection only hashes and flags are named, never a source column', () => {
  const sql = buildHashedCountQuery(input, DIALECTS.duckdb, KEY);
  const [projection, rest] = sql.split('\n), g AS (');
  assert.ok(projection !== undefined && rest !== undefined);
  assert.doesNotMatch(rest, /\bc\d+\b/);
  // The person key and the whole record (each value length-prefixed, NULL marked) are hashed with the key.
  assert.match(projection, /md5_number\('0123456789abcdef0123456789abcdef' \|\| c2\) AS k/);
  assert.match(projection, /COALESCE\(CAST\(strlen\(c3\) AS VARCHAR\) \|\| ':' \|\| c3, '-'\)\) AS rh/);
  // Duplicates fold on the record hash; the checks are flags summed per occurrence.
  assert.match(rest, /GROUP BY rh, k, pk, x1, v1, p0, p1, p2/);
  assert.match(sql, /SUM\(CASE WHEN v1 = 1 THEN n ELSE 0 END\) AS valid_2/);
  // The unhashed query names raw columns in its later steps (what the hashed one avoids).
  const plain = buildCountQuery(input, DIALECTS.duckdb).sql;
  assert.match(plain.split('), fa AS (')[1] ?? '', /\bc2 AS k\b/);
});

test('without dedupe no record hash and no GROUP BY; each row weighs 1', () => {
  const sql = buildHashedCountQuery({ ...input, plan: { ...plan, dedupe: false } }, DIALECTS.duckdb, KEY);
  assert.doesNotMatch(sql, /AS rh|GROUP BY/);
  assert.match(sql, /1 AS n/);
});

test('a weak key or a dialect without a keyed hash is refused', () => {
  assert.throws(() => buildHashedCountQuery(input, DIALECTS.duckdb, 'abc'), /at least 32 lower-case hex/);
  assert.throws(() => buildHashedCountQuery(input, DIALECTS.duckdb, KEY.toUpperCase()), /hex/);
  assert.throws(() => buildHashedCountQuery(input, DIALECTS.postgres, KEY), /PostgreSQL has no keyed hash/);
  assert.throws(() => buildPersonsUnionQuery([input, input], DIALECTS.trino, KEY), /no keyed hash/);
});

test('the persons union hashes each person key with the key, or reads it as is without one', () => {
  const keyed = buildPersonsUnionQuery([input, input], DIALECTS.duckdb, KEY) ?? '';
  assert.equal(
    keyed.match(/SELECT md5_number\('0123456789abcdef0123456789abcdef' \|\| c2\) AS k/g)?.length,
    2,
  );
  const plainUnion = buildPersonsUnionQuery([input, input], DIALECTS.duckdb) ?? '';
  assert.match(plainUnion, /SELECT c2 AS k/);
  assert.doesNotMatch(plainUnion, /md5_number/);
});
