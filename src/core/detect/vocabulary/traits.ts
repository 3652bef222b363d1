/**
 * What each category is like: the traits detection, scanning and dataset counting used to keep as
 * separate hand-written category sets. Each row sits beside its category's vocabulary
 * (`class*.ts`, `<FILE>_TRAITS`); this module holds the schema and joins the rows. Validated by
 * zod when first imported; every category must state every trait (the joined record is
 * exhaustive over the catalogue's keys), so a new category cannot silently miss one.
 */
import { z } from 'zod';
import { categoryKeySchema, type CategoryKey } from '../../law/schema.js';
import { CLASS_A_TRAITS } from './classA.js';
import { CLASS_B_TRAITS } from './classB.js';
import { CLASS_C_IDENTITY_TRAITS } from './classCIdentity.js';
import { CLASS_C_OTHER_TRAITS } from './classCOther.js';

export const categoryTraitsSchema = z
  .object({
    /** `text`: a number, a date or a boolean cannot hold its values (a declared `int` rules it out). */
    valueShape: z.enum(['text', 'any']),
    /** Whether a date can hold its values (a declared `date` rules out a name or an ID). */
    datable: z.boolean(),
    /** Its values come from a code list, so `<term>_code` holds the value itself (`education_code`). */
    coded: z.boolean(),
    /**
     * How it identifies a person. `record`: on its own, and it makes the record it sits in a
     * person's (a name, an ID number, a phone beside `hotel` and `room_no` make them a guest's).
     * `alone`: it singles a person out when records are counted, but gives its siblings no
     * person context (a licence plate). `no`: neither.
     */
    identifies: z.enum(['record', 'alone', 'no']),
    /**
     * Chosen as a dataset's person key (the column records are de-duplicated by) before any
     * column of lower rank; a column whose values are of `bestKind` ranks above one whose are
     * not. Absent: never chosen as the key.
     */
    personKey: z
      .object({ rank: z.number().int().positive(), bestKind: z.enum(['resident_id', 'mobile']) })
      .strict()
      .optional(),
  })
  .strict();

export type CategoryTraits = z.infer<typeof categoryTraitsSchema>;
/** A vocabulary file's traits rows, one per category whose vocabulary the file holds. */
export type CategoryTraitsTable = Partial<Record<CategoryKey, CategoryTraits>>;

/** Throws when two vocabulary files state one category's traits (the later would silently win). */
export function statedOnce(tables: readonly CategoryTraitsTable[]): void {
  const seen = new Set<string>();
  for (const key of tables.flatMap((table) => Object.keys(table))) {
    if (seen.has(key)) throw new Error(`pilens vocabulary: the traits of ${key} are stated twice`);
    seen.add(key);
  }
}

const TABLES = [CLASS_A_TRAITS, CLASS_B_TRAITS, CLASS_C_IDENTITY_TRAITS, CLASS_C_OTHER_TRAITS] as const;
statedOnce(TABLES);

/** The rows joined; the type check holds them exhaustive over the catalogue's keys. */
const TRAITS = {
  ...CLASS_A_TRAITS,
  ...CLASS_B_TRAITS,
  ...CLASS_C_IDENTITY_TRAITS,
  ...CLASS_C_OTHER_TRAITS,
} satisfies Record<CategoryKey, CategoryTraits>;

/** Every category's traits, validated at load (a missing category or trait throws). */
export const CATEGORY_TRAITS: Readonly<Record<CategoryKey, CategoryTraits>> = z
  .record(categoryKeySchema, categoryTraitsSchema)
  .parse(TRAITS);

/** The categories whose traits satisfy `test`, as a set for the hot paths that ask per field. */
export function categoriesWith(test: (traits: CategoryTraits) => boolean): ReadonlySet<CategoryKey> {
  return new Set((Object.keys(CATEGORY_TRAITS) as CategoryKey[]).filter((key) => test(CATEGORY_TRAITS[key])));
}
