import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hanRuns, tokenize, words } from '../../../src/core/detect/tokenize.js';

describe('tokenize: identifier splitting', () => {
  const cases: [string, string[]][] = [
    ['userIDCard', ['user', 'id', 'card']],
    ['IDCardNo', ['id', 'card', 'no']],
    ['HTTPServer', ['http', 'server']],
    ['idCardNo', ['id', 'card', 'no']],
    ['IdCardNo', ['id', 'card', 'no']],
    ['id_card_no', ['id', 'card', 'no']],
    ['ID_CARD_NO', ['id', 'card', 'no']],
    ['id-card-no', ['id', 'card', 'no']],
    ['id card no', ['id', 'card', 'no']],
    ['__private_phone__', ['private', 'phone']],
    ['$phone', ['phone']],
    ['address2', ['address']],
    ['addressLine1', ['address', 'line']],
    ['ipv4Address', ['ipv4', 'address']],
    ['IPv6', ['ipv6']],
    ['clientIPv4', ['client', 'ipv4']],
    ['md5Hash', ['md5', 'hash']],
    // A mixed-case abbreviation cut at its inner capital is still one word; `do` + a word is not.
    ['motherDoBStart', ['mother', 'dob', 'start']],
    ['doBackup', ['do', 'backup']],
    ['user2FA', ['user', '2fa']],
    // A brand written in camel case is one word, as the vocabulary spells it; its parts elsewhere are not.
    ['WeChatID', ['wechat', 'id']],
    ['aliPayAccount', ['alipay', 'account']],
    ['DingTalkUserId', ['dingtalk', 'user', 'id']],
    ['FaceBookId', ['facebook', 'id']],
    ['weeklyChat', ['weekly', 'chat']],
    ['linkedInvoice', ['linked', 'invoice']],
    ['faceImage', ['face', 'image']],
    ['agIPhone', ['ag', 'i', 'phone']],
    ['getHTTPResponseCode', ['get', 'http', 'response', 'code']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['sfzh', ['sfzh']],
    ['GMSFHM', ['gmsfhm']],
    ['user.idCard', ['user', 'id', 'card']],
    ['a/b/c', ['a', 'b', 'c']],
    ['row["phone"]', ['row', 'phone']],
    ['', []],
    ['___', []],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected.join(',') || '(nothing)'}`, () => {
      assert.deepEqual(words(input), expected);
    });
  }
});

describe('tokenize: kinds, segments and Chinese', () => {
  it('keeps Chinese runs whole, next to ASCII words', () => {
    assert.deepEqual(
      tokenize('用户sfzh').map((t) => [t.text, t.kind]),
      [
        ['用户', 'han'],
        ['sfzh', 'word'],
      ],
    );
  });
  it('reads a Chinese key as one run', () => {
    assert.deepEqual(
      tokenize('身份证号').map((t) => t.kind),
      ['han'],
    );
  });
  it('numbers path segments', () => {
    assert.deepEqual(
      tokenize('user.idCard').map((t) => t.segment),
      [0, 1, 1],
    );
    assert.deepEqual(
      tokenize('a..b').map((t) => t.segment),
      [0, 1],
    );
  });
  it('marks digits and keeps them as tokens', () => {
    assert.deepEqual(
      tokenize('line2').map((t) => t.kind),
      ['word', 'digits'],
    );
    assert.deepEqual(
      tokenize('address2').map((t) => t.text),
      ['address', '2'],
    );
  });
  it('finds Chinese runs in comments', () => {
    assert.deepEqual(hanRuns('/** 用户手机号, used for login (登录) */'), ['用户手机号', '登录']);
    assert.deepEqual(hanRuns('no Chinese here'), []);
  });
});
