/** Category names for lists and tables, shared by the CLI's outputs and the editor's views. */
import { getCategory, isCategoryKey } from './categories.js';
import type { LegalClass } from './schema.js';

/** A category's names and class; a key unknown to the catalogue (custom config) names itself. */
export interface CategoryLabel {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly class: LegalClass | null;
}

/** Names of a category; a key unknown to the catalogue (custom config) names itself. */
export function categoryLabel(key: string): CategoryLabel {
  if (!isCategoryKey(key)) return { key, zh: key, en: key, class: null };
  const c = getCategory(key);
  return { key, zh: c.zh, en: c.en, class: c.class };
}

/** `行踪轨迹 whereabouts`; a custom key once. */
export function categoryTitle(key: string): string {
  const label = categoryLabel(key);
  return label.zh === label.en ? label.en : `${label.zh} ${label.en}`;
}
