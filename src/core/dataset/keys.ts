/**
 * Turning a profile into a counting plan: which columns count, under which class, and which
 * column keys distinct persons (the strongest identifier: resident ID, else another ID
 * document, else a mobile number, else another contact, unless the user chose a key).
 */
import { cardRole } from './cardData.js';
import { CATEGORY_TRAITS, categoriesWith } from '../detect/vocabulary/traits.js';
import type { CategoryKey } from '../law/schema.js';
import { makePlan, type CountPlan } from './plan.js';
import type { ColumnProfile } from './profile.js';
import { SHAPED_IDENTIFIER_KINDS } from '../values/names.js';

/** The person-key column index, or -1 when nothing identifies a person on its own. */
export function choosePersonKey(columns: readonly ColumnProfile[], chosen?: string): number {
  if (chosen !== undefined) {
    const byName = columns.find((c) => c.name === chosen);
    if (byName !== undefined) return byName.index;
    const n = Number(chosen);
    if (Number.isInteger(n) && n >= 1 && n <= columns.length) return n - 1;
    return -1;
  }
  const rank = (c: ColumnProfile): number => {
    const key = c.category === null ? undefined : CATEGORY_TRAITS[c.category].personKey;
    return key === undefined ? 0 : 2 * key.rank + (c.valueKind === key.bestKind ? 1 : 0);
  };
  let best = -1;
  let bestRank = 0;
  for (const c of columns) {
    const r = rank(c);
    if (r > bestRank) [best, bestRank] = [c.index, r];
  }
  return best;
}

/** Categories whose values single out a person on their own. */
const IDENTIFYING_CATEGORIES = categoriesWith((t) => t.identifies !== 'no');
/** Value kinds that are identifiers whatever the column's category (a card number, a device id). */
const IDENTIFYING_KINDS: ReadonlySet<string> = new Set([
  ...SHAPED_IDENTIFIER_KINDS,
  'chinese_name',
  'address',
  'coordinates',
]);

export const IDENTIFYING_FALLBACK_NOTE =
  'no column identifies a person on its own (no name, ID, phone, account…): every record with a value in a PI column was counted';

/** Whether a profiled column can single out a person (see PlannedColumn.identifying). */
export function isIdentifyingColumn(c: ColumnProfile): boolean {
  if (c.category === null) return false;
  if (IDENTIFYING_CATEGORIES.has(c.category)) return true;
  return c.valueKind !== undefined && c.share !== null && IDENTIFYING_KINDS.has(c.valueKind);
}

/**
 * Builds the counting plan for profiled columns. When no column identifies a person on its
 * own, every PI column is treated as identifying (counting more, not less) and `fallback` says so.
 */
export function planFromProfile(
  columns: readonly ColumnProfile[],
  options: {
    columnCount: number;
    dedupe: boolean;
    personKey?: string | undefined;
    isSensitive: (c: CategoryKey) => boolean;
  },
): CountPlan & { readonly identifyingFallback: boolean } {
  const pii = columns.filter((c) => c.category !== null);
  const fallback = pii.length > 0 && !pii.some(isIdentifyingColumn);
  const pi = pii.map((c) => {
    const card = cardRole(c);
    return {
      index: c.index,
      category: c.category as CategoryKey,
      legalClass: c.legalClass,
      identifying: fallback || isIdentifyingColumn(c),
      ...(card === undefined ? {} : { card }),
    };
  });
  return {
    ...makePlan(
      options.columnCount,
      pi,
      choosePersonKey(columns, options.personKey),
      options.dedupe,
      options.isSensitive,
    ),
    identifyingFallback: fallback,
  };
}
