import { LineIndex } from '../../text/lines.js';
import type { FieldCandidate } from '../../types.js';
import type { CommentSpan, FieldDraft } from '../kit/index.js';
import { collectFields } from './collectFields.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';
import { Reader } from './pyStatements.js';
import { tokenizePython } from './pyTokens.js';
import { DECLINE, PyView } from './pyView.js';

/**
 * The fast Python reader: the same candidates as the Lezer-based extractor (python.ts, the
 * reference, which a differential test holds it to) from a token pass and a statement pass,
 * several times faster because it builds no syntax tree. It reads only what the extractor
 * needs — statements and blocks, class bodies, `__init__`, attribute accesses, comments — and
 * returns `undefined` for any text it cannot be sure Lezer would parse without error; the
 * caller then runs the reference.
 */
export function readPython(text: string): FieldCandidate[] | undefined {
  const read = readPythonDrafts(text);
  return read && collectFields(text, new LineIndex(text), read.comments, read.emitted, read.pending);
}

/**
 * What the reader found in a text, before comments are attached, with where each top-level
 * statement chain starts (a statement and its `elif`/`else`/`except`/`finally` clauses, or a
 * decorated definition): at such a start the tokenizer and the reader are in the state they
 * are in at the start of a file, which is what lets an edit re-read only the chains it
 * touched (pyReuse.ts).
 */
export interface PyRead {
  readonly emitted: readonly FieldDraft[];
  readonly pending: readonly PendingDeclaration[];
  /** Comments in text order. */
  readonly comments: readonly CommentSpan[];
  /** Offsets of the chain starts, ascending; the first is 0 (leading comments included). */
  readonly starts: readonly number[];
  /** How many drafts and declarations precede each chain start. */
  readonly emittedAt: readonly number[];
  readonly pendingAt: readonly number[];
  /**
   * The tokens of a whole-text read, for the flow analysis to lower (flow/lang/pyLower.ts)
   * instead of parsing again; a re-read of an edit (pyReuse.ts) has none.
   */
  readonly view?: PyView;
}

/** `readPython` without the comment attachment; `undefined` where it declines. */
export function readPythonDrafts(text: string): PyRead | undefined {
  const tokens = tokenizePython(text);
  if (tokens === undefined) return undefined;
  const reader = new Reader(new PyView(text, tokens));
  try {
    reader.file();
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
  return {
    emitted: reader.emitted,
    pending: reader.pending,
    comments: tokens.comments,
    starts: reader.starts,
    emittedAt: reader.emittedAt,
    pendingAt: reader.pendingAt,
    view: reader.view,
  };
}
