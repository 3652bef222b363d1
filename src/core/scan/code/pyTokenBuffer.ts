import type { CommentSpan } from '../kit/index.js';
import type { PyTokens } from './pyTokens.js';

/**
 * The growing token arrays the Python tokenizer (pyTokens.ts) fills, one typed array per
 * column of `PyTokens`, doubled when full: pushing to plain arrays cost more than reading the
 * text.
 */

/** A `PyTokens` being filled; `done` trims the arrays to the tokens read. */
export class TokenBuffer {
  kind: Uint8Array;
  from: Int32Array;
  to: Int32Array;
  depth: Int32Array;
  code: Uint8Array;
  length = 0;
  readonly comments: CommentSpan[] = [];
  inner: TokenBuffer | undefined;
  readonly fields: number[] = [];
  /** Inside a replacement field: an f-string here is one level too deep for the reader. */
  readonly nested: boolean;

  constructor(capacity: number, nested = false) {
    this.nested = nested;
    this.kind = new Uint8Array(capacity);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.depth = new Int32Array(capacity);
    this.code = new Uint8Array(capacity);
  }

  done(): PyTokens {
    const n = this.length;
    return {
      kind: this.kind.subarray(0, n),
      from: this.from.subarray(0, n),
      to: this.to.subarray(0, n),
      depth: this.depth.subarray(0, n),
      code: this.code.subarray(0, n),
      comments: this.comments,
      inner: this.inner?.done(),
      fields: this.fields,
    };
  }
}

export function push(t: TokenBuffer, kind: number, from: number, to: number, depth: number, code = 0): void {
  let i = t.length;
  if (i === t.kind.length) {
    const grow = <A extends Uint8Array | Int32Array>(a: A, make: (n: number) => A): A => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    t.kind = grow(t.kind, (n) => new Uint8Array(n));
    t.from = grow(t.from, (n) => new Int32Array(n));
    t.to = grow(t.to, (n) => new Int32Array(n));
    t.depth = grow(t.depth, (n) => new Int32Array(n));
    t.code = grow(t.code, (n) => new Uint8Array(n));
  }
  t.kind[i] = kind;
  t.from[i] = from;
  t.to[i] = to;
  t.depth[i] = depth;
  t.code[i] = code;
  t.length = ++i;
}
