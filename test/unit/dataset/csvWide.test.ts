// Wide rows: a row over a megabyte is counted; past the cap it is skipped with a note that says
// "wide row", not "unclosed quote"; a record spanning many chunks parses the same as in one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { CsvScanner, recordFields } from '../../../src/core/dataset/csvScan.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { tempDir } from './fixtures.js';

const enc = new TextEncoder();
const comma = { delimiter: 0x2c, quote: 0x22 };

function scan(text: string, chunk: number, maxRecordBytes?: number): { rows: number[]; scanner: CsvScanner } {
  const rows: number[] = [];
  const s = new CsvScanner(
    comma,
    (r) => rows.push(recordFields(r).length),
    maxRecordBytes === undefined ? {} : { maxRecordBytes },
  );
  const bytes = enc.encode(text);
  for (let i = 0; i < bytes.length; i += chunk) s.push(bytes.slice(i, i + chunk));
  s.end();
  return { rows, scanner: s };
}

test('a record spanning many chunks parses the same whatever the chunk size', () => {
  const wide = Array.from({ length: 20_000 }, (_, i) =>
    i % 3 === 0 ? `"q,${i}"` : `138${String(i).padStart(8, '0')}`,
  ).join(',');
  const text = `a,b\n${wide}\n${wide}\nx,y\n`;
  for (const size of [7, 4096, 1 << 20])
    assert.deepEqual(scan(text, size).rows, [2, 20_000, 20_000, 2], `chunks of ${size}`);
});

test('past the cap: a wide row and an unclosed quote are told apart, with the first offset', () => {
  const wide = `${'1,'.repeat(100)}1`;
  const a = scan(`h\n${wide}\nok\n"open ${'x'.repeat(300)}\nafter\n`, 16, 128);
  assert.deepEqual(a.rows, [1, 1, 1]);
  assert.equal(a.scanner.oversized, 2);
  assert.equal(a.scanner.oversizedQuoted, 1);
  assert.equal(a.scanner.firstOversized, 2);
  // Negative: under the cap nothing is skipped.
  const b = scan(`h\n${wide}\n`, 16, 1024);
  assert.equal(b.scanner.oversized, 0);
  assert.deepEqual(b.rows, [1, 101]);
});

test('estimate: a PI table of 100,000 columns (rows of about 1.5 MB) is counted, not skipped', async () => {
  const t = tempDir();
  try {
    const cols = 100_000;
    const header = Array.from({ length: cols }, (_, i) => `手机号${i}`).join(',');
    const row = (r: number): string =>
      Array.from({ length: cols }, (_, i) => `13${(r * 7 + i) % 10}${String(i).padStart(8, '0')}`).join(',');
    writeFileSync(t.file('wide.csv'), [header, row(1), row(2), row(3)].join('\n') + '\n');
    const r = await estimateDataset([t.file('wide.csv')], { workers: 1 });
    assert.equal(r.records, 3);
    assert.equal(r.counts.malformed, 0);
    assert.ok(r.pieces.C > 0);
    assert.ok(!r.parts[0]?.notes.some((n) => n.includes('skipped')), r.parts[0]?.notes.join(' | '));
  } finally {
    t.done();
  }
});
