/**
 * Evaluation of the flow analysis on a hand-labelled blind set: precision and recall of (sink
 * line, kind), per language and in total, and how often the categories (and the de-identified
 * mark, where the set labels it) reaching a true sink are named exactly. The files are analysed
 * as a project would hold them (`src/…`: the fixture folder would otherwise read as test code,
 * whose sinks are not flows); files under a test folder of the set stay test code.
 * Run: `npx tsx test/bench/flowEval.ts [--set flows-blind2] [--mistakes]` (default set:
 * flows-blind, TypeScript/JavaScript).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeFlows, flowLanguage } from '../../src/core/flow/index.js';
import { scanText } from '../../src/core/scan/index.js';
import { LineIndex } from '../../src/core/text/lines.js';

const setAt = process.argv.indexOf('--set');
const SET = setAt >= 0 ? (process.argv[setAt + 1] ?? 'flows-blind') : 'flows-blind';
const DIR = join(__dirname, '..', 'fixtures', SET);
const EXPECT = /(?:\/\/|#) flow: (\w+) ([\w,]+)( deidentified)?/;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  categoriesExact: number;
  maskExact: number;
  /** Over true positives: categories named, named and expected, expected. */
  named: number;
  namedRight: number;
  wanted: number;
}
const tallies = new Map<string, Tally>();
const mistakes: string[] = [];

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : flowLanguage(n) !== undefined ? [p] : [];
    });
}

for (const file of files(DIR)) {
  const name = relative(DIR, file);
  const language = flowLanguage(name) ?? '?';
  let tally = tallies.get(language);
  if (!tally)
    tallies.set(
      language,
      (tally = { tp: 0, fp: 0, fn: 0, categoriesExact: 0, maskExact: 0, named: 0, namedRight: 0, wanted: 0 }),
    );
  const text = readFileSync(file, 'utf8');
  const expected = new Map<number, { kind: string; categories: string; masked: boolean }>();
  text.split('\n').forEach((line, i) => {
    const m = EXPECT.exec(line);
    if (m?.[1] && m[2])
      expected.set(i + 1, {
        kind: m[1],
        categories: m[2].split(',').sort().join(','),
        masked: m[3] !== undefined,
      });
  });
  const path = `src/${name}`;
  const findings = scanText(text, { path }).findings;
  const lines = new LineIndex(text);
  const got = new Map<number, { kind: string; categories: string; masked: boolean }>();
  for (const f of analyzeFlows(text, path, { findings })) {
    got.set(lines.positionAt(f.offset).line + 1, {
      kind: f.sink.kind,
      categories: f.categories.join(','),
      masked: f.deidentified,
    });
  }
  for (const [line, g] of got) {
    const e = expected.get(line);
    if (e?.kind === g.kind) {
      tally.tp++;
      countCategories(tally, e.categories, g.categories);
      if (e.categories === g.categories) tally.categoriesExact++;
      else mistakes.push(`${name}:${String(line)} categories ${g.categories} (want ${e.categories})`);
      if (e.masked === g.masked) tally.maskExact++;
      else
        mistakes.push(`${name}:${String(line)} de-identified ${String(g.masked)} (want ${String(e.masked)})`);
    } else {
      tally.fp++;
      mistakes.push(`${name}:${String(line)} false ${g.kind} ${g.categories}`);
    }
  }
  for (const [line, e] of expected) {
    if (got.get(line)?.kind !== e.kind) {
      tally.fn++;
      mistakes.push(`${name}:${String(line)} missed ${e.kind} ${e.categories}`);
    }
  }
}

/** Category by category on a true positive: a set's partial credit beside the exact match. */
function countCategories(tally: Tally, expected: string, got: string): void {
  const want = new Set(expected.split(','));
  const named = got === '' ? [] : got.split(',');
  tally.named += named.length;
  tally.namedRight += named.filter((c) => want.has(c)).length;
  tally.wanted += want.size;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const total: Tally = {
  tp: 0,
  fp: 0,
  fn: 0,
  categoriesExact: 0,
  maskExact: 0,
  named: 0,
  namedRight: 0,
  wanted: 0,
};
for (const [language, t] of [...tallies].sort()) {
  for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
  console.log(
    `${language}: TP ${String(t.tp)}, FP ${String(t.fp)}, FN ${String(t.fn)} — precision ${pct(t.tp / Math.max(1, t.tp + t.fp))}, recall ${pct(t.tp / Math.max(1, t.tp + t.fn))}, categories exact ${String(t.categoriesExact)}/${String(t.tp)}, de-identified mark ${String(t.maskExact)}/${String(t.tp)}`,
  );
}
console.log(`${SET} total: TP ${String(total.tp)}, FP ${String(total.fp)}, FN ${String(total.fn)}`);
console.log(
  `precision ${pct(total.tp / Math.max(1, total.tp + total.fp))}, recall ${pct(total.tp / Math.max(1, total.tp + total.fn))}`,
);
console.log(`categories exact on true positives: ${String(total.categoriesExact)}/${String(total.tp)}`);
console.log(
  `categories one by one on true positives: precision ${pct(total.namedRight / Math.max(1, total.named))}, recall ${pct(total.namedRight / Math.max(1, total.wanted))} (named ${String(total.named)}, right ${String(total.namedRight)}, expected ${String(total.wanted)})`,
);
if (process.argv.includes('--mistakes')) for (const m of mistakes) console.log(`  ${m}`);
