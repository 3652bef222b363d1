/**
 * `pilens estimate FILES --engine duckdb` against the built-in reader on the same files: the
 * database fixtures (residents with exact duplicates, NULLs and masked values; guests) as CSV,
 * as Parquet, and split into several files whose duplicates cross file boundaries, plus the
 * masked-people fixture. Tier, pieces, persons, records and duplicates must agree. Then the
 * failures: DuckDB missing, a file it cannot read, a CSV it would read differently.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { estimateWithDuckDb, DuckDbUnavailableError } from '../../../src/node/dataset/duckdbEngine.js';
import { runEstimate } from '../../../src/cli/estimate.js';
import { figures, pilens, type Report } from './estimateRun.js';
import { buildFixtures, type FixtureTable, fixtureTable } from './fixture.js';

let fixtures: Awaited<ReturnType<typeof buildFixtures>>;
before(async () => {
  fixtures = await buildFixtures();
});
after(() => {
  fixtures.cleanup();
});
const table = (name: string): FixtureTable => fixtureTable(fixtures, name);
const MAP = ['--map', 'f7=marital_orientation'];

/** Both engines on the same paths; returns the DuckDB report after asserting they agree. */
async function sameAsBuiltin(paths: string[], ...extra: string[]): Promise<Report> {
  const builtin = await pilens('estimate', ...paths, '--format', 'json', ...extra);
  assert.equal(builtin.code, 0, builtin.stderr);
  const duck = await pilens('estimate', ...paths, '--format', 'json', '--engine', 'duckdb', ...extra);
  assert.equal(duck.code, 0, duck.stderr);
  const b = JSON.parse(builtin.stdout) as Report;
  const d = JSON.parse(duck.stdout) as Report;
  assert.deepEqual(figures(d), figures(b));
  assert.equal(d.counts.duplicates, b.counts.duplicates);
  return d;
}

async function writeParquet(t: FixtureTable, file: string): Promise<string> {
  const { parquetWriteFile } = await import('hyparquet-writer');
  parquetWriteFile({
    filename: file,
    columnData: t.columns.map((c, i) => ({
      name: c.name,
      data: t.rows.map((r) => r[i] ?? null),
      type: 'STRING' as const,
    })),
    rowGroupSize: 500,
  });
  return file;
}

test('CSV: the same tier, pieces, persons and duplicates as the built-in reader', async () => {
  const d = await sameAsBuiltin([table('residents').csv]);
  assert.equal(d.counts.duplicates, 3);
  assert.ok(d.persons > 0 && (d.pieces.B ?? 0) > 0);
  assert.ok(d.parts[0]?.notes.some((n) => /counted by DuckDB/.test(n)));
  await sameAsBuiltin([table('guests').csv], ...MAP);
  await sameAsBuiltin([table('residents').csv], '--no-dedupe');
});

test('the masked-people fixture: masked values identify nobody, in both engines', async () => {
  const file = join(fixtures.dir, 'masked-people.csv');
  copyFileSync(join(__dirname, '..', '..', 'fixtures', 'datasets', 'masked-people.csv'), file);
  await sameAsBuiltin([file]);
});

test('Parquet: the same figures as the built-in reader', async () => {
  const file = await writeParquet(table('residents'), join(fixtures.dir, 'residents.parquet'));
  const d = await sameAsBuiltin([file]);
  assert.equal(d.counts.duplicates, 3);
});

test('several files with the same columns: duplicates and persons judged across them, as built-in', async () => {
  const t = table('residents');
  const dir = join(fixtures.dir, 'split');
  mkdirSync(dir);
  const header = t.columns.map((c) => c.name).join(',');
  const third = Math.ceil(t.rows.length / 3);
  // The duplicates of rows 1 and 2 sit at the end: in the last file, their originals in the first.
  for (let k = 0; k < 3; k++)
    writeFileSync(
      join(dir, `part-${k}.csv`),
      [header, ...t.rows.slice(k * third, (k + 1) * third).map((r) => r.map((v) => v ?? '').join(','))].join(
        '\n',
      ) + '\n',
    );
  const d = await sameAsBuiltin([dir]);
  assert.equal(d.counts.duplicates, 3);
  assert.equal(d.records, t.rows.length);
  const pq = join(fixtures.dir, 'pq');
  mkdirSync(pq);
  for (const k of [0, 1])
    await writeParquet(
      { ...t, rows: t.rows.slice(k * 1600, (k + 1) * 1600 + (k === 1 ? 10_000 : 0)) },
      join(pq, `part-${k}.parquet`),
    );
  await sameAsBuiltin([join(pq, 'part-0.parquet'), join(pq, 'part-1.parquet')]);
});

