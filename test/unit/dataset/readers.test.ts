// Every reader on generated files whose counts are known by construction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as iconv from 'iconv-lite';
import { estimateDataset, profileDataset } from '../../../src/node/dataset/estimate.js';
import { people, tempDir, toCsv } from './fixtures.js';

const P = people(300, { dups: 20, empty: 10 });
const CSV = toCsv(P.header, P.rows);
// Counting mechanics: the lenient reading keeps resident IDs in class C (resident_id_info).
const opts = { workers: 1, reading: 'lenient' } as const;

function assertTruth(r: Awaited<ReturnType<typeof estimateDataset>>, label: string): void {
  assert.equal(r.pieces.C, 300, `${label}: class C pieces`);
  assert.equal(r.pieces.A + r.pieces.B, 0, `${label}: no class A/B`);
  assert.equal(r.persons, 300, `${label}: persons`);
  assert.equal(r.records, 330, `${label}: records read`);
  assert.equal(r.counts.duplicates, 20, `${label}: duplicates`);
  assert.equal(r.counts.withoutPi, 10, `${label}: rows without PI`);
  assert.equal(r.byCategory.id_number, 300, `${label}: id_number`);
}

test('CSV in UTF-8, UTF-8 with BOM, GBK, GB18030, UTF-16 LE/BE (BOM), and gzip', async () => {
  const t = tempDir();
  try {
    const files: [string, Uint8Array][] = [
      ['utf8.csv', Buffer.from(CSV, 'utf8')],
      ['bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')])],
      ['gbk.csv', iconv.encode(CSV, 'gbk')],
      ['gb18030.csv', iconv.encode(CSV, 'gb18030')],
      ['utf16le.csv', iconv.encode(CSV, 'utf-16le', { addBOM: true })],
      ['utf16be.csv', iconv.encode(CSV, 'utf-16be', { addBOM: true })],
      ['gzipped.csv.gz', gzipSync(Buffer.from(CSV, 'utf8'))],
      ['gbk-gzipped.csv.gz', gzipSync(iconv.encode(CSV, 'gbk'))],
    ];
    for (const [name, bytes] of files) {
      writeFileSync(t.file(name), bytes);
      const r = await estimateDataset([t.file(name)], opts);
      assertTruth(r, name);
      assert.equal(
        r.parts[0]?.columns.find((c) => c.name === '身份证号')?.category,
        'id_number',
        `${name}: header decoded`,
      );
    }
    const gbk = await estimateDataset([t.file('gbk.csv')], opts);
    assert.equal(gbk.parts[0]?.encoding, 'gb18030');
    // Overriding with the wrong encoding garbles the header but values still classify the columns.
    const forced = await estimateDataset([t.file('utf8.csv')], { ...opts, encoding: 'utf-8' });
    assert.equal(forced.parts[0]?.encoding, 'utf-8');
  } finally {
    t.done();
  }
});

test('TSV, semicolon and pipe delimiters are sniffed; CRLF line ends', async () => {
  const t = tempDir();
  try {
    for (const [name, d] of [
      ['a.tsv', '\t'],
      ['b.csv', ';'],
      ['c.txt', '|'],
    ] as const) {
      writeFileSync(t.file(name), toCsv(P.header, P.rows, d, '\r\n'));
      assertTruth(await estimateDataset([t.file(name)], opts), name);
    }
  } finally {
    t.done();
  }
});

test('JSON array, JSON Lines, SQL dump, each with the same ground truth', async () => {
  const t = tempDir();
  try {
    const objects = P.rows.map((r) => Object.fromEntries(P.header.map((h, i) => [h, r[i] ?? ''])));
    writeFileSync(t.file('a.json'), JSON.stringify(objects, null, 1));
    writeFileSync(t.file('b.jsonl'), objects.map((o) => JSON.stringify(o)).join('\n') + '\n');
    const q = (v: string): string => (v === 'NULL' ? 'NULL' : `'${v.replaceAll("'", "''")}'`);
    const sql = [
      '-- generated dump',
      'CREATE TABLE `people` (`xm` varchar(20), `sfzh` char(18), `sjh` varchar(11), `zz` text, `bz` text, PRIMARY KEY (`sfzh`));',
      ...Array.from(
        { length: Math.ceil(P.rows.length / 50) },
        (_, k) =>
          `INSERT INTO \`people\` VALUES ${P.rows
            .slice(k * 50, k * 50 + 50)
            .map((r) => `(${r.map(q).join(',')})`)
            .join(',')};`,
      ),
    ].join('\n');
    writeFileSync(t.file('c.sql'), sql);
    for (const name of ['a.json', 'b.jsonl', 'c.sql'])
      assertTruth(await estimateDataset([t.file(name)], opts), name);
  } finally {
    t.done();
  }
});

test('XLSX written by exceljs (shared strings) and Parquet written by hyparquet-writer', async () => {
  const t = tempDir();
  try {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('people');
    ws.addRow(P.header);
    for (const r of P.rows) ws.addRow(r);
    await wb.xlsx.writeFile(t.file('a.xlsx'));
    assertTruth(await estimateDataset([t.file('a.xlsx')], opts), 'xlsx');

    const { parquetWriteFile } = await import('hyparquet-writer');
    parquetWriteFile({
      filename: t.file('b.parquet'),
      columnData: P.header.map((name, i) => ({
        name,
        data: P.rows.map((r) => r[i] ?? ''),
        type: 'STRING' as const,
      })),
      rowGroupSize: 100,
    });
    assertTruth(await estimateDataset([t.file('b.parquet')], opts), 'parquet');
  } finally {
    t.done();
  }
});

test('a folder of files: pieces add up, duplicates across same-layout files removed', async () => {
  const t = tempDir();
  try {
    const a = people(100, { seed: 1 });
    const b = people(50, { seed: 2 });
    mkdirSync(t.file('sub'));
    writeFileSync(t.file('a.csv'), toCsv(a.header, a.rows));
    writeFileSync(t.file('sub/b.csv'), toCsv(b.header, [...b.rows, ...a.rows.slice(0, 10)]));
    writeFileSync(t.file('ignored.bin'), Buffer.from([0, 1, 2]));
    const r = await estimateDataset([t.dir], opts);
    assert.equal(r.parts.length, 2);
    assert.equal(r.pieces.C, 150);
    assert.equal(r.persons, 150);
    assert.equal(r.counts.duplicates, 10);
  } finally {
    t.done();
  }
});

test('profileDataset reads only the beginning and returns the column mapping with masked examples', async () => {
  const t = tempDir();
  try {
    const big = people(30000);
    writeFileSync(t.file('big.csv'), toCsv(big.header, big.rows));
    let read = 0;
    let total = 0;
    const tables = await profileDataset(
      [t.file('big.csv')],
      {},
      { onProgress: (p) => ((read = p.bytesDone), (total = p.bytesTotal)) },
    );
    assert.ok(read < total, `read ${read} of ${total}`);
    assert.deepEqual(
      tables[0]?.columns.map((c) => c.category),
      ['name', 'id_number', 'contact', 'address', null],
    );
    assert.equal(tables[0].personKey, '身份证号');
    const raw = new Set(big.rows.flat());
    for (const c of tables[0].columns) for (const ex of c.examples) assert.ok(!raw.has(ex));
  } finally {
    t.done();
  }
});
