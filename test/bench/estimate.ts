/**
 * Benchmark: `npx tsx test/bench/estimate.ts [rows…]` (default 2,000,000 and 8,000,000 rows).
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

/**
 * Bundles the runner and the dataset worker with esbuild, as `npm run build` bundles the CLI,
 * so the engine is measured as it ships (no TypeScript loader in the workers).
 */
async function bundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const root = path.join(__dirname, '..', '..');
  // Inside node_modules/.cache so the bundle resolves @duckdb/node-api from the project.
  const outdir = path.join(root, 'node_modules', '.cache', 'pilens-bench');
  await esbuild.build({
    entryPoints: {
      estimateRun: path.join(__dirname, 'estimateRun.ts'),
      worker: path.join(root, 'src/node/dataset/worker.ts'),
    },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['@duckdb/node-api', 'vscode'],
    logLevel: 'warning',
  });
  return path.join(outdir, 'estimateRun.js');
}

function run(runner: string, engine: string, file: string): Run {
  const out = execFileSync(process.execPath, [runner, engine, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run;
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const rowsList = sizes.length > 0 ? sizes : [2_000_000, 8_000_000];
  const runner = await bundle();
  console.log(
    `cores: ${os.availableParallelism()}, node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const rows of rowsList) {
    const t0 = performance.now();
    const file = await benchFile(rows);
    const mb = statSync(file).size / 1048576;
    console.log(
      `\n${rows.toLocaleString('en')} rows, ${mb.toFixed(0)} MB (${file}; ready in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    // Warm the page cache so neither engine pays for the first disk read.
    execFileSync('cat', [file], { stdio: 'ignore', maxBuffer: 1 });
    const ours = run(runner, 'pilens', file);
    console.log(
      `  pilens       : ${(ours.ms / 1000).toFixed(2)} s (CPU ${(ours.cpuMs / 1000).toFixed(2)} s), peak RSS ${ours.peakRssMb.toFixed(0)} MB (kernel maxRSS ${ours.maxRssMb.toFixed(0)} MB)  ${JSON.stringify(ours.counts)}`,
    );
    for (const engine of ['duckdb', 'duckdb-exact']) {
      const duck = run(runner, engine, file);
      const same = JSON.stringify(ours.counts) === JSON.stringify(duck.counts);
      console.log(
        `  ${engine.padEnd(13)}: ${(duck.ms / 1000).toFixed(2)} s (CPU ${(duck.cpuMs / 1000).toFixed(2)} s), peak RSS ${duck.peakRssMb.toFixed(0)} MB  ${JSON.stringify(duck.counts)}`,
      );
      console.log(
        `    ratio pilens/${engine}: ${(ours.ms / duck.ms).toFixed(2)}; counts ${same ? 'agree' : 'DIFFER'}`,
      );
    }
  }
}

void main();
