/**
 * The core half of the scan benchmark: `scanText` on a generated 10,000-line file of each major
 * format (scanCorpus.ts). For each: the cold first run, then the median of warm runs, in wall
 * time and CPU time (on a busy machine wall time includes waiting for a core), and how much of
 * the warm time is the extractor alone (parse + walk); "rest" is the remainder of `scanText`
 * (classification, sibling context, overrides, directives), which grows with the candidates.
 * "edit ms" is the editor's case: the median re-scan after a one-line edit in the middle of the
 * file, given the memo of the scan before it (extractors that keep no memo scan in full);
 * "no memo" is the same sequence of edits scanned afresh, the fair baseline (same names, as
 * warm a JIT), so the difference between the two is what the memo saves.
 * Run alone: `npx tsx test/bench/scanCore.ts [label-filter]`.
 *
 * Measurements over time, with their commands and loads: docs/performance.md.
 */
import { performance } from 'node:perf_hooks';
import { scanText } from '../../src/core/scan/index.js';
import { extractors } from '../../src/core/scan/registry.js';
import { BENCH_FORMATS, generate, type BenchFormat } from './scanCorpus.js';

const LINES = 10_000;
const WARM_RUNS = Number(process.env.BENCH_CORE_RUNS ?? 9);

export interface CoreTiming {
  readonly label: string;
  readonly lines: number;
  readonly extractor: string;
  readonly findings: number;
  readonly coldMs: number;
  readonly warmMs: number;
  readonly warmCpuMs: number;
  /** Median of the extractor alone on warm runs (0 for the generic scanner). */
  readonly extractMs: number;
  /** Median `scanText` after a one-line edit in the middle, with the previous scan's memo. */
  readonly editMs: number;
  /** The same edits scanned without the memo. */
  readonly editFreshMs: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Times one format; every run scans a fresh text (new salt) so nothing is reused. */
export function timeFormat(format: BenchFormat): CoreTiming {
  const source = { path: format.path };
  const extractor = extractors.find((e) => e.handles(source));
  const texts = Array.from({ length: WARM_RUNS + 1 }, (_, salt) => generate(format, LINES, salt));
  const first = texts[0] ?? '';
  let t = performance.now();
  const cold = scanText(first, source);
  const coldMs = performance.now() - t;
  const wall: number[] = [];
  const cpu: number[] = [];
  const extract: number[] = [];
  for (const text of texts.slice(1)) {
    const c = process.cpuUsage();
    t = performance.now();
    scanText(text, source);
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    if (extractor) {
      t = performance.now();
      extractor.extract(text, source);
      extract.push(performance.now() - t);
    }
  }
  return {
    label: format.label,
    lines: first.split('\n').length,
    extractor: cold.extractor + (cold.parseError ? ` (failed: ${cold.parseError})` : ''),
    findings: cold.findings.length,
    coldMs,
    warmMs: median(wall),
    warmCpuMs: median(cpu),
    extractMs: extract.length > 0 ? median(extract) : 0,
    ...timeEdits(first, source),
  };
}

/**
 * Types into the middle line of `text` once per run (a different character each time, as an
 * editor would) and re-scans it twice, with the memo of the scan before and afresh, in
 * alternating order: the median time per re-scan of each. Interleaved because the series run
 * one after the other gave the first of them the garbage collector's debts of the warm full
 * scans, which made the memo look slower than scanning afresh (SQL 58.8 against 42.6 ms).
 */
function timeEdits(text: string, source: { path: string }): { editMs: number; editFreshMs: number } {
  const lines = text.split('\n');
  const mid = lines.length >> 1;
  const original = lines[mid] ?? '';
  let memo = scanText(text, source).memo;
  const withMemo: number[] = [];
  const fresh: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    // Append to the end of the line's first word: a name changes, the structure does not.
    const at = /\w\b/.exec(original)?.index ?? 0;
    lines[mid] = `${original.slice(0, at + 1)}${'xyz'.slice(0, (run % 3) + 1)}${original.slice(at + 1)}`;
    const edited = lines.join('\n');
    const steps = [
      (): void => {
        const t = performance.now();
        const result = scanText(edited, source, memo === undefined ? {} : { previous: memo });
        withMemo.push(performance.now() - t);
        memo = result.memo;
      },
      (): void => {
        const t = performance.now();
        scanText(edited, source);
        fresh.push(performance.now() - t);
      },
    ];
    for (const step of run % 2 === 0 ? steps : [...steps].reverse()) step();
  }
  return { editMs: median(withMemo), editFreshMs: median(fresh) };
}

/** Times every format (or those whose label contains `filter`) and prints one table. */
export function benchCore(filter = ''): CoreTiming[] {
  const rows = BENCH_FORMATS.filter((f) => f.label.toLowerCase().includes(filter.toLowerCase())).map(
    timeFormat,
  );
  console.log(
    `core: scanText per ~${LINES.toLocaleString('en-US')}-line file (median of ${WARM_RUNS} warm runs)`,
  );
  console.log(
    '  format           lines  warm ms  (cpu)  extractor ms  rest ms  edit ms  (no memo)  cold ms  findings  extractor',
  );
  for (const r of rows) {
    console.log(
      `  ${r.label.padEnd(15)} ${String(r.lines).padStart(6)} ${r.warmMs.toFixed(1).padStart(8)} ` +
        `${`(${r.warmCpuMs.toFixed(0)})`.padStart(6)} ${r.extractMs.toFixed(1).padStart(13)} ` +
        `${(r.extractMs > 0 ? (r.warmMs - r.extractMs).toFixed(1) : '-').padStart(8)} ` +
        `${r.editMs.toFixed(1).padStart(8)} ${`(${r.editFreshMs.toFixed(1)})`.padStart(10)} ` +
        `${r.coldMs.toFixed(0).padStart(8)} ${String(r.findings).padStart(9)}  ${r.extractor}`,
    );
  }
  return rows;
}

if (process.argv[1]?.endsWith('scanCore.ts') === true) benchCore(process.argv[2]);
