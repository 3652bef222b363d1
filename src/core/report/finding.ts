/**
 * A finding placed in a file, as every report sees it (the CLI's outputs, the editor's inventory
 * and baseline matching): 1-based positions as the JSON contract counts, a path as the report
 * names it, and a fingerprint, in one stable order.
 */
import type { CategoryKey } from '../law/schema.js';
import type { Confidence, Evidence, FieldRole, LegalClass } from '../types.js';

/** One finding in a report. Lines and columns are 1-based UTF-16; the end column is exclusive. */
export interface ReportedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly field: string;
  readonly owner?: string;
  readonly category: CategoryKey;
  readonly class: LegalClass;
  readonly confidence: Confidence;
  readonly evidence: readonly Evidence[];
  readonly role: FieldRole;
  readonly fingerprint: string;
  readonly minor?: boolean;
  readonly deidentified?: boolean;
}

const CLASS_ORDER: Record<LegalClass, number> = { A: 0, B: 1, C: 2 };

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** File, then position, then category, then field: the order of every report. */
export function compareReportedFindings(a: ReportedFinding, b: ReportedFinding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.category, b.category) ||
    compareText(a.field, b.field)
  );
}

/** Class A before B before C, for summaries and inventories. */
export function compareClass(a: LegalClass, b: LegalClass): number {
  return CLASS_ORDER[a] - CLASS_ORDER[b];
}

/** Whether `cls` is at or above `threshold` (A is the highest); never for `'none'`. */
export function atOrAbove(cls: LegalClass, threshold: LegalClass | 'none'): boolean {
  return threshold !== 'none' && CLASS_ORDER[cls] <= CLASS_ORDER[threshold];
}
