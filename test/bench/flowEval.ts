/**
 * Evaluation of the flow analysis on the hand-labelled blind set (test/fixtures/flows-blind):
 * precision and recall of (sink line, kind), and how often the categories reaching a true
 * sink are named exactly. The files are analysed as a project would hold them (`src/…`: the
 * fixture folder would otherwise read as test code, whose sinks are not flows).
 * Run: `npx tsx test/bench/flowEval.ts [--mistakes]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFlows } from '../../src/core/flow/index.js';
import { scanText } from '../../src/core/scan/index.js';
import { LineIndex } from '../../src/core/text/lines.js';

const DIR = join(__dirname, '..', 'fixtures', 'flows-blind');
const EXPECT = /\/\/ flow: (\w+) ([\w,]+)/;

let tp = 0;
let fp = 0;
let fn = 0;
let categoriesExact = 0;
const mistakes: string[] = [];

for (const name of readdirSync(DIR).filter((n) => /\.[jt]sx?$/.test(n)).sort()) {
  const text = readFileSync(join(DIR, name), 'utf8');
  const expected = new Map<number, { kind: string; categories: string }>();
  text.split('\n').forEach((line, i) => {
    const m = EXPECT.exec(line);
    if (m?.[1] && m[2]) expected.set(i + 1, { kind: m[1], categories: m[2].split(',').sort().join(',') });
  });
  const path = `src/${name}`;
  const findings = scanText(text, { path }).findings;
  const lines = new LineIndex(text);
  const got = new Map<number, { kind: string; categories: string }>();
  for (const f of analyzeFlows(text, path, { findings })) {
    got.set(lines.positionAt(f.offset).line + 1, { kind: f.sink.kind, categories: f.categories.join(',') });
  }
  for (const [line, g] of got) {
    const e = expected.get(line);
    if (e?.kind === g.kind) {
      tp++;
      if (e.categories === g.categories) categoriesExact++;
      else mistakes.push(`${name}:${String(line)} categories ${g.categories} (want ${e.categories})`);
    } else {
      fp++;
      mistakes.push(`${name}:${String(line)} false ${g.kind} ${g.categories}`);
    }
  }
  for (const [line, e] of expected) {
    if (got.get(line)?.kind !== e.kind) {
      fn++;
      mistakes.push(`${name}:${String(line)} missed ${e.kind} ${e.categories}`);
    }
  }
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
console.log(`flows blind set: TP ${String(tp)}, FP ${String(fp)}, FN ${String(fn)}`);
console.log(`precision ${pct(tp / Math.max(1, tp + fp))}, recall ${pct(tp / Math.max(1, tp + fn))}`);
console.log(`categories exact on true positives: ${String(categoriesExact)}/${String(tp)}`);
if (process.argv.includes('--mistakes')) for (const m of mistakes) console.log(`  ${m}`);
