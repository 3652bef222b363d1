import type { CommentSpan } from '../kit/index.js';

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
  /** The token's text as the parser saw it. */
  readonly text: readonly string[];
  /** For a bracket, the index of its partner; -1 otherwise. */
  readonly match: Int32Array;
  /** Comments in text order. */
  readonly comments: readonly CommentSpan[];
}

/** Words @lezer/java reserves everywhere (`kw<…>`), module words excepted (rewritten before). */
const KEYWORDS: ReadonlySet<string> = new Set([
  'null', 'true', 'false', 'instanceof', 'this', 'new', 'super', 'class', 'void',
  'byte', 'short', 'int', 'long', 'char', 'float', 'double', 'boolean',
  'assert', 'switch', 'case', 'default', 'do', 'while', 'break', 'continue', 'return',
  'synchronized', 'throw', 'try', 'catch', 'finally', 'if', 'else', 'for',
  'requires', 'exports', 'to', 'opens', 'uses', 'provides', 'with', 'transitive',
  'static', 'package', 'import', 'enum', 'public', 'protected', 'private', 'abstract',
  'final', 'strictfp', 'native', 'transient', 'volatile', 'extends', 'implements',
  'interface', 'throws',
]); // prettier-ignore

/** Operators, longest first; `>` is always one token (generics close with `>>`). */
const OPERATORS = [
  '<<=', '>>>=', '>>=', '...', '->', '::', '++', '--', '&&', '||', '==', '!=', '<=', '>=',
  '+=', '-=', '*=', '/=', '&=', '|=', '^=', '%=', '<<',
  '(', ')', '[', ']', '{', '}', ';', ',', '.', '@', '=', '<', '>', '!', '~', '?', ':',
  '+', '-', '*', '/', '&', '|', '^', '%',
]; // prettier-ignore

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

/** Tokenizes `text`; undefined where @lezer/java might read it differently. */
export function tokenizeJava(text: string): JavaTokens | undefined {
  const n = text.length;
  const kind: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const words: string[] = [];
  const comments: CommentSpan[] = [];
  const push = (k: number, a: number, b: number): void => {
    kind.push(k);
    from.push(a);
    to.push(b);
    words.push(text.slice(a, b));
  };
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
    if (isAsciiIdent(c) && !(c >= 48 && c <= 57)) {
      let j = i + 1;
      for (;;) {
        const d = text.charCodeAt(j);
        if (j < n && isAsciiIdent(d)) j++;
        else if (d >= 0x80) {
          const w = isWideIdent(text, j);
          if (w === 0) return undefined;
          j += w;
        } else break;
      }
      const word = text.slice(i, j);
      push(KEYWORDS.has(word) ? JK.KEYWORD : JK.IDENT, i, j);
      i = j;
      continue;
    }
    if (c >= 0x80) {
      // A name starting with a letter outside ASCII (Chinese identifiers).
      let j = i;
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
      push(JK.IDENT, i, j);
      i = j;
      continue;
    }
    if ((c >= 48 && c <= 57) || (c === 46 && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) {
      const j = numberEnd(text, i);
      if (!NUMBER.test(text.slice(i, j))) return undefined;
      push(JK.NUMBER, i, j);
      i = j;
      continue;
    }
    if (c === 34) {
      const j = text.startsWith('"""', i) ? textBlockEnd(text, i) : stringEnd(text, i);
      if (j < 0) return undefined;
      push(text.startsWith('"""', i) ? JK.TEXT_BLOCK : JK.STRING, i, j);
      i = j;
      continue;
    }
    if (c === 39) {
      const j = charEnd(text, i);
      if (j < 0) return undefined;
      push(JK.CHAR, i, j);
      i = j;
      continue;
    }
    if (c === 64 && text.startsWith('@interface', i) && !isAsciiIdent(text.charCodeAt(i + 10))) {
      if (text.charCodeAt(i + 10) >= 0x80) return undefined;
      push(JK.PUNCT, i, i + 10);
      i += 10;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op === undefined) return undefined;
    push(JK.PUNCT, i, i + op.length);
    i += op.length;
  }
  const count = kind.length;
  kind.push(JK.EOF);
  from.push(n);
  to.push(n);
  words.push('');
  const match = matchBrackets(kind, words);
  if (match === undefined) return undefined;
  return {
    count,
    kind: Uint8Array.from(kind),
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    text: words,
    match,
    comments,
  };
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
function matchBrackets(kind: readonly number[], words: readonly string[]): Int32Array | undefined {
  const match = new Int32Array(kind.length).fill(-1);
  const stack: number[] = [];
  for (let k = 0; k < kind.length; k++) {
    if (kind[k] !== JK.PUNCT) continue;
    const w = words[k];
    if (w === '(' || w === '[' || w === '{') stack.push(k);
    else if (w === ')' || w === ']' || w === '}') {
      const open = stack.pop();
      if (open === undefined) return undefined;
      const o = words[open];
      if ((w === ')' && o !== '(') || (w === ']' && o !== '[') || (w === '}' && o !== '{')) return undefined;
      match[open] = k;
      match[k] = open;
    }
  }
  return stack.length === 0 ? match : undefined;
}
