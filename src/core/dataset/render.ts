/**
 * Text and Markdown renderings of the estimate report. Dataset-derived text (column names,
 * file names) is escaped for Markdown; values never appear, only masked examples.
 */
import { classThresholds } from '../law/thresholds.js';
import { formatCount } from '../law/format.js';
import { NINGBO_SUMMARY } from '../law/ningbo.js';
import type { LegalClass } from '../law/schema.js';
import { ratioLine, tierHeadline } from '../law/tierLine.js';
import { conditionLine } from '../law/wording.js';
import { reportErrors, type EstimateReport } from './report.js';

const CLASSES: readonly LegalClass[] = ['A', 'B', 'C'];

const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)} %`);

function lines(report: EstimateReport): {
  head: string[];
  classes: string[];
  columns: string[][];
  /** Per PI column, the table (or file) it belongs to. */
  tables: string[];
  duties: string[];
  related: string[];
  caveats: string[];
  errors: string[];
} {
  const a = report.assessment;
  const head = [
    tierHeadline(a, a.conduct, 'en'),
    ratioLine(a, a.conduct, 'en'),
    `Records: ${formatCount(report.records)} read, ${formatCount(report.counts.distinctRecordsWithPi)} distinct with PI, ` +
      `${formatCount(report.counts.duplicates)} duplicates removed, ${formatCount(report.counts.withoutPi)} without anything identifying, ` +
      `${formatCount(report.counts.malformed)} malformed`,
    `Persons: ${formatCount(report.persons)}${report.counts.personsKeyed ? '' : ' (upper bound: no ID number or phone column to key persons)'}`,
  ];
  const classes = CLASSES.map((cls) => {
    const t = classThresholds(cls, a.insiderApplied);
    const d = a.distances[cls];
    const to =
      d.toSerious === null
        ? 'not counted for this conduct'
        : d.toSerious > 0
          ? `${formatCount(d.toSerious)} more to serious`
          : d.toEspeciallySerious !== null && d.toEspeciallySerious > 0
            ? `${formatCount(d.toEspeciallySerious)} more to especially serious`
            : 'especially serious reached';
    return `class ${cls}: ${formatCount(report.pieces[cls])} pieces (serious ≥ ${formatCount(t.serious)}, especially serious ≥ ${formatCount(t.especiallySerious)}; ${to})`;
  });
  const piParts = report.parts.filter((p) => p.columns.some((c) => c.category !== null));
  const tables = piParts.flatMap((p) =>
    p.columns.filter((c) => c.category !== null).map(() => tableLabel(p.file)),
  );
  const columns = piParts.flatMap((p) =>
    p.columns
      .filter((c) => c.category !== null)
      .map((c) => [
        c.name,
        c.category ?? '',
        c.legalClass ?? '—',
        c.source,
        pct(c.share),
        c.examples.join(', '),
        c.evidence.join('; '),
      ]),
  );
  const duties = report.duties.map((d) => `${d.en} [${d.basis}]`);
  const related = report.relatedOffences.map(
    (r) =>
      `${formatCount(r.records)} record${r.records === 1 ? '' : 's'} with card data sufficient to transact, counted apart from the pieces: ${r.en} [${r.basis}]`,
  );
  const caveats = [
    ...a.reasons.map((r) => `${r.en} [${r.basis}]`),
    ...a.inferences.map((n) => `Inference: ${n.en}`),
    ...a.caveats.map((n) => n.en),
  ];
  // Unread files first: every count above is then a lower bound.
  const errors = reportErrors(report).map((e) => `Not fully read: ${e.file}: ${e.reason}`);
  if (errors.length > 0)
    errors.unshift('Incomplete: the counts below leave out what these files hold beyond what was read.');
  return { head, classes, columns, tables, duties, related, caveats, errors };
}

/** A part's short name: the table of a dump (`file#table`), else the file's base name. */
function tableLabel(file: string): string {
  const hash = file.lastIndexOf('#');
  if (hash >= 0) return file.slice(hash + 1);
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/** Control characters out: a column name must not drive the terminal. */
const clean = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

/** Plain text for the terminal. */
export function renderText(report: EstimateReport): string {
  const l = lines(report);
  const out = [
    'pilens estimate',
    ...l.head,
    ...l.errors,
    '',
    'Pieces by class:',
    ...l.classes.map((s) => `  ${s}`),
    `  ${conditionLine('en')}`,
    '',
  ];
  if (l.related.length > 0) out.push('Related offences:', ...l.related.map((s) => `  - ${s}`), '');
  const cats = Object.entries(report.byCategory);
  if (cats.length > 0) out.push('By category:', ...cats.map(([k, n]) => `  ${k}: ${formatCount(n)}`), '');
  if (l.columns.length > 0) {
    out.push('PI columns:');
    // Several tables or files: each column under the table it belongs to (the same name recurs).
    const grouped = new Set(l.tables).size > 1;
    let current: string | undefined;
    for (const [k, [name, cat, cls, source, share, ex]] of l.columns.entries()) {
      const t = l.tables[k] ?? '';
      if (grouped && t !== current) out.push(`  ${t}:`);
      current = t;
      out.push(
        `${grouped ? '    ' : '  '}${name ?? ''} → ${cat ?? ''} (class ${cls ?? ''}, ${source ?? ''}, ${share ?? ''})${ex ? ` e.g. ${ex}` : ''}`,
      );
    }
    out.push('');
  }
  for (const p of report.parts) for (const n of p.notes) out.push(`Note (${p.file}): ${n}`);
  out.push(
    'Duties:',
    ...l.duties.map((s) => `  - ${s}`),
    '',
    'Why and caveats:',
    ...l.caveats.map((s) => `  - ${s}`),
  );
  return out.map(clean).join('\n') + '\n';
}

/** Escapes Markdown and HTML-significant characters in dataset-derived text. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

/** Markdown for export and for the CLI's `--format markdown`. */
export function renderMarkdown(report: EstimateReport): string {
  const l = lines(report);
  const out = [
    '# PI dataset risk estimate',
    '',
    ...l.head.map((s) => `- ${s}`),
    ...l.errors.map((s) => `- ${escapeMarkdown(s)}`),
    '',
    '## Pieces by class',
    '',
    ...l.classes.map((s) => `- ${s}`),
    '',
    `_${conditionLine('en')}_`,
    '',
  ];
  if (l.related.length > 0) out.push('## Related offences', '', ...l.related.map((s) => `- ${s}`), '');
  const cats = Object.entries(report.byCategory);
  if (cats.length > 0)
    out.push(
      '## By category',
      '',
      '| category | pieces |',
      '|---|---:|',
      ...cats.map(([k, n]) => `| ${k} | ${formatCount(n)} |`),
      '',
    );
  if (l.columns.length > 0) {
    const grouped = new Set(l.tables).size > 1;
    out.push(
      '## Columns',
      '',
      `| ${grouped ? 'table | ' : ''}column | category | class | source | share | example (masked) | evidence |`,
      `|${grouped ? '---|' : ''}---|---|---|---|---:|---|---|`,
    );
    for (const [k, row] of l.columns.entries())
      out.push(
        `| ${(grouped ? [l.tables[k] ?? '', ...row] : row).map((c) => escapeMarkdown(c)).join(' | ')} |`,
      );
    out.push('');
  }
  out.push(
    '## Duties',
    '',
    ...l.duties.map((s) => `- ${s}`),
    '',
    '## Why, and caveats',
    '',
    ...l.caveats.map((s) => `- ${s}`),
    '',
    `_${NINGBO_SUMMARY.en}_`,
    '',
  );
  return out.join('\n');
}
