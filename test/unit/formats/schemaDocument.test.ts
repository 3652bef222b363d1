import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { schemaDocumentExtractor } from '../../../src/core/scan/formats/schemaDocument.js';
import { assertMarkedLinesExtracted, assertRangesCoverNames, field, fieldsOf, fixture } from './helpers.js';

const read = (text: string, path: string) => fieldsOf(schemaDocumentExtractor, text, path);

describe('OpenAPI / JSON Schema extractor', () => {
  const files = [
    'openapi/member-api.yaml',
    'openapi/logistics.swagger.json',
    'jsonschema/job-applicant.schema.json',
  ];
  for (const file of files) {
    it(`reads every marked property of ${file} at its exact range`, () => {
      const text = fixture(file);
      const fields = read(text, file);
      assertRangesCoverNames(text, fields);
      assertMarkedLinesExtracted(file, fields);
    });
  }

  it('OpenAPI 3 YAML: component schemas own their properties; nested objects own theirs', () => {
    const fields = read(fixture('openapi/member-api.yaml'), 'member-api.yaml');
    const realName = field(fields, 'Member', 'realName');
    assert.deepEqual(realName.range, { start: { line: 88, character: 8 }, end: { line: 88, character: 16 } });
    assert.equal(realName.comment, '真实姓名');
    assert.equal(realName.ownerComment, '会员');
    assert.equal(field(fields, 'Member', 'gender').range.start.character, 9); // inside the quotes
    assert.equal(field(fields, 'Member', 'birthday').declaredType, 'string:date');
    assert.equal(field(fields, 'Member', 'homeAddress').declaredType, 'Address');
    assert.equal(field(fields, 'Member', 'bankCards').declaredType, 'array<BankCard>');
    assert.equal(field(fields, 'Member', 'emailEnabled').declaredType, 'boolean');
    assert.equal(field(fields, 'geo', 'latitude').declaredType, 'number');
    assert.equal(field(fields, 'Store', 'phone').comment, '门店电话');
  });

  it('OpenAPI 3 YAML: parameters and inline request bodies are owned by their operation', () => {
    const fields = read(fixture('openapi/member-api.yaml'), 'member-api.yaml');
    const mobile = field(fields, 'searchMembers', 'mobile');
    assert.equal(mobile.comment, '手机号');
    assert.equal(mobile.declaredType, 'string');
    assert.equal(field(fields, 'registerMember', 'idCardNo').comment, '居民身份证号');
    assert.equal(field(fields, '/members/{memberId}', 'memberId').declaredType, 'integer');
    // the $ref'd schema is reported once, under its own name, not at each reference
    assert.equal(fields.filter((f) => f.name === 'realName').length, 2);
  });

  it('keeps YAML # comments as descriptions', () => {
    const yaml =
      'openapi: 3.1.0\ncomponents:\n  schemas:\n    U:\n      properties:\n        # 身份证号\n        sfzh:\n          type: string\n        xm: # 姓名\n          type: string\n';
    const fields = read(yaml, 'u.yaml');
    assert.equal(field(fields, 'U', 'sfzh').comment, '身份证号');
    assert.equal(field(fields, 'U', 'xm').comment, '姓名');
  });

  it('Swagger 2 JSON: definitions own their properties; $ref types name the schema', () => {
    const fields = read(fixture('openapi/logistics.swagger.json'), 'logistics.swagger.json');
    const idNumber = field(fields, 'Party', 'idNumber');
    assert.deepEqual(idNumber.range, { start: { line: 58, character: 9 }, end: { line: 58, character: 17 } });
    assert.equal(idNumber.comment, '实名寄递身份证号');
    assert.equal(idNumber.ownerComment, '寄件人或收件人');
    assert.equal(field(fields, 'Shipment', 'sender').declaredType, 'Party');
    assert.equal(field(fields, 'carrier', 'phone').comment, '客服电话');
    assert.equal(field(fields, 'carrier', 'phone').ownerComment, '承运快递公司');
    assert.equal(field(fields, 'getTrack', 'trackingNo').declaredType, 'string');
    assert.equal(
      fields.some((f) => f.name === 'body'),
      false,
    ); // a body parameter is its schema
  });

  it('JSON Schema: the root is owned by its title, $defs by their names, items by the array', () => {
    const fields = read(fixture('jsonschema/job-applicant.schema.json'), 'job-applicant.schema.json');
    assert.equal(field(fields, 'JobApplicant', 'sfzh').comment, '身份证号');
    assert.equal(field(fields, 'JobApplicant', 'sfzh').ownerComment, 'JobApplicant; 招聘系统求职者');
    assert.equal(field(fields, 'contact', 'wechat').comment, '微信号');
    assert.equal(field(fields, 'JobApplicant', 'education').declaredType, 'array<EducationEntry>');
    assert.equal(field(fields, 'EducationEntry', 'school').comment, '毕业院校');
  });

  it('JSON Schema without a title is owned by the file name', () => {
    const fields = read(
      '{"type":"object","properties":{"phone":{"type":"string"}}}',
      'schemas/patient.schema.json',
    );
    assert.equal(field(fields, 'patient', 'phone').declaredType, 'string');
  });

  it('recognises schemas by content, not extension, and declines other JSON and YAML', () => {
    for (const [text, path] of [
      ['{"name":"pilens","version":"1.0.0","dependencies":{}}', 'package.json'],
      ['services:\n  db:\n    image: postgres\n', 'docker-compose.yml'],
      ['[1, 2, 3]', 'data.json'],
    ] as const) {
      const result = schemaDocumentExtractor.extract(text, { path });
      assert.equal(result.ok, false, path);
    }
    const yamlSchema = read(
      '$schema: http://json-schema.org/draft-07/schema#\nproperties:\n  phone: {type: string}\n',
      'x.yaml',
    );
    assert.deepEqual(
      yamlSchema.map((f) => f.name),
      ['phone'],
    );
  });

  for (const [label, text, path] of [
    ['broken JSON', '{"openapi": "3.0.0", "components": {', 'a.json'],
    ['broken YAML', 'openapi: 3.0.0\ncomponents:\n  schemas:\n    A: {type: object\n', 'a.yaml'],
  ] as const) {
    it(`returns ok:false without throwing on ${label}`, () => {
      assert.equal(schemaDocumentExtractor.extract(text, { path }).ok, false);
    });
  }

  it('dispatches on json/yaml language ids and extensions', () => {
    assert.equal(schemaDocumentExtractor.handles({ path: 'api/openapi.yml' }), true);
    assert.equal(schemaDocumentExtractor.handles({ path: 'x', languageId: 'jsonc' }), true);
    assert.equal(schemaDocumentExtractor.handles({ path: 'x.avsc' }), false);
  });
});
