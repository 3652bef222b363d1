/**
 * `--engine duckdb` keeps raw values out of DuckDB's temporary files: its counting query hashes
 * every value with the run's key in the first projection, before any step that may spill, and
 * gives the figures of the unhashed query (`--emit-sql duckdb`'s) on the same rows. Whether a
 * real spill holds no value is checked under a tight memory limit by test/bench/duckdbSpill.ts
 * (when DuckDB spills depends on its memory accounting, too loose for a test). Then a CSV line
 * that is not UTF-8: DuckDB refuses it, so the engine refuses the file in one line, and the
 * built-in reader counts it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildCountQuery } from '../../../src/core/dataset/sql/countQuery.js';
import { DIALECTS } from '../../../src/core/dataset/sql/dialect.js';
import { buildPersonsUnionQuery } from '../../../src/core/dataset/sql/personsQuery.js';
import { countingQuery, personsQuery } from '../../../src/node/dataset/duckdbEngine.js';
import { profileForDuckDb, type DuckDbFile } from '../../../src/node/dataset/duckdbProfile.js';
import { duckDbSource, groupsOf, sourceColumns } from '../../../src/node/dataset/duckdbSource.js';
import { ownerOfFile, sinkOptionsOf } from '../../../src/node/dataset/estimate.js';
import { pilens, type Report } from './estimateRun.js';

const dir = mkdtempSync(join(tmpdir(), 'pilens-spill-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

const MARK = 'qzspill';
const KEY = 'f'.repeat(8) + '0123456789abcdef0123456789abcdef';
const ROWS = 20_000;

/** People with names, phones, e-mails, addresses and ID numbers; every tenth row repeated. */
function peopleCsv(file: string, rows: number): string {
  const lines = ['姓名,手机号,邮箱,地址,身份证号'];
  for (let i = 0; i < rows; i++) {
    const n = i % 10 === 9 ? i - 1 : i;
    lines.push(
      `${MARK}名${n},138${String(n).padStart(8, '0')},${MARK}${n}@example.com,${MARK}路${n}号,` +
        `1101011990030${String(n % 100_000).padStart(5, '0')}`,
    );
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

async function profiled(file: string): Promise<DuckDbFile> {
  return profileForDuckDb(file, {}, { ...sinkOptionsOf({}), owner: ownerOfFile(file) });
}

const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);

/** Runs a query in a fresh DuckDB; returns its one row, counts as numbers. */
async function runQuery(sql: string): Promise<Record<string, unknown>> {
  const db = await DuckDBInstance.create(':memory:', { temp_directory: '' });
  const c = await db.connect();
  try {
    const [row] = (await c.runAndReadAll(sql)).getRowObjectsJS();
    return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, plain(v)]));
  } finally {
    c.closeSync();
    db.closeSync();
  }
}

test('the count hashes every value in its first projection, with the figures of the unhashed query', async () => {
  const file = await profiled(peopleCsv(join(dir, 'people.csv'), ROWS));
  const [group] = groupsOf([file]);
  assert.ok(group !== undefined && file.plan.personKey >= 0 && file.plan.dedupe);
  const sql = countingQuery(group, KEY);
  // Past the first projection (h), only its hashes and flags are named: no source column c1…c5.
  const [projection, rest] = sql.split('\n), g AS (');
  assert.ok(projection !== undefined && rest !== undefined);
  assert.doesNotMatch(rest, /\bc\d+\b/);
  assert.match(projection, new RegExp(`md5_number\\('${KEY}' \\|\\| c5\\) AS k`));
  assert.match(projection, /AS rh\n/);
  const hashed = await runQuery(sql);
  assert.equal(hashed.records, ROWS);
  assert.equal(hashed.distinct_with_pi, ROWS - ROWS / 10);
  const input = { source: { query: duckDbSource(group) }, columns: sourceColumns(group), plan: file.plan };
  assert.deepEqual(hashed, await runQuery(buildCountQuery(input, DIALECTS.duckdb).sql));
  // Without dedupe, every row is its own record.
  const all = await runQuery(countingQuery([{ ...file, plan: { ...file.plan, dedupe: false } }], KEY));
  assert.equal(all.distinct_with_pi, ROWS);
  assert.equal(all.persons, hashed.persons);
});

test('persons across groups: keyed hashes give the same counts as the values', async () => {
  const a = await profiled(peopleCsv(join(dir, 'a.csv'), 2000));
  // Another plan (no e-mail), half of the same persons.
  const bFile = join(dir, 'b.csv');
  const text = readFileSync(a.file, 'utf8').split('\n');
  writeFileSync(
    bFile,
    [
      '姓名,身份证号',
      ...text.slice(1000, 3001).map((l) => [l.split(',')[0], l.split(',')[4]].join(',')),
    ].join('\n'),
  );
  const b = await profiled(bFile);
  const groups = groupsOf([a, b]);
  assert.equal(groups.length, 2);
  const inputs = groups.map((g) => ({
    source: { query: duckDbSource(g) },
    columns: sourceColumns(g),
    plan: (g[0] as DuckDbFile).plan,
  }));
  const keyed = personsQuery(groups, KEY) ?? '';
  assert.equal(keyed, buildPersonsUnionQuery(inputs, DIALECTS.duckdb, KEY));
  assert.ok(keyed.includes(`md5_number('${KEY}' || c`));
  const hashed = await runQuery(keyed);
  assert.deepEqual(hashed, await runQuery(buildPersonsUnionQuery(inputs, DIALECTS.duckdb) ?? ''));
  assert.ok(Number(hashed.persons) > 0);
  assert.equal(personsQuery([groups[0] ?? []], KEY), null);
});

test('a CSV line that is not UTF-8: DuckDB refuses the file in one line; the built-in reader counts it', async () => {
  const file = join(dir, 'bad-utf8.csv');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('姓名,手机号\n张三,13800000001\n李四,13800000002\n'),
      Buffer.from([0xd5, 0xc5, 0xff, 0x2c]), // a name in another encoding
      Buffer.from('13800000003\n王五,13800000004\n'),
    ]),
  );
  const duck = await pilens('estimate', file, '--engine', 'duckdb');
  assert.equal(duck.code, 2);
  assert.match(
    duck.stderr,
    /bad-utf8\.csv: line 4 is not valid UTF-8, which DuckDB refuses to read; leave --engine out/,
  );
  assert.equal(duck.stderr.trim().split('\n').length, 1);
  assert.equal(duck.stdout, '');
  const builtin = await pilens('estimate', file, '--format', 'json');
  assert.equal(builtin.code, 0, builtin.stderr);
  assert.equal((JSON.parse(builtin.stdout) as Report).records, 4);
  // The same file without the bad bytes: both engines read it.
  const good = join(dir, 'good-utf8.csv');
  writeFileSync(
    good,
    '姓名,手机号\n张三,13800000001\n李四,13800000002\n张飞,13800000003\n王五,13800000004\n',
  );
  const ok = await pilens('estimate', good, '--engine', 'duckdb', '--format', 'json');
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal((JSON.parse(ok.stdout) as Report).records, 4);
});
