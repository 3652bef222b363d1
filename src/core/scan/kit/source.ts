import type { SourceInfo } from '../extractor.js';
import { isOfLanguages } from '../languages.js';

/** Which sources an extractor reads. */
export interface Handled {
  /** Language ids of `LANGUAGES` (`languages.ts`), whose rows give their extensions. */
  readonly languageIds: readonly string[];
  /**
   * Paths claimed whatever their language, for a kind that has no language of its own
   * (MyBatis mappers are XML files known by their name and folder).
   */
  readonly paths?: RegExp;
}

/**
 * An extractor's `handles`: a source of one of the languages, by the id its host gave it or
 * else by its extension in the language table, or a path the pattern claims. An options object,
 * so languages and paths cannot be swapped; extensions are never listed here, only in the table.
 */
export function handles(spec: Handled): (source: SourceInfo) => boolean {
  const { languageIds, paths } = spec;
  return (source) => isOfLanguages(source, languageIds) || (paths?.test(source.path) ?? false);
}

/** The file name of a path or URI path, without folders. */
export function baseNameOf(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(slash + 1);
}

/** The file name without its last extension (`db/users.csv` → `users`): a default owner. */
export function stemOf(path: string): string {
  const base = baseNameOf(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? base : base.slice(0, dot);
}
