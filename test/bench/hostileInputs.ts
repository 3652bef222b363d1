/**
 * Benchmark: `npx tsx test/bench/hostileInputs.ts` — the large hostile inputs of the December
 * 2026 reliability test (crafted XLSX, long JSON/JSONL/SQL records, bad files, FIFOs, bombs)
 * run through the built CLI (`npm run build` first), each in a fresh process under
 * `/usr/bin/time`, printing exit code, wall time, peak RSS and the first line of stderr.
 * Expected: every case ends in seconds with flat memory, exit 2 and the file named. Nothing
 * here asserts timings (the unit tests hold the behaviour on small files).
 *
 * Files are generated in a temporary folder (about 30 MB in all) and removed at the end.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createDeflateRaw, gzipSync } from 'node:zlib';
import { zipBytes } from '../support/zipWriter.js';

const GiB = 2 ** 30;
const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'pilens-hostile-'));
const file = (name: string): string => path.join(dir, name);

/** `total` bytes of `unit` repeated, gzipped as concatenated members (gunzip reads them all). */
function gzipBomb(total: number, unit: string, head = ''): Buffer {
  const memberBytes = 64 * 2 ** 20;
  const body = Buffer.from(unit.repeat(Math.ceil(memberBytes / unit.length))).subarray(0, memberBytes);
  const member = gzipSync(body, { level: 9 });
  const parts = [gzipSync(Buffer.from(head))];
  for (let n = 0; n < total; n += memberBytes) parts.push(member);
  return Buffer.concat(parts);
}

/** A raw deflate stream (for a ZIP entry) of `prefix`, `total` bytes of `unit` repeated, `suffix`. */
async function deflateBomb(
  prefix: string,
  total: number,
  unit: string,
  suffix = '',
): Promise<{ raw: Buffer; size: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => z.on('end', resolve));
  const block = Buffer.from(unit.repeat(Math.ceil((16 * 2 ** 20) / unit.length)));
  const write = async (b: Buffer): Promise<void> => {
    if (!z.write(b)) await new Promise((resolve) => z.once('drain', resolve));
  };
  await write(Buffer.from(prefix));
  let n = 0;
  for (; n + block.length <= total; n += block.length) await write(block);
  await write(block.subarray(0, total - n));
  z.end(Buffer.from(suffix));
  await done;
  return { raw: Buffer.concat(out), size: prefix.length + total + suffix.length };
}

