/**
 * The header reading of a column, from the name detector (detect/classify.ts classifyField): a dataset's
 * columns are fields whose owner is the file, and the other columns are their context, as a
 * record's fields are in code (`check_in` beside `hotel` and `room_no` is a stay; a column next
 * to a name column describes that person). One classifier and one vocabulary for both.
 */
import type { ContestedReading } from '../law/schema.js';
import { classifyName } from '../detect/classifyName.js';
import { categoriesWith } from '../detect/vocabulary/traits.js';
import type { Finding } from '../types.js';
import type { HeaderClassifier, HeaderContext } from './profile.js';

/**
 * Siblings are read for tables up to this width: each column's context costs its siblings, so a
 * table of thousands of columns would cost their square; that wide, a row is no one record.
 */
const MAX_SIBLINGS = 64;

/** Categories whose column makes every row a person's (as `withSiblingContext` in a scan). */
const IDENTIFYING: ReadonlySet<string> = categoriesWith((t) => t.identifies === 'record');

/** A header classifier backed by the name detector; cached per name and context. */
export function nameDetectorClassifier(reading: ContestedReading = 'strict'): HeaderClassifier {
  const cache = new Map<string, ReturnType<HeaderClassifier>>();
  const people = new Map<string, string | undefined>();
  const classify = (
    name: string,
    context: HeaderContext | undefined,
    person?: string,
  ): Finding | undefined => {
    const described = context?.catalog?.get(name);
    return classifyName(
      name,
      {
        ...(context?.owner !== undefined ? { owner: context.owner } : {}),
        ...(described?.comment !== undefined && described.comment !== ''
          ? { comment: described.comment }
          : {}),
        ...(described?.declaredType !== undefined ? { declaredType: described.declaredType } : {}),
        ...(context?.ownerComment !== undefined && context.ownerComment !== ''
          ? { ownerComment: context.ownerComment }
          : {}),
        ...(context !== undefined ? { siblings: context.siblings.filter((s) => s !== name) } : {}),
      },
      { contestedReading: reading, ...(person !== undefined ? { siblingPerson: person } : {}) },
    );
  };
  /** The first column that names a person with high confidence, read without it. */
  const personColumn = (context: HeaderContext, key: string): string | undefined => {
    if (people.has(key)) return people.get(key);
    const found = context.siblings.find((s) => {
      const f = classify(s, context);
      return f !== undefined && f.confidence === 'high' && IDENTIFYING.has(f.category);
    });
    people.set(key, found);
    return found;
  };
  return (name, given) => {
    const context =
      given !== undefined && given.siblings.length > MAX_SIBLINGS ? { ...given, siblings: [] } : given;
    const key = context === undefined ? '' : `${context.owner ?? ''}\u0000${context.siblings.join('\u0001')}`;
    const described = context?.catalog?.get(name);
    // A catalog's comment and type are part of what was read: the same name may mean two things.
    const cacheKey = `${name}\u0000${key}\u0000${described?.comment ?? ''}\u0000${described?.declaredType ?? ''}\u0000${context?.ownerComment ?? ''}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    let finding = classify(name, context);
    if (finding === undefined && context !== undefined) {
      const person = personColumn(context, key);
      if (person !== undefined && person !== name) finding = classify(name, context, person);
    }
    const result =
      finding === undefined
        ? null
        : {
            category: finding.category,
            confidence: finding.confidence,
            evidence: finding.evidence.map((e) => `${e.detail} (${finding.confidence})`),
          };
    if (cache.size > 10_000) cache.clear();
    cache.set(cacheKey, result);
    return result;
  };
}
