/**
 * One measured run in a fresh process (so peak memory is this run's alone):
 * `tsx test/bench/estimateRun.ts pilens|duckdb|duckdb-exact FILE` prints one JSON line with the time, the
 * peak RSS (sampled every 20 ms, and the kernel's maxRSS) and the counts.
 */
import { estimateDataset } from '../../src/node/dataset/estimate.js';
import { HEADER, PI_COLUMNS } from './estimateData.js';

const [engine, file] = process.argv.slice(2);
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);

async function pilens(f: string): Promise<Record<string, number>> {
  const r = await estimateDataset([f], {});
  return {
    rows: r.records,
    rowsWithPi: r.counts.recordsWithPi,
    distinctRecordsWithPi: r.counts.distinctRecordsWithPi,
    persons: r.persons,
  };
}

async function duckdb(f: string, exact: boolean): Promise<Record<string, number>> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  // A row counts when an identifying column has a value (gender alone identifies nobody).
  const pi = PI_COLUMNS.filter((h) => h !== '性别')
    .map((h) => `coalesce("${h}", '') <> ''`)
    .join(' OR ');
  const src = `read_csv('${f.replaceAll("'", "''")}', header = true, all_varchar = true, columns = {${HEADER.map((h) => `'${h}': 'VARCHAR'`).join(', ')}})`;
  const all = HEADER.map((h) => `"${h}"`).join(', ');
  // One pass. `duckdb` de-duplicates by a 64-bit hash of the row, as we do; `duckdb-exact`
  // compares whole rows.
  const distinct = exact ? `(${all})` : `hash(${all})`;
  const sql = `SELECT count(*), count(*) FILTER (WHERE ${pi}), count(DISTINCT ${distinct}) FILTER (WHERE ${pi}),
      count(DISTINCT "身份证号") FILTER (WHERE coalesce("身份证号", '') <> '') FROM ${src}`;
  const row = (await c.runAndReadAll(sql)).getRows()[0] ?? [];
  const n = (v: unknown): number => Number(v);
  return { rows: n(row[0]), rowsWithPi: n(row[1]), distinctRecordsWithPi: n(row[2]), persons: n(row[3]) };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const counts =
    engine === 'pilens' ? await pilens(file ?? '') : await duckdb(file ?? '', engine === 'duckdb-exact');
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  const cpu = process.cpuUsage(c0);
  console.log(
    JSON.stringify({
      engine,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRssMb: peak / 1048576,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      counts,
    }),
  );
}

void main();
