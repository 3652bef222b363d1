// Crafted workbooks: every size, offset and reference the file declares is bounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { DatasetReadError, estimateDataset } from '../../../src/node/dataset/estimate.js';
import { forEachElement } from '../../../src/node/dataset/xmlElements.js';
import {
  columnIndex,
  decodeXml,
  MAX_ROW_CHARS,
  parseRow,
  CellTally,
} from '../../../src/node/dataset/xlsxFile.js';
import { inlineRow, sheet, xlsxBytes, zipBytes } from '../../support/zipWriter.js';
import { people, tempDir } from './fixtures.js';

const opts = { workers: 1 } as const;
const P = people(40);
const ROWS = [P.header, ...P.rows].map((r, i) => inlineRow(i + 1, r)).join('');

async function failure(file: string): Promise<string> {
  const e = await estimateDataset([file], opts).then(
    () => assert.fail('expected the file to be refused'),
    (x: unknown) => x,
  );
  assert.ok(e instanceof DatasetReadError);
  assert.equal(e.failures[0]?.file, file);
  return String(e.failures.at(0)?.reason);
}

test('a central directory declared larger than the file is refused before any allocation', async () => {
  const t = tempDir();
  try {
    const { bytes, eocd } = zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: sheet(ROWS) }]);
    writeFileSync(t.file('good.xlsx'), bytes);
    assert.equal((await estimateDataset([t.file('good.xlsx')], opts)).records, 40);
    const bad = Buffer.from(bytes);
    bad.writeUInt32LE(0xfffffff0, eocd + 12);
    writeFileSync(t.file('cd.xlsx'), bad);
    assert.match(
      await failure(t.file('cd.xlsx')),
      /corrupt ZIP central directory \(declared 4294967280 bytes/,
    );
    const off = Buffer.from(bytes);
    off.writeUInt32LE(0x7ffffff0, eocd + 16);
    writeFileSync(t.file('off.xlsx'), off);
    assert.match(await failure(t.file('off.xlsx')), /corrupt ZIP central directory/);
    writeFileSync(t.file('empty.xlsx'), '');
    assert.match(await failure(t.file('empty.xlsx')), /empty file \(0 bytes\)/);
  } finally {
    t.done();
  }
});

test('column references: XFD is the last column, past it the cell is skipped and noted', async () => {
  assert.equal(columnIndex('A'), 0);
  assert.equal(columnIndex('XFD'), 16383);
  assert.equal(columnIndex('XFE'), -1);
  assert.equal(columnIndex('ZZZZZZZ'), -1);
  const tally = new CellTally();
  const cells = parseRow(
    '<row r="1"><c r="ZZZZZZZ1" t="inlineStr"><is><t>x</t></is></c><c r="B1"><v>7</v></c></row>',
    [],
    tally,
    'sheet1!row 1',
  );
  assert.deepEqual(cells, ['', '7']);
  assert.equal(tally.outOfRange, 1);
  assert.match(tally.firstOutOfRange, /sheet1!row 1 ZZZZZZZ/);
  const last = parseRow('<row><c r="XFD1"><v>1</v></c></row>', []);
  assert.equal(last.length, 16384);
  const t = tempDir();
  try {
    writeFileSync(t.file('far.xlsx'), xlsxBytes(sheet(ROWS.replace('<c r="A2"', '<c r="ZZZZZZZ2"'))));
    const r = await estimateDataset([t.file('far.xlsx')], opts);
    assert.equal(r.records, 40);
    assert.match(r.parts[0]?.notes.join() ?? '', /1 cells past column XFD .*first: sheet1!row 2 ZZZZZZZ/);
  } finally {
    t.done();
  }
});

test('an invalid character reference spoils one cell, not the file; valid ones decode', async () => {
  assert.equal(decodeXml('&#x4E2D;&#25991;&amp;&lt;'), '中文&<');
  const bad = { invalid: 0 };
  assert.equal(
    decodeXml('a&#x110000;b&#0;c&#xD800;&constructor;', bad),
    'a\uFFFDb\uFFFDc\uFFFD&constructor;',
  );
  assert.equal(bad.invalid, 3);
  const t = tempDir();
  try {
    const rows = ROWS.replace('<t>note 1</t>', '<t>note &#x110000;</t>');
    writeFileSync(t.file('entity.xlsx'), xlsxBytes(sheet(rows)));
    const r = await estimateDataset([t.file('entity.xlsx')], opts);
    assert.equal(r.records, 40);
    assert.equal(r.persons, 40);
    assert.match(
      r.parts[0]?.notes.join() ?? '',
      /1 cells with invalid XML character references .*first: sheet1!row \d+ column 5/,
    );
    assert.equal(r.parts[0]?.errors, undefined);
  } finally {
    t.done();
  }
});

