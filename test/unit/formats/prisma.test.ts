import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { prismaExtractor } from '../../../src/core/scan/formats/prisma.js';
import { assertMarkedLinesExtracted, assertRangesCoverNames, field, fieldsOf, fixture } from './helpers.js';

const read = (text: string) => fieldsOf(prismaExtractor, text, 'schema.prisma');

describe('Prisma extractor', () => {
  const text = fixture('prisma/ecommerce.prisma');
  const fields = read(text);

  it('reads every marked field at its exact range', () => {
    assertRangesCoverNames(text, fields);
    assertMarkedLinesExtracted('prisma/ecommerce.prisma', fields);
  });

  it('reports owner, type as written, /// docs, trailing comments and the model doc', () => {
    const email = field(fields, 'User', 'email');
    assert.deepEqual(email.range, { start: { line: 14, character: 2 }, end: { line: 14, character: 7 } });
    assert.equal(email.declaredType, 'String');
    assert.equal(email.comment, '登录邮箱');
    assert.equal(email.ownerComment, '注册用户');
    assert.equal(field(fields, 'User', 'realName').declaredType, 'String?');
    assert.equal(field(fields, 'User', 'addresses').declaredType, 'Address[]');
    assert.equal(field(fields, 'Address', 'consignee').comment, '收货人姓名');
    assert.equal(field(fields, 'Address', 'detail').comment, '详细地址');
    assert.equal(field(fields, 'Merchant', 'contactPhone').comment, '商家客服电话');
    assert.equal(
      field(fields, 'Merchant', 'location').declaredType,
      'Unsupported("geography(Point, 4326)")?',
    );
    assert.equal(
      field(fields, 'DeliveryContact', 'receiverPhone').ownerComment,
      '配送联系人 (MongoDB composite type)',
    );
  });

  it('skips enums, datasources, generators and block attributes', () => {
    const owners = new Set(fields.map((f) => f.owner));
    assert.deepEqual([...owners].sort(), [
      'Address',
      'DeliveryContact',
      'Merchant',
      'Order',
      'OrderItem',
      'Product',
      'User',
    ]);
    assert.equal(
      fields.some((f) => ['USER', 'ADMIN', 'provider', 'url', 'map'].includes(f.name)),
      false,
    );
  });

  it('does not take // inside a string argument for a comment', () => {
    assert.equal(field(fields, 'User', 'avatarUrl').comment, undefined);
  });

  it('does not carry a comment across a blank line', () => {
    const parsed = read('model A {\n  // 手机号\n\n  phone String\n}\n');
    assert.equal(field(parsed, 'A', 'phone').comment, undefined);
  });

  it('reads /* … */ block comments (Prisma, since December 2024) as documentation, at the top and inside a model', () => {
    const doc = read(
      [
        '/**',
        ' * 患者档案',
        ' */',
        'model Patient {',
        '  id Int @id',
        '  /* 身份证号 */',
        '  idCard String',
        '  /*',
        '   * floating',
        '   */',
        '',
        '  phone String',
        '}',
      ].join('\n'),
    );
    assert.equal(field(doc, 'Patient', 'id').ownerComment, '患者档案');
    assert.equal(field(doc, 'Patient', 'idCard').comment, '身份证号');
    assert.equal(field(doc, 'Patient', 'idCard').range.start.line, 6);
    // A block comment followed by a blank line documents nothing, as with `///`.
    assert.equal(field(doc, 'Patient', 'phone').comment, undefined);
  });

  it('refuses an unclosed block comment and code after a comment on its line', () => {
    const unclosed = prismaExtractor.extract('/* open\nmodel A {\n  id Int\n}\n', { path: 'schema.prisma' });
    assert.equal(unclosed.ok, false);
    const after = prismaExtractor.extract('/* c */ model A {\n  id Int\n}\n', { path: 'schema.prisma' });
    assert.equal(after.ok, false);
  });

  it('reads past attributes whose arguments span several lines', () => {
    const parsed = read(
      'model A {\n  id Int @id\n  @@index([\n    phone,\n  ])\n  phone String @default(dbgenerated(\n    "x"))\n  xm String\n}\n',
    );
    assert.deepEqual(
      parsed.map((f) => f.name),
      ['id', 'phone', 'xm'],
    );
  });

  const failures: [string, string][] = [
    ['an unclosed model', 'model User {\n  id Int @id\n'],
    ['a field line without a type', 'model User {\n  phone\n}\n'],
    ['garbage at top level', 'this is not prisma\n'],
  ];
  for (const [label, bad] of failures) {
    it(`returns ok:false without throwing on ${label}`, () => {
      assert.equal(prismaExtractor.extract(bad, { path: 'bad.prisma' }).ok, false);
    });
  }

  it('reads a @map column name where it is written unless it respells the field', () => {
    const text = [
      'model Member {',
      '  xm       String @map("real_name") // 姓名',
      '  realName String @map(name: "real_name")',
      '  tel      String @unique @map("mobile_no")',
      '  note     String // @map("id_card")',
      '}',
    ].join('\n');
    const mapped = read(text);
    assertRangesCoverNames(text, mapped);
    assert.deepEqual(
      mapped.map((f) => [f.name, f.comment ?? '']),
      [
        ['xm', '姓名'],
        ['real_name', '姓名'],
        ['realName', ''],
        ['tel', ''],
        ['mobile_no', ''],
        ['note', '@map("id_card")'],
      ],
    );
    assert.deepEqual(field(mapped, 'Member', 'mobile_no').range.start, { line: 3, character: 32 });
  });

  it('dispatches on the prisma language id and extension', () => {
    assert.equal(prismaExtractor.handles({ path: 'prisma/schema.prisma' }), true);
    assert.equal(prismaExtractor.handles({ path: 'x', languageId: 'prisma' }), true);
    assert.equal(prismaExtractor.handles({ path: 'schema.graphql' }), false);
  });
});
