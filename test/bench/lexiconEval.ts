/**
 * Precision and recall of the detector on the real-code field lexicon, per format and overall,
 * on the train, blind, blind2 and blind3 splits separately. Only train mistakes can be listed: the held-out
 * splits are measured, never read (see `test/fixtures/lexicon/README.md`).
 * Run: `npm run eval -- --lexicon [--mistakes [--per-format]] [--by-domain|--by-category]
 * [--train-only|--validate]`. `--per-format` lists the train mistakes under their format (and, with
 * `--format=go,proto`, only those formats' mistakes); the figures are the same either way.
 * While tuning, `--validate` scores train and the retired held-out splits `blind` and `blind2`
 * together as one validation set, figures only: a change is kept when it holds up there, not only
 * on the train records it was written from. `blind3` is the blind figure, measured by the lead once
 * a session (no flag: every split). `--update-disagreements` rewrites the train disagreement list
 * the regression test reads.
 */
import { writeFileSync } from 'node:fs';
import {
  DISAGREEMENTS_PATH,
  agrees,
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

/** How records are grouped in a report: by a key of the record, or by category. */
type Grouping = ((r: LexiconRecord) => string) | 'category';

/**
 * Adds one verdict to its group. By category, a miss and a hit count under the label and a false
 * alarm under the category the detector said, so each row is that category's precision and recall.
 */
function tallyGroup(groups: Map<string, Tally>, by: Grouping, r: LexiconRecord, p: string): void {
  const add = (key: string, expected: string, predicted: string): void => {
    const t = groups.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    tally(t, expected, predicted);
    groups.set(key, t);
  };
  if (by !== 'category') add(by(r), r.category, p);
  else {
    if (r.category !== 'none') add(r.category, r.category, agrees(r.category, p) ? r.category : 'none');
    if (p !== 'none' && !agrees(r.category, p)) add(p, 'none', p);
  }
}

/** How train mistakes are listed: not at all, sorted by label, or under their format. */
interface MistakeView {
  readonly show: boolean;
  readonly perFormat: boolean;
  /** Formats whose mistakes are listed; empty for every format. */
  readonly formats: ReadonlySet<string>;
}

function report(splits: readonly Split[], by: Grouping, view: MistakeView): void {
  const records = splits.flatMap((split) => loadLexicon(split));
  const predicted = predict(records);
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  const groups = new Map<string, Tally>();
  const mistakes: { format: string; line: string }[] = [];
  records.forEach((r, k) => {
    const p = predicted[k] ?? 'none';
    tally(total, r.category, p);
    tallyGroup(groups, by, r, p);
    const listed = view.formats.size === 0 || view.formats.has(r.format);
    if (view.show && listed && splits.length === 1 && splits[0] === 'train' && !agrees(r.category, p)) {
      const c = r.comment !== undefined ? ` // ${r.comment}` : '';
      const where = view.perFormat ? '' : `${r.format} `;
      mistakes.push({
        format: r.format,
        line: `    ${r.category} ≠ ${p}  ${where}${r.source} ${r.owner}.${r.name}: ${r.type ?? ''}${c}`,
      });
    }
  });
  console.log(
    `${splits.join(' + ')} (${records.length} fields, ${new Set(records.map((r) => r.source)).size} repositories)`,
  );
  for (const [key, t] of [...groups].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(row(`  ${key}`, t));
  console.log(row(`  all`, total));
  if (!view.perFormat) {
    for (const m of mistakes.map((x) => x.line).sort()) console.log(m);
    return;
  }
  const byFormat = new Map<string, string[]>();
  for (const m of mistakes) byFormat.set(m.format, [...(byFormat.get(m.format) ?? []), m.line]);
  for (const [format, lines] of [...byFormat].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${format}: ${lines.length} mistakes`);
    for (const line of lines.sort()) console.log(line);
  }
}

/** Prints the lexicon report; `argv` as given to the eval script. */
export function runLexiconEval(argv: readonly string[]): void {
  if (argv.includes('--update-disagreements')) {
    updateDisagreements();
    return;
  }
  const by: Grouping = argv.includes('--by-category')
    ? 'category'
    : argv.includes('--by-domain')
      ? (r) => r.domain
      : (r) => r.format;
  const formatArg = argv.find((a) => a.startsWith('--format='));
  const formats = new Set(formatArg?.slice('--format='.length).split(',').filter(Boolean) ?? []);
  const none: MistakeView = { show: false, perFormat: false, formats: new Set() };
  report(['train'], by, {
    show: argv.includes('--mistakes'),
    perFormat: argv.includes('--per-format'),
    formats,
  });
  if (argv.includes('--train-only')) return;
  // The held-out splits: figures only, their mistakes are never printed.
  console.log('');
  report(['blind', 'blind2'], by, none);
  if (argv.includes('--validate')) return;
  console.log('');
  report(['blind3'], by, none);
}

/** Rewrites the train disagreement list from today's detector, keeping reasons already written. */
function updateDisagreements(): void {
  const reasons = new Map(loadDisagreements().map((d) => [d.key, d]));
  const records = loadLexicon('train');
  const predicted = predict(records);
  const lines: string[] = [];
  records.forEach((r, k) => {
    const p = predicted[k] ?? 'none';
    if (agrees(r.category, p)) return;
    const old = reasons.get(recordKey(r));
    const reason = old !== undefined && old.detector === p ? old.reason : defaultReason(r, p);
    lines.push(JSON.stringify({ key: recordKey(r), expected: r.category, detector: p, reason }));
  });
  writeFileSync(DISAGREEMENTS_PATH, lines.join('\n') + '\n');
  console.log(`${lines.length} disagreements written to ${DISAGREEMENTS_PATH}`);
}
