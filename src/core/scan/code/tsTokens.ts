import type { CommentSpan } from '../kit/index.js';
import * as symbols from './tsSymbols.js';
import { BYTE, INT, type TsScratch } from './tsScratch.js';

/**
 * The tokenizer of the fast TypeScript reader (tsReader.ts): @lezer/javascript's tokens
 * (ts dialect) in one pass, with comments set aside. `/` is read as a regular expression or
 * a division from the token before it, which Lezer decides from the parse state instead; where
 * the two could differ, the reader's parse fails on the token and the caller parses with Lezer.
 * Anything unusual (a stray character, an unclosed string or comment, a line break inside a
 * string) gives undefined: the text is left to Lezer.
 */

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the tokenizer would pay for every token.
const { punctuatorSym, symOf, TS_SYMBOLS, wordSym } = symbols;

/** Token kinds. */
export const TK = {
  NAME: 0,
  PRIVATE: 1,
  NUMBER: 2,
  STRING: 3,
  /** An escape inside the string or template before it (Lezer's `Escape` node). */
  ESCAPE: 4,
  REGEXP: 5,
  PUNCT: 6,
  /** The opening backtick of a template. */
  TPL_OPEN: 7,
  TPL_CLOSE: 8,
  INTERP_START: 9,
  INTERP_END: 10,
  EOF: 11,
} as const;

/**
 * The tokens of a text as parallel arrays; `nl` is 1 when a line break precedes the token, and
 * `sym` is the token's symbol (tsSymbols.ts) when its text is one, else 0.
 */
export interface TsTokens {
  readonly kind: Uint8Array;
  readonly sym: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly nl: Uint8Array;
  readonly count: number;
  readonly comments: CommentSpan[];
}

/**
 * Growable typed arrays: a token costs four stores, not four pushes onto generic arrays. Sized
 * for a text of `length` characters at the start (code averages four to five characters a
 * token), so a large file is not copied through a dozen doublings.
 */
class TokenSink {
  kind: Uint8Array;
  sym: Uint8Array;
  from: Int32Array;
  to: Int32Array;
  nl: Uint8Array;
  count = 0;
  /** A line break was seen since the last token. */
  pendingNl = 0;

  constructor(length: number, scratch: TsScratch | undefined) {
    const size = Math.max(1024, length >> 2);
    if (scratch === undefined) {
      this.kind = new Uint8Array(size);
      this.sym = new Uint8Array(size);
      this.from = new Int32Array(size);
      this.to = new Int32Array(size);
      this.nl = new Uint8Array(size);
    } else {
      // Every slot up to `count` is written by `push`, so stale contents are never read.
      this.kind = scratch.bytes(BYTE.KIND, size);
      this.sym = scratch.bytes(BYTE.SYM, size);
      this.from = scratch.ints(INT.FROM, size);
      this.to = scratch.ints(INT.TO, size);
      this.nl = scratch.bytes(BYTE.NL, size);
    }
  }

  /** Leaves the arrays, grown or not, in `scratch` for the next read. */
  keepIn(scratch: TsScratch): void {
    scratch.keepBytes(BYTE.KIND, this.kind);
    scratch.keepBytes(BYTE.SYM, this.sym);
    scratch.keepInts(INT.FROM, this.from);
    scratch.keepInts(INT.TO, this.to);
    scratch.keepBytes(BYTE.NL, this.nl);
  }

  push(kind: number, from: number, to: number, sym = 0): void {
    if (this.count === this.kind.length) this.#grow();
    const i = this.count++;
    this.kind[i] = kind;
    this.sym[i] = sym;
    this.from[i] = from;
    this.to[i] = to;
    this.nl[i] = this.pendingNl;
    this.pendingNl = 0;
  }

  #grow(): void {
    const size = this.kind.length * 2;
    const kind = new Uint8Array(size);
    kind.set(this.kind);
    this.kind = kind;
    const sym = new Uint8Array(size);
    sym.set(this.sym);
    this.sym = sym;
    const from = new Int32Array(size);
    from.set(this.from);
    this.from = from;
    const to = new Int32Array(size);
    to.set(this.to);
    this.to = to;
    const nl = new Uint8Array(size);
    nl.set(this.nl);
    this.nl = nl;
  }
}

