/**
 * One measured run in a fresh process (so peak memory is this run's alone):
 * `tsx test/bench/estimateRun.ts pilens|duckdb FILE` prints one JSON line with the time, the
 * peak RSS (sampled every 20 ms, and the kernel's maxRSS) and the counts.
 */
import { estimateDataset } from '../../src/node/dataset/estimate.js';
import { HEADER } from './estimateData.js';

const [engine, file] = process.argv.slice(2);
let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);

async function pilens(f: string): Promise<Record<string, number>> {
  const r = await estimateDataset([f], {});
  return { rows: r.records, rowsWithPi: r.counts.recordsWithPi, distinctRecordsWithPi: r.counts.distinctRecordsWithPi, persons: r.persons };
}

async function duckdb(f: string): Promise<Record<string, number>> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const pi = ['姓名', '身份证号', '手机号', '住址', '邮箱'].map((h) => `coalesce("${h}", '') <> ''`).join(' OR ');
  const src = `read_csv('${f.replaceAll("'", "''")}', header = true, all_varchar = true, columns = {${HEADER.map((h) => `'${h}': 'VARCHAR'`).join(', ')}})`;
  const sql = `WITH t AS (SELECT * FROM ${src}) SELECT
      (SELECT count(*) FROM t) AS rows,
      (SELECT count(*) FROM t WHERE ${pi}) AS rows_with_pi,
      (SELECT count(*) FROM (SELECT DISTINCT * FROM t WHERE ${pi})) AS distinct_with_pi,
      (SELECT count(DISTINCT "身份证号") FROM t WHERE coalesce("身份证号", '') <> '') AS persons`;
  const row = (await c.runAndReadAll(sql)).getRows()[0] ?? [];
  const n = (v: unknown): number => Number(v);
  return { rows: n(row[0]), rowsWithPi: n(row[1]), distinctRecordsWithPi: n(row[2]), persons: n(row[3]) };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const counts = engine === 'duckdb' ? await duckdb(file ?? '') : await pilens(file ?? '');
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  console.log(JSON.stringify({ engine, ms, peakRssMb: peak / 1048576, maxRssMb: process.resourceUsage().maxRSS / 1024, counts }));
}

void main();
