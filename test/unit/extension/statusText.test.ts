import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { statusText } from '../../../src/extension/statusText.js';

describe('status bar text', () => {
  test('says what it counts, and the classes that matter first', () => {
    const s = statusText({ byClass: { A: 2, B: 2, C: 10 }, usages: 3 }, 'en');
    assert.equal(s.text, '$(shield) 14 PI fields · 4 class A/B');
    assert.doesNotMatch(s.text, /A 2 · B 2/);
    for (const expected of ['Class A', 'whereabouts', ': 2', 'Class C', ': 10', 'Usages', ': 3', 'inventory'])
      assert.ok(s.tooltip.includes(expected), `${expected} in ${s.tooltip}`);
  });

  test('no class A/B part when there is none; singular for one field', () => {
    assert.equal(statusText({ byClass: { A: 0, B: 0, C: 1 }, usages: 0 }, 'en').text, '$(shield) 1 PI field');
  });

  test('Chinese', () => {
    const s = statusText({ byClass: { A: 1, B: 0, C: 2 }, usages: 0 }, 'zh');
    assert.equal(s.text, '$(shield) 3 个个人信息字段 · A/B类 1 个');
    assert.match(s.tooltip, /A类（行踪轨迹/);
    assert.doesNotMatch(s.tooltip, /Class|Usages|Click/);
  });
});
