import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isResidentId, residentIdBirthDate, residentIdCheckChar } from '../../../src/core/values/index.js';

const TODAY = new Date(Date.UTC(2026, 10, 30));
/** Completes 17 digits with their computed check character (no real ID is written down). */
const id = (first17: string): string => first17 + (residentIdCheckChar(first17) ?? '?');
/** The same with a wrong check character. */
const wrong = (first17: string): string => {
  const good = residentIdCheckChar(first17);
  return first17 + (good === '0' ? '1' : '0');
};

test('check character follows GB 11643 mod 11 (hand-computed case)', () => {
  // weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over 11010519491231002: sum 167, 167 % 11 = 2 → 'X'
  assert.equal(residentIdCheckChar('11010519491231002'), 'X');
  assert.equal(residentIdCheckChar('1101051949123100'), null);
  assert.equal(residentIdCheckChar('1101051949123100a'), null);
});

const cases: [string, string, boolean][] = [
  ['valid, ordinary date', id('44030519900307123'), true],
  ['valid, leap day', id('31010420000229004'), true],
  ['valid X check, lower case accepted', id('11010519491231002').toLowerCase(), true],
  ['wrong check character', wrong('44030519900307123'), false],
  ['29 Feb in a non-leap year', id('31010419990229004'), false],
  ['month 13', id('31010419991301004'), false],
  ['born in the future', id('31010420300101004'), false],
  ['born before 1900', id('31010418890101004'), false],
  ['unknown province 99', id('99010519900307123'), false],
  ['17 digits', '44030519900307123', false],
  ['letters', 'ABCDEFGHIJKLMNOPQR', false],
  ['15-digit legacy, valid date', '440305900307123', true],
  ['15-digit legacy, bad date', '440305901347123', false],
  ['empty', '', false],
];

test('isResidentId', () => {
  for (const [label, value, expected] of cases) assert.equal(isResidentId(value, TODAY), expected, label);
});

test('birth date from an ID', () => {
  assert.equal(residentIdBirthDate(id('44030519900307123')), '1990-03-07');
  assert.equal(residentIdBirthDate('440305900307123'), '1990-03-07');
  assert.equal(residentIdBirthDate(wrong('44030519900307123')), null);
});
