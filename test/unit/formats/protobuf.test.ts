import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { protobufExtractor } from '../../../src/core/scan/formats/protobuf.js';
import { assertMarkedLinesExtracted, assertRangesCoverNames, field, fieldsOf, fixture } from './helpers.js';

const read = (text: string) => fieldsOf(protobufExtractor, text, 'a.proto');

describe('Protocol Buffers extractor', () => {
  const text = fixture('proto/account.proto');
  const fields = read(text);

  it('reads every marked field at its exact range', () => {
    assertRangesCoverNames(text, fields);
    assertMarkedLinesExtracted('proto/account.proto', fields);
  });

  it('reports owners (nested messages by their own name), types as written and comments', () => {
    const mobile = field(fields, 'UserAccount', 'mobile');
    assert.deepEqual(mobile.range, { start: { line: 12, character: 9 }, end: { line: 12, character: 15 } });
    assert.equal(mobile.comment, '登录手机号');
    assert.equal(mobile.ownerComment, '用户账户');
    assert.equal(field(fields, 'UserAccount', 'real_name').comment, '真实姓名');
    assert.equal(field(fields, 'UserAccount', 'id_card_no').comment, '公民身份号码');
    assert.equal(field(fields, 'UserAccount', 'emails').declaredType, 'repeated string');
    assert.equal(field(fields, 'UserAccount', 'labels').declaredType, 'map<string, string>');
    assert.equal(field(fields, 'UserAccount', 'created_at').declaredType, 'google.protobuf.Timestamp');
    assert.equal(field(fields, 'Address', 'street').comment, '街道门牌');
    assert.equal(field(fields, 'UserAccount', 'password_hash').owner, 'UserAccount'); // oneof member
    assert.equal(field(fields, 'BankCard', 'card_number').comment, '银行卡号');
    assert.equal(field(fields, 'BankCard', 'card_number').ownerComment, 'Payment card bound to an account.');
    assert.equal(field(fields, 'BankCard', 'balance_cents').declaredType, 'optional int64');
  });

  it('skips enums, services, options and reserved names', () => {
    const names = fields.map((f) => f.name);
    for (const skipped of ['STATUS_UNSPECIFIED', 'ACTIVE', 'GetAccount', 'face_feature', 'java_package']) {
      assert.equal(names.includes(skipped), false, skipped);
    }
  });

  it('steps over aggregate option values that hold semicolons', () => {
    const parsed = read(
      'message A {\n  option (x.y) = { a: 1; b: "}" };\n  string xm = 1 [(v.rules).string = {min_len: 1}];\n}',
    );
    assert.deepEqual(
      parsed.map((f) => f.name),
      ['xm'],
    );
  });

  it('reads proto2 labels and extend blocks', () => {
    const parsed = read(
      'syntax = "proto2";\nmessage A { required string xm = 1; }\nextend google.protobuf.MessageOptions { optional string sfzh = 5001; }',
    );
    assert.deepEqual(
      parsed.map((f) => `${f.owner ?? ''}.${f.name}`),
      ['A.xm', 'MessageOptions.sfzh'],
    );
  });

  for (const [label, bad] of [
    ['an unclosed message', 'message A {\n  string xm = 1;\n'],
    ['a field without a number', 'message A { string xm; }'],
    ['an unterminated comment', 'message A { /* x }'],
    ['a stray brace', '}'],
  ]) {
    it(`returns ok:false without throwing on ${label}`, () => {
      assert.equal(protobufExtractor.extract(bad as string, { path: 'bad.proto' }).ok, false);
    });
  }
  it('describes a nested message without a comment by the message that holds it', () => {
    const nested = read(
      [
        'message MemberListResponse {',
        '  message Item { string email = 1; }',
        '  // 会员积分',
        '  message Points { int64 total = 1; }',
        '  repeated Item items = 1;',
        '}',
        '// 门店列表',
        'message StoreListResponse { message Item { string phone = 1; } }',
        'message Top { string name = 1; }',
      ].join('\n'),
    );
    assert.equal(field(nested, 'Item', 'email').ownerComment, 'MemberListResponse');
    assert.equal(field(nested, 'Points', 'total').ownerComment, '会员积分');
    assert.equal(field(nested, 'Item', 'phone').ownerComment, '门店列表');
    assert.equal(field(nested, 'Top', 'name').ownerComment, undefined);
    assert.equal(field(nested, 'MemberListResponse', 'items').ownerComment, undefined);
  });

  it('describes a nested message by the comment of the field that holds it, before its holder', () => {
    const nested = read(
      [
        '// 订单详情',
        'message OrderReply {',
        '  message Party { string phone = 1; message Area { string code = 1; } }',
        '  Party receiver = 2; // 收件人信息',
        '  // 自带描述',
        '  message Own { string phone = 1; }',
        '  Own owner = 3; // 下单人',
        '  message Plain { string phone = 1; }',
        '  repeated Plain plains = 4;',
        '}',
      ].join('\n'),
    );
    assert.equal(field(nested, 'Party', 'phone').ownerComment, '收件人信息; 订单详情');
    assert.equal(field(nested, 'Area', 'code').ownerComment, '收件人信息; 订单详情');
    // A nested message's own description stands; a holding field without a comment adds nothing.
    assert.equal(field(nested, 'Own', 'phone').ownerComment, '自带描述');
    assert.equal(field(nested, 'Plain', 'phone').ownerComment, '订单详情');
    assert.equal(field(nested, 'OrderReply', 'receiver').ownerComment, '订单详情');
  });
});
