import type { BufferCursor, NodeSet } from '@lezer/common';
import * as symbols from './tsSymbols.js';
import * as tokens from './tsTokens.js';
import { INT, type TsScratch } from './tsScratch.js';
import type { TsTokens } from './tsTokens.js';

// Module-local copies: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the parse would pay for every token.
const { TK } = tokens;
const { RESERVED_SYM, TS_SYMBOLS } = symbols;

/**
 * The state of the fast TypeScript parse (tsReader.ts): tokens, a cursor, and the node buffer
 * it fills in Lezer's own format (post-order `type, from, to, size` records), so the result is
 * a `Tree` of @lezer/javascript's node types, the same tree Lezer builds for the texts the
 * reader accepts. Comments are not tokens: they are placed as Lezer places skipped tokens, in
 * the innermost node that has tokens on both sides of them.
 */

/** Thrown (and caught by the reader) where the text leaves the subset the reader knows. */
export const DECLINE = new Error('tsReader: declined');

/** Leaves the text to Lezer (the reader's caller catches `DECLINE`). */
export function decline(): never {
  throw DECLINE;
}

/**
 * Bracket pairs, as token indices (`match[i]` is the partner of the bracket at `i`, else -1);
 * in `scratch`'s array when given.
 */
function matchBrackets(text: string, t: TsTokens, scratch: TsScratch | undefined): Int32Array {
  const n = t.kind.length;
  const match = (scratch ? scratch.ints(INT.MATCH, n).subarray(0, n) : new Int32Array(n)).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < t.kind.length; i++) {
    const k = t.kind[i];
    if (k === TK.PUNCT) {
      const c = text.charCodeAt(t.from[i] ?? 0);
      if (t.to[i] !== (t.from[i] ?? 0) + 1) continue;
      if (c === 40 || c === 91 || c === 123) stack.push(i);
      else if (c === 41 || c === 93 || c === 125) {
        const open = stack.pop();
        if (open === undefined) decline();
        match[open] = i;
        match[i] = open;
      }
    } else if (k === TK.INTERP_START) stack.push(i);
    else if (k === TK.INTERP_END) {
      const open = stack.pop();
      if (open === undefined) decline();
      match[open] = i;
      match[i] = open;
    }
  }
  if (stack.length > 0) decline();
  return match;
}

/** Node type ids by name, the first type of each name; made once per node set, not per parse. */
const IDS = new WeakMap<NodeSet, Map<string, number>>();
function idsOf(nodeSet: NodeSet): Map<string, number> {
  let ids = IDS.get(nodeSet);
  if (ids === undefined) {
    ids = new Map();
    for (const type of nodeSet.types) if (!ids.has(type.name)) ids.set(type.name, type.id);
    IDS.set(nodeSet, ids);
  }
  return ids;
}

/** Reads the buffer backwards for `Tree.build`, as Lezer's own parse output is read. */
export class BufferReader implements BufferCursor {
  constructor(
    readonly buffer: Int32Array,
    public pos: number,
  ) {}
  get id(): number {
    return this.buffer[this.pos - 4] ?? 0;
  }
  get start(): number {
    return this.buffer[this.pos - 3] ?? 0;
  }
  get end(): number {
    return this.buffer[this.pos - 2] ?? 0;
  }
  get size(): number {
    return this.buffer[this.pos - 1] ?? 0;
  }
  next(): void {
    this.pos -= 4;
  }
  fork(): BufferCursor {
    return new BufferReader(this.buffer, this.pos);
  }
}

export class TsParser {
  readonly text: string;
  readonly t: TsTokens;
  readonly match: Int32Array;
  /**
   * The node buffer (see the module comment); `size` records are in use. Sized at the start
   * for two records a token (model code has about one and a half), so a large file is not
   * copied through doublings.
   */
  buf: Int32Array;
  size = 0;
  /** Index of the current token. */
  p = 0;
  /** End of the last token consumed, the end of the node being finished. */
  lastEnd = 0;
  /** Unresolved `?` of conditional expressions: a `(…):` there may be the `:` of one. */
  ternary = 0;
  readonly #ids: Map<string, number>;
  readonly #comment: number;
  readonly #lineComment: number;
  #nextComment = 0;

  /**
   * With `scratch` (tsScratch.ts), the bracket matches and the node buffer are its arrays: the
   * buffer is valid while the scratch is borrowed (`keepIn` leaves a grown one there).
   */
  constructor(text: string, t: TsTokens, nodeSet: NodeSet, scratch?: TsScratch) {
    this.text = text;
    this.t = t;
    this.#ids = idsOf(nodeSet);
    this.#comment = this.id('BlockComment');
    this.#lineComment = this.id('LineComment');
    this.match = matchBrackets(text, t, scratch);
    // Only the `size` records written are ever read, so a reused buffer's stale tail is not.
    const length = Math.max(1 << 12, t.count << 3);
    this.buf = scratch ? scratch.ints(INT.NODES, length) : new Int32Array(length);
  }

  /** Leaves the node buffer, grown or not, in `scratch` for the next read. */
  keepIn(scratch: TsScratch): void {
    scratch.keepInts(INT.NODES, this.buf);
  }

  id(name: string): number {
    const id = this.#ids.get(name);
    if (id === undefined) throw new Error(`tsReader: no node type ${name}`);
    return id;
  }

