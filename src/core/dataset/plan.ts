/**
 * The counting plan: which columns carry which category and class, and which column keys a
 * person. Plain data, so it crosses to worker threads with structured clone.
 */
import type { CategoryKey, LegalClass } from '../law/schema.js';

export interface PlannedColumn {
  /** Column index in the record. */
  readonly index: number;
  readonly category: CategoryKey;
  /** The class this column's pieces count under; null for a flag (counts as its content). */
  readonly legalClass: LegalClass | null;
  /**
   * Whether a value in this column can single out a person (a name, an ID, a phone, an
   * account…). A record whose only PI is in non-identifying columns (gender, an order amount)
   * identifies nobody and is not counted. Absent means identifying.
   */
  readonly identifying?: boolean;
}

export interface CountPlan {
  /** Expected fields per record; rows with another count are malformed. 0: don't check. */
  readonly columnCount: number;
  readonly columns: readonly PlannedColumn[];
  /** Category keys in bit order (bit i of a record mask = categories[i]). */
  readonly categories: readonly CategoryKey[];
  /** Column whose value identifies a person (ID number, phone, chosen key), or -1. */
  readonly personKey: number;
  readonly dedupe: boolean;
  /** Category bits that are sensitive PI (PIPL Art. 28 or the standards), and face data. */
  readonly sensitiveBits: number;
  readonly faceBits: number;
}

/** Class codes packed into the top bits of a record's mask. */
export const CLASS_CODE: Readonly<Record<LegalClass, number>> = { A: 0, B: 1, C: 2 };
export const CLASS_BY_CODE: readonly LegalClass[] = ['A', 'B', 'C'];
export const CLASS_SHIFT = 28;
export const CATEGORY_BITS = (1 << CLASS_SHIFT) - 1;

/** Builds a plan; categories are numbered in first-use order (at most 28). */
export function makePlan(
  columnCount: number,
  columns: readonly PlannedColumn[],
  personKey: number,
  dedupe: boolean,
  isSensitive: (category: CategoryKey) => boolean = () => false,
): CountPlan {
  const categories: CategoryKey[] = [];
  for (const c of columns) if (!categories.includes(c.category)) categories.push(c.category);
  if (categories.length > CLASS_SHIFT) throw new Error('too many categories for one plan');
  let sensitiveBits = 0;
  let faceBits = 0;
  categories.forEach((c, i) => {
    if (isSensitive(c)) sensitiveBits |= 1 << i;
    if (c === 'biometric') faceBits |= 1 << i;
  });
  return {
    columnCount,
    columns: columns.map((c) => ({ ...c })),
    categories,
    personKey,
    dedupe,
    sensitiveBits,
    faceBits,
  };
}
