/**
 * The column → category mapping the user confirms before counting is trusted: the profile's
 * reading of each column, with the user's overrides applied. Pure, for unit tests.
 */
import type { ColumnProfile } from '../../core/dataset/profile.js';
import type { CategoryKey } from '../../core/law/schema.js';

/** Column name → category key or `none` (the engine's `map`, the CLI's `--map`). */
export type ColumnMapping = Readonly<Record<string, CategoryKey | 'none'>>;

export interface EffectiveColumn {
  readonly profile: ColumnProfile;
  readonly category: CategoryKey | 'none' | null;
  readonly overridden: boolean;
}

/** One profile per column name (a folder of files with the same header lists it once). */
export function uniqueColumns(columns: readonly ColumnProfile[]): ColumnProfile[] {
  const seen = new Map<string, ColumnProfile>();
  for (const c of columns) if (!seen.has(c.name)) seen.set(c.name, c);
  return [...seen.values()];
}

/** Each column with the category it will be counted under; PI columns first. */
export function applyMapping(columns: readonly ColumnProfile[], mapping: ColumnMapping): EffectiveColumn[] {
  const out = columns.map((profile) => {
    const override = Object.hasOwn(mapping, profile.name) ? mapping[profile.name] : undefined;
    return { profile, category: override ?? profile.category, overridden: override !== undefined };
  });
  const rank = (e: EffectiveColumn): number => (e.category === null || e.category === 'none' ? 1 : 0);
  return out.sort((a, b) => rank(a) - rank(b) || a.profile.index - b.profile.index);
}

/** Only the entries that change what the profile said (what is worth re-counting for). */
export function effectiveOverrides(columns: readonly ColumnProfile[], mapping: ColumnMapping): ColumnMapping {
  const out: Record<string, CategoryKey | 'none'> = {};
  for (const profile of uniqueColumns(columns)) {
    if (!Object.hasOwn(mapping, profile.name)) continue;
    const wanted = mapping[profile.name];
    if (wanted === undefined) continue;
    const current = profile.category ?? 'none';
    if (wanted !== current || profile.source === 'override') out[profile.name] = wanted;
  }
  return out;
}

/** Whether two mappings ask for the same thing. */
export function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}
