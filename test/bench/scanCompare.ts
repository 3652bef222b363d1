/**
 * The core benchmark as an A/B comparison between checkouts (issue 9, "no slower"):
 * `npx tsx test/bench/scanCompare.ts [--edit] <checkout> [<checkout>…]`, e.g. a worktree of an
 * older commit (`git worktree add --detach ../old ec94692`, with its own `npm ci`) against `.`.
 *
 * Every checkout's `scanText` is loaded into this one process and each generated file is
 * scanned by all of them in turn (the order alternating between runs), so a busy machine slows
 * them alike: on a shared machine separate runs of scanCore.ts differ by more than the changes
 * being measured. Prints the median CPU time per 10,000-line file, its minimum, the median wall
 * time, and each checkout's median CPU time as a ratio of the first's. `--edit` times the
 * editor's case instead: a re-scan after a one-line edit, given the memo of the scan before.
 * The corpus is this checkout's (scanCorpus.ts), so every checkout reads the same texts.
 * A checkout written `bundle:<dir>` is measured as it ships: its core bundled by esbuild as
 * `npm run build` bundles it (one module, no TypeScript loader between the modules), so
 * `npx tsx test/bench/scanCompare.ts . bundle:.` shows what the loader adds to the figures.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { ScanMemo, scanText as ScanText } from '../../src/core/scan/index.js';
import { median } from './scanCore.js';
import { BENCH_FORMATS, generate } from './scanCorpus.js';

const LINES = 10_000;
const RUNS = Number(process.env.BENCH_CORE_RUNS ?? 15);

interface Checkout {
  readonly label: string;
  readonly scanText: typeof ScanText;
}

async function load(label: string): Promise<Checkout> {
  const bundled = label.startsWith('bundle:');
  const dir = bundled ? label.slice('bundle:'.length) : label;
  const entry = resolve(dir, 'src/core/scan/index.ts');
  const url = pathToFileURL(bundled ? await bundle(entry, label) : entry).href;
  const mod = (await import(url)) as { scanText: typeof ScanText };
  return { label, scanText: mod.scanText };
}

/** Bundles a checkout's scan core into this checkout's node_modules/.cache; returns the file. */
async function bundle(entry: string, label: string): Promise<string> {
  const esbuild = await import('esbuild');
  const name = label.replace(/[^\w]+/g, '_');
  const outfile = resolve('node_modules', '.cache', 'pilens-bench-scan', `${name}.cjs`);
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    // As scripts/build.mjs ships it: yaml's browser build, minified.
    alias: { yaml: resolve('node_modules/yaml/browser/index.js') },
    minify: true,
    logLevel: 'warning',
  });
  return outfile;
}

function compare(checkouts: readonly Checkout[], edit: boolean, filter: string): void {
  console.log(`${edit ? 'edit' : 'full'} scans, median of ${RUNS} interleaved runs: cpu ms (min) wall ms`);
  for (const format of BENCH_FORMATS.filter((f) => f.label.toLowerCase().includes(filter))) {
    const source = { path: format.path };
    const texts = Array.from({ length: RUNS + 2 }, (_, salt) => generate(format, LINES, salt));
    const first = texts[0] ?? '';
    const lines = first.split('\n');
    const mid = lines.length >> 1;
    const original = lines[mid] ?? '';
    const at = /\w\b/.exec(original)?.index ?? 0;
    const memos: (ScanMemo | undefined)[] = checkouts.map((c) => c.scanText(first, source).memo);
    const cpu = checkouts.map((): number[] => []);
    const wall = checkouts.map((): number[] => []);
    for (let run = 0; run < RUNS + 2; run++) {
      let text = texts[run] ?? '';
      if (edit) {
        lines[mid] = `${original.slice(0, at + 1)}${'xyz'.slice(0, (run % 3) + 1)}${original.slice(at + 1)}`;
        text = lines.join('\n');
      }
      const order = checkouts.map((_, k) => (run % 2 === 0 ? k : checkouts.length - 1 - k));
      for (const k of order) {
        const checkout = checkouts[k];
        if (checkout === undefined) continue;
        const previous = memos[k];
        const c = process.cpuUsage();
        const t = performance.now();
        const result = checkout.scanText(text, source, edit && previous !== undefined ? { previous } : {});
        const w = performance.now() - t;
        const used = process.cpuUsage(c);
        if (edit) memos[k] = result.memo;
        // The first two runs warm the JIT.
        if (run < 2) continue;
        cpu[k]?.push((used.user + used.system) / 1000);
        wall[k]?.push(w);
      }
    }
    const base = median(cpu[0] ?? []);
    const cells = checkouts.map((_, k) => {
      const c = cpu[k] ?? [];
      return `${median(c).toFixed(0)} (${Math.min(...c).toFixed(0)}) ${median(wall[k] ?? []).toFixed(0)}`;
    });
    const ratios = checkouts.slice(1).map((_, k) => (median(cpu[k + 1] ?? []) / base).toFixed(2));
    console.log(
      `  ${format.label.padEnd(15)} ${cells.map((s) => s.padStart(16)).join(' ')}   ×${ratios.join(' ×')}`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const edit = args.includes('--edit');
  const filterArg = args.find((a) => a.startsWith('--filter='));
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) {
    console.error(
      'usage: npx tsx test/bench/scanCompare.ts [--edit] [--filter=label] <checkout> [<checkout>…] (bundle:<checkout> to measure it bundled)',
    );
    process.exitCode = 2;
    return;
  }
  const checkouts = await Promise.all(dirs.map(load));
  console.log(checkouts.map((c, k) => `  [${k}] ${c.label}`).join('\n'));
  compare(checkouts, edit, filterArg?.slice('--filter='.length).toLowerCase() ?? '');
}

void main();
