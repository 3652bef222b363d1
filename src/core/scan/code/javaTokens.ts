import type { CommentSpan } from '../kit/index.js';
import * as symbols from './javaSymbols.js';

// Module-local copies: under a CommonJS loader (tsx: the tests and benchmarks) each use of an
// imported binding is a getter call, which the token loop would pay for every token.
const { FIRST_CONTEXTUAL, JAVA_SYMBOLS, operatorSym, P, wordSym } = symbols;

/**
 * The tokens of the fast Java reader (javaReader.ts), read from the text @lezer/java would see
 * (class literals and module-only words already rewritten, java.ts). Everything the reader could
 * not be sure @lezer/java tokenizes the same way — unterminated literals and comments, a
 * number it would split, characters outside ASCII that are no letter or digit, a byte-order
 * mark, a backslash outside a literal — gives undefined, and the caller runs the Lezer reference.
 */

/** Token kinds. `IDENT` is any non-reserved name (contextual words such as `record` included). */
export const JK = {
  EOF: 0,
  IDENT: 1,
  KEYWORD: 2,
  PUNCT: 3,
  STRING: 4,
  TEXT_BLOCK: 5,
  CHAR: 6,
  NUMBER: 7,
} as const;

export interface JavaTokens {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /**
   * The token's text as the parser saw it for names, keywords and punctuation ('' for literals),
   * made on first use: the reader compares symbols (`sym`) and slices names only when it needs one.
   */
  readonly text: readonly string[];
  /**
   * For punctuation, keywords and the contextual words the reader asks about (`record`, `var`…),
   * the index of the token's text in `JAVA_SYMBOLS`; 0 for any other token.
   */
  readonly sym: Uint8Array;
  /** For a bracket, the index of its partner; -1 otherwise. */
  readonly match: Int32Array;
  /** Comments in text order. */
  readonly comments: readonly CommentSpan[];
}

const NUMBER =
  /^(?:(?:[0-9]+(?:_+[0-9]+)*|0[xX][A-Fa-f0-9]+(?:_[A-Fa-f0-9]+)*|0[bB][01]+(?:_[01]+)*)[lL]?|[0-9]+(?:_+[0-9]+)*(?:\.(?:[0-9]+(?:_+[0-9]+)*)?(?:[eE][-+]?[0-9]+(?:_+[0-9]+)*)?[fFdD]?|[eE][-+]?[0-9]+(?:_+[0-9]+)*[fFdD]?|[fFdD])|\.[0-9]+(?:_+[0-9]+)*(?:[eE][-+]?[0-9]+(?:_+[0-9]+)*)?[fFdD]?)$/;

function isAsciiIdent(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

/** A non-ASCII character @lezer/java reads as part of a name and we are sure of: a letter or digit. */
function isWideIdent(text: string, i: number): number {
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0xa1) return 0;
  const ch = String.fromCodePoint(cp);
  return /[\p{L}\p{N}]/u.test(ch) ? ch.length : 0;
}

/** The tokens of one text; `text` is made from the symbols and the source on first use. */
class Tokens implements JavaTokens {
  #text: string[] | undefined;

  constructor(
    readonly count: number,
    readonly kind: Uint8Array,
    readonly from: Int32Array,
    readonly to: Int32Array,
    readonly sym: Uint8Array,
    readonly match: Int32Array,
    readonly comments: readonly CommentSpan[],
    private readonly source: string,
  ) {}

  get text(): readonly string[] {
    if (this.#text === undefined) {
      const words: string[] = [];
      for (let k = 0; k <= this.count; k++) {
        const s = this.sym[k] ?? 0;
        if (s !== 0) words.push(JAVA_SYMBOLS[s] ?? '');
        else words.push(this.kind[k] === JK.IDENT ? this.source.slice(this.from[k], this.to[k]) : '');
      }
      this.#text = words;
    }
    return this.#text;
  }
}

