/**
 * The JSON contract of `scan --format json`: `{ version: 1, findings: [...], summary: {...} }`
 * (pinned by test/unit/cli/formats.test.ts).
 */
import type { ReportedFinding } from '../../core/report/finding.js';
import { jsonFlow } from '../../core/report/flows.js';
import { summarize, type ScanReport } from '../../core/report/scanReport.js';

/** Exactly the contract's keys, in the contract's order; `owner` is null when unknown. */
export function jsonFinding(f: ReportedFinding): Record<string, unknown> {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    field: f.field,
    owner: f.owner ?? null,
    category: f.category,
    class: f.class,
    confidence: f.confidence,
    evidence: f.evidence.map((e) => ({ kind: e.kind, matched: e.matched, detail: e.detail })),
  };
}

export function formatJson(report: ScanReport): string {
  const flows = report.flows === undefined ? {} : { flows: report.flows.map(jsonFlow) };
  return `${JSON.stringify({ version: 1, findings: report.findings.map(jsonFinding), ...flows, summary: summarize(report) }, null, 2)}\n`;
}
