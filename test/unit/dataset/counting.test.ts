// Counting rules (法释〔2017〕10号 Art. 11(2)–(3); docs/legal-basis.md) on records whose answer is known by construction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecordCounter, identifying } from '../../../src/core/dataset/count.js';
import { makePlan, type PlannedColumn } from '../../../src/core/dataset/plan.js';
import { RowEncoder } from '../../../src/core/dataset/rowRecord.js';

const cols: PlannedColumn[] = [
  { index: 0, category: 'name', legalClass: 'C' },
  { index: 1, category: 'id_number', legalClass: 'C' },
  { index: 2, category: 'whereabouts', legalClass: 'A' },
  { index: 3, category: 'health', legalClass: 'B' },
];
const plan = (dedupe = true) => makePlan(5, cols, 1, dedupe, (c) => c === 'health');
const enc = new RowEncoder();
const KEY = [1, 2, 3, 4] as const;

function count(rows: string[][], dedupe = true): RecordCounter {
  const c = new RecordCounter(plan(dedupe), { key: KEY });
  for (const r of rows) c.add(enc.encode(r));
  return c;
}

function pieces(c: RecordCounter): Record<string, number> {
  const out: Record<string, number> = { A: 0, B: 0, C: 0 };
  c.forEachCounted((packed, n) => {
    const cls = ['A', 'B', 'C'][packed >>> 28] as string;
    out[cls] = (out[cls] ?? 0) + n;
  });
  return out;
}

test('each record counts once, under its strictest class', () => {
  const c = count([
    ['a', 'id1', '', '', 'x'], // C
    ['b', 'id2', '', 'flu', 'x'], // B beats C
    ['c', 'id3', '39.9,116.4', 'flu', 'x'], // A beats B and C
    ['', '', '', '', 'x'], // nothing identifying
  ]);
  assert.deepEqual(pieces(c), { A: 1, B: 1, C: 1 });
  assert.equal(c.withoutPi, 1);
  assert.equal(c.persons.all, 3);
  assert.equal(c.persons.sensitive, 2);
  assert.equal(c.persons.face, 0);
});

test('exact duplicates removed unless de-duplication is off; near-duplicates are distinct', () => {
  const rows = [
    ['a', 'id1', '', '', 'x'],
    ['a', 'id1', '', '', 'x'],
    ['a', 'id1', '', '', 'y'],
    ['ab', '', '', '', ''],
    ['a', 'b', '', '', ''],
  ];
  assert.deepEqual(pieces(count(rows)), { A: 0, B: 0, C: 4 });
  assert.deepEqual(pieces(count(rows, false)), { A: 0, B: 0, C: 5 });
  assert.equal(count(rows).persons.all, 2, 'persons keyed by the ID column');
});

test('malformed rows (wrong field count) are counted, not fatal, not pieces', () => {
  const c = count([
    ['a', 'id1', '', '', 'x'],
    ['a', 'id1'],
    ['a', 'id2', '', '', 'x', 'extra'],
  ]);
  assert.equal(c.malformed, 2);
  assert.equal(c.rows, 3);
  assert.deepEqual(pieces(c), { A: 0, B: 0, C: 1 });
});

test('merging counters equals counting everything in one', () => {
  const rows = Array.from({ length: 500 }, (_, i) => [
    `n${i % 300}`,
    `id${i % 300}`,
    (i % 300) % 7 === 0 ? '1,2' : '',
    '',
    'x',
  ]);
  const whole = count(rows);
  const left = count(rows.slice(0, 200));
  const right = count(rows.slice(200));
  left.merge(right.state());
  assert.deepEqual(pieces(left), pieces(whole));
  assert.equal(left.distinctRecords, whole.distinctRecords);
  assert.equal(left.persons.all, whole.persons.all);
  assert.equal(left.withPi, 500);
  assert.equal(whole.distinctRecords, 300);
});

test('identifying: empty, null markers and all-mask values carry nothing', () => {
  const rows: [string, boolean][] = [
    ['', false],
    ['   ', false],
    ['NULL', false],
    ['null', false],
    ['\\N', false],
    ['N/A', false],
    ['****', false],
    ['***-****', false],
    ['138****5678', true],
    ['0', true],
    ['张*', true],
    ['NULLS', true],
  ];
  const e = new TextEncoder();
  for (const [v, expected] of rows) {
    const b = e.encode(v);
    assert.equal(identifying(b, 0, b.length), expected, JSON.stringify(v));
  }
});

test('a record whose only PI cannot single anyone out (gender, an amount) is not counted', () => {
  const p = makePlan(
    3,
    [
      { index: 0, category: 'name', legalClass: 'C' },
      { index: 1, category: 'basic_profile', legalClass: 'C', identifying: false },
      { index: 2, category: 'transaction', legalClass: 'B', identifying: false },
    ],
    -1,
    true,
  );
  const c = new RecordCounter(p, { key: KEY });
  for (const r of [
    ['王芳', '女', ''],
    ['', '女', '12.50'],
    ['', '男', ''],
    ['李娜', '', '3.00'],
  ])
    c.add(enc.encode(r));
  assert.deepEqual(pieces(c), { A: 0, B: 1, C: 1 });
  assert.equal(c.withoutPi, 2);
});
