// One null-marker rule for every reader of cells: the profiler and header sniffer (strings),
// the record counter (bytes) and the database counting query (SQL).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { identifying } from '../../../src/core/dataset/identifying.js';
import { makePlan } from '../../../src/core/dataset/plan.js';
import { buildCountQuery } from '../../../src/core/dataset/sql/countQuery.js';
import { DIALECTS } from '../../../src/core/dataset/sql/dialect.js';
import {
  carriesNothing,
  isNullMarker,
  isNullMarkerBytes,
  NULL_MARKERS,
} from '../../../src/core/text/nullMarkers.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const CELLS: [string, boolean][] = [
  ['NULL', true],
  ['null', true],
  [' Null ', true],
  ['\\N', true],
  ['\\n', true],
  ['N/A', true],
  ['n/a', true],
  ['NaN', true],
  ['None', true],
  ['none', true],
  ['', false],
  ['-', false],
  ['NULLS', false],
  ['Nano', false],
  ['N/A.', false],
  ['no', false],
  ['无', false],
  ['0', false],
];

describe('null markers', () => {
  for (const [cell, expected] of CELLS)
    test(`${JSON.stringify(cell)} ${expected ? 'is' : 'is not'} a null marker, as text and as bytes`, () => {
      assert.equal(isNullMarker(cell), expected);
      const b = utf8(cell.trim());
      assert.equal(isNullMarkerBytes(b, 0, b.length), expected);
    });

  test('the byte form reads a slice of a larger buffer', () => {
    const b = utf8('x,none,y');
    assert.ok(isNullMarkerBytes(b, 2, 6));
    assert.ok(!isNullMarkerBytes(b, 1, 6));
  });

  test('a cell carries nothing when empty, a marker or only mask characters', () => {
    for (const cell of ['', '  ', 'NaN', '-', '***', '***-****']) assert.ok(carriesNothing(cell), cell);
    for (const cell of ['138****5678', '张*', 'NULLS', '0']) assert.ok(!carriesNothing(cell), cell);
  });

  test('the record counter agrees: a cell identifies exactly when it does not carry nothing', () => {
    for (const cell of [...CELLS.map(([c]) => c), '***', ' - ', '138****5678', 'None of them']) {
      const b = utf8(cell);
      assert.equal(identifying(b, 0, b.length), !carriesNothing(cell), JSON.stringify(cell));
    }
  });

  test('the database counting query excludes every marker', () => {
    const plan = makePlan(1, [{ index: 0, category: 'name', legalClass: 'C' }], 0, true, () => false);
    const { sql } = buildCountQuery({ source: { table: ['t'] }, columns: ['xm'], plan }, DIALECTS.postgres);
    for (const marker of NULL_MARKERS) assert.ok(sql.includes(`'${marker}'`), marker);
    assert.match(sql, /UPPER\(TRIM\(c1\)\) NOT IN \('', 'NULL', /);
  });
});
