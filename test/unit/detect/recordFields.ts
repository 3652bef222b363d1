/**
 * Records built by hand for the detection tests that classify a whole record (fields read with
 * their siblings, as a scan of one file reads them), instead of one name at a time.
 */
import { classifyField } from '../../../src/core/detect/classify.js';
import { defaultVocabulary } from '../../../src/core/detect/vocabulary/index.js';
import { classifyRecords } from '../../../src/core/scan/recordMemo.js';
import type { FieldCandidate, FieldRole } from '../../../src/core/types.js';

/** A declared field of `owner`, at no particular place. */
export const field = (
  owner: string,
  name: string,
  declaredType: string,
  comment?: string,
): FieldCandidate => ({
  name,
  owner,
  declaredType,
  ...(comment !== undefined ? { comment } : {}),
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  role: 'declaration',
});

/** The fields of a file at `path` classified together, as the scan classifies a file's records. */
export const readRecords = (path: string, fields: readonly FieldCandidate[]) =>
  classifyRecords(fields, { vocabulary: defaultVocabulary(), contestedReading: 'strict', path }, undefined)
    .classified;

/** The category one field gets read alone (`none` when it is not PI). */
export function readField(
  owner: string,
  name: string,
  declaredType?: string,
  comment?: string,
  role: FieldRole = 'declaration',
): string {
  const c: FieldCandidate = {
    name,
    owner,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    role,
    ...(declaredType !== undefined ? { declaredType } : {}),
    ...(comment !== undefined ? { comment } : {}),
  };
  return classifyField(c)?.category ?? 'none';
}
