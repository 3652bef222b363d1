// Differential test: our byte-level CSV scanner against csv-parse on generated tricky CSV
// (quotes, embedded delimiters and newlines, CRLF, empty fields, multi-byte text), fixed seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CsvScanner, recordFields } from '../../../src/core/dataset/csvScan.js';
import { pick, seeded } from './random.js';

const PIECES = ['a', 'b', 'x y', '张三', '"', ',', ';', '\t', '\n', '\r\n', ' ', '138', 'é', '""'];

function field(rand: () => number, delimiter: string): { raw: string; value: string } {
  const len = Math.floor(rand() * 5);
  let value = '';
  for (let i = 0; i < len; i++) value += pick(rand, PIECES);
  const mustQuote = /["\r\n]/.test(value) || value.includes(delimiter);
  if (mustQuote || rand() < 0.2) return { raw: `"${value.replaceAll('"', '""')}"`, value };
  return { raw: value, value };
}

function generate(seed: number): { text: string; delimiter: string } {
  const rand = seeded(seed);
  const delimiter = pick(rand, [',', ';', '\t', '|']);
  const eol = rand() < 0.5 ? '\n' : '\r\n';
  const cols = 1 + Math.floor(rand() * 5);
  const lines: string[] = [];
  const rows = 1 + Math.floor(rand() * 30);
  for (let r = 0; r < rows; r++) {
    const fields = Array.from({ length: cols }, () => field(rand, delimiter));
    // A lone empty unquoted field is a blank line; both parsers skip those.
    if (cols === 1 && fields[0]?.raw === '') fields[0] = { raw: '""', value: '' };
    lines.push(fields.map((f) => f.raw).join(delimiter));
  }
  return { text: lines.join(eol) + (rand() < 0.5 ? eol : ''), delimiter };
}

function ours(text: string, delimiter: string, chunk: number): string[][] {
  const rows: string[][] = [];
  const scanner = new CsvScanner({ delimiter: delimiter.charCodeAt(0), quote: 0x22 }, (r) => {
    assert.equal(r.malformed, false);
    rows.push(recordFields(r));
  });
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += chunk) scanner.push(bytes.subarray(i, i + chunk));
  scanner.end();
  return rows;
}

test('CSV scanner agrees with csv-parse on 500 generated files, whatever the chunking', () => {
  for (let seed = 1; seed <= 500; seed++) {
    const { text, delimiter } = generate(seed);
    const expected: string[][] = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: false,
    });
    for (const chunk of [1, 7, 4096]) {
      assert.deepEqual(ours(text, delimiter, chunk), expected, `seed ${seed}, chunk ${chunk}`);
    }
  }
});
