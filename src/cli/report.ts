/**
 * The CLI's view of a scan: findings with 1-based positions, cwd-relative paths and
 * fingerprints, in a stable order, plus what the output formats summarise.
 */
import type { Confidence, Evidence, FieldRole, ThresholdClass } from '../core/types.js';
import type { BaselineEntry } from '../core/review/baseline.js';

/** One finding as every output format sees it. Columns are UTF-16, end column exclusive. */
export interface CliFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly field: string;
  readonly owner?: string;
  readonly category: string;
  readonly class: ThresholdClass;
  readonly confidence: Confidence;
  readonly evidence: readonly Evidence[];
  readonly role: FieldRole;
  readonly fingerprint: string;
  readonly minor?: boolean;
  readonly deidentified?: boolean;
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: 'binary' | 'too-large' | 'unreadable';
  readonly detail?: string;
}

export interface ScanReport {
  /** Reported findings: not baselined and, with `--since`, on changed lines. */
  readonly findings: readonly CliFinding[];
  /** Findings covered by the baseline (listed in inventories, not reported as new). */
  readonly baselined: readonly CliFinding[];
  /** Baseline entries that matched nothing. */
  readonly stale: readonly BaselineEntry[];
  readonly filesScanned: number;
  readonly skipped: readonly SkippedFile[];
  readonly parseErrors: readonly { readonly file: string; readonly error: string }[];
  readonly suppressed: number;
  /** The baseline used, relative to the cwd. */
  readonly baselineFile?: string;
  /** The ref of `--since`. */
  readonly since?: string;
}

const CLASS_ORDER: Record<ThresholdClass, number> = { A: 0, B: 1, C: 2 };

/** File, then position, then category: the order of every output. */
export function compareFindings(a: CliFinding, b: CliFinding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.category === b.category ? 0 : a.category < b.category ? -1 : 1) ||
    (a.field === b.field ? 0 : a.field < b.field ? -1 : 1)
  );
}

/** Sorted by class A → C, for summaries. */
export function compareClass(a: ThresholdClass, b: ThresholdClass): number {
  return CLASS_ORDER[a] - CLASS_ORDER[b];
}

export function countByClass(findings: readonly CliFinding[]): Record<ThresholdClass, number> {
  const counts: Record<ThresholdClass, number> = { A: 0, B: 0, C: 0 };
  for (const f of findings) counts[f.class] += 1;
  return counts;
}

export function countByCategory(findings: readonly CliFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of [...findings].sort((a, b) =>
    a.category < b.category ? -1 : a.category > b.category ? 1 : 0,
  )) {
    counts[f.category] = (counts[f.category] ?? 0) + 1;
  }
  return counts;
}

/** `--fail-on`: whether a finding's class is at or above the threshold class (A is highest). */
export function atOrAbove(cls: ThresholdClass, failOn: ThresholdClass | 'none'): boolean {
  return failOn !== 'none' && CLASS_ORDER[cls] <= CLASS_ORDER[failOn];
}

/** The summary object shared by JSON output and tests. */
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
    skipped: report.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    parseErrors: report.parseErrors.length,
    ...(report.since !== undefined ? { since: report.since } : {}),
    ...(report.baselineFile !== undefined ? { baseline: report.baselineFile } : {}),
  };
}
