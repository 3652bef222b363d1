// One Chinese-character rule (core/text/han.ts) for identifiers, values and dataset headers:
// extension A and the compatibility block count as Chinese in all of them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldPatternSchema } from '../../../src/core/config/schema.js';
import { isHeaderWord } from '../../../src/core/dataset/headerWords.js';
import { isHan as tokenizeIsHan } from '../../../src/core/detect/tokenize.js';
import { hasHan, isHan } from '../../../src/core/text/han.js';
import { isChineseName } from '../../../src/core/values/chinese.js';
import { maskValue } from '../../../src/core/values/mask.js';
import { maskedKind } from '../../../src/core/values/masked.js';

describe('Chinese characters', () => {
  it('covers the basic block, extension A and the compatibility block, and nothing else', () => {
    for (const ch of ['中', '㐀', '䶵', '﨑']) assert.ok(isHan(ch.charCodeAt(0)), ch);
    for (const ch of ['a', '1', '、', '。', 'ー', '가']) assert.ok(!isHan(ch.charCodeAt(0)), ch);
    assert.equal(tokenizeIsHan, isHan);
    assert.ok(hasHan('id 号'));
    assert.ok(!hasHan('id no.'));
  });

  it('a name with an extension-A character is a Chinese name, masked as one', () => {
    assert.ok(isChineseName('王㛃'));
    assert.ok(!isChineseName('Wang Li'));
    assert.equal(maskValue('㛃王'), '㛃*');
    assert.equal(maskedKind('王*'), 'chinese_name');
  });

  it('a Chinese column label reads as a header whatever block its characters come from', () => {
    assert.ok(isHeaderWord('客户编号'));
    assert.ok(isHeaderWord('㛃户编号'));
    assert.ok(!isHeaderWord('客户ab编号'));
  });

  it('a .pilens.json field pattern takes Chinese characters of every block, and no other symbol', () => {
    for (const ok of ['cust_*', '身份证号', '㐀户', '﨑名'])
      assert.ok(fieldPatternSchema.safeParse(ok).success, ok);
    // U+4DC0 (a Yijing hexagram) sits between extension A and the basic block: not Chinese.
    for (const bad of ['\u4dc0', 'a+b', '姓名?']) assert.ok(!fieldPatternSchema.safeParse(bad).success, bad);
  });
});
