// A JSON map keyed by personal values is one record per key: 100
// people keyed by phone are 100 records and 100 persons, not one; the keys are counted as
// contact values and never become column names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { flattenObject } from '../../../src/core/dataset/tableSink.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { PersonGenerator } from './generate.js';
import { tempDir } from './fixtures.js';

function keyedPeople(n: number): Record<string, unknown> {
  const g = new PersonGenerator(5);
  const out: Record<string, unknown> = {};
  while (Object.keys(out).length < n) out[g.mobile()] = { 姓名: g.name(), [g.residentId()]: g.address() };
  return out;
}

test('a top-level map keyed by phone numbers is one record per person', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('k.json'), JSON.stringify(keyedPeople(100)));
    const r = await estimateDataset([t.file('k.json')], { workers: 1 });
    assert.equal(r.records, 100);
    assert.equal(r.persons, 100);
    assert.equal(r.byCategory.contact, 100);
    assert.equal(r.byCategory.id_number, 100);
    const names = r.parts.flatMap((p) => p.columns.map((c) => c.name));
    assert.ok(
      names.every((n) => !/\d{7}/.test(n)),
      names.join(', '),
    );
  } finally {
    t.done();
  }
});

test('an ordinary top-level object is still one record (the negative)', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('o.json'), JSON.stringify({ name: '张伟', phone: '13812345678', city: '北京' }));
    const r = await estimateDataset([t.file('o.json')], { workers: 1 });
    assert.equal(r.records, 1);
    assert.ok(r.parts[0]?.columns.some((c) => c.name === 'phone'));
  } finally {
    t.done();
  }
});

test('inside a record, a key that is a value becomes a {key} column beside its {value}', () => {
  assert.deepEqual(flattenObject({ '13812345678': '张三', idCard: 'x', a: { b: 1 } }), {
    '{key}': '13812345678',
    '{value}': '张三',
    idCard: 'x',
    'a.b': '1',
  });
  assert.deepEqual(flattenObject({ p: { '13812345678': 1, '13912345670': 2 } }), {
    'p.{key}': '13812345678',
    'p.{value}': '1',
    'p.{key2}': '13912345670',
    'p.{value2}': '2',
  });
});
