/**
 * Benchmark of the flow analysis (issue 14): a generated 10,000-line file full of flows, in
 * TypeScript, Python, Java, Go, Kotlin and C# (the same service methods in each: reading PI,
 * masking some, logging, posting to clients and SDKs, writing exports, queues and caches, passing
 * PI to a helper of the file that logs it) and the same at 20,000 lines for linearity. For each: the median of warm
 * runs, in CPU time (the machine may be shared; wall time would count the waits), of the plain scan (`scanText`), of the flow analysis alone (`analyzeFlows`, its own
 * parse and walk) and of both (the analysis walking the scan's tree or tokens, as the CLI does), with the ratio scan+flows / scan that issue 14 bounds by 2×.
 * Run alone: `npx tsx test/bench/flows.ts [extension]` (`.py` for one language).
 */
import { analyzeFlows, syntaxFromScan } from '../../src/core/flow/index.js';
import { scanText } from '../../src/core/scan/index.js';
import { generate, LANGUAGES } from './flowCorpus.js';

const RUNS = Number(process.env.BENCH_FLOW_RUNS ?? 9);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(fn: () => void): number {
  const runs: number[] = [];
  fn(); // warm-up (cold parse, JIT)
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.cpuUsage();
    fn();
    const used = process.cpuUsage(t0);
    runs.push((used.user + used.system) / 1000);
  }
  return median(runs);
}

const only = process.argv[2];
for (const { path, block } of LANGUAGES.filter((l) => only === undefined || l.path.endsWith(only)))
  for (const lines of [10_000, 20_000]) {
    const text = generate(block, lines);
    let flows = 0;
    const scanMs = time(() => {
      scanText(text, { path });
    });
    const flowMs = time(() => {
      flows = analyzeFlows(text, path).length;
    });
    const bothMs = time(() => {
      const result = scanText(text, { path });
      analyzeFlows(text, path, { findings: result.findings, ...syntaxFromScan(result, text) });
    });
    console.log(
      `${path} ${String(lines)} lines (CPU ms, median of ${String(RUNS)}): scan ${scanMs.toFixed(1)} ms, flows alone ${flowMs.toFixed(1)} ms (${String(flows)} flows), scan+flows ${bothMs.toFixed(1)} ms, ratio ${(bothMs / scanMs).toFixed(2)}×`,
    );
  }
