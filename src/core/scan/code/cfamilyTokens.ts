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

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36;
}

function isIdentStart(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiLetter(code) || code === 64;
  return /\p{L}/u.test(c);
}

function isIdentPart(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiLetter(code) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(c);
}

/** Splits source text into tokens; comments are kept as tokens so they can be attached. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let newline = true;
  const push = (kind: TokenKind, from: number, to: number): void => {
    tokens.push({ kind, from, to, text: text.slice(from, to), newlineBefore: newline });
    newline = false;
  };
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '\n') {
      newline = true;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\uFEFF') i++;
    else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const to = end < 0 ? text.length : end;
      push('comment', i, to > i && text[to - 1] === '\r' ? to - 1 : to);
      i = to;
    } else if (c === '/' && text[i + 1] === '*') {
      const to = blockCommentEnd(text, i);
      push('comment', i, to);
      i = to;
    } else if (
      c === '"' ||
      c === "'" ||
      (c === '@' && text[i + 1] === '"') ||
      ((c === '$' || c === '@') && /^[$@]{1,2}"/.test(text.slice(i, i + 3)))
    ) {
      const to = stringEnd(text, i);
      push('string', i, to);
      i = to;
    } else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) throw new TokenizeError('unterminated identifier', i);
      push('ident', i, end + 1);
      i = end + 1;
    } else if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < text.length && /[\w.]/.test(text[j] ?? '')) j++;
      push('number', i, j);
      i = j;
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < text.length && isIdentPart(text[j] ?? '')) j++;
      push('ident', i, j);
      i = j;
    } else {
      const two = text.slice(i, i + 2);
      const len = PUNCT_PAIRS.has(two) ? 2 : 1;
      push('punct', i, i + len);
      i += len;
    }
  }
  return tokens;
}

/** Kotlin block comments nest; C# ones do not, but nesting never appears in valid C#. */
function blockCommentEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === '/' && text[i + 1] === '*') {
      depth++;
      i++;
    } else if (text[i] === '*' && text[i + 1] === '/') {
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
  while (text[i] === '@' || text[i] === '$') {
    if (text[i] === '@') verbatim = true;
    i++;
  }
  const quote = text[i] ?? '"';
  if (quote === '"' && text.startsWith('"""', i)) {
    const end = text.indexOf('"""', i + 3);
    if (end < 0) throw new TokenizeError('unterminated raw string', start);
    let to = end + 3;
    while (text[to] === '"') to++;
    return to;
  }
  let depth = 0;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\n' && !verbatim && depth === 0) break;
    if (c === '\\' && !verbatim) j++;
    else if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === quote && depth === 0) {
      if (verbatim && text[j + 1] === quote) j++;
      else return j + 1;
    } else if (c === quote && depth > 0 && quote === '"') {
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
