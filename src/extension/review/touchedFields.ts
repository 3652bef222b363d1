/**
 * The PI fields a change touches: findings that start on an added or changed line. Pure, so it
 * is unit-tested with spans built by hand.
 */
import { lineInSpans, type LineSpan } from '../../core/review/diff.js';
import type { Finding, LegalClass } from '../../core/types.js';

/** Findings of one file on changed lines; `'all'` for a new (untracked) file. */
export function findingsOnChangedLines(
  findings: readonly Finding[],
  spans: readonly LineSpan[] | 'all',
): Finding[] {
  const kept = findings.filter((f) => f.state !== 'anonymized');
  if (spans === 'all') return kept;
  return kept.filter((f) => lineInSpans(f.range.start.line + 1, spans));
}

/** A touched field as the command returns it (plain data, 0-based range). */
export interface TouchedField {
  /** The repository's root folder (absolute path). */
  readonly root: string;
  /** Path relative to the repository root, `/`-separated. */
  readonly file: string;
  /** The path at the ref when the file was renamed. */
  readonly oldFile?: string;
  readonly field: string;
  readonly owner?: string;
  readonly category: string;
  readonly class: LegalClass;
  readonly role: 'declaration' | 'usage';
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

/** Touched fields in a stable order: file, then position. */
export function sortTouched(fields: TouchedField[]): TouchedField[] {
  return fields.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.character - b.character,
  );
}
