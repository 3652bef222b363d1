import type { SyntaxNode } from '@lezer/common';
import type { FieldCandidate, FieldRole } from '../../types.js';
import type { LineIndex } from '../../text/lines.js';

/**
 * Node and candidate helpers for the code extractors. The walk itself (parse, comments,
 * dispatch, attachment) is lezerExtractor.ts; the token readers (C#, Kotlin) share the
 * candidate helpers.
 */

/** The text of a node. */
export function textOf(text: string, node: SyntaxNode): string {
  return text.slice(node.from, node.to);
}

/** The first direct child with one of the given node names. */
export function childNamed(node: SyntaxNode, ...names: string[]): SyntaxNode | null {
  for (let c = node.firstChild; c; c = c.nextSibling) if (names.includes(c.name)) return c;
  return null;
}

/** The closest ancestor (not the node itself) with one of the given names. */
export function ancestorNamed(node: SyntaxNode, ...names: string[]): SyntaxNode | null {
  for (let p = node.parent; p; p = p.parent) if (names.includes(p.name)) return p;
  return null;
}

/**
 * The content of a string literal and its offset: quotes and string prefixes (`r`, `u`, `f`,
 * `b`) removed, escapes left as written so offsets stay exact. Undefined for non-strings.
 */
export function stringContent(text: string, node: SyntaxNode): { value: string; from: number } | undefined {
  return stringContentAt(text, node.from, node.to);
}

/** `stringContent` for the literal spanning `[from, to)` (token readers have no nodes). */
export function stringContentAt(
  text: string,
  from: number,
  to: number,
): { value: string; from: number } | undefined {
  const raw = text.slice(from, to);
  const m = /^([rubfRUBF]{0,2})("""|'''|"|'|`)/.exec(raw);
  if (!m?.[2]) return undefined;
  const open = (m[1]?.length ?? 0) + m[2].length;
  const close = raw.endsWith(m[2]) && raw.length >= open + m[2].length ? m[2].length : 0;
  return { value: raw.slice(open, raw.length - close), from: from + open };
}

/** What a visitor knows about a field; undefined properties are dropped on output. */
export interface FieldDraft {
  readonly name: string;
  readonly from: number;
  readonly role?: FieldRole;
  readonly owner?: string | undefined;
  readonly declaredType?: string | undefined;
  readonly comment?: string | undefined;
}

/**
 * Builds a candidate from a draft, omitting absent optional properties; `comment`, when given,
 * replaces the draft's (the attached comment, known only after the walk).
 */
export function candidate(
  lines: LineIndex,
  d: FieldDraft,
  comment: string | undefined = d.comment,
): FieldCandidate {
  let type = d.declaredType;
  if (type !== undefined && /\s\s|[\t\r\n]/.test(type)) type = type.replace(/\s+/g, ' ').trim();
  const c: Mutable<FieldCandidate> = {
    name: d.name,
    range: rangeOf(lines, d.from, d.name.length),
    role: d.role ?? 'declaration',
  };
  if (d.owner) c.owner = d.owner;
  if (type) c.declaredType = type;
  if (comment) c.comment = comment;
  return c;
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

/**
 * True when two identifiers differ once case, `_` and `-` are ignored: a column alias
 * (`sfzh` for `idCard`) is reported as its own candidate only when it says something new.
 */
export function differentName(a: string, b: string): boolean {
  return a !== b && normalizedName(a) !== normalizedName(b);
}

function normalizedName(s: string): string {
  return s.toLowerCase().replace(/[_\-\s]/g, '');
}

/** The simple name of a qualified type (`com.x.User` → `User`, `Outer$Inner` → `Inner`). */
export function simpleName(qualified: string): string {
  const parts = qualified.split(/[.$]/);
  return parts[parts.length - 1] ?? qualified;
}

/** Sorted by position so every host sees fields in reading order. */
export function sortFields(fields: FieldCandidate[]): FieldCandidate[] {
  return fields.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
