/**
 * The name detector for a name that has no position in a text: a dataset's column header, a
 * row of a classification table. One place builds the candidate, so callers do not make up
 * ranges of their own.
 */
import type { FieldCandidate, FieldRole, Finding } from '../types.js';
import { classifyField, type ClassifyOptions } from './classify.js';

/** What is known around the name: its owner and their descriptions, type, siblings, role. */
export type NameContext = Omit<FieldCandidate, 'name' | 'range' | 'role'> & { readonly role?: FieldRole };

/**
 * Classifies `name` as `classifyField` classifies a field. The finding's range covers the name
 * as if it stood alone on line 0; callers that have no text ignore it.
 */
export function classifyName(
  name: string,
  context: NameContext = {},
  options: ClassifyOptions = {},
): Finding | undefined {
  const { role = 'declaration', ...rest } = context;
  return classifyField(
    {
      name,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: name.length } },
      role,
      ...rest,
    },
    options,
  );
}
