/**
 * Turning a profile into a counting plan: which columns count, under which class, and which
 * column keys distinct persons (the strongest identifier: resident ID, else another ID
 * document, else a mobile number, else another contact, unless the user chose a key).
 */
import type { CategoryKey } from '../law/schema.js';
import { makePlan, type CountPlan } from './plan.js';
import type { ColumnProfile } from './profile.js';

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
    if (c.category === 'id_number') return c.valueKind === 'resident_id' ? 5 : 4;
    if (c.category === 'contact') return c.valueKind === 'mobile' ? 3 : 2;
    return 0;
  };
  let best = -1;
  let bestRank = 0;
  for (const c of columns) {
    const r = rank(c);
    if (r > bestRank) [best, bestRank] = [c.index, r];
  }
  return best;
}

/** Builds the counting plan for profiled columns. */
export function planFromProfile(
  columns: readonly ColumnProfile[],
  options: { columnCount: number; dedupe: boolean; personKey?: string | undefined; isSensitive: (c: CategoryKey) => boolean },
): CountPlan {
  const pi = columns.flatMap((c) => (c.category === null ? [] : [{ index: c.index, category: c.category, legalClass: c.legalClass }]));
  return makePlan(options.columnCount, pi, choosePersonKey(columns, options.personKey), options.dedupe, options.isSensitive);
}
