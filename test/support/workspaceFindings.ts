/**
 * Field candidates and their findings read as a workspace scan reads them (`classifyRecords` with
 * the workspace of some files, or alone), for unit tests of the rules that look across files.
 */
import { workspaceOfCandidates, type WorkspaceFile } from '../../src/core/detect/workspaceContext.js';
import { defaultVocabulary } from '../../src/core/detect/vocabulary/index.js';
import { classifyRecords } from '../../src/core/scan/recordMemo.js';
import type { FieldCandidate, FieldRole, Finding } from '../../src/core/types.js';

export type { WorkspaceFile };

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A candidate as an extractor gives it, at no place in particular. */
export function field(
  owner: string | undefined,
  name: string,
  declaredType?: string,
  comment?: string,
  role: FieldRole = 'declaration',
): FieldCandidate {
  return {
    name,
    range: NOWHERE,
    role,
    ...(owner !== undefined ? { owner } : {}),
    ...(declaredType !== undefined ? { declaredType } : {}),
    ...(comment !== undefined ? { comment } : {}),
  };
}

const vocabulary = defaultVocabulary();

/** Findings of `candidates` read in the workspace of `files` (or alone), by `owner.name`. */
export function found(
  candidates: readonly FieldCandidate[],
  files?: WorkspaceFile[],
): Map<string, Finding | undefined> {
  const workspace = files === undefined ? undefined : workspaceOfCandidates(files, vocabulary);
  const { classified } = classifyRecords(
    candidates,
    { vocabulary, contestedReading: 'strict', ...(workspace !== undefined ? { workspace } : {}) },
    undefined,
  );
  return new Map(candidates.map((c, k) => [`${c.owner ?? ''}.${c.name}`, classified[k]]));
}
