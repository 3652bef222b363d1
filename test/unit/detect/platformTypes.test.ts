import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readType } from '../../../src/core/detect/declaredType.js';
import { classifyField } from '../../../src/core/detect/index.js';

/** C#, Java and Kotlin scalars written with their namespace or their platform's own name. */
const SHAPES: [string, string][] = [
  ['System.String', 'string'],
  ['System.Int32', 'integer'],
  ['System.Int32?', 'integer'],
  ['System.Decimal', 'decimal'],
  ['System.Boolean', 'boolean'],
  ['System.DateTime?', 'date'],
  ['java.sql.Timestamp', 'date'],
  ['java.math.BigDecimal', 'decimal'],
  ['java.lang.Long', 'integer'],
  ['kotlin.String', 'string'],
  ['Guid', 'string'],
  ['UUID', 'string'],
  ['Single', 'decimal'],
  ['ByteArray', 'binary'],
  ['LocalTime', 'date'],
  ['kotlinx.datetime.Instant', 'date'],
  ['ulong', 'integer'],
  // Library types holding one scalar: Go's nullable columns, GoFrame's time, protobuf's
  // well-known types; a protobuf label says whether the field is set, not what it holds.
  ['sql.NullString', 'string'],
  ['sql.NullTime', 'date'],
  ['sql.NullBool', 'boolean'],
  ['null.Int', 'integer'],
  ['*gtime.Time', 'date'],
  ['decimal.Decimal', 'decimal'],
  ['uuid.UUID', 'string'],
  ['google.protobuf.Timestamp', 'date'],
  ['google.protobuf.StringValue', 'string'],
  ['*timestamppb.Timestamp', 'date'],
  ['optional uint32', 'integer'],
  ['required string', 'string'],
  ['optional GeoZone', 'other'],
  ['sql.NullPatient', 'other'],
  ['google.protobuf.Any', 'other'],
  // Not a platform namespace: a record type stays one.
  ['Shop.Domain.Customer', 'other'],
  ['systemUser', 'other'],
  ['UserSummary', 'other'],
];

describe('declared types: platform scalars', () => {
  for (const [declared, shape] of SHAPES)
    it(`${declared} is ${shape}`, () => {
      assert.equal(readType(declared).shape, shape);
    });

  it('a namespaced boolean or number rules a text category out, as its short name does', () => {
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const field = (name: string, declaredType: string) =>
      classifyField({ name, declaredType, range: at, role: 'declaration', owner: 'User' })?.category;
    assert.equal(field('mobile', 'System.Boolean'), undefined);
    assert.equal(field('address', 'System.Int64'), undefined);
    assert.equal(field('mobile', 'System.String'), 'contact');
    assert.equal(field('address', 'System.String'), 'address');
  });

  it('a Go nullable column or a protobuf label rules out as the scalar it holds', () => {
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const field = (name: string, declaredType: string) =>
      classifyField({ name, declaredType, range: at, role: 'declaration', owner: 'Member' })?.category;
    assert.equal(field('RealName', 'null.Time'), undefined);
    assert.equal(field('address', 'optional int64'), undefined);
    assert.equal(field('RealName', 'sql.NullString'), 'name');
    assert.equal(field('address', 'optional string'), 'address');
  });
});
