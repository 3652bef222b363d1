/**
 * The PI inventory shared by the Markdown and CSV outputs: every finding of the scan, new or
 * baselined, grouped category → file → field. A first draft of a record of processing
 * activities, so baselined findings belong in it too.
 */
import { categoryLabel } from '../lawText.js';
import { compareClass, compareFindings, type CliFinding, type ScanReport } from '../report.js';

export interface InventoryGroup {
  readonly category: string;
  readonly findings: readonly CliFinding[];
}

/** Categories ordered by class (A first) then key; findings by file and line inside each. */
export function inventoryGroups(report: ScanReport): InventoryGroup[] {
  const byCategory = new Map<string, CliFinding[]>();
  for (const f of [...report.findings, ...report.baselined]) {
    const list = byCategory.get(f.category) ?? [];
    list.push(f);
    byCategory.set(f.category, list);
  }
  const groups = [...byCategory.entries()].map(([category, findings]) => ({
    category,
    findings: findings.sort(compareFindings),
  }));
  return groups.sort((a, b) => {
    const ca = a.findings[0]?.class ?? categoryLabel(a.category).class ?? 'C';
    const cb = b.findings[0]?.class ?? categoryLabel(b.category).class ?? 'C';
    return compareClass(ca, cb) || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0);
  });
}

/** `token: id, card; comment: 身份证号` — what matched, never a data value. */
export function evidenceSummary(f: CliFinding): string {
  return f.evidence.map((e) => `${e.kind}: ${e.matched}`).join('; ');
}