/** Symbols after which a `/` starts a regular expression: keywords before an expression. */
const BEFORE_EXPRESSION: Uint8Array = (() => {
  const before = new Uint8Array(TS_SYMBOLS.length);
  for (const w of [
    'return',
    'typeof',
    'instanceof',
    'in',
    'of',
    'new',
    'delete',
    'void',
    'throw',
    'case',
    'do',
    'else',
    'yield',
    'await',
  ])
    before[symOf(w)] = 1;
  // …and punctuators but the ends of an operand.
  for (const p of TS_SYMBOLS)
    if (p !== '' && !/^[a-z]/.test(p) && ![')', ']', '}', '++', '--'].includes(p)) before[symOf(p)] = 1;
  return before;
})();

/** The `}` symbol, which a template's `${…}` closes with. */
const RBRACE = symOf('}');

/** Lezer's `spaces` besides tab, vertical tab and space. */
function isWideSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Lezer's `identifierChar`: ASCII letters, `_`, `$`, and anything from U+00A1 that is no space. */
export function isIdentStart(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 95 ||
    c === 36 ||
    (c >= 0xa1 && !isWideSpace(c) && c !== 0x2028 && c !== 0x2029)
  );
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Tokenizes `text`; undefined where the reader declines. Words starting inside a `[from, to)`
 * range of `blanked` (offset pairs, in order: the decorated `export` keywords of
 * tsDecoratedExports.ts) are read as the blanks the parser is given in their place. With
 * `scratch` (tsScratch.ts) the token arrays are views of its arrays, valid while it is borrowed.
 */
export function tokenizeTs(
  text: string,
  blanked: readonly number[] = [],
  scratch?: TsScratch,
): TsTokens | undefined {
  const t = new TokenSink(text.length, scratch);
  const read = readTokens(text, blanked, t);
  if (scratch !== undefined) t.keepIn(scratch);
  return read;
}

function readTokens(text: string, blanked: readonly number[], t: TokenSink): TsTokens | undefined {
  let nextBlank = 0;
  const comments: CommentSpan[] = [];
  const n = text.length;
  /** Open braces: `true` for a template's `${`, `false` for a plain `{`. */
  const braces: boolean[] = [];
  const push: Push = (kind, from, to) => {
    t.push(kind, from, to);
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      t.pendingNl = 1;
      i++;
    } else if (c === 32 || c === 9 || c === 11 || isWideSpace(c)) i++;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      let e = i + 2;
      while (e < n && text.charCodeAt(e) !== 10) e++;
      comments.push({ from: i, to: e });
      i = e;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const e = text.indexOf('*/', i + 2);
      if (e < 0) return undefined;
      comments.push({ from: i, to: e + 2 });
      if (/[\r\n\u2028\u2029]/.test(text.slice(i, e))) t.pendingNl = 1;
      i = e + 2;
    } else if (isIdentStart(c)) {
      let e = i + 1;
      while (e < n && isIdentPart(text.charCodeAt(e))) e++;
      while (nextBlank < blanked.length && (blanked[nextBlank + 1] ?? 0) <= i) nextBlank += 2;
      const isBlanked = nextBlank < blanked.length && i >= (blanked[nextBlank] ?? n);
      if (!isBlanked) t.push(TK.NAME, i, e, wordSym(text, i, e));
      i = e;
    } else if (c === 35 /* # */) {
      let e = i + 1;
      if (i === 0 && text.charCodeAt(1) === 33) return undefined;
      if (!isIdentStart(text.charCodeAt(e))) return undefined;
      while (e < n && isIdentPart(text.charCodeAt(e))) e++;
      push(TK.PRIVATE, i, e);
      i = e;
    } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      // `a\n.5`: after an expression Lezer reads `.` (a member access, then an error), as it
      // reads `/` as a division there; a number starts with `.` only where an expression may.
      if (c === 46 && !regexAllowed(t)) return undefined;
      const e = numberEnd(text, i);
      if (e < 0) return undefined;
      push(TK.NUMBER, i, e);
      i = e;
    } else if (c === 34 || c === 39) {
      const e = readString(text, i, c, push);
      if (e < 0) return undefined;
      i = e;
    } else if (c === 96) {
      push(TK.TPL_OPEN, i, i + 1);
      const e = readTemplate(text, i + 1, push);
      if (e < 0) return undefined;
      i = e;
    } else if (c === 125 /* } */ && braces.length > 0 && braces[braces.length - 1] === true) {
      braces.pop();
      t.push(TK.INTERP_END, i, i + 1, RBRACE);
      const e = readTemplate(text, i + 1, push);
      if (e < 0) return undefined;
      i = e;
    } else if (c === 47 && regexAllowed(t)) {
      const e = regexEnd(text, i);
      if (e < 0) return undefined;
      push(TK.REGEXP, i, e);
      i = e;
    } else {
      const sym = punctuatorSym(text, i);
      if (sym === 0) return undefined;
      if (c === 123) braces.push(false);
      else if (c === 125) {
        if (braces.pop() === undefined) return undefined;
      }
      const e = i + (TS_SYMBOLS[sym] ?? '').length;
      t.push(TK.PUNCT, i, e, sym);
      i = e;
    }
    // A template's `${` opens a brace that its `}` closes.
    const last = t.count - 1;
    if (t.kind[last] === TK.INTERP_START && t.to[last] === i) braces.push(true);
  }
  if (braces.length > 0) return undefined;
  push(TK.EOF, n, n);
  const c = t.count;
  return {
    kind: t.kind.subarray(0, c),
    sym: t.sym.subarray(0, c),
    from: t.from.subarray(0, c),
    to: t.to.subarray(0, c),
    nl: t.nl.subarray(0, c),
    count: c,
    comments,
  };
}

