// Place names are not personal names, and a too-uniform column is not classified from values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profileColumns, type HeaderClassifier } from '../../../src/core/dataset/profile.js';
import {
  COMMON_SURNAMES,
  isChineseName,
  isPlaceName,
  PLACE_NAMES,
  tooUniform,
} from '../../../src/core/values/index.js';
import { PersonGenerator } from '../dataset/generate.js';

const g = new PersonGenerator(21);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

test('places that start with a common surname are places, not names', () => {
  const surnamed = PLACE_NAMES.filter((p) => COMMON_SURNAMES.includes(p[0] ?? '') && p.length <= 4);
  // The list must actually exercise the rule: 宁波, 金华, 江门, 常州… all start with a surname.
  assert.ok(surnamed.length > 30, `${surnamed.length} surname-initial places`);
  for (const p of surnamed) assert.equal(isChineseName(p), false, p);
  for (const p of ['宁波', '宁波市', '鄞州区', '江苏', '江苏省', '金华', '常州', '海曙']) {
    assert.equal(isPlaceName(p), true, p);
    assert.equal(isChineseName(p), false, p);
  }
  for (const n of ['宁芳', '金伟', '江丽娜', '欧阳明', '王海', '李阳']) {
    assert.equal(isPlaceName(n), false, n);
    assert.equal(isChineseName(n), true, n);
  }
});

test('tooUniform: constant columns always; shape and vocabulary kinds below their share', () => {
  const table: [Parameters<typeof tooUniform>, boolean][] = [
    [['chinese_name', 50, 1], true],
    [['chinese_name', 50, 4], true],
    [['chinese_name', 50, 5], false],
    [['chinese_name', 5, 1], false], // too few matches to judge
    [['mobile', 50, 1], true],
    [['mobile', 50, 2], false], // two customers' phones over many orders are still phones
    [['resident_id', 1000, 3], false],
    [['ipv4', 1000, 19], true],
    [['ipv4', 1000, 20], false],
    [['address', 200, 3], true],
  ];
  for (const [args, expected] of table) assert.equal(tooUniform(...args), expected, args.join(' '));
});

const knows: HeaderClassifier = (name) =>
  name === '姓名' ? { category: 'name', confidence: 'high', evidence: ['姓名'] } : null;

test('profiles: cities, a constant name or phone, a few addresses are not classified from values', () => {
  const fixedName = g.name();
  const fixedPhone = g.mobile();
  const shops = [g.address(), g.address()];
  const rows = range(60).map((i) => [
    i % 3 === 0 ? '宁波' : i % 3 === 1 ? '金华' : '江门',
    fixedName,
    fixedPhone,
    shops[i % 2] ?? '',
    g.name(),
    g.mobile(),
  ]);
  const p = profileColumns({ header: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'], rows });
  assert.deepEqual(
    p.map((c) => c.category),
    [null, null, null, null, 'name', 'contact'],
  );
  assert.notEqual(p[0]?.valueKind, 'chinese_name', 'cities are not even a name reading');
  assert.match(p[1]?.evidence.join(' ') ?? '', /only 1 distinct value among them: too uniform/);
  assert.match(p[3]?.evidence.join(' ') ?? '', /only 2 distinct values/);
  // A header still names the column: the uniformity only stops values from classifying alone.
  const named = profileColumns({
    header: ['c1', '姓名'],
    rows: rows.map((r) => r.slice(0, 2)),
    classifyHeader: knows,
  });
  assert.deepEqual([named[1]?.category, named[1]?.source], ['name', 'header']);
});
