/**
 * What each category is like, as data beside its vocabulary: the traits detection, scanning and
 * dataset counting used to keep as separate hand-written category sets. Validated by zod when
 * first imported; every category must state every trait (the record is exhaustive over the
 * catalogue's keys), so a new category cannot silently miss one.
 */
import { z } from 'zod';
import { categoryKeySchema, type CategoryKey } from '../../law/schema.js';

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
type Traits = CategoryTraits;
const A = 'any';
const T = 'text';

/** One row per category: value shape, datable, coded, how it identifies, person-key rank. */
const TRAITS = {
  whereabouts: { valueShape: A, datable: false, coded: false, identifies: 'alone' },
  communication_content: { valueShape: T, datable: false, coded: false, identifies: 'no' },
  credit: { valueShape: A, datable: true, coded: false, identifies: 'no' },
  property: { valueShape: A, datable: true, coded: false, identifies: 'no' },
  accommodation: { valueShape: A, datable: true, coded: false, identifies: 'no' },
  communication_records: { valueShape: A, datable: true, coded: false, identifies: 'no' },
  health: { valueShape: A, datable: true, coded: true, identifies: 'no' },
  transaction: { valueShape: A, datable: true, coded: false, identifies: 'no' },
  face: { valueShape: A, datable: true, coded: false, identifies: 'no' },
  biometric: { valueShape: A, datable: false, coded: false, identifies: 'alone' },
  id_card_image: { valueShape: A, datable: true, coded: false, identifies: 'no' },
  id_number: {
    valueShape: T,
    datable: false,
    coded: false,
    identifies: 'record',
    personKey: { rank: 2, bestKind: 'resident_id' },
  },
  name: { valueShape: T, datable: false, coded: false, identifies: 'record' },
  contact: {
    valueShape: A,
    datable: false,
    coded: false,
    identifies: 'record',
    personKey: { rank: 1, bestKind: 'mobile' },
  },
  address: { valueShape: T, datable: false, coded: false, identifies: 'alone' },
  household_registration: { valueShape: T, datable: true, coded: true, identifies: 'alone' },
  credential: { valueShape: A, datable: false, coded: false, identifies: 'alone' },
  basic_profile: { valueShape: A, datable: true, coded: true, identifies: 'no' },
  online_id: { valueShape: A, datable: false, coded: false, identifies: 'alone' },
  online_activity: { valueShape: A, datable: true, coded: false, identifies: 'no' },
  education_work: { valueShape: A, datable: true, coded: true, identifies: 'no' },
  contacts_list: { valueShape: T, datable: false, coded: false, identifies: 'no' },
  religion_identity: { valueShape: T, datable: false, coded: true, identifies: 'no' },
  criminal_record: { valueShape: A, datable: true, coded: false, identifies: 'no' },
  marital_orientation: { valueShape: A, datable: true, coded: true, identifies: 'no' },
  vehicle: { valueShape: T, datable: true, coded: false, identifies: 'alone' },
  minor_u14: { valueShape: A, datable: true, coded: false, identifies: 'no' },
  minor_u18: { valueShape: A, datable: true, coded: false, identifies: 'no' },
} as const satisfies Record<CategoryKey, Traits>;

/** Every category's traits, validated at load (a missing category or trait throws). */
export const CATEGORY_TRAITS: Readonly<Record<CategoryKey, CategoryTraits>> = z
  .record(categoryKeySchema, categoryTraitsSchema)
  .parse(TRAITS);

/** The categories whose traits satisfy `test`, as a set for the hot paths that ask per field. */
export function categoriesWith(test: (traits: CategoryTraits) => boolean): ReadonlySet<CategoryKey> {
  return new Set((Object.keys(CATEGORY_TRAITS) as CategoryKey[]).filter((key) => test(CATEGORY_TRAITS[key])));
}
