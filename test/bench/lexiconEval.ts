/**
 * Precision and recall of the detector on the real-code field lexicon, per format and overall,
 * on the train, blind, blind2 and blind3 splits separately. Only train mistakes can be listed: the held-out
 * splits are measured, never read (see `test/fixtures/lexicon/README.md`).
 * Run: `npm run eval -- --lexicon [--mistakes [--per-format]] [--by-domain|--by-source|--by-category]
 * [--train-only|--validate]`. `--per-format` lists the train mistakes under their format (and, with
 * `--format=go,proto`, only those formats' mistakes); the figures are the same either way.
 * While tuning, `--validate` scores train and the retired held-out splits `blind` and `blind2`
 * together as one validation set, figures only: a change is kept when it holds up there, not only
 * on the train records it was written from. `blind3` is the blind figure, measured by the lead once
 * a session (no flag: every split). `--update-disagreements` rewrites the train disagreement list
 * the regression test reads. `--from-source <dir>` reads the same records' files from fetched
 * snapshots under `<dir>` and scans them (lexiconFromSource.ts), beside the stored figures.
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
import { readFromSource, SCORED, type MatchStatus } from './lexiconFromSource.js';

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

const NO_MISTAKES: MistakeView = { show: false, perFormat: false, formats: new Set() };

function report(splits: readonly Split[], by: Grouping, view: MistakeView): void {
  const records = splits.flatMap((split) => loadLexicon(split));
  const trainOnly = splits.length === 1 && splits[0] === 'train';
  printScores(splits.join(' + '), records, predict(records), by, trainOnly ? view : NO_MISTAKES);
}

/** Prints each group's and the total precision and recall; then the mistakes `view` lists. */
function printScores(
  title: string,
  records: readonly LexiconRecord[],
  predicted: readonly string[],
  by: Grouping,
  view: MistakeView,
): void {
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  const groups = new Map<string, Tally>();
  const byFormat = new Map<string, string[]>();
  records.forEach((r, k) => {
    const p = predicted[k] ?? 'none';
    tally(total, r.category, p);
    tallyGroup(groups, by, r, p);
    const listed = view.formats.size === 0 || view.formats.has(r.format);
    if (!view.show || !listed || agrees(r.category, p)) return;
    const format = view.perFormat ? r.format : '';
    const line = `    ${r.category} ≠ ${p}  ${describe(r, !view.perFormat)}`;
    byFormat.set(format, [...(byFormat.get(format) ?? []), line]);
  });
  console.log(
    `${title} (${records.length} fields, ${new Set(records.map((r) => r.source)).size} repositories)`,
  );
  for (const [key, t] of [...groups].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(row(`  ${key}`, t));
  console.log(row(`  all`, total));
  for (const [format, lines] of [...byFormat].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (view.perFormat) console.log(`  ${format}: ${lines.length} mistakes`);
    for (const line of lines.sort()) console.log(line);
  }
}

/** A train record as the lexicon stores it (format, source, owner, field, type, comment). */
function describe(r: LexiconRecord, withFormat = true): string {
  const c = r.comment !== undefined ? ` // ${r.comment}` : '';
  return `${withFormat ? `${r.format} ` : ''}${r.source} ${r.owner}.${r.name}: ${r.type ?? ''}${c}`;
}

/**
 * The stored records' figures beside the figures of the same records read from source (see
 * lexiconFromSource.ts), on the records whose file the snapshots hold, with how each was matched
 * per format. With `mistakes` (train only) the records whose verdict differs between the two.
 */
function reportFromSource(splits: readonly Split[], by: Grouping, mirror: string, mistakes: boolean): void {
  const all = splits.flatMap((split) => loadLexicon(split));
  const stored = predict(all);
  const reading = readFromSource(all, mirror);
  const kept = all.flatMap((_, k) => (SCORED.has(reading.status[k] ?? 'unmatched') ? [k] : []));
  const records = kept.map((k) => all[k] as LexiconRecord);
  const count = (s: MatchStatus): number => reading.status.filter((x) => x === s).length;
  const title = splits.join(' + ');
  console.log(
    `${title}: ${records.length} of ${all.length} records scored; ${reading.filesRead} files read ` +
      `(${reading.parseErrors} by the generic scanner after a parse error), ${reading.filesMissing} ` +
      `files missing from their snapshot (${count('file-missing')} records), ` +
      `${reading.notFetched.length} repositories not fetched (${count('not-fetched')} records)`,
  );
  printScores(
    `${title}, stored records`,
    records,
    kept.map((k) => stored[k] ?? 'none'),
    by,
    NO_MISTAKES,
  );
  printScores(
    `${title}, read from source`,
    records,
    kept.map((k) => reading.predicted[k] ?? 'none'),
    by,
    NO_MISTAKES,
  );
  console.log(
    `${title}: matched by exact owner / other spelling / name alone / unmatched (personal unmatched)`,
  );
  const formats = new Map<string, number[]>();
  for (const k of kept) {
    const f = (all[k] as LexiconRecord).format;
    formats.set(f, [...(formats.get(f) ?? []), k]);
  }
  for (const [format, ks] of [...formats, ['all', kept] as const].sort((a, b) =>
    a[0] === 'all' ? 1 : b[0] === 'all' ? -1 : a[0].localeCompare(b[0]),
  )) {
    const n = (s: MatchStatus): number => ks.filter((k) => reading.status[k] === s).length;
    const personal = ks.filter(
      (k) => reading.status[k] === 'unmatched' && all[k]?.category !== 'none',
    ).length;
    const rate = pct(ks.length - n('unmatched'), ks.length);
    console.log(
      `  ${format.padEnd(28)} ${rate} matched  ${n('exact')} / ${n('owner')} / ${n('name')} / ${n('unmatched')} (${personal})`,
    );
  }
  if (!mistakes) return;
  for (const k of kept) {
    const r = all[k] as LexiconRecord;
    const before = agrees(r.category, stored[k] ?? 'none');
    const after = agrees(r.category, reading.predicted[k] ?? 'none');
    if (before === after) continue;
    const changed = reading.changed[k]?.join(',') ?? '';
    console.log(
      `    ${after ? 'gained' : 'lost'} ${reading.status[k] ?? ''}${changed !== '' ? ` [${changed} changed]` : ''} ` +
        `${r.category}: stored ${stored[k] ?? 'none'}, source ${reading.predicted[k] ?? 'none'}  ${describe(r)}`,
    );
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
      : argv.includes('--by-source')
        ? (r) => r.source
        : (r) => r.format;
  const at = argv.indexOf('--from-source');
  const mirror = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && mirror === undefined) throw new Error('--from-source needs the snapshots directory');
  const formatArg = argv.find((a) => a.startsWith('--format='));
  const formats = new Set(formatArg?.slice('--format='.length).split(',').filter(Boolean) ?? []);
  const view: MistakeView = {
    show: argv.includes('--mistakes'),
    perFormat: argv.includes('--per-format'),
    formats,
  };
  const run = (splits: readonly Split[], mistakes: MistakeView): void => {
    if (mirror === undefined) report(splits, by, mistakes);
    else reportFromSource(splits, by, mirror, mistakes.show);
  };
  run(['train'], view);
  if (argv.includes('--train-only')) return;
  // The held-out splits: figures only, their mistakes are never printed.
  console.log('');
  run(['blind', 'blind2'], NO_MISTAKES);
  if (argv.includes('--validate')) return;
  console.log('');
  run(['blind3'], NO_MISTAKES);
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
