/**
 * A forgiving SQL tokenizer shared by the DDL reader. It knows the quoting rules of the
 * dialects we read (MySQL backticks and backslash escapes, standard "double" identifiers,
 * SQL Server [brackets], PostgreSQL E'…' and $tag$…$tag$ strings) and keeps comments aside so
 * they can be attached to the column they describe.
 *
 * Tokens are columns of typed arrays (kind, start, end, keyword), not an object each, and a
 * token's value is sliced only when the reader asks for it (issue 8: a 10,000-line schema made
 * some 90,000 token objects, and the garbage collector a quarter of the reader's time). A
 * word's keyword number (sqlKeywords.ts) is found while the word is read.
 */
import type { CommentSpan } from '../kit/index.js';
import { asciiKeyword, LONGEST_KEYWORD, wordKeyword } from './sqlKeywords.js';

export const WORD = 1;
/** A `backtick` or "double-quoted" identifier. */
export const QUOTED = 2;
/** A SQL Server [bracketed] identifier. */
export const BRACKETED = 3;
/** A '…', E'…' or N'…' string. */
export const STRING = 4;
/** A PostgreSQL $tag$…$tag$ string. */
export const DOLLAR_STRING = 5;
export const NUMBER = 6;
export const PUNCT = 7;

/** A comment, with its text without its `--`, `#` or block-comment markers. */
export type SqlComment = CommentSpan & { readonly words: string };

/** The tokens of one text, by index `0 … count - 1`. */
export class SqlTokens {
  constructor(
    readonly text: string,
    readonly count: number,
    /** `WORD` … `PUNCT`. */
    readonly kinds: Uint8Array,
    /** Offset of each token's first character (quotes included). */
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    /** A word's keyword number (sqlKeywords.ts), else 0. */
    readonly keywords: Uint8Array,
    readonly comments: readonly SqlComment[],
  ) {}

  /** The token is an identifier, quoted or not. */
  isName(i: number): boolean {
    const kind = this.kinds[i];
    return kind === WORD || kind === QUOTED || kind === BRACKETED;
  }

  isString(i: number): boolean {
    const kind = this.kinds[i];
    return kind === STRING || kind === DOLLAR_STRING;
  }

  /** The punctuation character `code` (`(`, `,`, `;` …). */
  isPunct(i: number, code: number): boolean {
    return this.kinds[i] === PUNCT && this.text.charCodeAt(this.starts[i] ?? 0) === code;
  }

  /** A word's keyword number; 0 for any other token and for indices past the end. */
  keyword(i: number): number {
    return i >= 0 && i < this.count ? (this.keywords[i] ?? 0) : 0;
  }

  /** Identifier or string contents without quotes; punctuation, words and numbers as written. */
  value(i: number): string {
    const { text } = this;
    const start = this.starts[i] ?? 0;
    const end = this.ends[i] ?? 0;
    switch (this.kinds[i]) {
      case QUOTED:
        return unquote(text.slice(start + 1, end - 1), text[start] ?? '');
      case BRACKETED:
        return text.slice(start + 1, end - 1);
      case STRING: {
        const open = text.charCodeAt(start) === APOSTROPHE ? start : start + 1;
        return unquote(text.slice(open + 1, end - 1), "'");
      }
      case DOLLAR_STRING: {
        const tag = matchAt(DOLLAR_TAG, text, start)?.length ?? 2;
        return text.slice(start + tag, end - tag);
      }
      default:
        return text.slice(start, end);
    }
  }
}

