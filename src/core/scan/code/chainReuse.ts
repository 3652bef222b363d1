import type { CommentSpan, FieldDraft } from '../kit/index.js';
import { changedRange } from './lezerReuse.js';
import { shiftDeclaration, shiftDraft, type PendingDeclaration } from './lezerWalkReuse.js';

/**
 * What a fast reader (pyReader.ts, goReader.ts) found in a text, before comments are attached,
 * with where each top-level statement chain starts: at such a start the tokenizer and the
 * reader are in the state they are in at the start of a file, which is what lets an edit
 * re-read only the chains it touched (`rereadChains`).
 */
export interface ChainRead {
  readonly emitted: readonly FieldDraft[];
  readonly pending: readonly PendingDeclaration[];
  /** Comments in text order. */
  readonly comments: readonly CommentSpan[];
  /** Offsets of the chain starts, ascending; the first is 0 (leading comments included). */
  readonly starts: readonly number[];
  /** How many drafts and declarations precede each chain start. */
  readonly emittedAt: readonly number[];
  readonly pendingAt: readonly number[];
}

/** How a language's chains are read again: a region as a file of its own, and how much of a chain's head its predecessor looks at. */
export interface ChainReader {
  /**
   * Reads `region`, which starts at offset `from` of the whole text (0: the file's start), as
   * a full read reads it there; undefined where it declines.
   */
  readonly read: (region: string, from: number) => ChainRead | undefined;
  /**
   * How many characters from the chain start at `at` the chain before it may read (the first
   * character's indentation in Python; the whole first token in Go): while they are unchanged,
   * the chain before reads as it did.
   */
  readonly head: (text: string, at: number) => number;
}

/**
 * Re-reads only the top-level statement chains an edit touched. With the one edit between the
 * two texts (`changedRange`):
 * - the chains that end before the edit read as before: their text, and the head of the chain
 *   after them (what they look at past their end), did not change;
 * - from a chain start at or after the edit's end that is still at a line start, the text to
 *   the end is what it was, read from the same state: the same results, moved by the edit's
 *   change of length;
 * - the text in between is read as a file of its own (its offsets then moved to where it
 *   sits), which is what a full read does with it, given that it starts and ends in that state.
 * The result equals a full read of the new text, which differential tests check on seeded
 * random edits (pyReuse.test.ts, goReuse.test.ts). `undefined` when the re-read region is
 * declined: the caller reads the whole text, which may still succeed.
 */
export function rereadChains(
  before: string,
  read: ChainRead,
  text: string,
  reader: ChainReader,
): ChainRead | undefined {
  const change = changedRange(before, text);
  if (change === undefined) return read;
  const { starts } = read;
  const delta = change.toB - change.toA;
  // The last chain whose head lies before the edit (the first chain starts at 0)…
  let i = 0;
  while (i + 1 < starts.length && headEnd(before, starts[i + 1] ?? Infinity, reader) <= change.fromA) i++;
  // …and the first that starts at or after its end, at a line start of the new text.
  let m = i + 1;
  while (
    m < starts.length &&
    ((starts[m] ?? 0) < change.toA || text.charCodeAt((starts[m] ?? 0) + delta - 1) !== 10)
  )
    m++;
  const from = starts[i] ?? 0;
  const to = m < starts.length ? (starts[m] ?? 0) + delta : text.length;
  const region = reader.read(text.slice(from, to), from);
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
  const result = { emitted, pending, comments, starts: newStarts, emittedAt, pendingAt };
  windows.set(result, { from, to: to - delta, delta });
  return result;
}

/**
 * What a re-read read again: `[from, to)` of the text before the edit, which is
 * `[from, to + delta)` of the text after it; before and after it the reads agree.
 */
export interface RereadWindow {
  readonly from: number;
  readonly to: number;
  readonly delta: number;
}

const windows = new WeakMap<ChainRead, RereadWindow>();

/** The window of a re-read made by `rereadChains` (undefined for a full read). */
export function rereadWindow(read: ChainRead): RereadWindow | undefined {
  return windows.get(read);
}

/** `copy`, a re-read extended by a language's own properties, keeps the window of `read`. */
export function keepWindow<R extends ChainRead>(read: ChainRead, copy: R): R {
  const window = windows.get(read);
  if (window !== undefined) windows.set(copy, window);
  return copy;
}

/** Where the head of the chain starting at `at` ends (Infinity past the last chain). */
function headEnd(text: string, at: number, reader: ChainReader): number {
  return at === Infinity ? Infinity : at + reader.head(text, at);
}
