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
});
