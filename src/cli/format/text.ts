/** Linter-style text output: one `file:line:col` line per finding, then stale entries and a summary. */
import { categoryTitle } from '../../core/law/labels.js';
import type { ReportedFinding } from '../../core/report/finding.js';
import { countByClass, type ScanReport } from '../../core/report/scanReport.js';

/** "why was this flagged?": the evidence details, most decisive first as the core ordered them. */
export function whyText(f: ReportedFinding): string {
  const details = f.evidence.map((e) => e.detail || `${e.kind} "${e.matched}"`);
  return details.length > 0 ? details.join('; ') : 'no evidence recorded';
}

function qualifiedField(f: ReportedFinding): string {
  return f.owner ? `${f.owner}.${f.field}` : f.field;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function findingLine(f: ReportedFinding): string {
  const flags = [
    f.role === 'usage' ? 'usage' : '',
    f.minor ? 'minor<14' : '',
    f.deidentified ? 'de-identified' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    `${f.file}:${f.line}:${f.column}  class ${f.class}  ${categoryTitle(f.category)} [${f.category}]  ` +
    `${qualifiedField(f)}  (${f.confidence}${flags ? `, ${flags}` : ''})  ${whyText(f)}`
  );
}

/** The whole text report. */
export function formatText(report: ScanReport): string {
  const lines = report.findings.map(findingLine);
  if (report.stale.length > 0) {
    if (lines.length > 0) lines.push('');
    for (const e of report.stale) {
      lines.push(
        `${e.file}:${e.line}  stale baseline entry  ${e.category}  ${e.owner ? `${e.owner}.` : ''}${e.field}  (no longer found)`,
      );
    }
  }
  const counts = countByClass(report.findings);
  const files = new Set(report.findings.map((f) => f.file)).size;
  const parts = [
    report.findings.length === 0
      ? `No ${report.baselineFile ? 'new ' : ''}personal-information fields in ${plural(report.filesScanned, 'file')}`
      : `${plural(report.findings.length, report.baselineFile ? 'new finding' : 'finding')} (A ${counts.A}, B ${counts.B}, C ${counts.C}) in ${files} of ${plural(report.filesScanned, 'file')}`,
  ];
  if (report.since !== undefined) parts.push(`changed since ${report.since}`);
  if (report.baselined.length > 0) parts.push(`${report.baselined.length} baselined`);
  if (report.stale.length > 0)
    parts.push(plural(report.stale.length, 'stale baseline entry').replace('entrys', 'entries'));
  if (report.suppressed > 0) parts.push(`${report.suppressed} suppressed by directives`);
  if (report.skipped.length > 0) {
    const unreadable = report.skipped.filter((s) => s.reason === 'unreadable').length;
    parts.push(`${report.skipped.length} skipped${unreadable > 0 ? ` (${unreadable} unreadable)` : ''}`);
  }
  if (report.parseErrors.length > 0) parts.push(`${report.parseErrors.length} read by the generic scanner`);
  if (lines.length > 0) lines.push('');
  lines.push(parts.join(' · '));
  return `${lines.join('\n')}\n`;
}
