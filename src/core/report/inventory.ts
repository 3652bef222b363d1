/**
 * The PI inventory shared by the Markdown and CSV outputs: every finding of the scan, new or
 * baselined, grouped category → file → field. A first draft of a record of processing
 * activities, so baselined findings belong in it too.
 */
import type { LegalClass } from '../types.js';
import { compareClass, compareReportedFindings, type ReportedFinding } from './finding.js';
import type { ScanReport } from './scanReport.js';

/** One category of the inventory with its findings. */
export interface InventoryGroup {
  readonly category: string;
  /** The class of its first finding: one scan gives a category one class. */
  readonly class: LegalClass;
  readonly findings: readonly ReportedFinding[];
}

/**
 * Categories ordered by class (A first) then key; findings by file and line inside each. The
 * editor's inventory tree groups the same way, so both hosts list one inventory.
 */
export function groupByCategory(findings: Iterable<ReportedFinding>): InventoryGroup[] {
  const byCategory = new Map<string, ReportedFinding[]>();
  for (const f of findings) {
    const list = byCategory.get(f.category) ?? [];
    list.push(f);
    byCategory.set(f.category, list);
  }
  const groups: InventoryGroup[] = [];
  for (const [category, list] of byCategory) {
    list.sort(compareReportedFindings);
    // Never empty: a category is only here because a finding named it.
    const cls = list[0]?.class ?? 'C';
    groups.push({ category, class: cls, findings: list });
  }
  return groups.sort((a, b) => compareClass(a.class, b.class) || compareText(a.category, b.category));
}

/** Every finding of the scan, new or baselined, by category. */
export function inventoryGroups(report: ScanReport): InventoryGroup[] {
  return groupByCategory([...report.findings, ...report.baselined]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `token: id, card; comment: 身份证号` — what matched, never a data value. */
export function evidenceSummary(f: ReportedFinding): string {
  return f.evidence.map((e) => `${e.kind}: ${e.matched}`).join('; ');
}