/** Tokenizes `text`; undefined where @lezer/java might read it differently. */
export function tokenizeJava(text: string): JavaTokens | undefined {
  const n = text.length;
  // A token takes at least one character: arrays of the text's length hold every one.
  const kind = new Uint8Array(n + 1);
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  const syms = new Uint8Array(n + 1);
  const comments: CommentSpan[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      comments.push({ from: i, to: stop });
      i = stop;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      comments.push({ from: i, to: end + 2 });
      i = end + 2;
      continue;
    }
    let k: number = JK.PUNCT;
    let s = 0;
    let j: number;
    if (isAsciiIdent(c) && !(c >= 48 && c <= 57)) {
      j = i + 1;
      for (;;) {
        const d = text.charCodeAt(j);
        if (j < n && isAsciiIdent(d)) j++;
        else if (d >= 0x80) {
          const w = isWideIdent(text, j);
          if (w === 0) return undefined;
          j += w;
        } else break;
      }
      s = wordSym(text, i, j);
      k = s !== 0 && s < FIRST_CONTEXTUAL ? JK.KEYWORD : JK.IDENT;
    } else if (c >= 0x80) {
      // A name starting with a letter outside ASCII (Chinese identifiers).
      j = i;
      for (;;) {
        const d = text.charCodeAt(j);
        if (j < n && d < 0x80 && isAsciiIdent(d)) j++;
        else if (j < n && d >= 0x80) {
          const w = isWideIdent(text, j);
          if (w === 0) return undefined;
          j += w;
        } else break;
      }
      if (j === i) return undefined;
      k = JK.IDENT;
    } else if (
      (c >= 48 && c <= 57) ||
      (c === 46 && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)
    ) {
      j = numberEnd(text, i);
      if (!NUMBER.test(text.slice(i, j))) return undefined;
      k = JK.NUMBER;
    } else if (c === 34) {
      const block = text.startsWith('"""', i);
      j = block ? textBlockEnd(text, i) : stringEnd(text, i);
      if (j < 0) return undefined;
      k = block ? JK.TEXT_BLOCK : JK.STRING;
    } else if (c === 39) {
      j = charEnd(text, i);
      if (j < 0) return undefined;
      k = JK.CHAR;
    } else if (c === 64 && text.startsWith('@interface', i) && !isAsciiIdent(text.charCodeAt(i + 10))) {
      if (text.charCodeAt(i + 10) >= 0x80) return undefined;
      s = P.annotationInterface;
      j = i + 10;
    } else {
      s = operatorSym(text, i);
      if (s === 0) return undefined;
      j = i + (JAVA_SYMBOLS[s] ?? '').length;
    }
    kind[count] = k;
    from[count] = i;
    to[count] = j;
    syms[count] = s;
    count++;
    i = j;
  }
  kind[count] = JK.EOF;
  from[count] = n;
  to[count] = n;
  const match = matchBrackets(count + 1, kind, syms);
  if (match === undefined) return undefined;
  return new Tokens(
    count,
    kind.subarray(0, count + 1),
    from.subarray(0, count + 1),
    to.subarray(0, count + 1),
    syms.subarray(0, count + 1),
    match,
    comments,
    text,
  );
}

/** Digits, letters, `_` and `.`, with a sign after an exponent; NUMBER then checks the whole. */
function numberEnd(text: string, i: number): number {
  let j = i;
  const hex = text.charCodeAt(i) === 48 && (text[i + 1] === 'x' || text[i + 1] === 'X');
  for (;;) {
    const d = text.charCodeAt(j);
    if (isAsciiIdent(d) && d !== 36) j++;
    else if (d === 46 && text.charCodeAt(j + 1) !== 46) j++;
    else if ((d === 43 || d === 45) && /[eE]/.test(text[j - 1] ?? '') && !hex) j++;
    else if ((d === 43 || d === 45) && /[pP]/.test(text[j - 1] ?? '') && hex) j++;
    else return j;
  }
}

/** End of a `"…"` literal on one line, or -1. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return -1;
    if (c === 92) {
      if (text.charCodeAt(j + 1) === 10 || j + 1 >= text.length) return -1;
      j++;
    } else if (c === 34) return j + 1;
  }
  return -1;
}

/**
 * End of a text block. @lezer/java ends it at the first `"""` whatever precedes it, so a
 * backslash or a quote right before the closing quotes (where Java and Lezer may disagree) is
 * declined.
 */
function textBlockEnd(text: string, i: number): number {
  if (!/^"""[ \t]*\r?\n/.test(text.slice(i, i + 64))) return -1;
  const end = text.indexOf('"""', i + 3);
  if (end < 0) return -1;
  const before = text.charCodeAt(end - 1);
  if (before === 92 || before === 34 || text.charCodeAt(end + 3) === 34) return -1;
  return end + 3;
}

/** End of a character literal Lezer reads as one (`'a'`, `'\n'`, `'\u0041'`), or -1. */
function charEnd(text: string, i: number): number {
  const m = /^'(?:[^\\'\n\r\uD800-\uDFFF]|\\(?:'|\\|[^\n\\']+))'/.exec(text.slice(i, i + 16));
  return m ? i + m[0].length : -1;
}

/** Partners of `(`, `[`, `{`; undefined when they do not balance. */
function matchBrackets(length: number, kind: Uint8Array, syms: Uint8Array): Int32Array | undefined {
  const match = new Int32Array(length).fill(-1);
  const stack: number[] = [];
  for (let k = 0; k < length; k++) {
    if (kind[k] !== JK.PUNCT) continue;
    const w = syms[k];
    if (w === P.lparen || w === P.lbracket || w === P.lbrace) stack.push(k);
    else if (w === P.rparen || w === P.rbracket || w === P.rbrace) {
      const open = stack.pop();
      if (open === undefined) return undefined;
      const o = syms[open];
      if (
        (w === P.rparen && o !== P.lparen) ||
        (w === P.rbracket && o !== P.lbracket) ||
        (w === P.rbrace && o !== P.lbrace)
      )
        return undefined;
      match[open] = k;
      match[k] = open;
    }
  }
  return stack.length === 0 ? match : undefined;
}
