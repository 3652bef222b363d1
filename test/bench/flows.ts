/**
 * Benchmark of the flow analysis (issue 14): a generated 10,000-line file full of flows, in
 * TypeScript, Python, Java, Go, Kotlin and C# (the same service methods in each: reading PI,
 * masking some, logging, posting to clients and SDKs, writing exports, queues and caches, passing
 * PI to a helper of the file that logs it) and the same at 20,000 lines for linearity. For each: the
 * median of warm runs, in CPU time (the machine may be shared; wall time would count the waits), of
 * the plain scan (`scanText`), of the flow analysis alone (`analyzeFlows`, its own parse and walk)
 * and of both (the analysis walking the scan's tree or tokens, as the CLI does), with the ratio
 * scan+flows / scan that issue 14 bounds by 2×: of the medians, and round by round (its median
 * and middle half), since the scan alone moves by a third between runs.
 *
 * Each language and size is timed in a child process of its own, after the same warm-up, and the
 * three measures take turns run by run. Timed in one process, sizes in increasing order and each
 * measure in a block of its own, the figures read as superlinear when they were not: the second
 * size's scan ran with the JIT and the classifier's memos warmer than the first's (Go's scan 40 ms
 * at 10,000 lines, 70 at 20,000), and a block paid for collections of the garbage the block before
 * it left (a third of scan+flows is garbage collection). Bytes allocated and retained per line are
 * the same at 5,000 and 40,000 lines.
 *
 * Run: `npx tsx test/bench/flows.ts [extension]` (`.py` for one language); `BENCH_FLOW_RUNS` (9)
 * runs per measure, `BENCH_FLOW_LINES` (`10000,20000`) the sizes.
 *
 * The same bound counted in instructions, which hold whatever the machine's load:
 * flowInstructions.ts. Measurements over time, with their commands and loads: docs/performance.md.
 */
import { fork } from 'node:child_process';
import { analyzeFlows, syntaxFromScan } from '../../src/core/flow/index.js';
import { scanText } from '../../src/core/scan/index.js';
import { generate, LANGUAGES } from './flowCorpus.js';

const RUNS = Number(process.env.BENCH_FLOW_RUNS ?? 9);
const SIZES = (process.env.BENCH_FLOW_LINES ?? '10000,20000').split(',').map(Number);
const WARM_UP = 2;
/** Set in a child: the language path and the size it times. */
const CHILD = '--flow-bench-child';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
}

/** Times one language at one size: the three measures in turn, WARM_UP rounds then RUNS. */
function timeOne(path: string, lines: number): string {
  const language = LANGUAGES.find((l) => l.path === path);
  if (language === undefined) throw new Error(`no language ${path}`);
  const text = generate(language.block, lines);
  let flows = 0;
  const measures: Record<'scan' | 'flows' | 'both', () => void> = {
    scan: () => {
      scanText(text, { path });
    },
    flows: () => {
      flows = analyzeFlows(text, path).length;
    },
    both: () => {
      const result = scanText(text, { path });
      analyzeFlows(text, path, { findings: result.findings, ...syntaxFromScan(result, text) });
    },
  };
  const runs = { scan: [] as number[], flows: [] as number[], both: [] as number[] };
  for (let r = 0; r < WARM_UP + RUNS; r++)
    for (const key of ['scan', 'flows', 'both'] as const) {
      const ms = cpuMs(measures[key]);
      if (r >= WARM_UP) runs[key].push(ms);
    }
  const [scanMs, flowMs, bothMs] = [median(runs.scan), median(runs.flows), median(runs.both)];
  // The scan and scan+flows of one round run side by side, so their ratio round by round shares
  // the machine's state of the moment; its spread shows how far one run's ratio can be trusted.
  const paired = runs.both.map((ms, i) => ms / (runs.scan[i] ?? ms)).sort((a, b) => a - b);
  const quarter = (q: number): string => (paired[Math.floor(q * (paired.length - 1))] ?? 0).toFixed(2);
  return `${path} ${String(lines)} lines (CPU ms, median of ${String(RUNS)}): scan ${scanMs.toFixed(1)} ms, flows alone ${flowMs.toFixed(1)} ms (${String(flows)} flows), scan+flows ${bothMs.toFixed(1)} ms, ratio ${(bothMs / scanMs).toFixed(2)}× (round by round: median ${quarter(0.5)}×, middle half ${quarter(0.25)}–${quarter(0.75)}×)`;
}

/** Runs one child and resolves with what it printed. */
function child(path: string, lines: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const p = fork(__filename, [CHILD, path, String(lines)], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    p.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('exit', (code) => {
      if (code === 0) resolve(out.trim());
      else reject(new Error(`${path} ${String(lines)}: exit ${String(code)}`));
    });
  });
}

async function main(): Promise<void> {
  const at = process.argv.indexOf(CHILD);
  if (at >= 0) {
    console.log(timeOne(process.argv[at + 1] ?? '', Number(process.argv[at + 2])));
    return;
  }
  const only = process.argv[2];
  for (const { path } of LANGUAGES.filter((l) => only === undefined || l.path.endsWith(only)))
    for (const lines of SIZES) console.log(await child(path, lines));
}

void main();
