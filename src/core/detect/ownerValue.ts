/**
 * The value of a record named for a piece of personal data (issue 9): `PatientPhoneNumber.number`,
 * `ContactPoint.value`, `PersonAddress.value` hold the phone number, the contact detail, the
 * address the record is named for. Models that keep each of a person's phones or addresses as
 * its own row (FHIR's `ContactPoint`, a patient's phone-number table) name the column only by
 * what it is to the row.
 */
import { classFor } from '../law/categories.js';
import type { CategoryKey, ContestedReading } from '../law/schema.js';
import type { Evidence, FieldCandidate, Finding } from '../types.js';
import { readType } from './declaredType.js';
import { readNameCached } from './readings.js';
import { strongestFirst } from './choose.js';
import type { CompiledVocabulary } from './vocabulary/index.js';

type Verdict = Pick<Finding, 'category' | 'class' | 'confidence' | 'evidence'>;

/** Words that name a row's value by what it is to the row, not by what it holds. */
const VALUE_WORDS: ReadonlySet<string> = new Set(['value', 'number', 'text', 'line', 'lines']);

/** Categories a record can be named for and keep as its value. */
const VALUED: ReadonlySet<CategoryKey> = new Set(['contact', 'address', 'id_number', 'name']);

/**
 * The owner's category for a field named only as the row's value (`number`, `value`), when the
 * owner's own name reads as a piece of personal data; `undefined` otherwise.
 */
export function ownerValueVerdict(
  candidate: FieldCandidate,
  vocab: CompiledVocabulary,
  reading: ContestedReading | undefined,
): Verdict | undefined {
  const owner = candidate.owner;
  // `dh.getNumber()`: a two-letter variable (a DepotHead) is no record named for 电话 (dh).
  if (owner === undefined || owner.length <= 2) return undefined;
  const name = readNameCached(candidate.name, vocab);
  if (name.words.length !== 1 || !VALUE_WORDS.has(name.words[0] ?? '')) return undefined;
  const type = candidate.declaredType;
  if (type !== undefined && type.trim() !== '' && !['string', 'other'].includes(readType(type).shape))
    return undefined;
  const read = readNameCached(owner, vocab);
  if (read.head === undefined || read.cancelled !== undefined) return undefined;
  const meaning = strongestFirst(read.head.meanings.filter((m) => m.owners.length === 0))[0];
  const category = meaning?.category;
  if (category === undefined || !VALUED.has(category)) return undefined;
  // `name.value`, a Vue ref named `name`: a bare `name`, a person's only beside a person, names
  // no record of one; `PersonName.value`, `ContactPoint.value`, `email.value` still do.
  if (category === 'name' && meaning?.strength === 'weak' && read.owner?.kind !== 'person') return undefined;
  const evidence: Evidence[] = [
    {
      kind: 'owner',
      matched: read.head.text,
      detail: `the record is named for "${read.head.text}" and this field holds its value`,
    },
  ];
  return {
    category,
    class: classFor(category, { reading: reading ?? 'strict' }) ?? 'C',
    confidence: 'low',
    evidence,
  };
}
