/**
 * Attaching comments to declarations, for every extractor. Parsers and tokenizers say where
 * comments are; which comment describes which field is a layout question (a comment on the
 * lines just above, one trailing on the same line), answered here once.
 */
import type { LineIndex } from '../../text/lines.js';

/** A comment's span in the text, as the parser or tokenizer found it. */
export interface CommentSpan {
  readonly from: number;
  readonly to: number;
  /** Its words with the markers stripped, when the tokenizer already has them. */
  readonly words?: string;
}

/**
 * Strips comment markers (`//`, `///`, `#`, `--`, `/** … *\/`, `<!-- -->`, leading `*`) and
 * XML doc tags (`<summary>`), and collapses whitespace, keeping the words a reader would see.
 */
export function cleanComment(raw: string): string {
  let s = raw.trim();
  // Most comments are one `//` or `#` line of plain words: skip the multi-line and tag passes.
  if (!/[\r\n<*]/.test(s) && /^(\/\/|#)/.test(s)) {
    return s
      .replace(/^(\/\/+!?|#+)/, '')
      .replace(/^\s*(\/\/\/?|#)?\s?/, '')
      .replace(/\s+/g, ' ')
      .trim();
  }
  if (s.startsWith('<!--')) s = s.slice(4).replace(/-->$/, '');
  else if (s.startsWith('/*')) s = s.replace(/^\/\*+!?/, '').replace(/\*+\/$/, '');
  else s = s.replace(/^(\/\/+!?|#+|--)/, '');
  return s
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/^\s*(\*(?!\/)|\/\/\/?|#)?\s?/, ''))
    .join(' ')
    .replace(/<\/?(summary|remarks|para|value|returns|c|see|description)\b[^>]*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A comment's words: the tokenizer's when it kept them, else its cleaned source. */
export function commentWords(text: string, comment: CommentSpan): string {
  return comment.words ?? cleanComment(text.slice(comment.from, comment.to));
}

/**
 * The one description joiner: every extractor joins the parts of a field's description
 * (comment lines, a schema's title and description, an annotation's text) with it, so the
 * same comment reads the same in a Java class and a SQL table. Blank parts and parts an
 * earlier part already contains are dropped; `; ` keeps the parts apart for the reader.
 */
export function joinDescriptions(parts: readonly (string | undefined)[]): string | undefined {
  const seen: string[] = [];
  for (const part of parts) {
    const t = part?.trim();
    if (t && !seen.some((s) => s.includes(t))) seen.push(t);
  }
  return seen.length > 0 ? seen.join('; ') : undefined;
}

/**
 * The comments attached to a declaration spanning `[from, to)` in `text`, joined: the block of
 * comments that each start their own line directly above it (no blank line between), and a
 * comment trailing on the line where the declaration ends. A trailing comment of the previous
 * line never counts as leading, because it does not start its line. With `nameEnd`, a comment
 * ending the name's line of a multi-line declaration (`address: { // 地址`) counts too.
 *
 * `comments` must be sorted by `from`.
 */
export function attachedComments(
  text: string,
  comments: readonly CommentSpan[],
  from: number,
  to: number,
  nameEnd?: number,
): string | undefined {
  if (comments.length === 0) return undefined;
  const parts: string[] = [];
  let i = endingBy(comments, from) - 1;
  let edge = from;
  const leading: string[] = [];
  while (i >= 0) {
    const c = comments[i];
    if (!c || !isBlankGap(text, c.to, edge, 1) || !startsLine(text, c.from)) break;
    leading.push(commentWords(text, c));
    edge = c.from;
    i--;
  }
  // Collected nearest first; pushed and reversed (not unshifted, nor spread into a call) so a
  // long run of comment lines stays linear and cannot overflow the stack.
  for (let k = leading.length - 1; k >= 0; k--) parts.push(leading[k] ?? '');
  const next = comments[endingBy(comments, to)];
  if (next && next.from >= to && /^[\t ;,]*$/.test(text.slice(to, next.from))) {
    parts.push(commentWords(text, next));
  }
  if (nameEnd !== undefined && nameEnd < to) {
    const onNameLine = comments[endingBy(comments, nameEnd)];
    if (
      onNameLine &&
      onNameLine.to <= to &&
      !/[\r\n]/.test(text.slice(nameEnd, onNameLine.from)) &&
      /^[\t ]*(\r|\n|$)/.test(text.slice(onNameLine.to, onNameLine.to + 2))
    ) {
      parts.push(commentWords(text, onNameLine));
    }
  }
  return joinDescriptions(parts);
}

/**
 * The comments directly above `target` (each ending on the line before the next, or on its
 * line), in text order, leaving out any that starts on the line of `lowerBound` (it trails the
 * previous declaration). For formats whose tokenizer keeps comment words (SQL, Protobuf).
 */
export function commentsAbove(
  comments: readonly CommentSpan[],
  lines: LineIndex,
  lowerBound: number,
  target: number,
): CommentSpan[] {
  const found: CommentSpan[] = [];
  const boundLine = lines.positionAt(lowerBound).line;
  let nextLine = lines.positionAt(target).line;
  for (let i = startingBefore(comments, target) - 1; i >= 0; i--) {
    const comment = comments[i];
    if (comment === undefined || comment.to <= lowerBound) break;
    const startLine = lines.positionAt(comment.from).line;
    const endLine = lines.positionAt(comment.to).line;
    if (endLine !== nextLine - 1 && endLine !== nextLine) break;
    if (startLine === boundLine && lowerBound > 0) break;
    found.push(comment);
    nextLine = startLine;
  }
  // Collected nearest first; reversed once rather than unshifted, so a long run stays linear.
  return found.reverse();
}

/** Comments starting in `[from, upTo)` on the given 0-based line (a trailing comment). */
export function commentsOnLine(
  comments: readonly CommentSpan[],
  lines: LineIndex,
  from: number,
  upTo: number,
  line: number,
): CommentSpan[] {
  return commentsWithin(comments, from, upTo).filter((c) => lines.positionAt(c.from).line === line);
}

/** Comments starting in `[from, upTo)`. */
export function commentsWithin(comments: readonly CommentSpan[], from: number, upTo: number): CommentSpan[] {
  const found: CommentSpan[] = [];
  for (let i = startingBefore(comments, from); i < comments.length; i++) {
    const comment = comments[i];
    if (comment === undefined || comment.from >= upTo) break;
    found.push(comment);
  }
  return found;
}

/** The words of comments, joined as one description. */
export function describeComments(text: string, comments: readonly CommentSpan[]): string | undefined {
  return joinDescriptions(comments.map((c) => commentWords(text, c)));
}

/** How many comments end at or before `offset`. */
function endingBy(comments: readonly CommentSpan[], offset: number): number {
  return countWhile(comments, (c) => c.to <= offset);
}

/** How many comments start before `offset`. */
function startingBefore(comments: readonly CommentSpan[], offset: number): number {
  return countWhile(comments, (c) => c.from < offset);
}

/**
 * The one binary search over comments sorted by position: how many lead the array while `holds`
 * (which must be true for a prefix and false after it). Keeps big files linear.
 */
function countWhile(comments: readonly CommentSpan[], holds: (c: CommentSpan) => boolean): number {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const c = comments[mid];
    if (c !== undefined && holds(c)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function isBlankGap(text: string, from: number, to: number, maxNewlines: number): boolean {
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return newlines <= maxNewlines;
}

function startsLine(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
