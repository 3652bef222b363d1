/**
 * A small tokenizer for C# and Kotlin. Neither language has a structured Lezer grammar on npm
 * (the one C# grammar, in @replit/codemirror-lang-csharp, is a flat highlighting grammar that
 * yields no declarations and pulls in CodeMirror), and tree-sitter's WASM start-up is
 * asynchronous, which the synchronous Extractor interface cannot wait for. Declarations in
 * both languages are regular enough to read from tokens with bracket depth, so this reads
 * identifiers, strings (verbatim, interpolated, raw), comments and punctuation with exact
 * offsets and leaves the rest to the per-language readers.
 */

import { SourceError } from '../kit/guarded.js';

export type TokenKind = 'ident' | 'string' | 'number' | 'punct' | 'comment';

export interface Token {
  readonly kind: TokenKind;
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** A line break separates this token from the previous one (Kotlin ends statements so). */
  readonly newlineBefore: boolean;
}

/**
 * What a token extractor leaves for later readers of the same text (the flow analysis reads
 * Kotlin and C# from tokens too): the text and its code tokens, comments left out. A class, so
 * a value from anywhere else is recognised and ignored.
 */
export class TokenMemo {
  constructor(
    readonly text: string,
    readonly code: readonly Token[],
  ) {}
}

/** Thrown for unterminated constructs; `guarded` turns it into `{ ok: false }` at its line:column. */
export class TokenizeError extends SourceError {}

const PUNCT_PAIRS = new Set([
  '=>',
  '->',
  '?.',
  '::',
  '?:',
  '??',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '+=',
  '-=',
]);

/** First characters of `PUNCT_PAIRS`: only after one of them can punctuation be two long. */
const PAIR_FIRST: ReadonlySet<number> = new Set([...PUNCT_PAIRS].map((p) => p.charCodeAt(0)));

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `code` is the character at `at`; beyond ASCII the character itself is tested. */
function isIdentStart(text: string, at: number, code: number): boolean {
  if (code < 128) return isAsciiLetter(code) || code === 64;
  return LETTER.test(text[at] ?? '');
}

/** A digit, an ASCII letter, `_` or `.`: what continues a number literal. */
function isNumberPart(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    code === 95 ||
    code === 46
  );
}

const NEWLINE = 10;
const QUOTE = 34;
const APOSTROPHE = 39;
const AT = 64;
const DOLLAR = 36;
const SLASH = 47;
const STAR = 42;
const BACKSLASH = 92;
const HASH = 35;

/** `$"`, `@"`, `$$"`, `@$"`…: a prefixed (interpolated or verbatim) string starts at `at`. */
function prefixedString(text: string, at: number, code: number): boolean {
  if (code !== AT && code !== DOLLAR) return false;
  const next = text.charCodeAt(at + 1);
  if (next === QUOTE) return true;
  return (next === AT || next === DOLLAR) && text.charCodeAt(at + 2) === QUOTE;
}

/**
 * Splits source text into tokens; comments are kept as tokens so they can be attached. Reads
 * character codes rather than one-character strings, and slices only the tokens it keeps: it
 * runs over every character of every C# and Kotlin file (issue 8).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  readTokens(text, tokens, tokens);
  return tokens;
}

/**
 * `tokenize`, with code tokens pushed to `code` and comments to `comments` (the same array
 * for both keeps them in text order): the extractors want them apart, and splitting a list of
 * 100,000 tokens afterwards cost a tenth of a C# scan (issue 8).
 */
export function readTokens(text: string, code: Token[], comments: Token[]): void {
  const length = text.length;
  // Identifiers repeat (`public`, `string`, a field's name in its accesses): one string each. A
  // short text (a string template's hole, read again by the flows) has too few to pay for the
  // table, which the flows allocated once per hole.
  const interned = length >= INTERNED_MIN_LENGTH ? new Array<string | undefined>(INTERNED_SLOTS) : undefined;
  let i = 0;
  let newline = true;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      newline = true;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === HASH && newline) {
      // A C# preprocessor line (`#region 基本信息`, `#pragma warning disable`, `#if DEBUG`,
      // `#nullable enable`) or a Kotlin script's shebang: not code. Read as tokens, it joined the
      // next member's header, whose type became the directive's text and whose attributes and
      // `///` comment above were lost.
      const end = text.indexOf('\n', i);
      i = end < 0 ? length : end;
      continue;
    }
    const from = i;
    let kind: TokenKind;
    let to: number;
    const next = text.charCodeAt(i + 1);
    if (c === SLASH && next === SLASH) {
      const end = text.indexOf('\n', i);
      const lineEnd = end < 0 ? length : end;
      kind = 'comment';
      to = lineEnd > i && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      i = lineEnd;
    } else if (c === SLASH && next === STAR) {
      kind = 'comment';
      to = blockCommentEnd(text, i);
      i = to;
    } else if (c === QUOTE || c === APOSTROPHE || prefixedString(text, i, c)) {
      kind = 'string';
      to = stringEnd(text, i);
      i = to;
    } else if (c === 96 /* ` */) {
      const end = text.indexOf('`', i + 1);
      if (end < 0) throw new TokenizeError('unterminated identifier', i);
      kind = 'ident';
      to = end + 1;
      i = to;
    } else if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < length && isNumberPart(text.charCodeAt(j))) j++;
      kind = 'number';
      to = j;
      i = j;
    } else if (isIdentStart(text, i, c)) {
      let hash = c;
      let j = i + 1;
      for (; j < length; j++) {
        const d = text.charCodeAt(j);
        if (d < 128 ? !(isAsciiLetter(d) || (d >= 48 && d <= 57)) : !LETTER_OR_DIGIT.test(text[j] ?? ''))
          break;
        hash = (Math.imul(hash, 31) + d) | 0;
      }
      code.push({
        kind: 'ident',
        from: i,
        to: j,
        text: internedAt(interned, text, i, j, hash),
        newlineBefore: newline,
      });
      newline = false;
      i = j;
      continue;
    } else {
      const pair = PAIR_FIRST.has(c) ? PAIRS_BY_TEXT.get(text.slice(i, i + 2)) : undefined;
      code.push({
        kind: 'punct',
        from: i,
        to: i + (pair === undefined ? 1 : 2),
        text: pair ?? (c < 128 ? (ASCII[c] ?? '') : text.slice(i, i + 1)),
        newlineBefore: newline,
      });
      newline = false;
      i += pair === undefined ? 1 : 2;
      continue;
    }
    (kind === 'comment' ? comments : code).push({
      kind,
      from,
      to,
      text: text.slice(from, to),
      newlineBefore: newline,
    });
    newline = false;
  }
}

