/**
 * A WeChat Pay merchant number (微信商户号, `wechatMerchantNo`) is a business's account on the
 * platform, not a person's WeChat id (issue 9, session 21, branch `det-precision`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';

function category(name: string, owner: string, comment?: string): string {
  const c: FieldCandidate = {
    name,
    owner,
    role: 'declaration',
    declaredType: 'String',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: name.length } },
    ...(comment === undefined ? {} : { comment }),
  };
  return classifyCandidates([c])[0]?.category ?? 'none';
}

describe('WeChat merchants', () => {
  it('reads a WeChat Pay merchant number as no one’s contact', () => {
    assert.equal(category('MerchantId', 'SysWechatPay', '微信商户号'), 'none');
    assert.equal(category('wechatMerchantNo', 'PaymentAccountHistory'), 'none');
    assert.equal(category('wechat_mch_id', 'PayChannel'), 'none');
  });

  it('still reads a person’s WeChat id as a contact', () => {
    assert.equal(category('wechat', 'User', '微信号'), 'contact');
    assert.equal(category('wechatAccount', 'Member', '微信账号'), 'contact');
  });
});
