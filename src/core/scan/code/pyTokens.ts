import type { CommentSpan } from '../kit/index.js';
import * as tokenBufferModule from './pyTokenBuffer.js';
import { TokenBuffer } from './pyTokenBuffer.js';

/**
 * A Python tokenizer for the fast Python reader (pyReader.ts): names, numbers, strings,
 * operators, logical line ends and indentation, following @lezer/python's lexical rules
 * (string prefixes, tab stops of 8, comment-only lines ignored for indentation, newlines
 * inside brackets skipped). It recognises only what the reader needs and gives up — returns
 * `undefined` — on anything whose reading by the Lezer grammar it cannot be sure of
 * (unterminated strings, unbalanced brackets, backslash continuations, stray characters,
 * inconsistent dedents): the caller then parses with Lezer, the reference.
 */

/**
 * Token kinds. `FSTRING` is an f-string (its replacement fields' tokens are in
 * `PyTokens.inner`); `NEWLINE` ends a logical line (outside brackets). Modules copy them into
 * locals once (`const { NAME } = KIND`): under a CommonJS transform (tsx, the benchmarks)
 * every use of an imported binding is a getter call, which cost more than the token loops.
 */
export const KIND = {
  NAME: 0,
  NUMBER: 1,
  STRING: 2,
  FSTRING: 3,
  OP: 4,
  NEWLINE: 5,
  INDENT: 6,
  DEDENT: 7,
} as const;
const { NAME, NUMBER, STRING, FSTRING, OP, NEWLINE, INDENT, DEDENT } = KIND;
// Used per token, copied once like the kinds above.
const { push } = tokenBufferModule;

/**
 * Parallel arrays, one entry per token; `depth` is the bracket depth before the token. Typed
 * arrays grown by doubling: a 10,000-line file has ~80,000 tokens, and pushing to four plain
 * arrays cost more than reading the text.
 */
export interface PyTokens {
  readonly kind: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly depth: Int32Array;
  /**
   * For an operator its index in `OPERATORS`, for a keyword one more than its index in
   * `KEYWORD_LIST`, else 0: the reader compares these texts all the time, and interned
   * strings spare it a slice of the text per look.
   */
  readonly code: Uint8Array;
  /** Comments in text order. */
  readonly comments: CommentSpan[];
  /**
   * The tokens of every f-string replacement field (no lines, no indents), all in one list;
   * `fields` holds each field's `[start, end)` in it, in text order.
   */
  readonly inner: PyTokens | undefined;
  readonly fields: readonly number[];
}

const OPS1 = '+-*/%@&|^~<>()[]{},:.;=';
const STRING_PREFIXES = new Set(['u', 'b', 'r', 'rb', 'br', 'f', 'rf', 'fr']);

const isWordStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0xa1;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWord = (c: number): boolean => isWordStart(c) || isDigit(c);

