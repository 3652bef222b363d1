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
  /**
   * Part of card data sufficient to transact (Criminal Law Art. 177-1(2)): the card number, or
   * what authorises a payment with it (expiry, CVV, PIN, password). A record with both counts
   * as card information.
   */
  readonly card?: 'number' | 'auth';
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
  /** Category bits that are sensitive PI (PIPL Art. 28 or the standards), and face information. */
  readonly sensitiveBits: number;
  readonly faceBits: number;
}

/** Class codes packed into the top bits of a record's mask. */
export const CLASS_CODE: Readonly<Record<LegalClass, number>> = { A: 0, B: 1, C: 2 };
export const CLASS_BY_CODE: readonly LegalClass[] = ['A', 'B', 'C'];
export const CLASS_SHIFT = 28;
export const CATEGORY_BITS = (1 << CLASS_SHIFT) - 1;
/** Two bits of class code above the category bits. */
export const CLASS_MASK = 3;
/** The top bit of a packed mask: the record holds card data sufficient to transact. */
export const CARD_BIT = 2 ** 30;

/** The class code of a packed record mask. */
export function classOf(packed: number): number {
  return (packed >>> CLASS_SHIFT) & CLASS_MASK;
}

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
    // Only face information carries the face-recognition filing, not other biometrics.
    if (c === 'face') faceBits |= 1 << i;
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
