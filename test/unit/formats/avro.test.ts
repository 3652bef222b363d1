import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { avroExtractor } from '../../../src/core/scan/formats/avro.js';
import { schemaDocumentExtractor } from '../../../src/core/scan/formats/schemaDocument.js';
import { assertMarkedLinesExtracted, assertRangesCoverNames, field, fieldsOf, fixture } from './helpers.js';

describe('Avro extractor', () => {
  const text = fixture('avro/ride-event.avsc');
  const fields = fieldsOf(avroExtractor, text, 'ride-event.avsc');

  it('reads every marked field at its exact range (the name string, inside quotes)', () => {
    assertRangesCoverNames(text, fields);
    assertMarkedLinesExtracted('avro/ride-event.avsc', fields);
  });

  it('owns fields by record, nested records by their own name, with doc and types', () => {
    const phone = field(fields, 'RideEvent', 'passengerPhone');
    assert.deepEqual(phone.range, { start: { line: 8, character: 15 }, end: { line: 8, character: 29 } });
    assert.equal(phone.comment, '乘客手机号');
    assert.equal(phone.ownerComment, '网约车行程事件');
    assert.equal(field(fields, 'RideEvent', 'passengerName').declaredType, 'null|string');
    assert.equal(field(fields, 'RideEvent', 'route').declaredType, 'array<GeoPoint>');
    assert.equal(field(fields, 'RideEvent', 'occurredAt').declaredType, 'long:timestamp-millis');
    assert.equal(field(fields, 'GeoPoint', 'lat').comment, '纬度');
    assert.equal(field(fields, 'Driver', 'driverLicenseNo').comment, '驾驶证号');
  });

  it('reads protocols and Avro JSON found in .json files', () => {
    const protocol =
      '{"protocol":"P","types":[{"type":"record","name":"U","fields":[{"name":"xm","type":"string"}]}]}';
    assert.deepEqual(
      fieldsOf(avroExtractor, protocol, 'p.avpr').map((f) => `${f.owner ?? ''}.${f.name}`),
      ['U.xm'],
    );
    const inJson = '{"type":"record","name":"U","fields":[{"name":"sfzh","type":"string"}]}';
    assert.deepEqual(
      fieldsOf(schemaDocumentExtractor, inJson, 'u.json').map((f) => f.name),
      ['sfzh'],
    );
  });

  it('returns ok:false without throwing on malformed or non-record input', () => {
    assert.equal(
      avroExtractor.extract('{"type":"record","name":"U","fields":[', { path: 'u.avsc' }).ok,
      false,
    );
    assert.equal(avroExtractor.extract('"string"', { path: 'u.avsc' }).ok, false);
  });
});
