/**
 * The flow benchmark's bound (issue 14: scan+flows under 2× the plain scan on a 10,000-line file)
 * in instructions instead of CPU time. On a shared machine a process runs either near its
 * minimum or about 1.6× slower for its whole life, every phase alike, so flows.ts's ratios move
 * by a third between runs of the same code; callgrind counts the instructions a run executes,
 * the same whatever the load. Instructions are not time (memory stalls and collections weigh
 * differently), so this measures what the code does and flows.ts what it costs on a quiet machine.
 *
 * For each language: the corpus of flows.ts, bundled as the CLI ships, run under `valgrind
 * --tool=callgrind` with V8 made as predictable as it goes (one thread, fixed hash and random
 * seeds, a predictable collection schedule). One process per measure makes CALLS calls and
 * callgrind dumps its counts at a mark before each (flowInstructionsRun.ts), so every call is
 * counted on its own; a measure's cost per call is the mean of calls BASE+1..CALLS (the file's
 * generation, start-up and the compilation of what the first calls make hot stay out).
 *
 * Repeatable: V8's choices (when to compile, inline, collect) also follow what the process sees,
 * so every tree's runner sees the same. The bundle is built in memory with paths relative to the
 * tree (the same bytes in any worktree; its hash is printed) and fed to `node -` on standard
 * input; the child runs in `/` with an empty environment and fixed arguments, and times nothing.
 * What still moves is where a piece of work falls: two processes of the same bundle, side by
 * side, moved about 10 M instructions (a collection or a compilation) between neighbouring calls,
 * so a single call is not a measure; a window of calls is, when such work falls inside it either
 * way. And a small change anywhere can move a compilation or a collection across the window's
 * edge, as an unrelated code change does. So each measure runs in SEEDS processes, seed 1..SEEDS
 * for V8's hash and random seeds (which move those choices as code changes do), and the figure
 * is their median, with the spread ((max − min) / median) beside it: compare trees by medians,
 * and trust a difference only past the spreads.
 *
 * Needs valgrind (Debian package `valgrind`). Run: `npx tsx test/bench/flowInstructions.ts
 * [extension]`; `BENCH_FLOW_LINES` (10000) the size, `BENCH_FLOW_CALLS` (15) and
 * `BENCH_FLOW_BASE` (3) the calls made and left out, `BENCH_FLOW_SEEDS` (3) the processes per
 * measure, `BENCH_FLOW_VERBOSE=1` prints every process's calls, `BENCH_FLOW_NODE_FLAGS` adds Node
 * flags (experiments).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LANGUAGES } from './flowCorpus.js';

const LINES = process.env.BENCH_FLOW_LINES ?? '10000';
const CALLS = Number(process.env.BENCH_FLOW_CALLS ?? 15);
const BASE_CALLS = Number(process.env.BENCH_FLOW_BASE ?? 3);
const SEEDS = Number(process.env.BENCH_FLOW_SEEDS ?? 3);
const VERBOSE = process.env.BENCH_FLOW_VERBOSE === '1';

/** V8 without threads, with fixed seeds and a collection schedule that ignores the clock. */
function v8Flags(seed: number): string[] {
  const s = String(seed);
  return ['--single-threaded', `--hash-seed=${s}`, `--random-seed=${s}`, '--predictable-gc-schedule'];
}

/** The runner bundled as the CLI is, with paths relative to the tree: the same text in any folder. */
async function bundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const root = path.resolve(__dirname, '..', '..');
  const built = await esbuild.build({
    entryPoints: [path.join(__dirname, 'flowInstructionsRun.ts')],
    absWorkingDir: root,
    preserveSymlinks: true,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    alias: { yaml: path.join(root, 'node_modules/yaml/browser/index.js') },
    logLevel: 'warning',
  });
  const [output] = built.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote nothing');
  return output.text;
}

/** Instructions of each call of one process (callgrind's dumps 2..CALLS+1; dump 1 is start-up). */
function callInstructions(
  valgrind: string,
  script: string,
  file: string,
  measure: string,
  seed: number,
): number[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pilens-flow-cg-'));
  try {
    const out = path.join(dir, 'cg');
    const tool = ['--tool=callgrind', `--callgrind-out-file=${out}`, '--dump-before=getpriority'];
    const extra = (process.env.BENCH_FLOW_NODE_FLAGS ?? '').split(' ').filter((f) => f !== '');
    const node = [process.execPath, ...v8Flags(seed), ...extra, '-', file, LINES, measure, String(CALLS)];
    const run = spawnSync(valgrind, [...tool, ...node], {
      input: script,
      encoding: 'utf8',
      env: {},
      cwd: '/',
    });
    if (run.status !== 0)
      throw new Error(
        `callgrind on ${file} ${measure}: exit ${String(run.status)}: ${run.stderr.trim().split('\n').pop() ?? ''}`,
      );
    const calls: number[] = [];
    for (let dump = 2; dump <= CALLS + 1; dump++) {
      const totals = /^totals: (\d+)/m.exec(readFileSync(`${out}.${String(dump)}`, 'utf8'));
      if (totals === null) throw new Error(`callgrind dump ${String(dump)} has no totals`);
      calls.push(Number(totals[1]));
    }
    return calls;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Millions of instructions per call of one measure in each seed's process. */
function perCall(valgrind: string, script: string, file: string, measure: string): number[] {
  const figures: number[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const calls = callInstructions(valgrind, script, file, measure, seed);
    const kept = calls.slice(BASE_CALLS);
    figures.push(kept.reduce((a, b) => a + b, 0) / kept.length / 1e6);
    if (VERBOSE)
      console.log(
        `  ${file} ${measure} seed ${String(seed)}: ${calls.map((c) => (c / 1e6).toFixed(1)).join(' ')}`,
      );
  }
  return figures;
}

/** `median M (±spread %)`: the spread is (max − min) / median. */
function show(figures: readonly number[]): string {
  const mid = median(figures);
  const spread = ((Math.max(...figures) - Math.min(...figures)) / mid) * 100;
  return `${mid.toFixed(1)} M (${figures.map((f) => f.toFixed(1)).join('/')}, spread ${spread.toFixed(1)} %)`;
}

async function main(): Promise<void> {
  let valgrind: string;
  try {
    valgrind = execFileSync('sh', ['-c', 'command -v valgrind'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('valgrind is not installed (Debian package valgrind)');
  }
  const script = await bundle();
  const only = process.argv[2];
  console.log(
    `${LINES} lines, millions of instructions per call (calls ${String(BASE_CALLS + 1)}-${String(CALLS)}), median of seeds 1-${String(SEEDS)}, bundle ${createHash('sha256').update(script).digest('hex').slice(0, 12)}`,
  );
  for (const { path: file } of LANGUAGES.filter((l) => only === undefined || l.path.endsWith(only))) {
    const scan = perCall(valgrind, script, file, 'scan');
    const both = perCall(valgrind, script, file, 'both');
    const flows = both.map((b, i) => b - (scan[i] ?? 0));
    console.log(`${file}: scan ${show(scan)}`);
    console.log(`${file}: scan+flows ${show(both)}`);
    console.log(`${file}: flow part ${show(flows)}, ratio ${(median(both) / median(scan)).toFixed(3)}×`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
