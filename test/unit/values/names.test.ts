// The one rule for names that are values: a key, table or
// column named with a phone, ID, card or e-mail is masked wherever it is shown; real names pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyValue } from '../../../src/core/values/index.js';
import {
  isValueLikeName,
  maskNameValues,
  nameMasker,
  SHAPED_IDENTIFIER_KINDS,
} from '../../../src/core/values/names.js';

const MASKED: [string, string][] = [
  ['13812345678', '138****5678'],
  ['13812345678.110101199003071237', '138****5678.110***********1237'],
  ['u_13431793823', 'u_134****3823'],
  ['dump.sql#u_13431793823', 'dump.sql#u_134****3823'],
  ['user13431793823', 'user134****3823'],
  ['330106199902153235', '330***********3235'],
  ['6222021234567890123.note', '622************0123.note'],
  ['alice.wong@example.com', 'a***@example.com'],
  ['`13403346322.idCard` declares', '`134****6322.idCard` declares'],
  // A passport number has seven digits at least, and is still checked.
  ['EA1234567', 'E*******7'],
];

const KEPT = [
  'id_card_no',
  '姓名',
  '手机号',
  '房产信息',
  '金额',
  'phone_1',
  'order_2024',
  'col_20240101',
  'address.line2',
  'v1.2.3',
  'sheet1#A1',
  'Member123x456',
  'MemberEntity1024',
  'EA123456',
  '',
];

test('names holding a personal value are masked, and only that part', () => {
  for (const [name, masked] of MASKED) {
    assert.equal(maskNameValues(name), masked, name);
    assert.equal(isValueLikeName(name), true, name);
    assert.doesNotMatch(maskNameValues(name), /\d{7}/, `${name}: no run of 7 digits survives`);
  }
});

test('ordinary names, Chinese header words included, are left as they are', () => {
  for (const name of KEPT) {
    assert.equal(maskNameValues(name), name, name);
    assert.equal(isValueLikeName(name), false, name);
  }
});

test('masking is idempotent: a masked name stays as it is', () => {
  for (const [, masked] of MASKED) assert.equal(maskNameValues(masked), masked);
});

test("a scan's masker masks as maskNameValues does, each name asked any number of times", () => {
  const mask = nameMasker();
  for (let round = 0; round < 2; round++) {
    for (const [name, masked] of MASKED) assert.equal(mask(name), masked, name);
    for (const name of KEPT) assert.equal(mask(name), name, name);
  }
});

test('no token of ASCII letters and at most six digits is a value of a shaped kind', () => {
  // The premise that lets masking skip `classifyValue` for such tokens (names.ts), checked on
  // tokens built like the values of each kind with a digit short: passports, permits, plates.
  const letters = ['', 'E', 'EA', 'G', 'C', 'H', 'L', 'M', 'u', 'Member', 'x', 'AB', 'abc'];
  let seed = 7;
  const digit = (): string => String((seed = (seed * 48271) % 2147483647) % 10);
  for (const before of letters) {
    for (const after of letters) {
      for (let digits = 3; digits <= 6; digits++) {
        const token = `${before}${Array.from({ length: digits }, digit).join('')}${after}`;
        const hit = classifyValue(token);
        assert.ok(hit === null || !SHAPED_IDENTIFIER_KINDS.has(hit.kind), `${token}: ${hit?.kind}`);
        assert.equal(maskNameValues(token), token, token);
      }
    }
  }
});
