/**
 * A record named for a coded personal attribute (`dm_nation`, `sys_hr_position`, `t_religion`)
 * is the list of that attribute's values, a lookup other records point to: its name, code or
 * value column (民族名称, 职位编码) names an entry of the list, nobody's attribute (issue 9,
 * branch `det-sql`; `docs/detection-rulings.md`, "SQL columns").
 */
import { singularOf } from './plural.js';
import { readNameCached, type OwnerReading } from './readings.js';
import { words } from './tokenize.js';
import type { CompiledVocabulary } from './vocabulary/index.js';
import { categoriesWith } from './vocabulary/traits.js';

/**
 * Categories whose values come from a code list (an ethnic group, a post, a religion). Not
 * health: a clinical record named for what it records (`Medication.medication`,
 * `InpatientDiet.diet`) is the patient's, and catalogues of drugs and diseases are ruled on
 * elsewhere.
 */
const CODED: ReadonlySet<string> = new Set([...categoriesWith((t) => t.coded)].filter((c) => c !== 'health'));

/** Columns of a lookup entry: what it is called, its code, its value. */
const ENTRY_WORDS: ReadonlySet<string> = new Set(['name', 'code', 'value', 'label', 'text', 'title']);

/**
 * Heads of a person's own history of the attribute (an `education` record lists the schools a
 * person attended), not of a list of values.
 */
const HISTORY_HEADS: ReadonlySet<string> = new Set([
  'education',
  'employment',
  'experience',
  'work',
  'career',
  'resume',
  'qualification',
  'training',
]);

/**
 * Whether `category`, read for a field named `nameWords`, is the entry of a lookup named for that
 * very attribute: the record's head noun reads as the category, no person owns the record, and
 * the field is the entry's name, code or value (`position_code` in `sys_hr_position`). A person's
 * own record of the attribute (`user_position`) and its other columns are not.
 */
export function listsAttributeValues(
  category: string,
  nameWords: readonly string[],
  ownerName: string | undefined,
  owner: OwnerReading,
  vocab: CompiledVocabulary,
): boolean {
  if (!CODED.has(category) || ownerName === undefined || owner.kind === 'person') return false;
  const ownerWords = words(ownerName);
  let k = ownerWords.length - 1;
  while (k > 0 && vocab.ownerSuffixes.has(ownerWords[k] ?? '')) k--;
  const head = singularOf(ownerWords[k] ?? '');
  if (head === '' || nameWords.length === 0 || HISTORY_HEADS.has(head)) return false;
  if (!nameWords.every((w) => ENTRY_WORDS.has(w) || singularOf(w) === head)) return false;
  // A field named for the record alone (`Gender.gender`, `Medication.medication`) is as often a
  // person's reading as a list's entry: held-out 1 lost a hit with it.
  if (!nameWords.some((w) => ENTRY_WORDS.has(w))) return false;
  return readNameCached(head, vocab).head?.meanings.some((m) => m.category === category) ?? false;
}
