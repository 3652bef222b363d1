/**
 * Benchmark: `npx tsx test/bench/dbScale.ts [rows…]` (default 100,000 and 1,000,000 rows;
 * `PILENS_BENCH_DB_ROWS=1000000,10000000` or arguments choose others). For each size, fills a
 * table inside a throw-away PostgreSQL (the `db` test step's server, see
 * test/integration/db/servers.ts) with generated rows, then side by side, each `pilens estimate`
 * in a fresh process:
 *   pushdown — `pilens estimate postgresql://… --table people` (only aggregates leave the server);
 *   export   — `psql \copy people TO file.csv` and then `pilens estimate file.csv`.
 * Prints wall time and the pilens process's peak RSS of each, and whether the figures agree
 * with each other and with the generator's. Not a test: nothing asserts a timing. The CSV export
 * (synthetic rows, ~100 bytes each) is deleted when its size is done, and the server's folder
 * when the run ends.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pg from 'pg';
import { ensureServers, startPostgres, type Server } from '../integration/db/servers.js';
import { BENCH_TABLE, benchTableSql, expectedFigures } from './dbScaleData.js';
import { bundleRunner } from './bundleRunner.js';

interface Run {
  code: number;
  error: string;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  maxRssMb: number;
  figures: { records?: number; distinct?: number; persons?: number; tier?: string };
}

/** The password travels in PGPASSWORD, never in a command line or the output. */
function measure(runner: string, server: Server, args: string[]): Run {
  const out = execFileSync(process.execPath, [runner, 'estimate', ...args, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, PGPASSWORD: server.password },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const line = (what: string, r: Run, extra = ''): string =>
  `  ${what.padEnd(26)}${seconds(r.ms).padStart(9)}  (CPU ${seconds(r.cpuMs)}), pilens peak RSS ${r.peakRssMb.toFixed(0)} MB (kernel maxRSS ${r.maxRssMb.toFixed(0)} MB)${extra}` +
  (r.code === 0 ? '' : `  FAILED: ${r.error}`);

async function fill(server: Server, rows: number): Promise<number> {
  const t0 = performance.now();
  const client = new pg.Client({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
    database: server.database,
  });
  await client.connect();
  for (const sql of benchTableSql(rows)) await client.query(sql);
  await client.end();
  return performance.now() - t0;
}

function exportCsv(server: Server, file: string): number {
  const t0 = performance.now();
  execFileSync(
    'psql',
    [
      '-X',
      '-q',
      '-h',
      server.host,
      '-p',
      String(server.port),
      '-U',
      server.user,
      '-d',
      server.database,
      '-c',
      `\\copy ${BENCH_TABLE} TO '${file}' WITH (FORMAT csv, HEADER true)`,
    ],
    { env: { ...process.env, PGPASSWORD: server.password }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return performance.now() - t0;
}

function sizes(): number[] {
  const fromArgs = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const fromEnv = (process.env.PILENS_BENCH_DB_ROWS ?? '')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  return fromArgs.length > 0 ? fromArgs : fromEnv.length > 0 ? fromEnv : [100_000, 1_000_000];
}

async function main(): Promise<void> {
  const runner = await bundleRunner('dbScaleRun', path.join(__dirname, 'dbScaleRun.ts'));
  await ensureServers();
  const server = await startPostgres();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pilens-bench-db-'));
  const load = (): string =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  console.log(`cores: ${os.availableParallelism()}, node ${process.version}, load average ${load()}`);
  const url = `postgresql://${server.user}@${server.host}:${server.port}/${server.database}`;
  try {
    for (const rows of sizes()) {
      const filled = await fill(server, rows);
      console.log(
        `\n${rows.toLocaleString('en')} rows in PostgreSQL (generated in ${seconds(filled)}; load average ${load()})`,
      );
      const push = measure(runner, server, [url, '--table', BENCH_TABLE, '--timeout', '86400']);
      console.log(line('pushdown (in-database)', push));
      const csv = path.join(dir, `${BENCH_TABLE}.csv`);
      const exported = exportCsv(server, csv);
      const mb = statSync(csv).size / 1048576;
      const file = measure(runner, server, [csv]);
      rmSync(csv, { force: true });
      console.log(`  export to CSV (psql \\copy) ${seconds(exported).padStart(8)}  (${mb.toFixed(0)} MB)`);
      console.log(line('estimate of the CSV', file));
      console.log(`  export + estimate         ${seconds(exported + file.ms).padStart(9)}`);
      const want = expectedFigures(rows);
      const got = (r: Run): string =>
        JSON.stringify([r.figures.records, r.figures.distinct, r.figures.persons]);
      const agree =
        got(push) === got(file) && got(push) === JSON.stringify([want.records, want.distinct, want.persons]);
      console.log(
        `  figures ${agree ? 'agree' : 'DIFFER'}: records ${push.figures.records}, distinct ${push.figures.distinct}, persons ${push.figures.persons}, tier ${push.figures.tier}` +
          (agree ? '' : ` (file ${got(file)}, expected ${JSON.stringify(want)})`),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.stop();
  }
}

void main();