/**
 * After what a `/` starts a regular expression, and a `.` a number (see the module comment):
 * where an expression may start.
 */
function regexAllowed(t: TokenSink): boolean {
  const k = t.count - 1;
  if (k < 0) return true;
  const kind = t.kind[k];
  if (kind === TK.NAME || kind === TK.PUNCT) return BEFORE_EXPRESSION[t.sym[k] ?? 0] === 1;
  return kind === TK.INTERP_START;
}

function numberEnd(text: string, i: number): number {
  const m =
    /^(?:0[xX][0-9a-fA-F_]+n?|0[bB][01_]+n?|0[oO][0-7_]+n?|[0-9][0-9_]*n|(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9_]+)?)/.exec(
      text.slice(i, i + 100),
    );
  if (!m) return -1;
  const e = i + m[0].length;
  // `1x`, `1.2.3`: leave it to Lezer.
  const next = text.charCodeAt(e);
  return isIdentPart(next) || next === 46 ? -1 : e;
}

/** Lezer's `Escape` length at `i` (a backslash), or 0 when it is not one (`\x` without hex). */
function escapeLength(text: string, i: number): number {
  const c = text.charAt(i + 1);
  if (c === 'x') return /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4)) ? 4 : 0;
  if (c === 'u') {
    const m = /^(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(text.slice(i + 2, i + 20));
    return m ? 2 + m[0].length : 0;
  }
  if (c === '' || c === '\r' || c === '\u2028' || c === '\u2029') return 0;
  return 2;
}

type Push = (kind: number, from: number, to: number) => void;

function readString(text: string, from: number, quote: number, push: Push): number {
  const escapes: number[] = [];
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      const len = escapeLength(text, i);
      if (len === 0) return -1;
      escapes.push(i, i + len);
      i += len - 1;
    } else if (c === quote) {
      push(TK.STRING, from, i + 1);
      for (let k = 0; k < escapes.length; k += 2) push(TK.ESCAPE, escapes[k] ?? 0, escapes[k + 1] ?? 0);
      return i + 1;
    } else if (c === 10 || c === 13) return -1;
  }
  return -1;
}

/** Reads template content from `i` up to `${` (pushed, then the caller reads code) or the closing backtick. */
function readTemplate(text: string, from: number, push: Push): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      const len = escapeLength(text, i);
      if (len === 0) return -1;
      push(TK.ESCAPE, i, i + len);
      i += len - 1;
    } else if (c === 96) {
      push(TK.TPL_CLOSE, i, i + 1);
      return i + 1;
    } else if (c === 36 && text.charCodeAt(i + 1) === 123) {
      push(TK.INTERP_START, i, i + 2);
      return i + 2;
    }
  }
  return -1;
}

function regexEnd(text: string, from: number): number {
  let inClass = false;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return -1;
    if (c === 92) i++;
    else if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === 47 && !inClass) {
      if (i === from + 1) return -1;
      let e = i + 1;
      while (/[dgimsuvy]/.test(text.charAt(e))) e++;
      return isIdentPart(text.charCodeAt(e)) ? -1 : e;
    }
  }
  return -1;
}
