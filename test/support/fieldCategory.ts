/** One declared field's category as the scan reads it, for tables of detection cases. */
import { classifyCandidates } from '../../src/core/scan/index.js';
import type { FieldCandidate } from '../../src/core/types.js';

/** The category of a `String` field `name` of `owner` (with its comment), `none` when not PI. */
export function fieldCategory(name: string, owner: string, comment?: string): string {
  const c: FieldCandidate = {
    name,
    owner,
    role: 'declaration',
    declaredType: 'String',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: name.length } },
    ...(comment === undefined ? {} : { comment }),
  };
  return classifyCandidates([c])[0]?.category ?? 'none';
}
