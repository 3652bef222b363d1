/**
 * A forgiving SQL tokenizer shared by the DDL reader. It knows the quoting rules of the
 * dialects we read (MySQL backticks and backslash escapes, standard "double" identifiers,
 * SQL Server [brackets], PostgreSQL E'…' and $tag$…$tag$ strings) and keeps comments aside so
 * they can be attached to the column they describe.
 */
import type { CommentSpan } from '../../../src/core/scan/kit/index.js';

export type SqlTokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct';

export interface SqlToken {
  readonly kind: SqlTokenKind;
  /** Offset of the first character of the token (including quotes). */
  readonly start: number;
  readonly end: number;
  /** Identifier or string contents without quotes; punctuation as written. */
  readonly value: string;
}

/** A comment, with its text without its `--`, `#` or block-comment markers. */
export type SqlComment = CommentSpan & { readonly words: string };

export interface SqlTokens {
  readonly tokens: SqlToken[];
  readonly comments: SqlComment[];
}

// sticky patterns matched at the cursor; words take an ASCII fast path first
const NON_ASCII_WORD_PART = /[\p{L}\p{N}_$#@]/u;
const NUMBER = /[0-9][0-9.eE]*/y;
const DOLLAR_TAG = /\$[A-Za-z_]*\$/y;

/** Tokenizes SQL text; throws on an unterminated string, identifier or block comment. */
export function tokenizeSql(text: string): SqlTokens {
  const tokens: SqlToken[] = [];
  const comments: SqlComment[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\uFEFF') {
      i++;
    } else if ((c === '-' && text[i + 1] === '-') || (c === '#' && /[\s#]|^$/.test(text[i + 1] ?? ''))) {
      const end = lineEnd(text, i);
      comments.push({ from: i, to: end, words: text.slice(i + (c === '#' ? 1 : 2), end) });
      i = end;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw new Error(`unterminated block comment at offset ${i}`);
      comments.push({ from: i, to: close + 2, words: stripStars(text.slice(i + 2, close)) });
      i = close + 2;
    } else if (c === "'" || ((c === 'E' || c === 'e' || c === 'N' || c === 'n') && text[i + 1] === "'")) {
      const open = c === "'" ? i : i + 1;
      const end = quotedEnd(text, open, "'", true);
      tokens.push({ kind: 'string', start: i, end, value: unquote(text.slice(open + 1, end - 1), "'") });
      i = end;
    } else if (c === '`' || c === '"') {
      const end = quotedEnd(text, i, c, false);
      tokens.push({ kind: 'quoted', start: i, end, value: unquote(text.slice(i + 1, end - 1), c) });
      i = end;
    } else if (c === '[') {
      const close = text.indexOf(']', i + 1);
      if (close < 0) throw new Error(`unterminated [identifier] at offset ${i}`);
      tokens.push({ kind: 'quoted', start: i, end: close + 1, value: text.slice(i + 1, close) });
      i = close + 1;
    } else if (c === '$' && matchAt(DOLLAR_TAG, text, i) !== undefined) {
      const tag = matchAt(DOLLAR_TAG, text, i) ?? '$$';
      const close = text.indexOf(tag, i + tag.length);
      if (close < 0) throw new Error(`unterminated ${tag} string at offset ${i}`);
      const end = close + tag.length;
      tokens.push({ kind: 'string', start: i, end, value: text.slice(i + tag.length, close) });
      i = end;
    } else if (c >= '0' && c <= '9') {
      const value = matchAt(NUMBER, text, i) ?? c;
      tokens.push({ kind: 'number', start: i, end: i + value.length, value });
      i += value.length;
    } else if (isWordChar(text, i, true)) {
      let end = i + 1;
      while (end < text.length && isWordChar(text, end, false)) end++;
      tokens.push({ kind: 'word', start: i, end, value: text.slice(i, end) });
      i = end;
    } else {
      tokens.push({ kind: 'punct', start: i, end: i + 1, value: c });
      i++;
    }
  }
  return { tokens, comments };
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
function quotedEnd(text: string, open: number, quote: string, backslash: boolean): number {
  let i = open + 1;
  while (i < text.length) {
    const c = text[i];
    if (backslash && c === '\\') i += 2;
    else if (c === quote && text[i + 1] === quote) i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  throw new Error(`unterminated ${quote} at offset ${open}`);
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
