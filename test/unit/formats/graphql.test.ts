import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { graphqlExtractor } from '../../../src/core/scan/formats/graphql.js';
import { assertMarkedLinesExtracted, assertRangesCoverNames, field, fieldsOf, fixture } from './helpers.js';

const read = (text: string) => fieldsOf(graphqlExtractor, text, 'schema.graphql');

describe('GraphQL extractor', () => {
  const text = fixture('graphql/api.graphql');
  const fields = read(text);

  it('reads every marked field at its exact range', () => {
    assertRangesCoverNames(text, fields);
    assertMarkedLinesExtracted('graphql/api.graphql', fields);
    assert.ok(fields.every((f) => f.role === 'declaration'));
  });

  it('reports owners, types as written, descriptions and # comments', () => {
    const idCard = field(fields, 'Patient', 'idCardNumber');
    assert.deepEqual(idCard.range, { start: { line: 13, character: 2 }, end: { line: 13, character: 14 } });
    assert.equal(idCard.comment, '居民身份证号码');
    assert.equal(idCard.ownerComment, 'A registered patient (患者).');
    assert.equal(field(fields, 'Patient', 'fullName').comment, 'Legal name as registered');
    assert.equal(field(fields, 'Patient', 'mobileNumber').comment, 'mobile used for SMS notices');
    assert.equal(field(fields, 'Patient', 'medicalRecords').declaredType, '[MedicalRecord!]!');
    assert.equal(field(fields, 'Address', 'street').comment, '街道门牌号');
    assert.equal(field(fields, 'RegisterPatientInput', 'password').declaredType, 'String!');
    assert.equal(field(fields, 'Patient', 'wechatId').owner, 'Patient');
  });

  it('does not attach a trailing comment to the next field', () => {
    const parsed = read('type A {\n  a: String # 甲\n  b: String\n}');
    assert.equal(field(parsed, 'A', 'a').comment, '甲');
    assert.equal(field(parsed, 'A', 'b').comment, undefined);
  });

  it('reads the arguments a field takes as declarations owned by that field', () => {
    const parsed = read(
      [
        'type Mutation {',
        '  "Resets a password"',
        '  resetPassword(token: String!, "the new one" newPassword: String! # 新密码',
        '  ): Boolean',
        '  logout: Boolean',
        '}',
        'type User { avatar(size: Int): String }',
      ].join('\n'),
    );
    assert.deepEqual(
      parsed.map((f) => [f.owner, f.name, f.declaredType, f.comment, f.ownerComment, f.takesArguments]),
      [
        ['Mutation', 'resetPassword', 'Boolean', 'Resets a password', undefined, true],
        ['resetPassword', 'token', 'String!', undefined, 'Resets a password', undefined],
        ['resetPassword', 'newPassword', 'String!', 'the new one; 新密码', 'Resets a password', undefined],
        // An operation without arguments, and a field of a type that is no operation root.
        ['Mutation', 'logout', 'Boolean', undefined, undefined, undefined],
        ['User', 'avatar', 'String', undefined, undefined, undefined],
        ['avatar', 'size', 'Int', undefined, undefined, undefined],
      ],
    );
    assert.ok(parsed.every((f) => f.role === 'declaration'));
  });

  it('takes the operation roots a schema names', () => {
    const parsed = read(
      'schema { query: Root }\ntype Root { user(phone: String): Int }\ntype Query { a(b: Int): Int }',
    );
    assert.equal(field(parsed, 'Root', 'user').takesArguments, true);
    assert.equal(field(parsed, 'Query', 'a').takesArguments, undefined);
  });

  it('reports selected fields of operations as usages owned by their parent field', () => {
    const parsed = read(
      'query Q {\n  patient(id: 1) {\n    fullName\n    ... on Patient { mobileNumber }\n  }\n}',
    );
    assert.deepEqual(
      parsed.map((f) => [f.role, f.owner, f.name]),
      [
        ['usage', 'Q', 'patient'],
        ['usage', 'patient', 'fullName'],
        ['usage', 'Patient', 'mobileNumber'],
      ],
    );
  });

  for (const [label, bad] of [
    ['a syntax error', 'type Patient { name: }'],
    ['an unclosed type', 'type A {\n  a: String\n'],
  ]) {
    it(`returns ok:false without throwing on ${label}`, () => {
      assert.equal(graphqlExtractor.extract(bad as string, { path: 'bad.graphql' }).ok, false);
    });
  }

  it('dispatches on graphql language id and extensions', () => {
    assert.equal(graphqlExtractor.handles({ path: 'a/schema.graphqls' }), true);
    assert.equal(graphqlExtractor.handles({ path: 'q.gql' }), true);
    assert.equal(graphqlExtractor.handles({ path: 'x', languageId: 'graphql' }), true);
    assert.equal(graphqlExtractor.handles({ path: 'x.json' }), false);
  });
});
