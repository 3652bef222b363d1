/**
 * Benchmark: `npx tsx test/bench/estimate.ts [rows…]` (default 2,000,000 and 4,000,000 rows).
 * For each generated CSV, runs our engine and DuckDB computing the same counts (rows, rows with
 * PI, distinct records with PI, distinct persons), each in a fresh process, checks the counts
 * agree, and prints both times, the ratio and our peak memory. Not part of the tests.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchFile } from './estimateData.js';

interface Run {
  engine: string;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  maxRssMb: number;
  counts: Record<string, number>;
}

function run(engine: string, file: string): Run {
  const tsx = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, [path.join(__dirname, 'estimateRun.ts'), engine, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rowsList = sizes.length > 0 ? sizes : [2_000_000, 4_000_000];
  console.log(`cores: ${os.availableParallelism()}, node ${process.version}`);
  for (const rows of rowsList) {
    const t0 = performance.now();
    const file = await benchFile(rows);
    const mb = statSync(file).size / 1048576;
    console.log(`\n${rows.toLocaleString('en')} rows, ${mb.toFixed(0)} MB (${file}; ready in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    // Warm the page cache so neither engine pays for the first disk read.
    execFileSync('cat', [file], { stdio: 'ignore', maxBuffer: 1 });
    const ours = run('pilens', file);
    console.log(`  pilens       : ${(ours.ms / 1000).toFixed(2)} s (CPU ${(ours.cpuMs / 1000).toFixed(2)} s), peak RSS ${ours.peakRssMb.toFixed(0)} MB (kernel maxRSS ${ours.maxRssMb.toFixed(0)} MB)  ${JSON.stringify(ours.counts)}`);
    for (const engine of ['duckdb', 'duckdb-exact']) {
      const duck = run(engine, file);
      const same = JSON.stringify(ours.counts) === JSON.stringify(duck.counts);
      console.log(`  ${engine.padEnd(13)}: ${(duck.ms / 1000).toFixed(2)} s (CPU ${(duck.cpuMs / 1000).toFixed(2)} s), peak RSS ${duck.peakRssMb.toFixed(0)} MB  ${JSON.stringify(duck.counts)}`);
      console.log(`    ratio pilens/${engine}: ${(ours.ms / duck.ms).toFixed(2)}; counts ${same ? 'agree' : 'DIFFER'}`);
    }
  }
}

void main();
