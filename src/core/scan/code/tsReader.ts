import { Tree, type NodeSet } from '@lezer/common';
import { changedRange } from './lezerReuse.js';
import { BufferReader, DECLINE, TsParser } from './tsParseCore.js';
import { statement } from './tsParseDecl.js';
import { TK, tokenizeTs, type TsTokens } from './tsTokens.js';

/**
 * The fast TypeScript reader: a hand-written parse of the TypeScript most model and service
 * code is written in, building the very tree @lezer/javascript (ts dialect) builds for it, in
 * Lezer's own buffer format, several times faster because it has no parse tables, stacks or
 * error recovery to run. The extractor's handlers then walk it as they walk Lezer's tree, so
 * both give the same candidates (a differential test holds the trees equal). Where the text
 * leaves the subset the reader knows — a syntax error, JSX, a construct it does not build —
 * it returns undefined and the caller parses with Lezer.
 *
 * After an edit, a top-level statement whose tokens (up to the last one its parse looked at)
 * the edit did not touch is copied from the previous read, shifted, instead of parsed again:
 * a top-level statement starts in the state a file starts in.
 */
export function readTypeScriptTree(
  text: string,
  nodeSet: NodeSet,
  topId: number,
  previous?: Tree,
): Tree | undefined {
  const tokens = tokenizeTs(text);
  if (tokens === undefined) return undefined;
  const prior = previous === undefined ? undefined : READS.get(previous);
  try {
    const P = new TsParser(text, tokens, nodeSet);
    const reuse = prior === undefined ? undefined : new StatementReuse(prior, text, tokens);
    const statements: Statement[] = [];
    while (P.kind() !== TK.EOF) {
      const tokA = P.p;
      P.flush(P.from());
      const recA = P.size;
      if (reuse?.copy(P) !== true) {
        P.reach = tokA;
        statement(P);
      }
      statements.push({ tokA, tokB: P.p, reach: Math.max(P.reach, P.p), recA, recB: P.size });
    }
    P.end();
    const tree = Tree.build({
      buffer: new BufferReader(P.buf, P.size),
      nodeSet,
      topID: topId,
      length: text.length,
    });
    READS.set(tree, { text, tokens, buf: P.buf, statements });
    return tree;
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

/** One top-level statement of a read: its tokens `[tokA, tokB)`, the last token looked at, its records. */
interface Statement {
  readonly tokA: number;
  readonly tokB: number;
  readonly reach: number;
  readonly recA: number;
  readonly recB: number;
}

interface Read {
  readonly text: string;
  readonly tokens: TsTokens;
  readonly buf: Int32Array;
  readonly statements: readonly Statement[];
}

/** What each tree the reader built was read from, for the next read of the same document. */
const READS = new WeakMap<Tree, Read>();

/** Matches the previous read's statements, in order, against the new text's statement starts. */
class StatementReuse {
  readonly #prior: Read;
  readonly #tokens: TsTokens;
  readonly #fromA: number;
  readonly #toA: number;
  readonly #fromB: number;
  readonly #toB: number;
  #next = 0;

  constructor(prior: Read, text: string, tokens: TsTokens) {
    this.#prior = prior;
    this.#tokens = tokens;
    const change = changedRange(prior.text, text) ?? {
      fromA: text.length,
      toA: text.length,
      fromB: text.length,
      toB: text.length,
    };
    this.#fromA = change.fromA;
    this.#toA = change.toA;
    this.#fromB = change.fromB;
    this.#toB = change.toB;
  }

  /** Copies the previous statement starting at the parser's token, when it is still the same. */
  copy(P: TsParser): boolean {
    const pos = P.from();
    let delta: number;
    if (pos < this.#fromB) delta = 0;
    else if (pos >= this.#toB) delta = this.#toB - this.#toA;
    else return false;
    const old = this.#prior.tokens;
    const list = this.#prior.statements;
    while (this.#next < list.length && (old.from[list[this.#next]?.tokA ?? 0] ?? 0) < pos - delta)
      this.#next++;
    const s = list[this.#next];
    if (s === undefined || old.from[s.tokA] !== pos - delta) return false;
    if (delta === 0 ? !this.#before(s) : !this.#sameAfter(s, P.p, delta)) return false;
    const buf = this.#prior.buf;
    for (let r = s.recA; r < s.recB; r += 4) {
      P.record(buf[r] ?? 0, (buf[r + 1] ?? 0) + delta, (buf[r + 2] ?? 0) + delta, buf[r + 3] ?? 0);
    }
    P.p += s.tokB - s.tokA;
    P.lastEnd = (old.to[s.tokB - 1] ?? 0) + delta;
    P.skipComments(P.lastEnd);
    this.#next++;
    return true;
  }

  /** Before the edit: every token the statement looked at ends before the edit, so it is unchanged. */
  #before(s: Statement): boolean {
    return (this.#prior.tokens.to[s.reach] ?? Infinity) < this.#fromA;
  }

  /** After the edit: the tokens it looked at are the same, shifted by `delta`. */
  #sameAfter(s: Statement, at: number, delta: number): boolean {
    const old = this.#prior.tokens;
    const now = this.#tokens;
    if ((old.from[s.tokA] ?? 0) < this.#toA) return false;
    for (let i = s.tokA, j = at; i <= s.reach; i++, j++) {
      if (
        old.kind[i] !== now.kind[j] ||
        (old.from[i] ?? 0) + delta !== now.from[j] ||
        (old.to[i] ?? 0) + delta !== now.to[j] ||
        (i > s.tokA && old.nl[i] !== now.nl[j])
      )
        return false;
    }
    return true;
  }
}
