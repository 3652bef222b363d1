/**
 * The PI inventory as plain data: per-file findings (CLI shape, so the CLI's CSV and Markdown
 * renderers serve the export) grouped category → file → field. No `vscode` here, so the
 * grouping and the counts are unit-tested without an editor.
 */
import type { ThresholdClass } from '../../core/types.js';
import { categoryLabel } from '../../cli/lawText.js';
import { compareClass, compareFindings, type CliFinding, type ScanReport } from '../../cli/report.js';

/** The findings of one workspace file, with the URI the tree opens. */
export interface InventoryFile {
  /** `uri.toString()` of the file. */
  readonly uri: string;
  /** Workspace-relative path (prefixed by the folder name in multi-root workspaces). */
  readonly file: string;
  readonly findings: readonly CliFinding[];
}

export interface InventoryFileGroup {
  readonly uri: string;
  readonly file: string;
  readonly fields: readonly CliFinding[];
}

export interface InventoryCategory {
  readonly category: string;
  readonly class: ThresholdClass;
  readonly fieldCount: number;
  readonly files: readonly InventoryFileGroup[];
}

export type ClassCounts = Record<ThresholdClass, number>;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Categories by class (A first) then key; files by path; fields by position. */
export function groupInventory(files: Iterable<InventoryFile>): InventoryCategory[] {
  const byCategory = new Map<string, Map<string, { uri: string; file: string; fields: CliFinding[] }>>();
  for (const entry of files) {
    for (const finding of entry.findings) {
      const perFile =
        byCategory.get(finding.category) ??
        new Map<string, { uri: string; file: string; fields: CliFinding[] }>();
      byCategory.set(finding.category, perFile);
      const group = perFile.get(entry.uri) ?? { uri: entry.uri, file: entry.file, fields: [] };
      perFile.set(entry.uri, group);
      group.fields.push(finding);
    }
  }
  const categories: InventoryCategory[] = [];
  for (const [category, perFile] of byCategory) {
    const groups = [...perFile.values()].sort((a, b) => compareText(a.file, b.file));
    for (const g of groups) g.fields.sort(compareFindings);
    const first = groups[0]?.fields[0];
    const cls = first?.class ?? categoryLabel(category).class ?? 'C';
    categories.push({
      category,
      class: cls,
      fieldCount: groups.reduce((n, g) => n + g.fields.length, 0),
      files: groups,
    });
  }
  return categories.sort((a, b) => compareClass(a.class, b.class) || compareText(a.category, b.category));
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
 * The inventory as the CLI's scan report, so `formatCsv` / `formatMarkdown` render the export
 * exactly as `pilens scan --format csv|markdown` would.
 */
export function inventoryAsScanReport(files: Iterable<InventoryFile>, filesScanned: number): ScanReport {
  const findings: CliFinding[] = [];
  for (const entry of files) findings.push(...entry.findings);
  findings.sort(compareFindings);
  return { findings, baselined: [], stale: [], filesScanned, skipped: [], parseErrors: [], suppressed: 0 };
}
