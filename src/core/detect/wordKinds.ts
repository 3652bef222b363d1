/**
 * What a single word says of the field or record it sits in, read by both the identifier reader
 * (`analyze.ts`) and the comment reader (`textReading.ts`).
 */
import type { OwnerKind } from './analyze.js';
import type { PhraseMatch } from './match.js';
import { singularOf } from './plural.js';
import type { CompiledVocabulary } from './vocabulary/compile.js';
import { categoriesWith } from './vocabulary/traits.js';

/** Whose a record named by this word is: a person's, a thing's, or a container of descriptions. */
export function ownerKindOfWord(word: string, vocab: CompiledVocabulary): OwnerKind | undefined {
  for (const w of [word, singularOf(word)]) {
    if (vocab.metaOwners.has(w)) return 'meta';
    if (vocab.personOwners.has(w)) return 'person';
    if (vocab.nonPersonOwners.has(w)) return 'nonperson';
  }
  return undefined;
}

/** Categories whose values come from a code list, so `<term>_code` holds the value itself. */
const CODED: ReadonlySet<string> = categoriesWith((t) => t.coded);

export function encodesAttribute(head: PhraseMatch): boolean {
  return head.meanings.some(
    (m) =>
      m.category !== undefined && CODED.has(m.category) && m.owners.length === 0 && m.strength !== 'weak',
  );
}