  /** Kind of the token `k` ahead. */
  kind(k = 0): number {
    return this.t.kind[this.p + k] ?? TK.EOF;
  }

  /** Text of the token `k` ahead (sliced only when it is no symbol). */
  s(k = 0): string {
    const i = this.p + k;
    const sym = this.t.sym[i] ?? 0;
    if (sym !== 0) return TS_SYMBOLS[sym] ?? '';
    return this.text.slice(this.t.from[i], this.t.to[i]);
  }

  /**
   * The text of the token `k` ahead when it is a symbol (a punctuator or a word of tsSymbols.ts),
   * else '': for tests against those words, without slicing a name.
   */
  word(k = 0): string {
    return TS_SYMBOLS[this.t.sym[this.p + k] ?? 0] ?? '';
  }

  /** The token `k` ahead is a word Lezer always reads as a keyword. */
  reserved(k = 0): boolean {
    return RESERVED_SYM[this.t.sym[this.p + k] ?? 0] === 1;
  }

  /** The current token is the punctuator or name `s`. */
  is(s: string, k = 0): boolean {
    const i = this.p + k;
    const sym = this.t.sym[i] ?? 0;
    if (sym !== 0) return TS_SYMBOLS[sym] === s;
    const from = this.t.from[i] ?? 0;
    return (
      (this.t.to[i] ?? 0) - from === s.length && this.text.startsWith(s, from) && this.kind(k) !== TK.STRING
    );
  }

  /** A line break precedes the token `k` ahead. */
  nl(k = 0): boolean {
    return this.t.nl[this.p + k] === 1;
  }

  from(k = 0): number {
    return this.t.from[this.p + k] ?? this.text.length;
  }

  /** Two tokens touch (`>` `>` read as `>>` in an expression). */
  touching(k: number): boolean {
    return this.t.to[this.p + k] === this.t.from[this.p + k + 1];
  }

  /** Places the comments before `pos` at the current point of the buffer. */
  flush(pos: number): void {
    const comments = this.t.comments;
    while (this.#nextComment < comments.length) {
      const c = comments[this.#nextComment];
      if (c === undefined || c.from >= pos) break;
      const id = this.text.charCodeAt(c.from + 1) === 42 ? this.#comment : this.#lineComment;
      this.record(id, c.from, c.to, 4);
      this.#nextComment++;
    }
  }

  /** Appends one node record. */
  record(id: number, from: number, to: number, size: number): void {
    if (this.size + 4 > this.buf.length) {
      const grown = new Int32Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    const buf = this.buf;
    const at = this.size;
    buf[at] = id;
    buf[at + 1] = from;
    buf[at + 2] = to;
    buf[at + 3] = size;
    this.size = at + 4;
  }

  /** The type of the last node recorded. */
  lastType(): number {
    return this.buf[this.size - 4] ?? -1;
  }

  /** Opens a node at the current token; pass the result to `finish`. */
  start(): number {
    this.flush(this.from());
    return this.size;
  }

  /** Closes the node opened at `mark` (its start is the first record's or the token's). */
  finish(name: string, mark: number, from: number): void {
    this.record(this.id(name), from, this.lastEnd, this.size + 4 - mark);
  }

  /** Consumes the current token as a leaf node `name` (or as an anonymous token when null). */
  leaf(name: string | null): void {
    if (this.kind() === TK.EOF) decline();
    const i = this.p;
    const from = this.t.from[i] ?? 0;
    const to = this.t.to[i] ?? 0;
    this.flush(from);
    if (name !== null) this.record(this.id(name), from, to, 4);
    this.lastEnd = to;
    this.p++;
  }

  /** Consumes `count` touching tokens as one leaf node (`>` `>` as the operator `>>`). */
  leafSpan(name: string, count: number): void {
    if (count === 1) {
      this.leaf(name);
      return;
    }
    const from = this.from();
    this.flush(from);
    this.p += count;
    this.lastEnd = this.t.to[this.p - 1] ?? from;
    this.record(this.id(name), from, this.lastEnd, 4);
  }

  /** Consumes the punctuator `s` as a node of the same name, or declines. */
  expect(s: string, name: string = s): void {
    if (!this.is(s) || this.kind() === TK.STRING) decline();
    this.leaf(name);
  }

  /** Consumes a String token and its escapes. */
  string(): void {
    const mark = this.start();
    const from = this.from();
    this.leaf(null);
    const end = this.lastEnd;
    while (this.kind() === TK.ESCAPE) this.leaf('Escape');
    this.lastEnd = end;
    this.finish('String', mark, from);
  }

  /** Ends a statement: `;`, or an inserted semicolon before `}`, the end, or a line break. */
  semi(): void {
    if (this.is(';') && this.kind() === TK.PUNCT) this.leaf(';');
    else if (!(this.is('}') || this.kind() === TK.EOF || this.nl())) decline();
    // Whether Lezer inserts a semicolon across a block comment was seen to differ: leave it to Lezer.
    else if (this.nl() && this.text.slice(this.lastEnd, this.from()).includes('/*')) decline();
  }

  /** The rest of the comments, after the last token (they belong to the top node). */
  end(): void {
    this.flush(Infinity);
  }
}