/** Tokenizes a whole file, or `undefined` when the fast reader should not read it. */
export function tokenizePython(text: string): PyTokens | undefined {
  const t = new TokenBuffer(16 + (text.length >> 2));
  const indents = [0];
  const brackets: number[] = [];
  let i = 0;
  let lineStart = true;
  let lineHasTokens = false;
  const n = text.length;
  while (i <= n) {
    if (lineStart && brackets.length === 0) {
      lineStart = false;
      let depth = 0;
      let k = i;
      for (; k < n; k++) {
        const c = text.charCodeAt(k);
        if (c === 32) depth++;
        else if (c === 9) depth += 8 - (depth % 8);
        else break;
      }
      const c = k < n ? text.charCodeAt(k) : -1;
      // Blank and comment-only lines do not count for indentation; a form feed does, oddly.
      if (c === 12) return undefined;
      if (c !== 10 && c !== 13 && c !== 35 && c !== -1) {
        const top = indents[indents.length - 1] ?? 0;
        if (depth > top) {
          indents.push(depth);
          push(t, INDENT, k, k, 0);
        } else {
          while (depth < (indents[indents.length - 1] ?? 0)) {
            indents.pop();
            push(t, DEDENT, k, k, 0);
          }
          if (depth !== indents[indents.length - 1]) return undefined;
        }
      }
      i = k;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      // A lone CR breaks lines for Lezer but the reader's offsets assume CRLF or LF.
      if (c === 13 && text.charCodeAt(i + 1) !== 10) return undefined;
      if (brackets.length === 0 && lineHasTokens) push(t, NEWLINE, i, i, 0);
      if (brackets.length === 0) lineHasTokens = false;
      i += c === 13 ? 2 : 1;
      lineStart = brackets.length === 0;
      continue;
    }
    if (c === 32 || c === 9 || c === 12) {
      i++;
      continue;
    }
    if (c === 35) {
      let k = i + 1;
      while (k < n && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
      t.comments.push({ from: i, to: k });
      i = k;
      continue;
    }
    lineHasTokens = true;
    const next = readToken(text, i, t, brackets);
    if (next === undefined) return undefined;
    i = next;
  }
  if (brackets.length > 0) return undefined;
  if (lineHasTokens) push(t, NEWLINE, n, n, 0);
  for (let k = indents.length - 1; k > 0; k--) push(t, DEDENT, n, n, 0);
  return t.done();
}

/**
 * Reads one name, number, string or operator at `i` into `t` (tracking `brackets`); the
 * offset after it, or `undefined` for text the reader declines.
 */
function readToken(text: string, i: number, t: TokenBuffer, brackets: number[]): number | undefined {
  const c = text.charCodeAt(i);
  const depth = brackets.length;
  if (isWordStart(c)) {
    let k = i + 1;
    while (k < text.length && isWord(text.charCodeAt(k))) k++;
    const q = text.charCodeAt(k);
    if ((q === 34 || q === 39) && k - i <= 2 && STRING_PREFIXES.has(text.slice(i, k).toLowerCase())) {
      return readString(text, i, k, t, depth);
    }
    // Keywords are short and lower-case, bar None, True and False.
    const first = c;
    const keyword =
      k - i >= 2 &&
      k - i <= 8 &&
      ((first >= 97 && first <= 122) || first === 78 || first === 84 || first === 70)
        ? (KEYWORD_CODES.get(text.slice(i, k)) ?? 0)
        : 0;
    push(t, NAME, i, k, depth, keyword);
    return k;
  }
  if (c === 34 || c === 39) return readString(text, i, i, t, depth);
  if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
    const m = NUMBER_RE.exec(text.slice(i, i + 64));
    const len = m?.[0].length ?? 0;
    // `1if`, `0x`: Lezer tokenizes these in its own way; not worth following.
    if (len === 0 || isWord(text.charCodeAt(i + len)) || text.charCodeAt(i + len) === 46) return undefined;
    push(t, NUMBER, i, i + len, depth);
    return i + len;
  }
  const len = operatorLength(c, text.charCodeAt(i + 1), text.charCodeAt(i + 2));
  // `$`, `?`, `!`, a backquote; and `\`: a continuation line moves Lezer's indentation
  // tracking mid-statement, which the reader does not follow.
  if (len === 0) return undefined;
  // The walrus is legal in few places, which the reader does not track.
  if (c === 58 && len === 2) return undefined;
  if (len === 1) {
    if (c === 40 || c === 91 || c === 123) brackets.push(c === 40 ? 41 : c + 2);
    else if (c === 41 || c === 93 || c === 125) {
      if (brackets.pop() !== c) return undefined;
      push(t, OP, i, i + 1, brackets.length, operatorCode(c, 0, 0, 1));
      return i + 1;
    }
  }
  push(t, OP, i, i + len, depth, operatorCode(c, text.charCodeAt(i + 1), text.charCodeAt(i + 2), len));
  return i + len;
}

/** The length of the operator starting with the characters `c`, `d`, `e`; 0 for none. */
function operatorLength(c: number, d: number, e: number): number {
  const doubled = c === d && (c === 42 || c === 47 || c === 60 || c === 62); // ** // << >>
  if (c === 46) return d === 46 && e === 46 ? 3 : 1;
  if (doubled) return e === 61 ? 3 : 2;
  if (d === 61 && ASSIGNABLE.includes(String.fromCharCode(c))) return 2;
  if ((c === 45 && d === 62) || (c === 60 && d === 62)) return 2; // -> <>
  return OPS1.includes(String.fromCharCode(c)) ? 1 : 0;
}

