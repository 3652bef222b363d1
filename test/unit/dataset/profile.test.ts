// Profiling: header and value readings combined, overrides, negatives, obfuscated headers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileColumns, type HeaderClassifier } from '../../../src/core/dataset/profile.js';
import { choosePersonKey } from '../../../src/core/dataset/keys.js';
import { looksLikeHeader, sniffDialect } from '../../../src/core/dataset/sniff.js';
import { usccCheckChar } from '../../../src/core/values/index.js';
import { PersonGenerator } from './generate.js';

const g = new PersonGenerator(3);
const rows = Array.from({ length: 100 }, (_, i) => [
  g.residentId(),
  g.mobile(),
  g.name(),
  `v${i}`,
  i % 2 === 0 ? g.bankCard() : '',
]);
const fakeHeader: HeaderClassifier = (name) =>
  name === 'sfzh'
    ? { category: 'id_number', confidence: 'high', evidence: ['pinyin sfzh'] }
    : name === 'remark'
      ? { category: null, confidence: 'high', evidence: ['not PI'] }
      : name === 'phone_or_name'
        ? { category: 'name', confidence: 'low', evidence: ['name'] }
        : null;

test('obfuscated headers (c1, c2…) are classified from values with a share', () => {
  const p = profileColumns({ header: ['c1', 'c2', 'c3', 'c4', 'c5'], rows, classifyHeader: fakeHeader });
  assert.deepEqual(
    p.map((c) => [c.category, c.source]),
    [
      ['id_number', 'values'],
      ['contact', 'values'],
      ['name', 'values'],
      [null, 'none'],
      ['property', 'values'],
    ],
  );
  assert.equal(p[0]?.share, 1);
  assert.match(p[0].evidence.join(' '), /100 % of sampled values are valid resident IDs/);
  assert.equal(p[4]?.legalClass, 'A', 'bare bank card: strict reading is class A');
  assert.match(p[4].evidence.join(' '), /contested/);
});

test('header and values agree → both; values overrule a weak header; override wins', () => {
  const p = profileColumns({
    header: ['sfzh', 'phone_or_name', 'x', 'remark', 'y'],
    rows,
    classifyHeader: fakeHeader,
    overrides: { x: 'none', '4': 'education_work' },
  });
  assert.equal(p[0]?.source, 'both');
  assert.deepEqual([p[1]?.category, p[1]?.source], ['contact', 'values']);
  assert.deepEqual([p[2]?.category, p[2]?.source], [null, 'override']);
  assert.deepEqual([p[3]?.category, p[3]?.source], ['education_work', 'override']);
  const lenient = profileColumns({ header: null, rows, reading: 'lenient' });
  assert.equal(lenient[4]?.legalClass, 'C');
});

test('an entity code column (unified social credit codes) is not PI even under a PI-like header', () => {
  const codes = Array.from({ length: 20 }, (_, i) => {
    const first = `91330100MA${String(1000000 + i).slice(0, 7)}`;
    return [first + (usccCheckChar(first) ?? '')];
  });
  const p = profileColumns({ header: ['sfzh'], rows: codes, classifyHeader: fakeHeader });
  assert.equal(p[0]?.category, null);
  assert.match(p[0].evidence.join(' '), /entity identifier/);
});

test('examples are masked, never raw', () => {
  const p = profileColumns({ header: null, rows });
  for (const c of p) for (const ex of c.examples) assert.ok(!rows.some((r) => r.includes(ex)), ex);
  assert.match(p[0]?.examples[0] ?? '', /^\d{3}\*{11}[\dX]{4}$/);
});

test('person key: resident ID beats mobile; a chosen key by name or 1-based index', () => {
  const p = profileColumns({ header: ['a', 'b', 'c', 'd', 'e'], rows });
  assert.equal(choosePersonKey(p), 0);
  assert.equal(choosePersonKey(p.slice(1)), 1);
  assert.equal(choosePersonKey(p, 'c'), 2);
  assert.equal(choosePersonKey(p, '4'), 3);
  assert.equal(choosePersonKey(p.slice(3, 4)), -1);
});

test('dialect sniffing and header detection', () => {
  const e = new TextEncoder();
  assert.equal(sniffDialect(e.encode('a;b;c\n1;2;3\n4;5;6\n')).delimiter, 59);
  assert.equal(sniffDialect(e.encode('a\tb\tc\n1,5\t2\t3\n4\t5,0\t6\n')).delimiter, 9);
  assert.equal(
    looksLikeHeader([
      ['c1', 'c2'],
      ['13812345678', '王芳'],
    ]),
    true,
  );
  assert.equal(
    looksLikeHeader([
      ['13812345678', '王芳'],
      ['13912345678', '李娜'],
    ]),
    false,
  );
  assert.equal(
    looksLikeHeader([
      ['id', 'id'],
      ['1', '2'],
    ]),
    false,
    'duplicate labels',
  );
});
