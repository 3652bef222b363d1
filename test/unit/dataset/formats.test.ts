// The dataset format table: one format per extension, the name first, the first bytes when
// the name is unknown or only says "text", and the editor's lists derived from it.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DATASET_FORMATS,
  datasetFormatOf,
  editorDataExtensions,
  formatFromName,
  isDatasetName,
  offeredExtensions,
  sniffFormat,
} from '../../../src/node/dataset/formats.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const XLSX = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]);
const PARQUET = new Uint8Array([0x50, 0x41, 0x52, 0x31, 0, 0]);

describe('the dataset format table', () => {
  test('ids are unique, extensions lower case, dotted and in one format only; one fallback', () => {
    assert.equal(new Set(DATASET_FORMATS.map((f) => f.id)).size, DATASET_FORMATS.length);
    const all = DATASET_FORMATS.flatMap((f) => f.extensions);
    for (const ext of all) assert.match(ext, /^\.[a-z0-9]+$/);
    assert.equal(new Set(all).size, all.length);
    assert.equal(DATASET_FORMATS.filter((f) => f.sniff === 'otherwise').length, 1);
    for (const f of DATASET_FORMATS)
      for (const ext of f.genericExtensions ?? []) assert.ok(f.extensions.includes(ext), `${f.id} ${ext}`);
  });

  test('formatFromName: by extension, any case, through .gz; null when unknown', () => {
    const cases: [string, string | null, boolean][] = [
      ['a/users.CSV', 'csv', false],
      ['dump.sql.gz', 'sql', true],
      ['rows.ndjson', 'jsonl', false],
      ['notes.txt', 'csv', false],
      ['book.xlsx', 'xlsx', false],
      ['photo.png', null, false],
      ['archive.gz', null, true],
    ];
    for (const [file, format, gzip] of cases) assert.deepEqual(formatFromName(file), { format, gzip }, file);
  });

  test('sniffFormat: magic bytes, then how the text starts, else CSV', () => {
    assert.equal(sniffFormat(XLSX), 'xlsx');
    assert.equal(sniffFormat(PARQUET), 'parquet');
    assert.equal(sniffFormat(bytes('\uFEFF  [{"a":1}]')), 'json');
    assert.equal(sniffFormat(bytes('{"a":1}\n{"a":2}')), 'jsonl');
    assert.equal(sniffFormat(bytes('insert into t values (1);')), 'sql');
    assert.equal(sniffFormat(bytes('-- dump\n')), 'sql');
    assert.equal(sniffFormat(bytes('name,phone\n')), 'csv');
    assert.equal(sniffFormat(bytes('PAR')), 'csv');
    assert.equal(sniffFormat(new Uint8Array(0)), 'csv');
  });

  test('datasetFormatOf: the name decides, but JSON content claims a generic .txt or .dat', () => {
    const cases: [string, Uint8Array, string][] = [
      ['x.csv', bytes('[1]'), 'csv'],
      ['x.json', bytes('a,b\n'), 'json'],
      ['x.txt', bytes('[{"a":1}]'), 'json'],
      ['x.DAT.gz', bytes('{"a":1}\n'), 'jsonl'],
      ['x.txt', bytes('INSERT INTO t VALUES (1);'), 'csv'],
      ['x.tsv', bytes('{"a":1}'), 'csv'],
      ['export', PARQUET, 'parquet'],
      ['export.bin', bytes('CREATE TABLE t (a int);'), 'sql'],
    ];
    for (const [file, head, id] of cases) assert.equal(datasetFormatOf(file, head).id, id, file);
  });

  test('the editor lists: every extension is a dataset name; .txt is read but not offered', () => {
    for (const f of DATASET_FORMATS)
      for (const ext of f.extensions) assert.ok(isDatasetName(`a/x${ext.toUpperCase()}.gz`), ext);
    assert.ok(!isDatasetName('a/x.png') && !isDatasetName('a/csv') && !isDatasetName('a/x.gz'));
    assert.ok(!offeredExtensions().includes('txt') && offeredExtensions().includes('dat'));
    assert.deepEqual(editorDataExtensions().sort(), ['csv', 'jsonl', 'ndjson', 'psv', 'tab', 'tsv']);
  });
});
