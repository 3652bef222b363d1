/**
 * The report of a scan over many files, as the output formats summarise it: reported findings,
 * baselined ones, stale baseline entries and what was skipped.
 */
import type { BaselineEntry } from '../review/baseline.js';
import type { LegalClass } from '../types.js';
import type { ReportedFinding } from './finding.js';
import type { ReportedFlow } from './flows.js';

/** A file read but not scanned, and why. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: 'binary' | 'too-large' | 'unreadable';
  readonly detail?: string;
}

/** Everything the output formats render. Paths are as the report names them. */
export interface ScanReport {
  /** Reported findings: not baselined and, with `--since`, on changed lines. */
  readonly findings: readonly ReportedFinding[];
  /** Findings covered by the baseline (listed in inventories, not reported as new). */
  readonly baselined: readonly ReportedFinding[];
  /** Baseline entries that matched nothing. */
  readonly stale: readonly BaselineEntry[];
  readonly filesScanned: number;
  readonly skipped: readonly SkippedFile[];
  readonly parseErrors: readonly { readonly file: string; readonly error: string }[];
  readonly suppressed: number;
  /** The baseline used, relative to the report's root. */
  readonly baselineFile?: string;
  /** The ref of `--since`. */
  readonly since?: string;
  /** Where personal information goes (`--flows`); absent when not analysed. */
  readonly flows?: readonly ReportedFlow[];
}

/** Findings per class. */
export function countByClass(findings: readonly ReportedFinding[]): Record<LegalClass, number> {
  const counts: Record<LegalClass, number> = { A: 0, B: 0, C: 0 };
  for (const f of findings) counts[f.class] += 1;
  return counts;
}

/** Findings per category, keys in sorted order. */
export function countByCategory(findings: readonly ReportedFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of [...findings].sort((a, b) =>
    a.category < b.category ? -1 : a.category > b.category ? 1 : 0,
  )) {
    counts[f.category] = (counts[f.category] ?? 0) + 1;
  }
  return counts;
}

/** The summary object of `scan --format json` (pinned by test/unit/cli/formats.test.ts). */
export function summarize(report: ScanReport): Record<string, unknown> {
  return {
    files: report.filesScanned,
    findings: report.findings.length,
    byClass: countByClass(report.findings),
    byCategory: countByCategory(report.findings),
    suppressed: report.suppressed,
    baselined: report.baselined.length,
    stale: report.stale.map((e) => ({
      file: e.file,
      line: e.line,
      category: e.category,
      field: e.field,
      fingerprint: e.fingerprint,
    })),
    skipped: report.skipped.map((s) => ({
      file: s.file,
      reason: s.reason,
      ...(s.detail !== undefined ? { detail: s.detail } : {}),
    })),
    parseErrors: report.parseErrors.length,
    ...(report.flows !== undefined ? { flows: report.flows.length } : {}),
    ...(report.since !== undefined ? { since: report.since } : {}),
    ...(report.baselineFile !== undefined ? { baseline: report.baselineFile } : {}),
  };
}