/** Slots of the identifier table of one `readTokens` (a power of two). */
const INTERNED_SLOTS = 4096;
/** Texts shorter than this are read without the table. */
const INTERNED_MIN_LENGTH = 512;

/**
 * The identifier `text[from, to)` whose hash is `hash`: the string already in its slot when it
 * is the same, else a new slice (kept in the slot when it was empty).
 */
function internedAt(
  interned: (string | undefined)[] | undefined,
  text: string,
  from: number,
  to: number,
  hash: number,
): string {
  if (interned === undefined) return text.slice(from, to);
  const slot = hash & (INTERNED_SLOTS - 1);
  const known = interned[slot];
  if (known !== undefined && known.length === to - from && text.startsWith(known, from)) return known;
  const fresh = text.slice(from, to);
  if (known === undefined) interned[slot] = fresh;
  return fresh;
}

/** One-character strings of ASCII punctuation, made once. */
const ASCII: readonly string[] = Array.from({ length: 128 }, (_, k) => String.fromCharCode(k));

/** The two-character punctuation, each string made once. */
const PAIRS_BY_TEXT: ReadonlyMap<string, string> = new Map([...PUNCT_PAIRS].map((p) => [p, p]));

/** Kotlin block comments nest; C# ones do not, but nesting never appears in valid C#. */
function blockCommentEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code === SLASH && text.charCodeAt(i + 1) === STAR) {
      depth++;
      i++;
    } else if (code === STAR && text.charCodeAt(i + 1) === SLASH) {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  throw new TokenizeError('unterminated comment', start);
}

/** End of a string or char literal: plain, verbatim (`@"…"`), interpolated, or raw (`"""`). */
function stringEnd(text: string, start: number): number {
  let i = start;
  let verbatim = false;
  for (let c = text.charCodeAt(i); c === AT || c === DOLLAR; c = text.charCodeAt(++i)) {
    if (c === AT) verbatim = true;
  }
  const quote = i < text.length ? text.charCodeAt(i) : QUOTE;
  if (quote === QUOTE && text.startsWith('"""', i)) {
    const end = text.indexOf('"""', i + 3);
    if (end < 0) throw new TokenizeError('unterminated raw string', start);
    let to = end + 3;
    while (text.charCodeAt(to) === QUOTE) to++;
    return to;
  }
  let depth = 0;
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === NEWLINE && !verbatim && depth === 0) break;
    if (c === BACKSLASH && !verbatim) j++;
    else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */ && depth > 0) depth--;
    else if (c === quote && depth === 0) {
      if (verbatim && text.charCodeAt(j + 1) === quote) j++;
      else return j + 1;
    } else if (c === quote && depth > 0 && quote === QUOTE) {
      // a string nested in an interpolation hole: skip it whole
      const inner = text.indexOf('"', j + 1);
      if (inner < 0) break;
      j = inner;
    }
  }
  throw new TokenizeError('unterminated string', start);
}

/** The content of a string token and its offset (prefixes and quotes removed). */
export function tokenString(token: Token): { value: string; from: number } | undefined {
  if (token.kind !== 'string') return undefined;
  const m = /^[$@]*("""|"|')/.exec(token.text);
  if (!m?.[1]) return undefined;
  const open = m[0].length;
  const close = m[1].length;
  return { value: token.text.slice(open, token.text.length - close), from: token.from + open };
}

/** Index of the token closing the bracket opened at `open` (`(`, `[`, `{` or `<`). */
export function matching(tokens: readonly Token[], open: number): number {
  const opener = tokens[open]?.text;
  const closer = opener === '(' ? ')' : opener === '[' ? ']' : opener === '{' ? '}' : '>';
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'punct') continue;
    if (t.text === opener) depth++;
    else if (t.text === closer) {
      depth--;
      if (depth === 0) return i;
    } else if (opener === '<' && (t.text === ';' || t.text === '{' || t.text === ')' || t.text === '='))
      return -1;
  }
  return -1;
}
