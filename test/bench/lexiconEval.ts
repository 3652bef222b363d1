/**
 * Precision and recall of the detector on the real-code field lexicon, per format and overall,
 * on the train, blind, blind2 and blind3 splits separately. Only train mistakes can be listed: the held-out
 * splits are measured, never read (see `test/fixtures/lexicon/README.md`).
 * Run: `npm run eval -- --lexicon [--mistakes] [--by-domain] [--train-only]` (`--train-only`
 * while tuning, so the held-out figures are seen once at the end); `--update-disagreements` rewrites
 * the train disagreement list the regression test reads.
 */
import { writeFileSync } from 'node:fs';
import {
  DISAGREEMENTS_PATH,
  defaultReason,
  loadDisagreements,
  recordKey,
  loadLexicon,
  predict,
  tally,
  type LexiconRecord,
  type Split,
  type Tally,
} from '../support/lexicon.js';

const pct = (n: number, d: number): string =>
  d === 0 ? '   n/a' : `${((n / d) * 100).toFixed(1)}%`.padStart(6);
const row = (label: string, s: Tally): string =>
  `${label.padEnd(30)} P ${pct(s.tp, s.tp + s.fp)}  R ${pct(s.tp, s.tp + s.fn)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function report(split: Split, by: (r: LexiconRecord) => string, showMistakes: boolean): void {
  const records = loadLexicon(split);
  const predicted = predict(records);
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  const groups = new Map<string, Tally>();
  const mistakes: string[] = [];
  records.forEach((r, k) => {
    const p = predicted[k] ?? 'none';
    tally(total, r.category, p);
    const key = by(r);
    const t = groups.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    tally(t, r.category, p);
    groups.set(key, t);
    if (showMistakes && split === 'train' && p !== r.category) {
      const c = r.comment !== undefined ? ` // ${r.comment}` : '';
      mistakes.push(
        `    ${r.category} ≠ ${p}  ${r.format} ${r.source} ${r.owner}.${r.name}: ${r.type ?? ''}${c}`,
      );
    }
  });
  console.log(
    `${split} (${records.length} fields, ${new Set(records.map((r) => r.source)).size} repositories)`,
  );
  for (const [key, t] of [...groups].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(row(`  ${key}`, t));
  console.log(row(`  all`, total));
  for (const m of mistakes.sort()) console.log(m);
}

/** Prints the lexicon report; `argv` as given to the eval script. */
export function runLexiconEval(argv: readonly string[]): void {
  if (argv.includes('--update-disagreements')) {
    updateDisagreements();
    return;
  }
  const by = argv.includes('--by-domain') ? (r: LexiconRecord) => r.domain : (r: LexiconRecord) => r.format;
  report('train', by, argv.includes('--mistakes'));
  if (argv.includes('--train-only')) return;
  // The held-out splits: figures only, their mistakes are never printed.
  for (const split of ['blind', 'blind2', 'blind3'] as const) {
    console.log('');
    report(split, by, false);
  }
}

/** Rewrites the train disagreement list from today's detector, keeping reasons already written. */
function updateDisagreements(): void {
  const reasons = new Map(loadDisagreements().map((d) => [d.key, d]));
  const records = loadLexicon('train');
  const predicted = predict(records);
  const lines: string[] = [];
  records.forEach((r, k) => {
    const p = predicted[k] ?? 'none';
    if (p === r.category) return;
    const old = reasons.get(recordKey(r));
    const reason = old !== undefined && old.detector === p ? old.reason : defaultReason(r, p);
    lines.push(JSON.stringify({ key: recordKey(r), expected: r.category, detector: p, reason }));
  });
  writeFileSync(DISAGREEMENTS_PATH, lines.join('\n') + '\n');
  console.log(`${lines.length} disagreements written to ${DISAGREEMENTS_PATH}`);
}
