/**
 * Benchmark (not a test): `npm run bench`, or alone `npx tsx test/bench/scan.ts [--core-only]`.
 *
 * 1. The core (scanCore.ts): `scanText` on a generated 10,000-line file of each major format
 *    (TypeScript, Java, Python, Go, SQL DDL, OpenAPI YAML, the generic scanner): cold first run,
 *    median of warm runs, and the extractor's share. Goal (issue 2): under 50 ms each.
 * 2. The repository (scanRepo.ts): the CLI on a generated tree of ~5,000 files against cspell 9
 *    on the same tree; both times and the ratio. Goal (issue 3): faster than cspell.
 *
 * The one definition of the scan benchmark: every figure quoted for it comes from here.
 * Timings depend on machine load; quote `uptime` next to them.
 */
import { loadavg } from 'node:os';
import { benchCore } from './scanCore.js';
import { benchRepository } from './scanRepo.js';

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`load average before: ${load()}`);
benchCore();
console.log(`load average after the core: ${load()}`);
if (!process.argv.includes('--core-only')) {
  benchRepository();
  console.log(`load average after the repository: ${load()}`);
}
