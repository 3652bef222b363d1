/**
 * Records of a schema file held only by a thing's records (issue 9, session 19, branch
 * `det-fresh-go`). A Protobuf message or a Go struct nested in a hotel's, a store's or a
 * company's record (`Hotel.address: Address`, `Store.contact: ContactInfo`) holds that thing's
 * address, position or phone: its own fields are read alone, so a reader of the file sees
 * `Address.city` without the hotel it belongs to. When every record of the file holding it is a
 * thing's (its owner reads as no person) and its own name names no person, its places and
 * channels are the thing's, not reported. A record also held by a person's (`Guest.address:
 * Address`), or held by none, reads as before.
 */
import { ownerKindOfWord } from '../detect/wordKinds.js';
import { readRecordOwner } from '../detect/ownerReading.js';
import { words } from '../detect/tokenize.js';
import type { CompiledVocabulary } from '../detect/vocabulary/index.js';
import type { CategoryKey } from '../law/schema.js';
import type { FieldCandidate, Finding } from '../types.js';
import { heldRecordOf } from './relationFields.js';

/**
 * The formats whose record-typed fields nest records of the same file, by file extension. A
 * Prisma relation links two records of their own (`Company.contacts Contact[]`), not a part.
 */
const NESTING_FORMATS = /\.(?:go|proto)$/i;

/** A list of records (`repeated Contact`, `[]Contact`): a thing's people, not a part of it. */
const LIST_TYPE = /^\s*(?:repeated\s|\[\]|\*?\[\])/;

/** A holder standing for every list that holds the record: never a thing's part. */
const LISTED = '\u0000list';

/** What a thing has as a person would: where it is and how to reach it. */
const THING_DATA: ReadonlySet<CategoryKey> = new Set(['address', 'whereabouts', 'contact']);

/** The owners of the file's fields typed as each record of the file, by the held record's name. */
function holdersOf(
  candidates: readonly FieldCandidate[],
  records: ReadonlyMap<string, readonly number[]>,
): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>();
  for (const c of candidates) {
    const type = heldRecordOf(c, records);
    if (type === undefined || c.owner === undefined || c.declaredType === undefined) continue;
    // Held in a list anywhere, the record is not one thing's part: no holder decides for it.
    const set = holders.get(type) ?? new Set<string>();
    set.add(LIST_TYPE.test(c.declaredType) ? LISTED : c.owner);
    holders.set(type, set);
  }
  return holders;
}

/**
 * `classified` without the places and channels of records held only by things' records, for a
 * file of the formats above; the same array when nothing is dropped.
 */
export function withoutThingRecordFields(
  candidates: readonly FieldCandidate[],
  records: ReadonlyMap<string, readonly number[]>,
  classified: readonly (Finding | undefined)[],
  path: string | undefined,
  vocabulary: CompiledVocabulary,
): readonly (Finding | undefined)[] {
  if (path === undefined || !NESTING_FORMATS.test(path) || records.size < 2) return classified;
  const kindOf = (owner: string) => {
    if (owner === LISTED) return undefined;
    const first = records.get(owner)?.[0];
    return first === undefined
      ? undefined
      : readRecordOwner(candidates[first] as FieldCandidate, vocabulary).kind;
  };
  let out: (Finding | undefined)[] | undefined;
  for (const [held, owners] of holdersOf(candidates, records)) {
    // `GuestAddress`, `MemberContact`: a record its own name makes a person's stays theirs.
    if (words(held).some((w) => ownerKindOfWord(w, vocabulary) === 'person')) continue;
    if (![...owners].every((o) => kindOf(o) === 'nonperson')) continue;
    for (const k of records.get(held) ?? []) {
      const category = classified[k]?.category;
      if (category === undefined || !THING_DATA.has(category)) continue;
      out ??= [...classified];
      out[k] = undefined;
    }
  }
  return out ?? classified;
}
