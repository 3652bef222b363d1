// Runs every benchmark (`npm run bench`): each test/bench/*.ts whose leading doc comment
// starts with "Benchmark" is a script that prints its own figures (scan vs cspell, estimate
// vs DuckDB…); the other files there are helpers or evaluations (`npm run eval`).
// Benchmarks are not tests: nothing here asserts timings, and a failing bench is reported
// without stopping the others.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'test', 'bench');
const isBenchmark = (name) =>
  /^\s*\/\*\*\s*\n?\s*\*?\s*Benchmark\b/.test(readFileSync(join(dir, name), 'utf8'));
const benches = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && isBenchmark(e.name))
  .map((e) => e.name)
  .sort();

let failed = 0;
for (const name of benches) {
  console.log(`\n== ${name}`);
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(dir, name)], { stdio: 'inherit' });
  if (res.status !== 0) {
    failed++;
    console.log(`(${name} exited with ${res.status ?? res.signal})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
