import type { LineIndex } from '../../text/lines.js';

/** A comment found by a format's tokenizer, markers already stripped. */
export interface SourceComment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The comments that sit directly above `target` (no blank line and no code in between),
 * nearest last, ignoring any comment that starts on the line where `lowerBound` is (that one
 * trails the previous declaration). `comments` must be sorted by offset.
 */
export function commentsAbove(
  comments: readonly SourceComment[],
  lines: LineIndex,
  lowerBound: number,
  target: number,
): SourceComment[] {
  const found: SourceComment[] = [];
  const boundLine = lines.positionAt(lowerBound).line;
  let nextLine = lines.positionAt(target).line;
  for (let i = lastIndexBefore(comments, target); i >= 0; i--) {
    const comment = comments[i];
    if (comment === undefined || comment.end <= lowerBound) break;
    const startLine = lines.positionAt(comment.start).line;
    const endLine = lines.positionAt(comment.end).line;
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
  comments: readonly SourceComment[],
  lines: LineIndex,
  from: number,
  upTo: number,
  line: number,
): SourceComment[] {
  return commentsWithin(comments, from, upTo).filter(
    (comment) => lines.positionAt(comment.start).line === line,
  );
}

/** Comments starting in `[from, upTo)`; a binary search keeps big files linear. */
export function commentsWithin(
  comments: readonly SourceComment[],
  from: number,
  upTo: number,
): SourceComment[] {
  const found: SourceComment[] = [];
  for (let i = firstIndexAtOrAfter(comments, from); i < comments.length; i++) {
    const comment = comments[i];
    if (comment === undefined || comment.start >= upTo) break;
    found.push(comment);
  }
  return found;
}

/** Comment texts joined into one description, markers and blank parts dropped. */
export function commentText(comments: readonly SourceComment[]): string | undefined {
  return describeParts(comments.map((comment) => comment.text));
}

/** Joins comment parts into one description, blank parts dropped. */
export function describeParts(parts: readonly string[]): string | undefined {
  const text = parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
  return text === '' ? undefined : text;
}

function lastIndexBefore(comments: readonly SourceComment[], offset: number): number {
  return firstIndexAtOrAfter(comments, offset) - 1;
}

/** Index of the first comment starting at or after `offset` (comments sorted by start). */
function firstIndexAtOrAfter(comments: readonly SourceComment[], offset: number): number {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((comments[mid]?.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