/** Writes `rows` under `header` as a CSV file (values without commas or quotes). */
function csv(file: string, header: readonly string[], rows: readonly (readonly (string | null)[])[]): string {
  writeFileSync(
    file,
    [header.join(','), ...rows.map((r) => r.map((v) => v ?? '').join(','))].join('\n') + '\n',
  );
  return file;
}

test('a quoted glob: DuckDB and the built-in reader count the same files', async () => {
  const t = table('residents');
  const dir = join(fixtures.dir, 'globbed');
  mkdirSync(dir);
  const half = Math.ceil(t.rows.length / 2);
  const header = t.columns.map((c) => c.name);
  csv(join(dir, 'part-1.csv'), header, t.rows.slice(0, half));
  csv(join(dir, 'part-2.csv'), header, t.rows.slice(half));
  csv(join(dir, 'other.csv'), header, t.rows.slice(0, 10));
  const d = await sameAsBuiltin([join(dir, 'part-*.csv')]);
  assert.equal(d.records, t.rows.length);
  assert.equal(d.parts.length, 2);
  assert.equal(d.counts.duplicates, 3);
  const none = await pilens('estimate', join(dir, 'nothing-*.csv'), '--engine', 'duckdb');
  assert.equal(none.code, 2);
  assert.match(none.stderr, /nothing-\*\.csv: no file or folder matches this pattern/);
});

test('files whose headers differ but map to the same plan are counted together, as built-in', async () => {
  const t = table('residents');
  const dir = join(fixtures.dir, 'renamed');
  mkdirSync(dir);
  const header = t.columns.map((c) => c.name);
  // The same columns under English names: the same plan, so duplicates across the files go.
  const english = ['seq', 'name', 'gender', 'id_card_no', 'mobile', 'address'].slice(0, header.length);
  csv(join(dir, 'a.csv'), header, t.rows.slice(0, 2000));
  csv(join(dir, 'b.csv'), english, t.rows.slice(1500));
  const d = await sameAsBuiltin([dir]);
  assert.equal(d.records, 2000 + t.rows.length - 1500);
  assert.equal(d.counts.duplicates, 500 + 3);
  assert.ok(d.parts[0]?.notes.some((n) => /together with 1 more files of the same counting plan/.test(n)));
  // A Parquet file with the same plan shares the count (persons judged across all three), but
  // the built-in reader hashes its rows apart from CSV records: its duplicates of CSV rows stay.
  const pq = await writeParquet({ ...t, rows: t.rows.slice(1000, 2500) }, join(dir, 'c.parquet'));
  const mixed = await sameAsBuiltin([join(dir, 'a.csv'), join(dir, 'b.csv'), pq]);
  assert.equal(mixed.counts.duplicates, 500 + 3);
  assert.equal(mixed.persons, d.persons);
});

test('files of different plans: a person in two of them counts once, as built-in', async () => {
  const t = table('residents');
  const dir = join(fixtures.dir, 'plans');
  mkdirSync(dir);
  const header = t.columns.map((c) => c.name);
  csv(join(dir, 'a.csv'), header, t.rows.slice(0, 2000));
  // Name and ID number only: another plan, the same persons for rows 1000–2999.
  csv(
    join(dir, 'b.csv'),
    [header[1] ?? '', header[3] ?? ''],
    t.rows.slice(1000, 3000).map((r) => [r[1] ?? null, r[3] ?? null]),
  );
  const d = await sameAsBuiltin([dir]);
  // Added up, the two files would give about 4,000.
  assert.ok(d.persons > 0 && d.persons <= 3000, String(d.persons));
  assert.ok(!d.parts.some((p) => p.notes.some((n) => /added up/.test(n))));
  // Without a person key in one file, persons fall back to records in both engines.
  csv(
    join(dir, 'c.csv'),
    [header[1] ?? '', header[2] ?? ''],
    t.rows.slice(0, 10).map((r) => [r[1] ?? null, r[2] ?? null]),
  );
  await sameAsBuiltin([dir]);
});

test('malformed rows are skipped and counted per file, as the built-in reader does', async () => {
  const t = table('residents');
  const good = t.rows.slice(0, 50).map((r) => r.map((v) => v ?? '').join(','));
  const lines = [
    t.columns.map((c) => c.name).join(','),
    ...good.slice(0, 10),
    good[10]?.split(',').slice(0, 3).join(','), // too few fields
    `${good[11] ?? ''},extra`, // too many
    `"${good[12] ?? ''}"x`, // text after a closing quote
    '',
    ...good.slice(13, 40),
    '   ', // a line of spaces: one field
    ...good.slice(40),
    `"${good[0] ?? ''}`, // a quote never closed, at the end
  ];
  const file = join(fixtures.dir, 'malformed.csv');
  writeFileSync(file, lines.join('\r\n'));
  const d = await sameAsBuiltin([file]);
  assert.equal(d.counts.malformed, 5);
  assert.equal(d.records, 47);
  const text = await pilens('estimate', file, '--engine', 'duckdb');
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /47 read, .* 5 malformed/);
  // One malformed file beside a clean one of the same plan: each part carries its own count.
  const run = await pilens('estimate', file, t.csv, '--engine', 'duckdb', '--format', 'json');
  const both = JSON.parse(run.stdout) as { parts: { file: string; malformed: number; records: number }[] };
  assert.deepEqual(
    both.parts.map((p) => [p.file.endsWith('malformed.csv'), p.malformed, p.records]),
    [
      [true, 5, 47],
      [false, 0, t.rows.length],
    ],
  );
});