async function elements(
  xml: string,
  maxChars: number,
  chunk = 1,
): Promise<{ got: string[]; skipped: string[] }> {
  const got: string[] = [];
  const skipped: string[] = [];
  const bytes = Buffer.from(xml);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  await forEachElement(
    Readable.from(parts),
    'row',
    maxChars,
    (x) => void got.push(x),
    (why) => void skipped.push(why),
  );
  return { got, skipped };
}

test('element scanner: any chunking, self-closed rows, long rows skipped to their end, open rows at the end', async () => {
  const xml =
    '<sheetData><rows/><row r="1"><c/></row><row r="2"/><row r="3">' +
    'x'.repeat(100) +
    '</row><row r="4">y</row><row r="5">z';
  for (const chunk of [1, 3, 7, 1000]) {
    const { got, skipped } = await elements(xml, 50, chunk);
    assert.deepEqual(got, ['<row r="1"><c/></row>', '<row r="2"/>', '<row r="4">y</row>'], `chunk ${chunk}`);
    assert.deepEqual(skipped, ['too-long', 'unterminated'], `chunk ${chunk}`);
  }
  // Under the cap nothing is skipped (the negative).
  const all = await elements(xml.slice(0, -'<row r="5">z'.length), 1000, 5);
  assert.equal(all.got.length, 4);
  assert.deepEqual(all.skipped, []);
});

test('a row longer than the cap is malformed and the rows after it still count', async () => {
  const t = tempDir();
  try {
    const long = `<row r="41"><c r="A41"><v>${' '.repeat(MAX_ROW_CHARS + 10)}</v></c></row>`;
    const tail = [P.rows[0] ?? []].map((r) => inlineRow(42, r)).join('');
    writeFileSync(t.file('long.xlsx'), xlsxBytes(sheet(ROWS + long + tail)));
    const r = await estimateDataset([t.file('long.xlsx')], opts);
    assert.equal(r.counts.malformed, 1);
    assert.equal(r.records, 41);
    assert.match(
      r.parts[0]?.notes.join() ?? '',
      /1 rows longer than 4 MiB of XML, or left open, counted as malformed/,
    );
    // An unclosed <row> running to the end of the sheet: one malformed row, no unbounded buffer.
    writeFileSync(
      t.file('open.xlsx'),
      xlsxBytes(
        sheet(ROWS).replace('</sheetData></worksheet>', `<row r="99">${' '.repeat(MAX_ROW_CHARS * 2)}`),
      ),
    );
    const open = await estimateDataset([t.file('open.xlsx')], opts);
    assert.equal(open.records, 40);
    assert.equal(open.counts.malformed, 1);
  } finally {
    t.done();
  }
});

test('shared strings: indexes stay right past a string over its cap; bad indexes read empty', async () => {
  const t = tempDir();
  try {
    const strings = ['手机号', 'x'.repeat(300 * 1024), ...P.rows.map((r) => r[2] ?? '')];
    const sst = `<sst>${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
    const rows = [`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`]
      .concat(
        P.rows.map(
          (_, i) =>
            `<row r="${i + 2}"><c r="A${i + 2}" t="s"><v>${i + 2}</v></c><c r="B${i + 2}" t="s"><v>constructor</v></c></row>`,
        ),
      )
      .join('');
    writeFileSync(t.file('sst.xlsx'), xlsxBytes(sheet(rows), sst));
    const r = await estimateDataset([t.file('sst.xlsx')], opts);
    assert.equal(r.byCategory.contact, 40);
    assert.match(
      r.parts[0]?.notes.join() ?? '',
      /1 shared strings longer than 262144 characters read as empty/,
    );
  } finally {
    t.done();
  }
});

test('a ZIP entry that inflates past the ratio cap stops with the entry named; rows before it count', async () => {
  const t = tempDir();
  try {
    const padded = sheet(ROWS).replace('</sheetData>', `</sheetData>${' '.repeat(8 << 20)}`);
    writeFileSync(t.file('bomb.xlsx'), xlsxBytes(padded));
    const r = await estimateDataset([t.file('bomb.xlsx')], {
      ...opts,
      inflateLimits: { maxOutputBytes: 2 ** 40, maxRatio: 100, ratioAfterBytes: 1 << 20 },
    });
    assert.equal(r.records, 40);
    assert.match(
      r.parts[0]?.errors?.join() ?? '',
      /ZIP entry xl\/worksheets\/sheet1\.xml: stopped after .* expands more than 100×/,
    );
  } finally {
    t.done();
  }
});
