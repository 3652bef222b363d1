/**
 * The PI inventory as rows (数据分类分级清单, a first draft): one row per declared PI field, with
 * its category, threshold class, PIPL sensitivity and grade, and the evidence that flagged it.
 * Field names, owners and matched words only: never a data value. Every output of
 * `pilens inventory` and the editor's export renders these rows.
 */
import type { ContestedReading } from '../law/schema.js';
import type { SectorPack } from '../law/sectors/schema.js';
import { categoryLabel } from '../law/labels.js';
import type { Bilingual, LegalClass, LegalConfidence } from '../law/schema.js';
import type { Confidence, EvidenceKind } from '../types.js';
import { compareClass, compareReportedFindings, type ReportedFinding } from './finding.js';
import {
  GRADES,
  gradeOf,
  sensitivityOf,
  type GradeCell,
  type GradeId,
  type SectorCell,
  type SensitivityCell,
} from './inventoryGrade.js';

export interface InventoryRow {
  readonly file: string;
  readonly line: number;
  readonly owner: string | null;
  readonly field: string;
  readonly category: { readonly key: string } & Bilingual;
  readonly class: LegalClass;
  readonly sensitivity: SensitivityCell;
  readonly grade: GradeCell;
  readonly confidence: Confidence;
  /** What matched, by kind (a name token, a comment word): never a data value. */
  readonly evidence: readonly { readonly kind: EvidenceKind; readonly matched: string }[];
  readonly deidentified: boolean;
}

/** What lifts rows to "needs review": one reason for all rows, or per category (a sector pack). */
export interface ReviewRule {
  readonly reason: Bilingual;
  readonly confidence: LegalConfidence;
  /** Categories the reason applies to; absent: every row. */
  readonly categories?: readonly string[];
}

export interface InventoryOptions {
  readonly reading?: ContestedReading;
  readonly review?: readonly ReviewRule[];
  /** The `.pilens.json` sector: its class joins the grade and its categories need review. */
  readonly sector?: SectorPack;
}

export interface InventorySummary {
  readonly fields: number;
  readonly files: number;
  readonly byCategory: readonly {
    readonly key: string;
    readonly class: LegalClass;
    readonly count: number;
  }[];
  readonly byClass: Readonly<Record<LegalClass, number>>;
  readonly byGrade: Readonly<Record<GradeId, number>>;
  readonly needsReview: number;
}

export interface Inventory {
  readonly rows: readonly InventoryRow[];
  readonly summary: InventorySummary;
}

function reviewOf(category: string, rules: readonly ReviewRule[]): ReviewRule | undefined {
  return rules.find((r) => r.categories === undefined || r.categories.includes(category));
}

function sectorOf(category: string, pack: SectorPack | undefined): SectorCell | undefined {
  const mapping = pack?.mappings.find((m) => (m.categories as readonly string[]).includes(category));
  if (pack === undefined || mapping === undefined) return undefined;
  return {
    sector: pack.name,
    ...(mapping.sectorClass !== undefined ? { sectorClass: mapping.sectorClass } : {}),
    text: mapping.text,
    source: mapping.source,
    confidence: mapping.confidence,
  };
}

/** The review rules in force: the caller's, then the sector pack's for its mapped categories. */
function reviewRules(options: InventoryOptions): ReviewRule[] {
  const pack = options.sector;
  const own = options.review ?? [];
  if (pack === undefined) return [...own];
  const categories = pack.mappings.flatMap((m) => m.categories);
  return [...own, { reason: pack.review, confidence: 'memory', categories }];
}

/** One row for a declared field; usages (`user.idCard`) are where PI goes, not what is held. */
export function inventoryRow(f: ReportedFinding, options: InventoryOptions = {}): InventoryRow {
  const label = categoryLabel(f.category);
  const sensitivity = sensitivityOf(f);
  const grade = gradeOf(sensitivity, options.reading);
  const review = reviewOf(f.category, reviewRules(options));
  const sector = sectorOf(f.category, options.sector);
  return {
    file: f.file,
    line: f.line,
    owner: f.owner ?? null,
    field: f.field,
    category: { key: f.category, en: label.en, zh: label.zh },
    class: f.class,
    sensitivity,
    grade: {
      ...grade,
      ...(sector !== undefined ? { sector } : {}),
      ...(review !== undefined ? { review: review.reason } : {}),
    },
    confidence: f.confidence,
    evidence: f.evidence.map((e) => ({ kind: e.kind, matched: e.matched })),
    deidentified: f.deidentified === true,
  };
}

/** The inventory of `findings`: declarations only, in the order of every report (file, position). */
export function buildInventory(
  findings: Iterable<ReportedFinding>,
  options: InventoryOptions = {},
): Inventory {
  const declared = [...findings].filter((f) => f.role === 'declaration').sort(compareReportedFindings);
  const rows = declared.map((f) => inventoryRow(f, options));
  return { rows, summary: summarizeInventory(rows) };
}

/** Counts per category (class A first, then key), class and grade. */
export function summarizeInventory(rows: readonly InventoryRow[]): InventorySummary {
  const categories = new Map<string, { key: string; class: LegalClass; count: number }>();
  const byClass: Record<LegalClass, number> = { A: 0, B: 0, C: 0 };
  const byGrade = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<GradeId, number>;
  let needsReview = 0;
  for (const row of rows) {
    const entry = categories.get(row.category.key) ?? { key: row.category.key, class: row.class, count: 0 };
    entry.count += 1;
    categories.set(row.category.key, entry);
    byClass[row.class] += 1;
    byGrade[row.grade.id] += 1;
    if (row.grade.review !== undefined) needsReview += 1;
  }
  const byCategory = [...categories.values()].sort(
    (a, b) => compareClass(a.class, b.class) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return {
    fields: rows.length,
    files: new Set(rows.map((r) => r.file)).size,
    byCategory,
    byClass,
    byGrade,
    needsReview,
  };
}