test('progress in bytes of the input, as the file estimate reports it, ending at the total', async () => {
  const t = table('residents');
  const dir = join(fixtures.dir, 'progress');
  mkdirSync(dir);
  const header = t.columns.map((c) => c.name);
  csv(join(dir, 'a.csv'), header, t.rows);
  // Another plan (no person key): a second group, so progress stops between the two.
  csv(
    join(dir, 'b.csv'),
    ['姓名', '性别'],
    t.rows.map((r) => [r[1] ?? null, r[2] ?? null]),
  );
  const seen: { bytesDone: number; bytesTotal: number }[] = [];
  await estimateWithDuckDb([dir], {}, { onProgress: (p) => seen.push(p) });
  const total = statSync(join(dir, 'a.csv')).size + statSync(join(dir, 'b.csv')).size;
  assert.ok(seen.every((p) => p.bytesTotal === total));
  assert.ok(seen.every((p, i) => i === 0 || p.bytesDone > (seen[i - 1]?.bytesDone ?? 0)));
  assert.ok(seen.some((p) => p.bytesDone === statSync(join(dir, 'a.csv')).size));
  assert.equal(seen.at(-1)?.bytesDone, total);
  // The CLI prints it on a terminal only, and erases it before the report.
  let stderr = '';
  const code = await runEstimate([dir, '--engine', 'duckdb', '--format', 'json'], {
    cwd: process.cwd(),
    stdout: { write: () => true },
    stderr: { write: (s: string) => (stderr += s), isTTY: true },
  });
  assert.equal(code, 0);
  assert.match(stderr, /\rpilens estimate: 100 % of 0\.\d MB/);
  assert.ok(stderr.endsWith('\r\x1b[K'));
  const quiet = await pilens('estimate', dir, '--engine', 'duckdb');
  assert.equal(quiet.stderr, '');
});

test('DuckDB not installed: one line naming what to install', async () => {
  await assert.rejects(
    estimateWithDuckDb(
      [table('residents').csv],
      {},
      {
        importer: () => Promise.reject(new Error("Cannot find module '@duckdb/node-api'")),
      },
    ),
    (e: unknown) =>
      e instanceof DuckDbUnavailableError &&
      /DuckDB is not available .*npm install @duckdb\/node-api/.test(e.message) &&
      !e.message.includes('\n'),
  );
});

test('a file DuckDB cannot read: one line naming it, exit 2', async () => {
  const bad = join(fixtures.dir, 'broken.parquet');
  writeFileSync(bad, Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 7), Buffer.from('PAR1')]));
  const run = await pilens('estimate', bad, '--engine', 'duckdb');
  assert.equal(run.code, 2);
  assert.match(run.stderr, /broken\.parquet/);
  assert.equal(run.stderr.trim().split('\n').length, 1);
  assert.equal(run.stdout, '');
});

test('a CSV DuckDB would read differently (GB 18030, no header): one line, exit 2; the built-in reader reads it', async () => {
  const gbk = join(fixtures.dir, 'gbk.csv');
  writeFileSync(gbk, iconv.encode('姓名,身份证号\n张三,110101199003074514\n', 'gb18030'));
  const run = await pilens('estimate', gbk, '--engine', 'duckdb');
  assert.equal(run.code, 2);
  assert.match(run.stderr, /gbk\.csv: encoded in gb18030; --engine duckdb reads UTF-8 only/);
  assert.equal((await pilens('estimate', gbk)).code, 0);
  const headless = join(fixtures.dir, 'headless.csv');
  writeFileSync(headless, '张三,110101199003074514\n李四,110101199003071234\n');
  const r2 = await pilens('estimate', headless, '--engine', 'duckdb');
  assert.equal(r2.code, 2);
  assert.match(r2.stderr, /headless\.csv: no header row/);
});

test('--engine takes builtin or duckdb, and files only', async () => {
  const bad = await pilens('estimate', table('residents').csv, '--engine', 'spark');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--engine must be builtin or duckdb/);
  const db = await pilens('estimate', 'postgresql://u@127.0.0.1/x', '--table', 't', '--engine', 'duckdb');
  assert.equal(db.code, 2);
  assert.match(db.stderr, /--engine duckdb reads CSV and Parquet files/);
});
