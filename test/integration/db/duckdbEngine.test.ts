/**
 * `pilens estimate FILES --engine duckdb` against the built-in reader on the same files: the
 * database fixtures (residents with exact duplicates, NULLs and masked values; guests) as CSV,
 * as Parquet, and split into several files whose duplicates cross file boundaries, plus the
 * masked-people fixture. Tier, pieces, persons, records and duplicates must agree. Then the
 * failures: DuckDB missing, a file it cannot read, a CSV it would read differently.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { estimateWithDuckDb, DuckDbUnavailableError } from '../../../src/node/dataset/duckdbEngine.js';
import { figures, pilens, type Report } from './estimateRun.js';
import { buildFixtures, type FixtureTable } from './fixture.js';

let fixtures: Awaited<ReturnType<typeof buildFixtures>>;
before(async () => {
  fixtures = await buildFixtures();
});
after(() => {
  fixtures.cleanup();
});
const table = (name: string): FixtureTable => {
  const t = fixtures.tables.find((x) => x.name === name);
  assert.ok(t !== undefined);
  return t;
};
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
