import type { LineIndex } from '../../text/lines.js';
import type { FieldCandidate, FieldRole } from '../../types.js';

/** What an extractor knows about a field; absent or blank properties are dropped on output. */
export interface FieldDraft {
  readonly name: string;
  /** Offset of the name in the text. */
  readonly from: number;
  /** Length of the name as written, when it differs from `name` (a CSV cell with `""`). */
  readonly length?: number;
  /** Defaults to `declaration`; `usage` for a field merely referenced. */
  readonly role?: FieldRole;
  readonly owner?: string | undefined;
  readonly declaredType?: string | undefined;
  readonly comment?: string | undefined;
  /** The owner's own description (a table's `COMMENT`), which says whose record it is. */
  readonly ownerComment?: string | undefined;
  /** A validation annotation saying what the field holds (`FieldCandidate.validation`). */
  readonly validation?: string | undefined;
  /** A GraphQL operation whose arguments are read as its fields (`FieldCandidate.takesArguments`). */
  readonly takesArguments?: true | undefined;
  /** An argument of a GraphQL search (`FieldCandidate.searchCriterion`). */
  readonly searchCriterion?: true | undefined;
}

/**
 * The one way every extractor builds a candidate: the range from the text's line index, and
 * each optional property with its whitespace collapsed, left out when blank (so consumers can
 * test presence with `in`, under exactOptionalPropertyTypes). `comment`, when given, replaces
 * the draft's (an attached comment is known only once every comment is).
 */
export function candidate(
  lines: LineIndex,
  d: FieldDraft,
  comment: string | undefined = d.comment,
): FieldCandidate {
  const c: Mutable<FieldCandidate> = {
    name: d.name,
    range: rangeOf(lines, d.from, d.length ?? d.name.length),
    role: d.role ?? 'declaration',
  };
  const owner = clean(d.owner);
  const type = clean(d.declaredType);
  const described = clean(comment);
  const ownerComment = clean(d.ownerComment);
  if (owner !== undefined) c.owner = owner;
  if (type !== undefined) c.declaredType = type;
  if (described !== undefined) c.comment = described;
  if (ownerComment !== undefined) c.ownerComment = ownerComment;
  if (d.validation !== undefined) c.validation = d.validation;
  if (d.takesArguments === true) c.takesArguments = true;
  if (d.searchCriterion === true) c.searchCriterion = true;
  return c;
}

/** Runs of whitespace collapsed, ends trimmed; undefined for nothing worth reporting. */
export function clean(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  // Most values are one plain word: skip the replace when there is nothing to collapse.
  if (plain(text)) return text;
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : collapsed;
}

const UNCLEAN = /\s\s|[\t\r\n]|^\s|\s$/;

/**
 * No whitespace to collapse or trim: no `UNCLEAN` match. Printable ASCII and single inner
 * spaces are decided by a character loop; anything else (a tab, a full-width space, any
 * character beyond ASCII) by the regular expression itself.
 */
function plain(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (c !== 32) return !UNCLEAN.test(text);
    if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return false;
  }
  return true;
}

/** `lines.rangeAt` with one line search instead of two when the range stays on its line. */
function rangeOf(lines: LineIndex, from: number, length: number): FieldCandidate['range'] {
  const start = lines.positionAt(from);
  const next =
    start.line + 1 < lines.lineCount ? lines.offsetAt({ line: start.line + 1, character: 0 }) : Infinity;
  if (from + length < next) return { start, end: { line: start.line, character: start.character + length } };
  return { start, end: lines.positionAt(from + length) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Sorted by position, so every host sees fields in reading order. */
export function sortFields(fields: FieldCandidate[]): FieldCandidate[] {
  return fields.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
