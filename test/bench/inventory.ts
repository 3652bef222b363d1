/**
 * Benchmark (not a test): `npx tsx test/bench/inventory.ts`. The documents of issue 12 on the
 * scan benchmark's tree (scanRepo.ts, ~5,000 files): `pilens inventory` as JSON, Markdown and
 * XLSX and `pilens report ropa` as DOCX, each against `pilens scan --format json` on the same
 * tree, runs interleaved so load hits both alike. Goal (issue 12): the inventory under 2× the scan.
 *
 * Environment: BENCH_FILES (default 5000), BENCH_RUNS (default 3).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './scanCore.js';
import { generateRepo, timeCommand } from './scanRepo.js';

const ROOT = resolve(__dirname, '../..');
const FILES = Number(process.env.BENCH_FILES ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const cli = join(ROOT, 'dist/cli.js');
execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');

const common = ['--max-file-size-kb', '4096'];
const COMMANDS: Record<string, string[]> = {
  'scan --format json': ['scan', '--format', 'json', '--no-baseline', ...common],
  'inventory --format json': ['inventory', '--format', 'json', ...common],
  'inventory --format markdown': ['inventory', '--format', 'markdown', ...common],
  'inventory --out inv.xlsx': ['inventory', '--out', 'out/inv.xlsx', ...common],
  'report ropa --out ropa.docx': ['report', 'ropa', '--out', 'out/ropa.docx', ...common],
};

const dir = mkdtempSync(join(tmpdir(), 'pilens-bench-inv-'));
try {
  generateRepo(dir, FILES);
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const times = new Map<string, number[]>(Object.keys(COMMANDS).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++)
    for (const [name, args] of Object.entries(COMMANDS))
      times.get(name)?.push(timeCommand(process.execPath, [cli, ...args], dir));
  const scan = median(times.get('scan --format json') ?? []);
  console.log(`tree of ${FILES.toLocaleString('en-US')} files, medians of ${RUNS} interleaved runs:`);
  for (const [name, list] of times) {
    const m = median(list);
    const ratio = name.startsWith('scan') ? '' : `  ${(m / scan).toFixed(2)}× scan`;
    console.log(
      `  pilens ${name.padEnd(28)} ${m.toFixed(0).padStart(6)} ms${ratio}  [${list.map((t) => t.toFixed(0)).join(', ')}]`,
    );
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
