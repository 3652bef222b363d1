// The inventory's grouping (category → file → field), its counts by class, and its export
// through the renderers `pilens scan` uses.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatCsv } from '../../../src/core/report/csv.js';
import type { ReportedFinding } from '../../../src/core/report/finding.js';
import { formatMarkdown } from '../../../src/core/report/markdown.js';
import type { CategoryKey } from '../../../src/core/law/schema.js';
import type { LegalClass } from '../../../src/core/types.js';
import {
  classCountsText,
  countInventoryByClass,
  groupInventory,
  inventoryAsScanReport,
  type InventoryFile,
} from '../../../src/extension/inventory/inventoryModel.js';

function finding(
  file: string,
  line: number,
  field: string,
  category: CategoryKey,
  cls: LegalClass,
  owner?: string,
): ReportedFinding {
  return {
    file,
    line,
    column: 3,
    endLine: line,
    endColumn: 3 + field.length,
    field,
    ...(owner !== undefined ? { owner } : {}),
    category,
    class: cls,
    confidence: 'high',
    evidence: [{ kind: 'token', matched: field, detail: 'vocabulary word' }],
    role: 'declaration',
    fingerprint: `${file}:${line}`,
  };
}

const files: InventoryFile[] = [
  {
    uri: 'file:///w/users.sql',
    file: 'users.sql',
    findings: [
      finding('users.sql', 5, 'sfzh', 'id_number', 'C', 't_user'),
      finding('users.sql', 4, 'xm', 'name', 'C', 't_user'),
    ],
  },
  {
    uri: 'file:///w/a/trip.ts',
    file: 'a/trip.ts',
    findings: [
      finding('a/trip.ts', 2, 'gpsTrack', 'whereabouts', 'A', 'Trip'),
      finding('a/trip.ts', 9, 'idCard', 'id_number', 'C', 'Driver'),
    ],
  },
  { uri: 'file:///w/empty.ts', file: 'empty.ts', findings: [] },
  {
    uri: 'file:///w/clinic.prisma',
    file: 'clinic.prisma',
    findings: [finding('clinic.prisma', 7, 'diagnosis', 'health', 'B', 'Patient')],
  },
];

describe('groupInventory', () => {
  const groups = groupInventory(files);

  test('categories by class, A first, then by key', () => {
    assert.deepEqual(
      groups.map((g) => [g.class, g.category]),
      [
        ['A', 'whereabouts'],
        ['B', 'health'],
        ['C', 'id_number'],
        ['C', 'name'],
      ],
    );
  });

  test('files by path inside a category, fields by position inside a file', () => {
    const ids = groups.find((g) => g.category === 'id_number');
    assert.ok(ids);
    assert.deepEqual(
      ids.files.map((f) => f.file),
      ['a/trip.ts', 'users.sql'],
    );
    assert.equal(ids.fieldCount, 2);
    assert.deepEqual(
      ids.files[1]?.fields.map((f) => f.field),
      ['sfzh'],
    );
  });

  test('a file without findings appears nowhere', () => {
    assert.ok(!groups.some((g) => g.files.some((f) => f.file === 'empty.ts')));
  });

  test('counts by class and their summary line', () => {
    const counts = countInventoryByClass(groups);
    assert.deepEqual(counts, { A: 1, B: 1, C: 3 });
    assert.equal(classCountsText(counts), 'A 1 · B 1 · C 3');
  });

  test('an empty workspace gives an empty inventory', () => {
    assert.deepEqual(groupInventory([]), []);
    assert.deepEqual(countInventoryByClass([]), { A: 0, B: 0, C: 0 });
  });
});

describe('inventory export (the CLI renderers)', () => {
  const report = inventoryAsScanReport(files, 4);

  test('CSV: header, one row per field, category order', () => {
    const lines = formatCsv(report).trimEnd().split('\r\n');
    assert.equal(lines[0], 'category,category_name,class,file,line,owner,field,confidence,evidence');
    assert.equal(lines.length, 1 + 5);
    assert.ok(lines[1]?.startsWith('whereabouts,'), lines[1]);
    assert.ok(
      lines.some((l) => l.includes(',users.sql,5,t_user,sfzh,')),
      'sfzh row with file, line, owner and field',
    );
  });

  test('Markdown: the summary counts and the inventory with every field', () => {
    const md = formatMarkdown(report);
    assert.match(md, /\*\*5 PI fields\*\* in 3 files/);
    assert.match(md, /4 files scanned/);
    for (const field of ['sfzh', 'xm', 'gpsTrack', 'idCard', 'diagnosis'])
      assert.ok(md.includes(`\`${field}\``), field);
  });
});