async function generate(): Promise<[string, string[]][]> {
  const cases: [string, string[]][] = [];
  const zeros = gzipBomb(10 * GiB, '\0');
  for (const ext of ['csv', 'txt', 'jsonl', 'json', 'sql']) {
    writeFileSync(file(`zeros10g.${ext}.gz`), zeros);
    cases.push([
      `10 GiB of zeros as .${ext}.gz (${(zeros.length / 2 ** 20).toFixed(1)} MB)`,
      [file(`zeros10g.${ext}.gz`)],
    ]);
  }
  const phones = gzipBomb(10 * GiB, '13800138000\n', '手机号\n');
  writeFileSync(file('phones10g.csv.gz'), phones);
  cases.push([
    `手机号 + 10 GiB of phone rows as .csv.gz (${(phones.length / 2 ** 20).toFixed(1)} MB)`,
    [file('phones10g.csv.gz')],
  ]);
  const rows = ['手机号']
    .concat(Array.from({ length: 20000 }, (_, i) => `138${String(i).padStart(8, '0')}`))
    .join('\n');
  const whole = gzipSync(Buffer.from(rows));
  writeFileSync(file('cut.csv.gz'), whole.subarray(0, whole.length >> 1));
  cases.push(['20k-row .csv.gz cut in half', [file('cut.csv.gz')]]);
  writeFileSync(file('empty.csv.gz'), '');
  writeFileSync(file('empty.parquet'), '');
  cases.push(['0-byte .csv.gz', [file('empty.csv.gz')]], ['0-byte .parquet', [file('empty.parquet')]]);

  const sheet = (rowsXml: string): string => `<worksheet><sheetData>${rowsXml}</sheetData></worksheet>`;
  const cd = zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: sheet('') }]);
  cd.bytes.writeUInt32LE(0xfffffff0, cd.eocd + 12);
  writeFileSync(file('cd.xlsx'), cd.bytes);
  cases.push([
    `XLSX, EOCD declares a 0xFFFFFFF0-byte directory (${cd.bytes.length} bytes)`,
    [file('cd.xlsx')],
  ]);
  const colref = zipBytes([
    {
      name: 'xl/worksheets/sheet1.xml',
      data: sheet('<row r="1"><c r="ZZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>'),
    },
  ]).bytes;
  writeFileSync(file('colref.xlsx'), colref);
  cases.push([`XLSX, one cell r="ZZZZZZZ1" (${colref.length} bytes)`, [file('colref.xlsx')]]);
  const entity = zipBytes([
    {
      name: 'xl/worksheets/sheet1.xml',
      data: sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>手机号</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>13800138000&#x110000;</t></is></c></row>',
      ),
    },
  ]).bytes;
  writeFileSync(file('entity.xlsx'), entity);
  cases.push(['XLSX, &#x110000; in one cell', [file('entity.xlsx')]]);
  const unclosed = await deflateBomb('<worksheet><sheetData><row r="1">', 2 * GiB, ' ');
  writeFileSync(
    file('unclosed.xlsx'),
    zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: '', raw: unclosed.raw, size: 0xffffffff }]).bytes,
  );
  cases.push([
    `XLSX, unclosed <row> + 2 GiB of spaces (${(unclosed.raw.length / 2 ** 20).toFixed(1)} MB)`,
    [file('unclosed.xlsx')],
  ]);
  const sst = await deflateBomb('<sst>', 63_000_000 * 9, '<si></si>', '</sst>');
  writeFileSync(
    file('sst.xlsx'),
    zipBytes([
      { name: 'xl/sharedStrings.xml', data: '', raw: sst.raw, size: 0xffffffff },
      { name: 'xl/worksheets/sheet1.xml', data: sheet('') },
    ]).bytes,
  );
  cases.push([
    `XLSX, sharedStrings of 63M <si> (${(sst.raw.length / 2 ** 20).toFixed(1)} MB)`,
    [file('sst.xlsx')],
  ]);
  const piRows = await deflateBomb(
    '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>手机号</t></is></c></row>',
    2 * GiB,
    '<row><c t="inlineStr"><is><t>13800138000</t></is></c></row>',
    '</sheetData></worksheet>',
  );
  writeFileSync(
    file('pirows.xlsx'),
    zipBytes([{ name: 'xl/worksheets/sheet1.xml', data: '', raw: piRows.raw, size: 0xffffffff }]).bytes,
  );
  cases.push([
    `XLSX, 2 GiB of identical PI rows (${(piRows.raw.length / 2 ** 20).toFixed(1)} MB)`,
    [file('pirows.xlsx')],
  ]);

  // Row 88: 100,000 PI columns, rows of about 2 MB (over the old 1 MiB cap, under the 8 MiB one).
  const wideColumns = 100_000;
  const wide = [Array.from({ length: wideColumns }, (_, i) => `sfzh${i}`).join(',')];
  for (let r = 0; r < 10; r++)
    wide.push(
      Array.from(
        { length: wideColumns },
        (_, i) => `1101011990030${String((r * 7 + i) % 100_000).padStart(5, '0')}`,
      ).join(','),
    );
  writeFileSync(file('wide.csv'), wide.join('\n') + '\n');
  cases.push(['CSV, 100,000 PI columns, 10 rows of 2 MB', [file('wide.csv'), '--workers', '1']]);

  execFileSync('mkfifo', [file('fifo.csv')]);
  cases.push(['explicit FIFO with no writer', [file('fifo.csv')]], ['/dev/null', ['/dev/null']]);
  return cases;
}

function measure(label: string, args: string[], stdout = 'ignore'): void {
  const started = Date.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'TIME %e %M', 'timeout', '-s', 'KILL', '120', process.execPath, cli, 'estimate', ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', stdout === 'ignore' ? 'ignore' : 'pipe', 'pipe'],
      shell: false,
    },
  );
  const lines = r.stderr.trim().split('\n');
  const time = /TIME ([\d.]+) (\d+)/.exec(lines.find((l) => l.startsWith('TIME')) ?? '');
  const message = lines.find((l) => !l.startsWith('TIME') && !l.startsWith('Command')) ?? '';
  const secs = time?.[1] ?? ((Date.now() - started) / 1000).toFixed(2);
  const rss = time?.[2] !== undefined ? `${Math.round(Number(time[2]) / 1024)} MB` : '?';
  console.log(
    `| ${label} | ${r.status ?? r.signal} | ${secs} s | ${rss} | ${message.replace(dir, '$T').slice(0, 150)} |`,
  );
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'ignore' });
  try {
    const cases = await generate();
    console.log('| case | exit | wall | max RSS | stderr (first line) |\n|---|---:|---:|---:|---|');
    for (const [label, args] of cases) measure(label, args);
    // A write error on stdout: exit 2 with one line, no stack trace.
    const ok = file('ok.csv');
    writeFileSync(ok, '手机号\n13800138000\n');
    const full = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${cli}" estimate "${ok}" > /dev/full; echo "rc=$?"`],
      { encoding: 'utf8' },
    );
    console.log(
      `| stdout is /dev/full | ${full.stdout.trim()} | | | ${full.stderr.trim().split('\n')[0] ?? ''} |`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
