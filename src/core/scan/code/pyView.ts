import * as pyTokensModule from './pyTokens.js';
import type { PyTokens } from './pyTokens.js';

// Imports used per node or token, copied once: under a CommonJS transform (tsx, the benchmarks)
// every use of an imported binding is a getter call (see pyTokens.ts).
const { KEYWORD_LIST, KIND, OPERATORS } = pyTokensModule;

const { FSTRING, NAME, NUMBER, OP, STRING } = KIND;

/**
 * Read access to a token list for the fast Python reader: token texts, bracket partners, and
 * the token classes of @lezer/python's grammar (keywords are specialised identifiers there, so
 * `None`, `in` or `class` are never variable names).
 */
export class PyView {
  /** For an opening bracket token, the index of its partner (and the reverse). */
  readonly #partner: Int32Array;

  constructor(
    readonly text: string,
    readonly t: PyTokens,
  ) {
    this.#partner = partners(text, t);
  }

  get length(): number {
    return this.t.kind.length;
  }

  /** A token's text; operators and keywords come interned, without slicing the text. */
  s(i: number): string {
    const kind = this.t.kind[i];
    const code = this.t.code[i] ?? 0;
    if (kind === OP) return OPERATORS[code] ?? '';
    if (kind === NAME && code > 0) return KEYWORD_LIST[code - 1] ?? '';
    return this.text.slice(this.t.from[i], this.t.to[i]);
  }

  isOp(i: number, op: string): boolean {
    return this.t.kind[i] === OP && OPERATORS[this.t.code[i] ?? 0] === op;
  }

  /** A name that is not a keyword: what Lezer calls a VariableName. */
  isVariable(i: number): boolean {
    return this.t.kind[i] === NAME && this.t.code[i] === 0;
  }

  isKeyword(i: number, word?: string): boolean {
    if (this.t.kind[i] !== NAME) return false;
    const code = this.t.code[i] ?? 0;
    if (code === 0) return false;
    return word === undefined || KEYWORD_LIST[code - 1] === word;
  }

  /** The partner of a bracket token, or -1. */
  partner(i: number): number {
    return this.#partner[i] ?? -1;
  }

  /** A single string literal (not an f-string, not a concatenation). */
  isPlainString(i: number): boolean {
    return this.t.kind[i] === STRING;
  }

  /**
   * The end (exclusive) of a primary expression starting at `i` — an atom followed by any
   * trailers (`.name`, call, subscript) — or -1 when `i` does not start one.
   */
  primaryEnd(i: number, end: number): number {
    const kind = this.t.kind[i];
    let k: number;
    if (kind === NAME) {
      const s = this.s(i);
      if (this.isKeyword(i) && s !== 'None' && s !== 'True' && s !== 'False') return -1;
      k = i + 1;
    } else if (kind === NUMBER || kind === FSTRING || this.isOp(i, '...')) k = i + 1;
    else if (kind === STRING) {
      k = i + 1;
      while (k < end && (this.t.kind[k] === STRING || this.t.kind[k] === FSTRING)) k++;
    } else if (this.isOpen(i)) k = this.partner(i) + 1;
    else return -1;
    while (k < end) {
      if (this.isOp(k, '.') && this.t.kind[k + 1] === NAME) k += 2;
      else if (this.isOp(k, '(') || this.isOp(k, '[')) k = this.partner(k) + 1;
      else break;
    }
    return k;
  }

  isOpen(i: number): boolean {
    if (this.t.kind[i] !== OP) return false;
    const c = this.text.charCodeAt(this.t.from[i] ?? 0);
    return (c === 40 || c === 91 || c === 123) && (this.t.to[i] ?? 0) - (this.t.from[i] ?? 0) === 1;
  }
}

function partners(text: string, t: PyTokens): Int32Array {
  const out = new Int32Array(t.kind.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < t.kind.length; i++) {
    if (t.kind[i] !== OP || (t.to[i] ?? 0) - (t.from[i] ?? 0) !== 1) continue;
    const c = text.charCodeAt(t.from[i] ?? 0);
    if (c === 40 || c === 91 || c === 123) stack.push(i);
    else if (c === 41 || c === 93 || c === 125) {
      const open = stack.pop();
      if (open !== undefined) {
        out[open] = i;
        out[i] = open;
      }
    }
  }
  return out;
}

/**
 * Whether a small statement `[a, b)` is an assignment (a top-level `=`, or an annotation
 * `x: T`), where its first target ends, its first `=` and its annotation's `:`. Declines
 * shapes where a `lambda`'s colon or defaults make the top-level operators ambiguous, and a
 * top-level `:=`, which Lezer does not parse as a statement.
 */
export function statementShape(
  v: PyView,
  a: number,
  b: number,
): { assign: boolean; firstEnd: number; eq: number; colon: number } {
  const t = v.t;
  let eq = -1;
  let colon = -1;
  let firstEnd = -1;
  let lambdas = 0;
  let colons = 0;
  let update = false;
  for (let i = a; i < b; i++) {
    if (t.depth[i] !== 0) continue;
    const k = t.kind[i];
    if (k === NAME && v.isKeyword(i, 'lambda')) {
      lambdas++;
      continue;
    }
    if (k !== OP) continue;
    const s = v.s(i);
    if (s === '=') {
      // `lambda a=1: a` at the top level: the `=` is a default, not an assignment.
      if (lambdas > 0) decline();
      if (eq < 0) eq = i;
    } else if (s === ':') {
      colons++;
      if (colon < 0 && eq < 0 && lambdas === 0) colon = i;
    } else if (s === ':=') decline();
    else if (s.length >= 2 && s.endsWith('=') && !COMPARISONS.has(s)) update = true;
    if (firstEnd < 0 && (s === ',' || s === '=' || s === ':')) firstEnd = i;
  }
  // Every other top-level colon must belong to a lambda.
  if (colons - (colon >= 0 ? 1 : 0) > lambdas) decline();
  const assign = eq >= 0 || colon >= 0;
  if (assign && update) decline();
  return { assign, firstEnd, eq, colon };
}

const COMPARISONS: ReadonlySet<string> = new Set(['==', '<=', '>=', '!=']);

/**
 * Thrown (and caught by `readPython`) when the text is not the fast reader's to read; one
 * shared instance, since a refusal needs no stack.
 */
export const DECLINE = new Error('not for the fast Python reader');

/** Gives the text up to the reference parser. */
export function decline(): never {
  throw DECLINE;
}
