/**
 * A WeChat Pay merchant number (微信商户号, `wechatMerchantNo`) is a business's account on the
 * platform, not a person's WeChat id (issue 9, session 21, branch `det-precision`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldCategory } from '../../support/fieldCategory.js';

const category = fieldCategory;

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
