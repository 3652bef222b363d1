/**
 * The flow benchmark's bound (issue 14: scan+flows under 2× the plain scan on a 10,000-line file)
 * in instructions instead of CPU time. On a shared machine a process runs either near its
 * minimum or about 1.6× slower for its whole life, every phase alike, so flows.ts's ratios move
 * by a third between runs of the same code; callgrind counts the instructions a run executes,
 * the same whatever the load. Instructions are not time (memory stalls and collections weigh
 * differently), so this measures what the code does and flows.ts what it costs on a quiet machine.
 *
 * For each language: the corpus of flows.ts, bundled as the CLI ships (bundleRunner.ts), run
 * under `valgrind --tool=callgrind` with V8's nondeterminism switched off (one thread, fixed hash
 * and random seeds, a predictable collection schedule). A measure's cost per call is the
 * difference between a process making CALLS calls and one making BASE (start-up, the file's
 * generation and the compilation of what the first calls make hot cancel out), divided by
 * CALLS − BASE. Functions that get hot only after a few calls are compiled inside the difference;
 * the more calls, the less that weighs, as flows.ts's warm-up does for time.
 *
 * Needs valgrind (Debian package `valgrind`). Run: `npx tsx test/bench/flowInstructions.ts
 * [extension]`; `BENCH_FLOW_LINES` (10000) the size, `BENCH_FLOW_CALLS` (9) and
 * `BENCH_FLOW_BASE` (3) the two processes' calls.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { bundleRunner } from './bundleRunner.js';
import { LANGUAGES } from './flowCorpus.js';

const LINES = process.env.BENCH_FLOW_LINES ?? '10000';
const CALLS = Number(process.env.BENCH_FLOW_CALLS ?? 9);
const BASE_CALLS = Number(process.env.BENCH_FLOW_BASE ?? 3);
const V8_DETERMINISTIC = [
  '--single-threaded',
  '--hash-seed=1',
  '--random-seed=1',
  '--predictable-gc-schedule',
];

/** Instructions callgrind counted for one process of the runner. */
function instructions(runner: string, file: string, measure: string, calls: number): number {
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...V8_DETERMINISTIC];
  const run = spawnSync('valgrind', [...args, runner, file, LINES, measure, String(calls)], {
    encoding: 'utf8',
  });
  const collected = /Collected : (\d+)/.exec(run.stderr);
  if (run.status !== 0 || collected === null)
    throw new Error(
      `callgrind on ${file} ${measure}: exit ${String(run.status)}: ${run.stderr.trim().split('\n').pop() ?? ''}`,
    );
  return Number(collected[1]);
}

/** Millions of instructions per call of one measure. */
function perCall(runner: string, file: string, measure: string): number {
  const many = instructions(runner, file, measure, CALLS);
  const few = instructions(runner, file, measure, BASE_CALLS);
  return (many - few) / (CALLS - BASE_CALLS) / 1e6;
}

async function main(): Promise<void> {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('valgrind is not installed (Debian package valgrind)');
  }
  const runner = await bundleRunner('flowInstructions', path.join(__dirname, 'flowInstructionsRun.ts'));
  const only = process.argv[2];
  console.log(
    `${LINES} lines, millions of instructions per call (${String(CALLS)} calls − ${String(BASE_CALLS)})`,
  );
  for (const { path: file } of LANGUAGES.filter((l) => only === undefined || l.path.endsWith(only))) {
    const scan = perCall(runner, file, 'scan');
    const both = perCall(runner, file, 'both');
    console.log(
      `${file}: scan ${scan.toFixed(1)} M, scan+flows ${both.toFixed(1)} M, ratio ${(both / scan).toFixed(2)}×`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