// sticky patterns matched at the cursor; words take an ASCII fast path first
const NON_ASCII_WORD_PART = /[\p{L}\p{N}_$#@]/u;
const NUMBER_RUN = /[0-9][0-9.eE]*/y;
const DOLLAR_TAG = /\$[A-Za-z_]*\$/y;
const APOSTROPHE = 39;

/** Growable token columns. */
class Columns {
  count = 0;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  keywords: Uint8Array;

  constructor(capacity: number) {
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.keywords = new Uint8Array(capacity);
  }

  push(kind: number, start: number, end: number, keyword: number): void {
    if (this.count === this.kinds.length) this.grow();
    const k = this.count++;
    this.kinds[k] = kind;
    this.starts[k] = start;
    this.ends[k] = end;
    this.keywords[k] = keyword;
  }

  grow(): void {
    const size = this.kinds.length * 2 + 16;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const keywords = new Uint8Array(size);
    keywords.set(this.keywords);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.keywords = keywords;
  }
}

/** Tokenizes SQL text; throws on an unterminated string, identifier or block comment. */
export function tokenizeSql(text: string): SqlTokens {
  // About one token per six characters in DDL; the columns grow when a text has more.
  const out = new Columns((text.length >> 3) + 16);
  const comments: SqlComment[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xfeff) {
      i++;
    } else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95) {
      // an ASCII letter or `_` never opens anything else but E'…' and N'…' strings
      const next = text.charCodeAt(i + 1);
      if (next === APOSTROPHE && (code === 69 || code === 101 || code === 78 || code === 110)) {
        const end = quotedEnd(text, i + 1, APOSTROPHE, true);
        out.push(STRING, i, end, 0);
        i = end;
      } else i = readWord(text, i, out);
    } else if (
      (code === 45 && text.charCodeAt(i + 1) === 45) ||
      (code === 35 && /[\s#]|^$/.test(text[i + 1] ?? ''))
    ) {
      const end = lineEnd(text, i);
      comments.push({ from: i, to: end, words: text.slice(i + (code === 35 ? 1 : 2), end) });
      i = end;
    } else if (code === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw new Error(`unterminated block comment at offset ${i}`);
      comments.push({ from: i, to: close + 2, words: stripStars(text.slice(i + 2, close)) });
      i = close + 2;
    } else if (code === APOSTROPHE) {
      const end = quotedEnd(text, i, APOSTROPHE, true);
      out.push(STRING, i, end, 0);
      i = end;
    } else if (code === 96 || code === 34) {
      const end = quotedEnd(text, i, code, false);
      out.push(QUOTED, i, end, 0);
      i = end;
    } else if (code === 91) {
      const close = text.indexOf(']', i + 1);
      if (close < 0) throw new Error(`unterminated [identifier] at offset ${i}`);
      out.push(BRACKETED, i, close + 1, 0);
      i = close + 1;
    } else if (code === 36 && matchAt(DOLLAR_TAG, text, i) !== undefined) {
      const tag = matchAt(DOLLAR_TAG, text, i) ?? '$$';
      const close = text.indexOf(tag, i + tag.length);
      if (close < 0) throw new Error(`unterminated ${tag} string at offset ${i}`);
      const end = close + tag.length;
      out.push(DOLLAR_STRING, i, end, 0);
      i = end;
    } else if (code >= 48 && code <= 57) {
      const end = i + (matchAt(NUMBER_RUN, text, i)?.length ?? 1);
      out.push(NUMBER, i, end, 0);
      i = end;
    } else if (isWordChar(text, i, true)) {
      i = readWord(text, i, out);
    } else {
      out.push(PUNCT, i, i + 1, 0);
      i++;
    }
  }
  return new SqlTokens(text, out.count, out.kinds, out.starts, out.ends, out.keywords, comments);
}

/**
 * Reads the word starting at `from`, with its keyword number; returns its end. The hash of its
 * upper-cased characters is sqlKeywords.ts's `hashStep`, written out: it runs on every character.
 */
function readWord(text: string, from: number, out: Columns): number {
  const first = text.charCodeAt(from);
  let hash = first >= 97 && first <= 122 ? first - 32 : first;
  let ascii = first < 128;
  let end = from + 1;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 97 && code <= 122) hash = (Math.imul(hash, 31) + code - 32) | 0;
    else if (
      (code >= 65 && code <= 90) ||
      code === 95 ||
      (code >= 48 && code <= 57) ||
      code === 36 ||
      code === 35 ||
      code === 64
    )
      hash = (Math.imul(hash, 31) + code) | 0;
    else if (code >= 128 && isWordChar(text, end, false)) ascii = false;
    else break;
  }
  let keyword = 0;
  if (!ascii) keyword = wordKeyword(text.slice(from, end));
  else if (end - from <= LONGEST_KEYWORD) keyword = asciiKeyword(text, from, end, hash);
  out.push(WORD, from, end, keyword);
  return end;
}

/** Identifier characters: letters of any script, `_ $ # @`, and digits after the first. */
function isWordChar(text: string, at: number, first: boolean): boolean {
  const code = text.charCodeAt(at);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95) return true;
  if (code === 36 || code === 35 || code === 64) return true;
  if (code >= 48 && code <= 57) return !first;
  return code >= 128 && NON_ASCII_WORD_PART.test(text[at] ?? '') && !(first && /\p{N}/u.test(text[at] ?? ''));
}

/** The match of a sticky pattern starting exactly at `at`. */
function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** End offset (exclusive) of a quoted run starting at `open`; doubled quotes escape. */
function quotedEnd(text: string, open: number, quote: number, backslash: boolean): number {
  let i = open + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (backslash && c === 92) i += 2;
    else if (c === quote && text.charCodeAt(i + 1) === quote) i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  throw new Error(`unterminated ${String.fromCharCode(quote)} at offset ${open}`);
}

function unquote(body: string, quote: string): string {
  if (!body.includes(quote) && !body.includes('\\')) return body;
  const doubled = body.split(quote + quote).join(quote);
  return quote === "'" ? doubled.replace(/\\(.)/g, '$1') : doubled;
}

function stripStars(body: string): string {
  return body
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/^\s*\*+/, ''))
    .join(' ')
    .replace(/^!\d*/, '');
}
