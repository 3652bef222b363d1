/** The PI inventory as CSV (RFC 4180), one row per field, for spreadsheets and records of processing. */
import { categoryTitle } from '../law/labels.js';
import type { ScanReport } from './scanReport.js';
import { evidenceSummary, inventoryGroups } from './inventory.js';

const HEADER = [
  'category',
  'category_name',
  'class',
  'file',
  'line',
  'owner',
  'field',
  'confidence',
  'evidence',
];

/**
 * Quotes when needed, and defuses cells a spreadsheet would run as a formula (a field or
 * comment starting with `=`, `+`, `-`, `@` comes from the scanned code, so it is untrusted).
 */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The inventory of `report` (new and baselined findings) as CSV with CRLF line ends. */
export function formatCsv(report: ScanReport): string {
  const rows = [HEADER];
  for (const group of inventoryGroups(report)) {
    for (const f of group.findings) {
      rows.push([
        f.category,
        categoryTitle(f.category),
        f.class,
        f.file,
        String(f.line),
        f.owner ?? '',
        f.field,
        f.confidence,
        evidenceSummary(f),
      ]);
    }
  }
  return `${rows.map((r) => r.map((c, i) => (i === 4 ? c : csvCell(c))).join(',')).join('\r\n')}\r\n`;
}
