/**
 * Names only a natural person has (issue 9, branch `det-work`): a shop, a form or an
 * application has a name, never a first name, a surname or a maiden name, so such a field is a
 * person's name in whatever record it stands (`SignupStore.firstName`, the store owner's;
 * `GuarantorApplicationPayload.lastName`, the guarantor's).
 */
import type { Reading } from './choose.js';
import { innermostTypeName } from './declaredType.js';
import { words } from './tokenize.js';
import type { CompiledVocabulary } from './vocabulary/index.js';

/** The matched phrases (words joined by spaces) that name a natural person's name. */
const NATURAL_NAMES: ReadonlySet<string> = new Set([
  'first name',
  'last name',
  'given name',
  'family name',
  'middle name',
  'surname',
  'maiden name',
  'name on card',
  'name on account',
  // A ticket's or an order line's `real_name` (实名制: the traveller's legal name): only a person
  // has a real name, as only a person has a surname.
  'real name',
  'realname',
  'true name',
  'truename',
]);

/** The field's own words name a part of a natural person's name (not the comment, not a bare `name`). */
export function naturalPersonName(reading: Reading): boolean {
  return (
    reading.from === 'name' && reading.meaning.category === 'name' && NATURAL_NAMES.has(reading.match.text)
  );
}

/**
 * `name: [HumanName]`, `deceasedName: PersonName`: a declared type named for a person's name
 * (FHIR's and OpenCRVS's `HumanName`) holds that name, though it is a record or a list of them.
 */
export function typedAsPersonName(declared: string | undefined, vocab: CompiledVocabulary): boolean {
  if (declared === undefined) return false;
  const typeName = innermostTypeName(declared);
  const typeWords = words(typeName);
  // `HumanNameInput`: a code suffix says what kind of object holds the name.
  while (typeWords.length > 2 && vocab.ownerSuffixes.has(typeWords.at(-1) ?? '')) typeWords.pop();
  return (
    typeWords.length >= 2 && typeWords.at(-1) === 'name' && vocab.personOwners.has(typeWords.at(-2) ?? '')
  );
}
