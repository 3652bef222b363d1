/** Plans from a schema alone (--emit-sql, --counts): DDL comments as evidence, the resident-ID reading. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameDetectorClassifier } from '../../../src/core/dataset/headerClassifier.js';
import { planSchema, tableFromMap, tablesFromDdl } from '../../../src/core/dataset/sql/schemaPlan.js';

const DDL = `CREATE TABLE t_ry (
  id BIGINT PRIMARY KEY,
  f1 VARCHAR(18) COMMENT '身份证号',
  f2 VARCHAR(32) COMMENT '备注',
  sjhm VARCHAR(11)
) COMMENT='人员信息表';`;

test('a DDL gives its tables with types and comments, and a comment classifies a column', () => {
  const [table] = tablesFromDdl(DDL);
  assert.ok(table !== undefined);
  assert.deepEqual(
    table.columns.map((c) => c.name),
    ['id', 'f1', 'f2', 'sjhm'],
  );
  const { columns } = planSchema(table, { classifyHeader: nameDetectorClassifier(), dedupe: true });
  assert.equal(columns.find((c) => c.name === 'f1')?.category, 'id_number');
  // A comment that says nothing personal leaves the column alone.
  assert.equal(columns.find((c) => c.name === 'f2')?.category, null);
});

test('without values an ID-number column counts as resident-ID information under the chosen reading', () => {
  const [table] = tablesFromDdl(DDL);
  assert.ok(table !== undefined);
  const strict = planSchema(table, {
    classifyHeader: nameDetectorClassifier(),
    dedupe: true,
    reading: 'strict',
  });
  const lenient = planSchema(table, {
    classifyHeader: nameDetectorClassifier('lenient'),
    dedupe: true,
    reading: 'lenient',
  });
  const f1 = (p: typeof strict) => p.columns.find((c) => c.name === 'f1');
  assert.equal(f1(strict)?.contest, 'resident_id_info');
  assert.notEqual(f1(strict)?.legalClass, f1(lenient)?.legalClass);
  assert.ok(f1(strict)?.evidence.some((e) => e.includes('no values to read')));
  // A column that is not an ID number is not given the contest.
  assert.equal(strict.columns.find((c) => c.name === 'sjhm')?.contest, undefined);
});

test('--map alone makes a table of the mapped columns', () => {
  const t = tableFromMap('users', { phone: 'contact', note: 'none' });
  const { columns, plan } = planSchema(t, {
    classifyHeader: nameDetectorClassifier(),
    dedupe: true,
    map: { phone: 'contact', note: 'none' },
  });
  assert.deepEqual(
    columns.map((c) => [c.name, c.category]),
    [
      ['phone', 'contact'],
      ['note', null],
    ],
  );
  assert.equal(plan.personKey, 0);
});
