import type { CommentSpan } from '../kit/index.js';
import { changedRange } from './lezerReuse.js';
import { shiftDeclaration, shiftDraft } from './lezerWalkReuse.js';
import { readPythonDrafts, type PyRead } from './pyReader.js';

/**
 * Re-reading only the top-level statement chains an edit touched, for the fast Python reader.
 * At a chain start (pyReader.ts, `PyRead.starts`) the tokenizer is at a line start outside any
 * bracket with no indentation open, and the reader has no enclosing class and no clause to
 * continue: the state of the start of a file. So with the one edit between the two texts
 * (`changedRange`):
 * - the chains that end before the edit read as before: their text, and the first character
 *   of the chain after them (whose indentation closed their blocks), did not change;
 * - from a chain start at or after the edit's end that is still at a line start, the text to
 *   the end is what it was, read from the same state: the same results, moved by the edit's
 *   change of length;
 * - the text in between is read as a file of its own (its offsets then moved to where it
 *   sits), which is what a full read does with it, given that it starts and ends in that state.
 * The result equals a full read of the new text, which a differential test checks on seeded
 * random edits. `undefined` when the re-read region is declined: the caller reads the whole
 * text, which may still succeed (a `print` statement that ends the region but not the file).
 */
export function rereadPython(before: string, read: PyRead, text: string): PyRead | undefined {
  const change = changedRange(before, text);
  if (change === undefined) return read;
  const { starts } = read;
  const delta = change.toB - change.toA;
  // The last chain that starts before the edit (the first chain starts at 0)…
  let i = 0;
  while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) < change.fromA) i++;
  // …and the first that starts at or after its end, at a line start of the new text.
  let m = i + 1;
  while (
    m < starts.length &&
    ((starts[m] ?? 0) < change.toA || text.charCodeAt((starts[m] ?? 0) + delta - 1) !== 10)
  )
    m++;
  const from = starts[i] ?? 0;
  const to = m < starts.length ? (starts[m] ?? 0) + delta : text.length;
  const region = readPythonDrafts(text.slice(from, to));
  if (region === undefined) return undefined;

  const keptEmitted = read.emittedAt[i] ?? 0;
  const keptPending = read.pendingAt[i] ?? 0;
  const tailEmitted = read.emittedAt[m] ?? read.emitted.length;
  const tailPending = read.pendingAt[m] ?? read.pending.length;
  const emitted = read.emitted.slice(0, keptEmitted);
  for (const d of region.emitted) emitted.push(shiftDraft(d, from));
  for (let k = tailEmitted; k < read.emitted.length; k++) {
    const d = read.emitted[k];
    if (d !== undefined) emitted.push(delta === 0 ? d : shiftDraft(d, delta));
  }
  const pending = read.pending.slice(0, keptPending);
  for (const d of region.pending) pending.push(shiftDeclaration(d, from));
  for (let k = tailPending; k < read.pending.length; k++) {
    const d = read.pending[k];
    if (d !== undefined) pending.push(delta === 0 ? d : shiftDeclaration(d, delta));
  }
  const comments: CommentSpan[] = [];
  for (const c of read.comments) if (c.from < from) comments.push(c);
  for (const c of region.comments) comments.push({ from: c.from + from, to: c.to + from });
  const tailFrom = to - delta;
  for (const c of read.comments)
    if (c.from >= tailFrom) comments.push({ from: c.from + delta, to: c.to + delta });

  const newStarts = starts.slice(0, i);
  const emittedAt = read.emittedAt.slice(0, i);
  const pendingAt = read.pendingAt.slice(0, i);
  region.starts.forEach((s, k) => {
    newStarts.push(s + from);
    emittedAt.push((region.emittedAt[k] ?? 0) + keptEmitted);
    pendingAt.push((region.pendingAt[k] ?? 0) + keptPending);
  });
  const emittedShift = keptEmitted + region.emitted.length - tailEmitted;
  const pendingShift = keptPending + region.pending.length - tailPending;
  for (let k = m; k < starts.length; k++) {
    newStarts.push((starts[k] ?? 0) + delta);
    emittedAt.push((read.emittedAt[k] ?? 0) + emittedShift);
    pendingAt.push((read.pendingAt[k] ?? 0) + pendingShift);
  }
  // The first chain starts at 0 (with the comments before it), also when the edit left only
  // comments and blank lines before a chain that used to come later.
  if (newStarts.length > 0) newStarts[0] = 0;
  return { emitted, pending, comments, starts: newStarts, emittedAt, pendingAt };
}
