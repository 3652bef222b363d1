/** The persons query across sources counted apart: its text, its shape, and when there is none. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Parser } from 'node-sql-parser';
import { makePlan } from '../../../src/core/dataset/plan.js';
import { buildPersonsUnionQuery } from '../../../src/core/dataset/sql/personsQuery.js';
import { DIALECTS } from '../../../src/core/dataset/sql/dialect.js';

const keyed = makePlan(
  3,
  [
    { index: 0, category: 'name', legalClass: 'C' },
    { index: 1, category: 'id_number', legalClass: 'B' },
    { index: 2, category: 'health', legalClass: 'B', identifying: false },
  ],
  1,
  true,
  (c) => c === 'health',
);
const phones = makePlan(2, [{ index: 1, category: 'contact', legalClass: 'C' }], 1, true);
const unkeyed = makePlan(2, [{ index: 0, category: 'name', legalClass: 'C' }], -1, true);

test('one row of three counts over the person keys of every source, UNION ALL', () => {
  const sql = buildPersonsUnionQuery(
    [
      { source: { table: ['public', 'patients'] }, columns: ['姓名', '身份证号', '诊断'], plan: keyed },
      { source: { table: ['public', 'contacts'] }, columns: ['姓名', '手机'], plan: phones },
    ],
    DIALECTS.postgres,
  );
  assert.ok(sql !== null);
  assert.match(sql, /COUNT\(DISTINCT k\) AS persons,/);
  assert.match(sql, /COUNT\(DISTINCT CASE WHEN s = 1 THEN k END\) AS persons_sensitive/);
  assert.equal(sql.split('UNION ALL').length, 2);
  assert.match(sql, /SELECT c2 AS k/);
  assert.match(sql, /FROM "public"\."patients"/);
  // The diagnosis makes a record sensitive but identifies nobody: only name and ID number do.
  const where = sql.split('\n').filter((l) => l.startsWith('WHERE'));
  assert.equal(where.length, 2);
  assert.doesNotMatch(where[0] ?? '', /c3/);
  assert.match(sql, /CASE WHEN \(\(c3 IS NOT NULL/);
  assert.doesNotThrow(() => new Parser().astify(sql, { database: 'postgresql' }));
});

test('no persons query when a source has no person key, or there is no source', () => {
  const withUnkeyed = buildPersonsUnionQuery(
    [
      { source: { table: ['a'] }, columns: ['姓名', '身份证号', '诊断'], plan: keyed },
      { source: { table: ['b'] }, columns: ['姓名', 'x'], plan: unkeyed },
    ],
    DIALECTS.postgres,
  );
  assert.equal(withUnkeyed, null);
  assert.equal(buildPersonsUnionQuery([], DIALECTS.postgres), null);
});
