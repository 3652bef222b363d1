/**
 * Inventory rows as CI issues: every declared PI field is listed (an inventory is the list),
 * ranked by what it asks of people: a field needing review (a sector pack) high, sensitive PI
 * medium, other PI low.
 */
import type { Inventory, InventoryRow } from '../inventoryRows.js';
import { gradeName } from '../inventoryText.js';
import type { CiIssue, CiReport, CiSeverity } from './ciIssue.js';
import { ruleName } from './ciFromScan.js';

function severity(row: InventoryRow): CiSeverity {
  if (row.grade.review !== undefined) return 'high';
  return row.grade.id === 'general_sensitive' ? 'medium' : 'low';
}

function issue(row: InventoryRow): CiIssue {
  const field = row.owner !== null ? `${row.owner}.${row.field}` : row.field;
  const review = row.grade.review !== undefined ? ` Needs review: ${row.grade.review.en}` : '';
  return {
    ruleId: row.category.key,
    ruleName: ruleName(row.category.key, row.class),
    message: `${field}: ${row.category.en} (${row.category.zh}), class ${row.class}; grade: ${gradeName(row.grade.id, 'en')}.${review}`,
    severity: severity(row),
    file: row.file,
    line: row.line,
    fingerprint: `${row.file}:${row.owner ?? ''}.${row.field}:${row.category.key}`,
  };
}

export function inventoryToCi(inventory: Inventory): CiReport {
  return {
    command: 'inventory',
    issues: inventory.rows.map(issue),
    passes:
      inventory.rows.length === 0
        ? [{ name: 'no personal-information field declared', group: 'pilens inventory' }]
        : [],
    incomplete: false,
    notes: [
      'A first draft of the PI inventory (field names only, never data values); not legal advice.',
      'Grade: general data only (GB/T 43697-2024 not read by pilens); important or core data never assigned.',
    ],
  };
}