/** Every operator the tokenizer reads, indexed by its code. */
export const OPERATORS: readonly string[] = [
  ...'+-*/%@&|^~<>()[]{},:.;='.split(''),
  ...['...', '**=', '//=', '>>=', '<<=', '->', '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '<>'],
  ...['+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='],
];
const operatorKey = (c: number, d: number, e: number, len: number): number =>
  len === 1 ? c : len === 2 ? c * 256 + d : (c * 256 + d) * 256 + e;
const OPERATOR_CODES = new Map(
  OPERATORS.map((op, k) => [operatorKey(op.charCodeAt(0), op.charCodeAt(1), op.charCodeAt(2), op.length), k]),
);
function operatorCode(c: number, d: number, e: number, len: number): number {
  return OPERATOR_CODES.get(operatorKey(c, d, e, len)) ?? 0;
}

/** @lezer/python's keywords (`kw<…>`), which its tokenizer never reads as names. */
export const KEYWORD_LIST: readonly string[] = [
  'async',
  'def',
  'class',
  'if',
  'elif',
  'else',
  'while',
  'for',
  'in',
  'try',
  'except',
  'finally',
  'with',
  'as',
  'None',
  'True',
  'False',
  'del',
  'pass',
  'break',
  'continue',
  'return',
  'raise',
  'from',
  'import',
  'global',
  'nonlocal',
  'assert',
  'lambda',
  'or',
  'and',
  'not',
  'is',
  'yield',
  'await',
];
const KEYWORD_CODES = new Map(KEYWORD_LIST.map((w, k) => [w, k + 1]));

/** Characters that form a two-character operator with a following `=` (`+=`, `==`, `:=`…). */
const ASSIGNABLE = '+-*/%&|^@<>=!:';

const NUMBER_RE =
  /^(?:0[bB][_01]+|0[oO][_0-7]+|0[xX][_0-9a-fA-F]+|(?:\d[\d_]*(?:\.\d[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)/;

/**
 * Reads a string whose prefix starts at `start` and quote at `q`; f-string replacement fields
 * are tokenized into `t.inner`. Declines unterminated strings and f-string corners (`\N{…}`,
 * comments, line breaks or `lambda`/`:=` inside a replacement field).
 */
function readString(
  text: string,
  start: number,
  q: number,
  t: TokenBuffer,
  depth: number,
): number | undefined {
  const quote = text.charCodeAt(q);
  const long = text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote;
  let format = false;
  for (let k = start; k < q; k++) format ||= (text.charCodeAt(k) | 32) === 102;
  if (format && t.nested) return undefined;
  let k = q + (long ? 3 : 1);
  for (;;) {
    if (k >= text.length) return undefined;
    const c = text.charCodeAt(k);
    if (c === 92) {
      if (format && text.charCodeAt(k + 1) === 78) return undefined;
      k += 2;
    } else if (
      c === quote &&
      (!long || (text.charCodeAt(k + 1) === quote && text.charCodeAt(k + 2) === quote))
    ) {
      k += long ? 3 : 1;
      break;
    } else if (c === 10 || c === 13) {
      if (!long) return undefined;
      k++;
    } else if (format && c === 123) {
      if (text.charCodeAt(k + 1) === 123) k += 2;
      else {
        const end = readReplacement(text, k + 1, t, long);
        if (end === undefined) return undefined;
        k = end;
      }
    } else k++;
  }
  push(t, format ? FSTRING : STRING, start, k, depth);
  return k;
}

/**
 * Tokenizes one replacement field from just after its `{` to after its `}`: the expression,
 * an optional `=`, conversion (`!r`) and format spec (whose own `{…}` fields nest).
 */
function readReplacement(text: string, at: number, t: TokenBuffer, long: boolean): number | undefined {
  t.inner ??= new TokenBuffer(64, true);
  const inner = t.inner;
  t.fields.push(inner.length);
  // The field's range is closed before its format spec, whose own fields follow it.
  const close = (then: () => number | undefined): number | undefined => {
    t.fields.push(inner.length);
    return then();
  };
  const brackets: number[] = [];
  let i = at;
  for (;;) {
    if (i >= text.length) return undefined;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 35) return undefined;
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    if (brackets.length === 0) {
      if (c === 125) return close(() => i + 1);
      if (c === 33 && /[sra]/.test(text.charAt(i + 1))) return close(() => formatTail(text, i + 2, t, long));
      if (c === 58 && text.charCodeAt(i + 1) !== 61) return close(() => formatTail(text, i, t, long));
      if (c === 61 && text.charCodeAt(i + 1) !== 61) {
        // `{x=}`: the self-documenting form, followed only by a conversion, spec or the end.
        i++;
        while (text.charCodeAt(i) === 32) i++;
        if (!/[}!:]/.test(text.charAt(i))) return undefined;
        continue;
      }
    }
    const next = readToken(text, i, inner, brackets);
    if (next === undefined) return undefined;
    const last = inner.length - 1;
    if (inner.kind[last] === NAME && text.slice(inner.from[last], inner.to[last]) === 'lambda')
      return undefined;
    if (inner.kind[last] === OP && text.slice(inner.from[last], inner.to[last]) === ':=') return undefined;
    i = next;
  }
}

/** After a conversion: an optional `:spec` with nested fields, then `}`. */
function formatTail(text: string, at: number, t: TokenBuffer, long: boolean): number | undefined {
  let i = at;
  if (text.charCodeAt(i) === 58) i++;
  else if (text.charCodeAt(i) !== 125) return undefined;
  for (;;) {
    if (i >= text.length) return undefined;
    const c = text.charCodeAt(i);
    if (c === 125) return i + 1;
    if (c === 10 || c === 13 || c === 92 || c === 34 || c === 39) return undefined;
    if (c === 123) {
      const end = readReplacement(text, i + 1, t, long);
      if (end === undefined) return undefined;
      i = end;
    } else i++;
  }
}
