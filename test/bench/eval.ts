/**
 * Prints detection precision and recall per fixture folder and per file extension, then the
 * held-out set (`test/fixtures/heldout`) on its own row: its mistakes are never listed, so
 * nobody tunes against it by accident.
 * Run: `npm run eval` (or `npx tsx test/bench/eval.ts [--mistakes]`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  byExtension,
  precision,
  recall,
  scoreFolder,
  total,
  type FileScore,
  type Score,
} from './corpusEval.js';

const FOLDERS = ['test/fixtures/corpus', 'test/fixtures/formats', 'test/fixtures/code'];
const showMistakes = process.argv.includes('--mistakes');

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const row = (label: string, s: Score): string =>
  `${label.padEnd(34)} P ${pct(precision(s)).padStart(6)}  R ${pct(recall(s)).padStart(6)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

const all: FileScore[] = [];
for (const folder of FOLDERS) {
  const root = join(process.cwd(), folder);
  if (!existsSync(root)) {
    console.log(`${folder}: missing`);
    continue;
  }
  const scores = scoreFolder(root);
  all.push(...scores);
  console.log(row(folder, total(scores)));
  if (showMistakes) {
    for (const s of scores)
      for (const m of s.mistakes) console.log(`    ${m.kind} ${folder}/${m.file}:${m.line} ${m.detail}`);
  }
}
console.log('');
for (const [ext, s] of [...byExtension(all)].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(row(`  ${ext}`, s));
console.log('');
console.log(row('all', total(all)));

const heldout = join(process.cwd(), 'test/fixtures/heldout');
if (existsSync(heldout)) {
  console.log(row('held-out (blind, not tuned)', total(scoreFolder(heldout))));
}
