/**
 * The PI inventory as plain data: per-file reported findings (the shape the CLI reports, so the
 * shared CSV and Markdown renderers of src/core/report serve the export) grouped category → file → field. No `vscode` here, so the
 * grouping and the counts are unit-tested without an editor.
 */
import { compareReportedFindings, type ReportedFinding } from '../../core/report/finding.js';
import type { ReportedFlow } from '../../core/report/flows.js';
import { groupByCategory } from '../../core/report/inventory.js';
import type { ScanReport } from '../../core/report/scanReport.js';
import type { LegalClass } from '../../core/types.js';

/** The findings of one workspace file, with the URI the tree opens. */
export interface InventoryFile {
  /** `uri.toString()` of the file. */
  readonly uri: string;
  /** Workspace-relative path (prefixed by the folder name in multi-root workspaces). */
  readonly file: string;
  readonly findings: readonly ReportedFinding[];
  /** Where its personal information goes (the data map); none when flows are off. */
  readonly flows?: readonly ReportedFlow[];
}

export interface InventoryFileGroup {
  readonly uri: string;
  readonly file: string;
  readonly fields: readonly ReportedFinding[];
}

export interface InventoryCategory {
  readonly category: string;
  readonly class: LegalClass;
  readonly fieldCount: number;
  readonly files: readonly InventoryFileGroup[];
}

export type ClassCounts = Record<LegalClass, number>;

/** Categories by class (A first) then key; files by path; fields by position (as the CLI's inventory). */
export function groupInventory(files: Iterable<InventoryFile>): InventoryCategory[] {
  const uriOf = new Map<ReportedFinding, string>();
  for (const entry of files) for (const finding of entry.findings) uriOf.set(finding, entry.uri);
  return groupByCategory(uriOf.keys()).map((group) => ({
    category: group.category,
    class: group.class,
    fieldCount: group.findings.length,
    files: byFile(group.findings, uriOf),
  }));
}

/** Consecutive runs of one file: the findings arrive sorted by file, then position. */
function byFile(
  findings: readonly ReportedFinding[],
  uriOf: ReadonlyMap<ReportedFinding, string>,
): InventoryFileGroup[] {
  const groups: { uri: string; file: string; fields: ReportedFinding[] }[] = [];
  for (const finding of findings) {
    const uri = uriOf.get(finding) ?? finding.file;
    const last = groups[groups.length - 1];
    if (last?.uri === uri) last.fields.push(finding);
    else groups.push({ uri, file: finding.file, fields: [finding] });
  }
  return groups;
}

/** Fields per class over the whole inventory. */
export function countInventoryByClass(categories: readonly InventoryCategory[]): ClassCounts {
  const counts: ClassCounts = { A: 0, B: 0, C: 0 };
  for (const c of categories) counts[c.class] += c.fieldCount;
  return counts;
}

/** `A 2 · B 0 · C 7`: the tree's summary line. */
export function classCountsText(counts: ClassCounts): string {
  return `A ${counts.A} · B ${counts.B} · C ${counts.C}`;
}

/**
 * The inventory as a scan report, so `formatCsv` / `formatMarkdown` render the export
 * exactly as `pilens scan --format csv|markdown` would.
 */
export function inventoryAsScanReport(files: Iterable<InventoryFile>, filesScanned: number): ScanReport {
  const findings: ReportedFinding[] = [];
  // One push per finding: spreading a file's findings into `push` overflows the stack.
  for (const entry of files) for (const f of entry.findings) findings.push(f);
  findings.sort(compareReportedFindings);
  return { findings, baselined: [], stale: [], filesScanned, skipped: [], parseErrors: [], suppressed: 0 };
}
