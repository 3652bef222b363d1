import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyValue,
  maskState,
  maskValue,
  maskedKind,
  residentIdCheckChar,
} from '../../../src/core/values/index.js';

test('mask state: clear, masked (de-identified) or all mask (no PI)', () => {
  const rows: [string, string][] = [
    ['13812345678', 'clear'],
    ['138****5678', 'masked'],
    ['张*', 'masked'],
    ['****', 'all_mask'],
    ['***-****', 'all_mask'],
    ['', 'clear'],
  ];
  for (const [v, expected] of rows) assert.equal(maskState(v), expected, v);
});

test('masked values are recognised by their visible shape', () => {
  const rows: [string, string | null][] = [
    ['138****5678', 'mobile'],
    ['110***********1234', 'resident_id'],
    ['6222********1234567', 'bank_card'],
    ['张**', 'chinese_name'],
    ['a***@example.com', 'email'],
    ['****', null],
    ['ab*cd', null],
    ['13812345678', null],
  ];
  for (const [v, expected] of rows) assert.equal(maskedKind(v), expected, v);
});

test('classifyValue: checksummed kinds first, masked kinds flagged, long text ignored', () => {
  const first17 = '44030519900307123';
  const id = first17 + (residentIdCheckChar(first17) ?? '');
  assert.deepEqual(classifyValue(id), { kind: 'resident_id', masked: false });
  assert.deepEqual(classifyValue('138****5678'), { kind: 'mobile', masked: true });
  assert.equal(classifyValue('hello world'), null);
  assert.equal(classifyValue('1'.repeat(300)), null);
});

test('maskValue never returns the value and keeps its shape', () => {
  const rows: [string, string][] = [
    ['440305199003071234', '440***********1234'],
    ['13812345678', '138****5678'],
    ['王小明', '王**'],
    ['someone@example.com', 's***@example.com'],
    ['abc', '***'],
    ['1234567', '1*****7'],
  ];
  for (const [v, expected] of rows) {
    assert.equal(maskValue(v), expected);
    assert.notEqual(maskValue(v), v);
  }
});
