/**
 * The category catalogue, parsed with the zod schema when this module loads: invalid data
 * throws here, naming the category and field, before any caller sees it.
 */
import { CLASS_A } from './categories/classA.js';
import { CLASS_B } from './categories/classB.js';
import { CLASS_C_IDENTITY } from './categories/classCIdentity.js';
import { CLASS_C_OTHER } from './categories/classCOther.js';
import { FLAGS } from './categories/flags.js';
import {
  ALL_CATEGORY_KEYS,
  catalogueSchema,
  type Category,
  type CategoryInput,
  type CategoryKey,
  type Contest,
  type ContestId,
  type ContestedReading,
  type LegalClass,
  type PiplSensitivity,
} from './schema.js';

/** Parses raw catalogue data; throws an Error whose message lists every invalid path. */
export function parseCatalogue(raw: readonly CategoryInput[]): readonly Category[] {
  const result = catalogueSchema.safeParse(raw);
  if (!result.success) {
    const where = (path: readonly PropertyKey[]): string => {
      const index = path[0];
      const key = typeof index === 'number' ? raw[index]?.key : undefined;
      return `${key ?? '(catalogue)'}${path.length > 1 ? '.' + path.slice(1).map(String).join('.') : ''}`;
    };
    const lines = result.error.issues.map((i) => `  ${where(i.path)}: ${i.message}`);
    throw new Error(`pilens legal catalogue is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Every category, in key order (class A, B, C, then flags). */
export const CATEGORIES: readonly Category[] = parseCatalogue([
  ...CLASS_A,
  ...CLASS_B,
  ...CLASS_C_IDENTITY,
  ...CLASS_C_OTHER,
  ...FLAGS,
])
  .slice()
  .sort((a, b) => ALL_CATEGORY_KEYS.indexOf(a.key) - ALL_CATEGORY_KEYS.indexOf(b.key));

/** Every category key, class A first. */
export const CATEGORY_KEYS: readonly CategoryKey[] = ALL_CATEGORY_KEYS;

const byKey = new Map<string, Category>(CATEGORIES.map((c) => [c.key, c]));
const contestOwners = new Map<ContestId, { category: Category; contest: Contest }[]>();
for (const category of CATEGORIES) {
  for (const contest of category.contests ?? []) {
    const list = contestOwners.get(contest.id) ?? [];
    list.push({ category, contest });
    contestOwners.set(contest.id, list);
  }
}

/** Whether `s` is a category key (settings, annotations and config use this to validate). */
export function isCategoryKey(s: string): s is CategoryKey {
  return byKey.has(s);
}

/** The category for a key. */
export function getCategory(key: CategoryKey): Category {
  const category = byKey.get(key);
  if (category === undefined) throw new Error(`unknown pilens category: ${key}`);
  return category;
}

/**
 * A contest and the (first) category it belongs to, or undefined for an unknown id. A shared
 * contest (`resident_id_info`) is the same data in every category that carries it.
 */
export function getContest(id: string): { category: Category; contest: Contest } | undefined {
  return contestOwners.get(id as ContestId)?.[0];
}

/** Every category that carries a contest, in catalogue order. */
export function contestCategories(id: string): readonly CategoryKey[] {
  return (contestOwners.get(id as ContestId) ?? []).map((o) => o.category.key);
}

export interface ClassOptions {
  /** A contest id from the vocabulary entry that matched; ignored if it belongs to another category. */
  readonly contest?: ContestId | undefined;
  /** `strict` (default) picks the lower threshold. */
  readonly reading?: ContestedReading;
}

/**
 * The PIPL sensitivity of a category under a reading: a contested sensitivity
 * (`id_number_sensitivity`) is sensitive under the strict reading and not under the lenient.
 */
export function sensitivityFor(key: CategoryKey, reading: ContestedReading = 'strict'): PiplSensitivity {
  const category = getCategory(key);
  const contest = category.sensitivityContest;
  if (contest === undefined) return category.piplSensitive;
  return reading === 'strict' ? contest.strict : contest.lenient;
}

/** Whether a category is sensitive PI for the duties (PIPL Art. 28, or listed in the standards). */
export function isSensitiveCategory(key: CategoryKey, reading: ContestedReading = 'strict'): boolean {
  return sensitivityFor(key, reading) !== 'no';
}

/**
 * The threshold class of a category under a contested reading. Returns null for flags
 * (`minor_u14`), whose pieces count under the class of their content. A contest that belongs
 * to a different category is ignored rather than thrown, so a user override of the category
 * cannot crash the editor.
 */
export function classFor(key: CategoryKey, options: ClassOptions = {}): LegalClass | null {
  const category = getCategory(key);
  const contest =
    options.contest === undefined ? undefined : category.contests?.find((c) => c.id === options.contest);
  if (contest === undefined) return category.class;
  return (options.reading ?? 'strict') === 'strict' ? contest.strict : contest.lenient;
}
