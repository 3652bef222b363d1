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

/**
 * A phone number's extension (`PhoneImpl.extension`, `CustomerPhone.ext`): the last part of the
 * number, which reaches one person behind a switchboard (docs/detection-rulings.md, session 25).
 * A country's or an area's code is shared by everyone there, so it is no part read here.
 */
const EXTENSION_WORDS: ReadonlySet<string> = new Set(['extension', 'ext']);

/** Words of an owner's head that name a phone number, whose extension is part of it. */
const PHONE_WORDS: ReadonlySet<string> = new Set([
  'phone',
  'phones',
  'telephone',
  'tel',
  'mobile',
  'cellphone',
  '电话',
  '手机',
]);

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
  const word = name.words.length === 1 ? (name.words[0] ?? '') : '';
  const extension = EXTENSION_WORDS.has(word);
  if (!VALUE_WORDS.has(word) && !extension) return undefined;
  const type = candidate.declaredType;
  if (type !== undefined && type.trim() !== '' && !['string', 'other'].includes(readType(type).shape))
    return undefined;
  const read = readNameCached(owner, vocab);
  if (read.head === undefined || read.cancelled !== undefined) return undefined;
  const meaning = strongestFirst(read.head.meanings.filter((m) => m.owners.length === 0))[0];
  const category = meaning?.category;
  if (category === undefined || !VALUED.has(category)) return undefined;
  // `PhoneImpl.extension`: the extension of a phone number, never of an address or a name.
  if (extension && !(category === 'contact' && read.head.text.split(' ').some((w) => PHONE_WORDS.has(w))))
    return undefined;
  // `name.value`, a Vue ref named `name`: a bare `name`, a person's only beside a person, names
  // no record of one; `PersonName.value`, `ContactPoint.value`, `email.value` still do.
  if (category === 'name' && meaning?.strength === 'weak' && read.owner?.kind !== 'person') return undefined;
  const evidence: Evidence[] = [
    {
      kind: 'owner',
      matched: read.head.text,
      detail: extension
        ? `the record is named for "${read.head.text}" and this field holds the extension of its number`
        : `the record is named for "${read.head.text}" and this field holds its value`,
    },
  ];
  return {
    category,
    class: classFor(category, { reading: reading ?? 'strict' }) ?? 'C',
    confidence: 'low',
    evidence,
  };
}
