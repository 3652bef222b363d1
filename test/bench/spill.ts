/**
 * Benchmark: peak memory and temporary disk of `pilens estimate` on many rows, the shapes that
 * used to grow with the row count: N identical phone rows, and
 * N rows cycling through a set of distinct phones.
 *
 *   npx tsx test/bench/spill.ts [rows] [--distinct N] [--workers W] [--cli dist/cli.js]
 *
 * Runs the built CLI (`npm run build` first) in a fresh process with its own TMPDIR, polls the
 * process's peak RSS (Linux /proc VmHWM) and the bytes under that TMPDIR every 50 ms, and
 * prints them with the counts. Generated files are cached in ~/.cache/pilens-bench
 * ($PILENS_BENCH_DIR overrides). Nothing is asserted: figures go in reports.
 */
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const rows = Number(
  process.argv[2] !== undefined && !process.argv[2].startsWith('--') ? process.argv[2] : 50_000_000,
);
const distinct = Number(arg('--distinct', '1'));
const workers = arg('--workers', '1');
const cli = path.resolve(arg('--cli', path.join(__dirname, '..', '..', 'dist', 'cli.js')));

async function dataFile(): Promise<string> {
  const dir = process.env.PILENS_BENCH_DIR ?? path.join(os.homedir(), '.cache', 'pilens-bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `phones-${rows}-${distinct}.csv`);
  if (existsSync(file)) return file;
  const out = createWriteStream(`${file}.part`);
  out.write('手机号\n');
  const block: string[] = [];
  for (let i = 0; i < rows; i++) {
    block.push(`138${String(10_000_000 + (i % distinct)).slice(-8)}`);
    if (block.length === 100_000 || i === rows - 1) {
      const ok = out.write(block.join('\n') + '\n');
      block.length = 0;
      if (!ok)
        await new Promise<void>((r) =>
          out.once('drain', () => {
            r();
          }),
        );
    }
  }
  await new Promise<void>((r) =>
    out.end(() => {
      r();
    }),
  );
  const { renameSync } = await import('node:fs');
  renameSync(`${file}.part`, file);
  return file;
}

function bytesUnder(dir: string): number {
  let n = 0;
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      n += e.isDirectory() ? bytesUnder(p) : (statSync(p, { throwIfNoEntry: false })?.size ?? 0);
    }
  } catch {
    // A folder removed between listing and reading: nothing left to count.
  }
  return n;
}

function peakRssKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(m?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const file = await dataFile();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pilens-bench-tmp-'));
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, 'estimate', file, '--workers', workers, '--format', 'json'], {
    env: { ...process.env, TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  let rssKb = 0;
  let tempBytes = 0;
  const timer = setInterval(() => {
    if (child.pid !== undefined) rssKb = Math.max(rssKb, peakRssKb(child.pid));
    tempBytes = Math.max(tempBytes, bytesUnder(tmp));
  }, 50);
  const code = await new Promise<number | null>((r) => child.on('close', r));
  clearInterval(timer);
  const left = readdirSync(tmp);
  rmSync(tmp, { recursive: true, force: true });
  let counts: unknown = out.slice(0, 200);
  try {
    const j = JSON.parse(out) as { records: number; persons: number; counts: Record<string, unknown> };
    counts = { records: j.records, persons: j.persons, distinct: j.counts.distinctRecordsWithPi };
  } catch {
    // Not JSON: the run failed; its stderr was shown.
  }
  console.log(
    JSON.stringify({
      rows,
      distinct,
      workers,
      exit: code,
      seconds: Number(((performance.now() - t0) / 1000).toFixed(1)),
      peakRssMb: Math.round(rssKb / 1024),
      peakTempMb: Number((tempBytes / 1048576).toFixed(1)),
      leftInTmp: left.length,
      counts,
    }),
  );
}

void main();
