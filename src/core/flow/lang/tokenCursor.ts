/**
 * The cursor of the Kotlin and C# token lowering (tokenStmts.ts, tokenExpr.ts) and what it reads
 * of brackets: each bracket's partner, and the end of generic arguments.
 */
import type { Token } from '../../scan/code/cfamilyTokens.js';
import type { Stmt } from '../ir.js';
import type { InternedNames } from './interned.js';

export type TokenLanguage = 'kotlin' | 'csharp';

/** A cursor over code tokens (comments removed) and the reader of blocks, for lambdas. */
export interface Cursor {
  readonly lang: TokenLanguage;
  readonly t: readonly Token[];
  i: number;
  depth: number;
  /** Reads statements up to the token at `end` (exclusive). */
  readonly block: (c: Cursor, end: number) => Stmt[];
  /** Each bracket's partner (`closing`), filled on first use. */
  partners?: Int32Array;
  /**
   * The dotted callee of the operand `primary` read last (`logger`, `Foo()`, `?` when not a
   * name), set here instead of returned with it in an object per operand.
   */
  dotted: string;
  /** Dotted callees, one string each (interned.ts): each member access and call made its own. */
  readonly strings: InternedNames;
}

export const peek = (c: Cursor, k = 0): Token | undefined => c.t[c.i + k];

/**
 * Closing brackets by opening one. A map, not an object literal: a name such as `toString` or
 * `constructor` must not find the object prototype's members and open a bracket never closed.
 */
const CLOSER: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
]);

const OPEN_PAREN = 40;
const OPEN_SQUARE = 91;
const OPEN_CURLY = 123;

/** Index of the token closing the bracket at `open` (or the end). */
export function closing(c: Cursor, open: number): number {
  const partner = (c.partners ??= partnersOf(c.t))[open] ?? -1;
  return partner >= 0 ? partner : closingFrom(c.t, open);
}

/**
 * The partner of every opening bracket in one pass (-1 for other tokens): what `closingFrom`
 * gives each, since the stack it grows from an opener is the top of this one's until that
 * opener is closed. Read once instead of per bracket, whose scans went over every enclosed
 * token again at each nesting level.
 */
function partnersOf(t: readonly Token[]): Int32Array {
  const partners = new Int32Array(t.length).fill(-1);
  const open: number[] = [];
  // The closers awaited, as character codes: a bracket is one character, and comparing codes
  // costs no map lookup per opener and no string comparison per token.
  const want: number[] = [];
  for (let j = 0; j < t.length; j++) {
    const x = t[j]?.text ?? '';
    if (x.length !== 1) continue;
    const code = x.charCodeAt(0);
    const close = code === OPEN_PAREN ? 41 : code === OPEN_SQUARE ? 93 : code === OPEN_CURLY ? 125 : 0;
    if (close !== 0) {
      open.push(j);
      want.push(close);
      partners[j] = t.length;
    } else if (want.length > 0 && code === want[want.length - 1]) {
      want.pop();
      partners[open.pop() ?? 0] = j;
    }
  }
  return partners;
}

/** `closing` read token by token: the first token that empties the stack grown from `open`. */
function closingFrom(t: readonly Token[], open: number): number {
  const stack: string[] = [];
  for (let j = open; j < t.length; j++) {
    const x = t[j]?.text ?? '';
    const close = CLOSER.get(x);
    if (close !== undefined) stack.push(close);
    else if (x === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return j;
    }
  }
  return t.length;
}

/** The end of `<…>` generic arguments at `open`, or `open` when it is a comparison. */
export function angleEnd(c: Cursor, open: number): number {
  let depth = 0;
  for (let j = open; j < Math.min(c.t.length, open + 40); j++) {
    const x = c.t[j];
    if (!x) break;
    if (x.text === '<') depth++;
    else if (x.text === '>') {
      depth--;
      if (depth === 0) return j;
    } else if (x.kind !== 'ident' && !['.', ',', '?', '*', '[', ']'].includes(x.text)) return open - 1;
  }
  return open - 1;
}
