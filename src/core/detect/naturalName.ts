/**
 * Names only a natural person has (issue 9, branch `det-work`): a shop, a form or an
 * application has a name, never a first name, a surname or a maiden name, so such a field is a
 * person's name in whatever record it stands (`SignupStore.firstName`, the store owner's;
 * `GuarantorApplicationPayload.lastName`, the guarantor's).
 */
import type { Reading } from './choose.js';

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
]);

/** The field's own words name a part of a natural person's name (not the comment, not a bare `name`). */
export function naturalPersonName(reading: Reading): boolean {
  return (
    reading.from === 'name' && reading.meaning.category === 'name' && NATURAL_NAMES.has(reading.match.text)
  );
}
