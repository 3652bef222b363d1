/**
 * Attaching comments to declarations, shared by every code extractor. Parsers tell us where
 * comments are; which comment belongs to which field is a layout question (a comment on the
 * lines just above, or one trailing on the same line), answered the same way in every language.
 */

/** A comment's span in the text, as the parser or tokenizer found it. */
export interface CommentSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * Strips comment markers (`//`, `///`, `#`, `/** … *\/`, `<!-- -->`, leading `*`) and XML doc
 * tags (`<summary>`), and collapses whitespace, keeping the words a reader would see.
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
  else s = s.replace(/^(\/\/+!?|#+)/, '');
  return s
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/^\s*(\*(?!\/)|\/\/\/?|#)?\s?/, ''))
    .join(' ')
    .replace(/<\/?(summary|remarks|para|value|returns|c|see|description)\b[^>]*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Joins description fragments, dropping empty and repeated ones. */
export function joinDescriptions(parts: readonly (string | undefined)[]): string | undefined {
  const seen: string[] = [];
  for (const part of parts) {
    const t = part?.trim();
    if (t && !seen.some((s) => s.includes(t))) seen.push(t);
  }
  return seen.length > 0 ? seen.join('; ') : undefined;
}

/**
 * Finds the comments attached to a declaration spanning `[from, to)` in `text`: the block of
 * comments that each start their own line directly above it (no blank line between), and a
 * comment trailing on the line where the declaration ends. A trailing comment of the previous
 * line never counts as leading, because it does not start its line.
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
  let i = lastCommentBefore(comments, from);
  let edge = from;
  const leading: string[] = [];
  while (i >= 0) {
    const c = comments[i];
    if (!c || !isBlankGap(text, c.to, edge, 1) || !startsLine(text, c.from)) break;
    leading.push(cleanComment(text.slice(c.from, c.to)));
    edge = c.from;
    i--;
  }
  // Collected nearest first; pushed and reversed (not unshifted, nor spread into a call) so a
  // long run of comment lines stays linear and cannot overflow the stack.
  for (let k = leading.length - 1; k >= 0; k--) parts.push(leading[k] ?? '');
  const next = comments[lastCommentBefore(comments, to) + 1];
  if (next && next.from >= to && /^[\t ;,]*$/.test(text.slice(to, next.from))) {
    parts.push(cleanComment(text.slice(next.from, next.to)));
  }
  // A multi-line declaration may carry its comment at the end of the name's line
  // (`address: { // 地址`).
  if (nameEnd !== undefined && nameEnd < to) {
    const onNameLine = comments[lastCommentBefore(comments, nameEnd) + 1];
    if (
      onNameLine &&
      onNameLine.to <= to &&
      !/[\r\n]/.test(text.slice(nameEnd, onNameLine.from)) &&
      /^[\t ]*(\r|\n|$)/.test(text.slice(onNameLine.to, onNameLine.to + 2))
    ) {
      parts.push(cleanComment(text.slice(onNameLine.from, onNameLine.to)));
    }
  }
  return joinDescriptions(parts);
}

/** Index of the last comment ending at or before `offset`, or -1 (binary search). */
function lastCommentBefore(comments: readonly CommentSpan[], offset: number): number {
  let low = 0;
  let high = comments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((comments[mid]?.to ?? Infinity) <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
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
