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

/** Single-character tokens. */
const SINGLE = new Set(['(', ')', '[', ']', '{', '}', ';', ',', '@', '~', '?']);

/**
 * The length of the operator at `i` (longest match), 0 where none starts. `>` is always one
 * token unless an assignment follows (`>>=`): generics close with `>>`.
 */
function operatorLength(text: string, i: number): number {
  const c = text[i] ?? '';
  if (SINGLE.has(c)) return 1;
  const d = text[i + 1];
  switch (c) {
    case '.':
      return d === '.' && text[i + 2] === '.' ? 3 : 1;
    case ':':
      return d === ':' ? 2 : 1;
    case '-':
      return d === '>' || d === '-' || d === '=' ? 2 : 1;
    case '+':
      return d === '+' || d === '=' ? 2 : 1;
    case '&':
    case '|':
      return d === c || d === '=' ? 2 : 1;
    case '=':
    case '!':
    case '*':
    case '/':
    case '%':
    case '^':
      return d === '=' ? 2 : 1;
    case '<':
      if (d === '<') return text[i + 2] === '=' ? 3 : 2;
      return d === '=' ? 2 : 1;
    case '>':
      if (d === '=') return 2;
      if (d === '>' && text[i + 2] === '=') return 3;
      if (d === '>' && text[i + 2] === '>' && text[i + 3] === '=') return 4;
      return 1;
    default:
      return 0;
  }
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

/** Tokenizes `text`; undefined where @lezer/java might read it differently. */
export function tokenizeJava(text: string): JavaTokens | undefined {
  const n = text.length;
  // A token takes at least one character: arrays of the text's length hold every one.
  const kind = new Uint8Array(n + 1);
  const from = new Int32Array(n + 1);
  const to = new Int32Array(n + 1);
  const words: string[] = [];
  const comments: CommentSpan[] = [];
  let count = 0;
  /** Names, keywords and punctuation keep their text; literals are read by offset. */
  const push = (k: number, a: number, b: number): void => {
    kind[count] = k;
    from[count] = a;
    to[count] = b;
    words.push(k <= JK.PUNCT ? text.slice(a, b) : '');
    count++;
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
    const length = operatorLength(text, i);
    if (length === 0) return undefined;
    push(JK.PUNCT, i, i + length);
    i += length;
  }
  kind[count] = JK.EOF;
  from[count] = n;
  to[count] = n;
  words.push('');
  const match = matchBrackets(count + 1, kind, words);
  if (match === undefined) return undefined;
  return {
    count,
    kind: kind.subarray(0, count + 1),
    from: from.subarray(0, count + 1),
    to: to.subarray(0, count + 1),
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
function matchBrackets(length: number, kind: Uint8Array, words: readonly string[]): Int32Array | undefined {
  const match = new Int32Array(length).fill(-1);
  const stack: number[] = [];
  for (let k = 0; k < length; k++) {
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
