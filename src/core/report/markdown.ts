/**
 * Markdown for a pull-request comment: a short summary (counts by class with the criminal
 * thresholds, the new fields and their categories, stale baseline entries), then the PI
 * inventory folded in a `<details>` block. Field names, owners and matched words only:
 * never a data value.
 */
import type { LegalClass } from '../types.js';
import { categoryTitle } from '../law/labels.js';
import type { ReportedFinding } from './finding.js';
import { thresholdText } from './lawText.js';
import { countByClass, type ScanReport } from './scanReport.js';
import { evidenceSummary, inventoryGroups } from './inventory.js';

/** New fields listed in full; a comment has to stay readable. */
const MAX_NEW_ROWS = 50;
const CLASSES: readonly LegalClass[] = ['A', 'B', 'C'];

/** Escapes text for a table cell: it comes from scanned code and must not become markup. */
export function mdCell(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .replace(/\r?\n/g, ' ');
}

/**
 * A code span for a table cell: backslash escapes do not work inside code spans, but GFM
 * tables still honour `\|`; backticks cannot be escaped, so they become quotes.
 */
export function mdCode(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\``;
}

function fieldCell(f: ReportedFinding): string {
  return mdCode(f.owner ? `${f.owner}.${f.field}` : f.field);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summaryLines(report: ScanReport): string[] {
  const counts = countByClass(report.findings);
  const files = new Set(report.findings.map((f) => f.file)).size;
  const what = report.baselineFile ? ['new PI field', 'new PI fields'] : ['PI field', 'PI fields'];
  const head = [
    `**${plural(report.findings.length, what[0] ?? '', what[1] ?? '')}** in ${plural(files, 'file', 'files')}`,
  ];
  if (report.since !== undefined) head.push(`on lines changed since ${mdCode(report.since)}`);
  const tail: string[] = [`${report.filesScanned} files scanned`];
  if (report.baselined.length > 0) tail.push(`${report.baselined.length} baselined`);
  if (report.stale.length > 0)
    tail.push(plural(report.stale.length, 'stale baseline entry', 'stale baseline entries'));
  const lines = [
    '## PI Lens: personal-information fields',
    '',
    `${head.join(' ')} · ${tail.join(' · ')}`,
    '',
  ];
  lines.push(
    '| class | criminal threshold (serious / especially serious, 法释〔2017〕10号 Art. 5) | fields |',
    '|---|---|---:|',
  );
  for (const c of CLASSES) lines.push(`| ${c} | ${thresholdText(c)} | ${counts[c]} |`);
  return lines;
}

function newFieldLines(report: ScanReport): string[] {
  if (report.findings.length === 0) return [];
  const title = report.baselineFile ? 'New fields' : 'Fields';
  const lines = [
    '',
    `### ${title}`,
    '',
    '| field | category | class | threshold | where | confidence |',
    '|---|---|---|---|---|---|',
  ];
  for (const f of report.findings.slice(0, MAX_NEW_ROWS)) {
    lines.push(
      `| ${fieldCell(f)} | ${mdCell(categoryTitle(f.category))} (${mdCode(f.category)}) | ${f.class} | ${thresholdText(f.class)} | ${mdCell(f.file)}:${f.line} | ${f.confidence} |`,
    );
  }
  if (report.findings.length > MAX_NEW_ROWS)
    lines.push('', `…and ${report.findings.length - MAX_NEW_ROWS} more (see the inventory below).`);
  return lines;
}

function staleLines(report: ScanReport): string[] {
  if (report.stale.length === 0) return [];
  const lines = [
    '',
    '### Stale baseline entries',
    '',
    'No longer found; run `pilens baseline` to drop them.',
    '',
  ];
  for (const e of report.stale)
    lines.push(
      `- ${mdCell(e.file)}:${e.line} ${mdCode(e.owner ? `${e.owner}.${e.field}` : e.field)} (${mdCell(e.category)})`,
    );
  return lines;
}

function inventoryLines(report: ScanReport): string[] {
  const groups = inventoryGroups(report);
  if (groups.length === 0) return [];
  const total = groups.reduce((n, g) => n + g.findings.length, 0);
  const lines = [
    '',
    '<details>',
    `<summary>PI inventory: ${plural(total, 'field', 'fields')} in ${plural(groups.length, 'category', 'categories')} (a first draft of a record of processing activities)</summary>`,
    '',
  ];
  for (const g of groups) {
    lines.push(
      `#### ${mdCell(categoryTitle(g.category))} · ${mdCode(g.category)} · class ${g.class} (${thresholdText(g.class)})`,
      '',
    );
    lines.push('| file | line | owner | field | class | evidence |', '|---|---:|---|---|---|---|');
    for (const f of g.findings) {
      lines.push(
        `| ${mdCell(f.file)} | ${f.line} | ${mdCell(f.owner ?? '')} | ${mdCode(f.field)} | ${f.class} | ${mdCell(evidenceSummary(f))} |`,
      );
    }
    lines.push('');
  }
  lines.push('</details>');
  return lines;
}

/** The whole pull-request comment for `report`. */
export function formatMarkdown(report: ScanReport): string {
  return `${[...summaryLines(report), ...newFieldLines(report), ...staleLines(report), ...inventoryLines(report)].join('\n')}\n`;
}
