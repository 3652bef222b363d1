/**
 * Check: `--engine duckdb` keeps raw values out of DuckDB's temporary files, and its CSV buffers
 * leave room under a tight memory limit.
 *
 *   npx tsx test/bench/duckdbSpill.ts [rows] [--memory 100MB] [--gzip]
 *
 * Writes N people rows (every value carries a mark), profiles them as the engine does, and runs
 * the engine's counting query in one thread under the memory limit, a task at a time, reading
 * every file of DuckDB's temporary folder after every task; then the unhashed query
 * (`--emit-sql duckdb`'s) the same way. Prints, for each, the largest spill seen, whether the
 * mark appeared in it, the time, and whether the two rows of figures agree. Exits 1 when the
 * hashed run leaks, when it did not spill (raise rows or lower --memory: nothing was checked),
 * or when the figures differ. When DuckDB spills depends on its memory accounting, so this is a
 * check script rather than a unit test.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance, DuckDBPendingResultState } from '@duckdb/node-api';
import { buildCountQuery } from '../../src/core/dataset/sql/countQuery.js';
import { DIALECTS } from '../../src/core/dataset/sql/dialect.js';
import { countingQuery } from '../../src/node/dataset/duckdbEngine.js';
import { profileForDuckDb } from '../../src/node/dataset/duckdbProfile.js';
import { duckDbSource, groupsOf, sourceColumns } from '../../src/node/dataset/duckdbSource.js';
import { ownerOfFile, sinkOptionsOf } from '../../src/node/dataset/estimate.js';

const MARK = 'qzspill';
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const rows = Number(process.argv[2]?.startsWith('--') === false ? process.argv[2] : 1_000_000);
const memory = arg('--memory', '100MB');
const gzip = process.argv.includes('--gzip');

interface Run {
  row: Record<string, string>;
  spilled: number;
  leaked: boolean;
  ms: number;
}

async function run(sql: string, dir: string): Promise<Run> {
  const temp = mkdtempSync(join(dir, 'tmp-'));
  const db = await DuckDBInstance.create(':memory:', {
    temp_directory: temp,
    memory_limit: memory,
    threads: '1',
    preserve_insertion_order: 'false',
  });
  const c = await db.connect();
  const t0 = Date.now();
  let spilled = 0;
  let leaked = false;
  try {
    const pending = await c.start(sql);
    for (;;) {
      const state = pending.runTask();
      for (const name of readdirSync(temp)) {
        const bytes = readFileSync(join(temp, name));
        spilled = Math.max(spilled, bytes.length);
        leaked ||= bytes.includes(MARK);
      }
      if (state === DuckDBPendingResultState.RESULT_READY) break;
      if (state === DuckDBPendingResultState.NO_TASKS_AVAILABLE) await new Promise((r) => setTimeout(r, 1));
    }
    const [first] = await (await pending.getResult()).getRowObjectsJS();
    const row = Object.fromEntries(
      Object.entries(first ?? {}).map(([k, v]) => [
        k,
        JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? Number(x) : x)),
      ]),
    );
    return { row, spilled, leaked, ms: Date.now() - t0 };
  } finally {
    c.closeSync();
    db.closeSync();
    rmSync(temp, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'pilens-duckdb-spill-'));
  try {
    const lines = ['name,phone,email,address,id_card'];
    for (let i = 0; i < rows; i++)
      lines.push(
        `${MARK}${i},138${String(i).padStart(8, '0')},${MARK}${i}@example.com,${MARK} road ${i},` +
          `11010119900307${String(i % 10_000).padStart(4, '0')}`,
      );
    const text = lines.join('\n') + '\n';
    const file = join(dir, gzip ? 'people.csv.gz' : 'people.csv');
    writeFileSync(file, gzip ? gzipSync(text) : text);
    const profiled = await profileForDuckDb(file, {}, { ...sinkOptionsOf({}), owner: ownerOfFile(file) });
    const [group] = groupsOf([profiled]);
    if (group === undefined) throw new Error('no group');
    const hashed = await run(countingQuery(group, 'ab'.repeat(16)), dir);
    const input = {
      source: { query: duckDbSource(group) },
      columns: sourceColumns(group),
      plan: profiled.plan,
    };
    const raw = await run(buildCountQuery(input, DIALECTS.duckdb).sql, dir);
    const same = JSON.stringify(hashed.row) === JSON.stringify(raw.row);
    console.log(`${rows} rows${gzip ? ' (gzip)' : ''}, memory_limit ${memory}, one thread`);
    for (const [name, r] of [
      ['hashed (--engine duckdb)', hashed],
      ['unhashed (--emit-sql duckdb)', raw],
    ] as const)
      console.log(
        `  ${name}: largest spill ${(r.spilled / 1e6).toFixed(1)} MB, values in it: ${r.leaked ? 'YES' : 'no'}, ${(r.ms / 1000).toFixed(1)} s`,
      );
    console.log(
      `  same figures: ${same ? 'yes' : 'NO'} (records ${hashed.row.records}, persons ${hashed.row.persons})`,
    );
    if (hashed.spilled === 0) console.log('  the hashed run did not spill: nothing was checked');
    return hashed.leaked || hashed.spilled === 0 || !same ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
