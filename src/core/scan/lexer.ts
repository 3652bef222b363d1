/**
 * A language-agnostic line lexer for the generic scanner: identifiers (ASCII, `$`, Chinese),
 * quoted strings, punctuation and comments of the common families (`//`, `#`, `--`, `;`,
 * `/* *\/`, `<!-- -->`, `REM`). It does not know any grammar; it only has to be right often
 * enough to tell a declaration from prose, and fast.
 */
import { isHan } from '../detect/tokenize.js';

export type LexToken =
  | { readonly kind: 'ident'; readonly text: string; readonly start: number }
  | { readonly kind: 'string'; readonly text: string; readonly start: number; readonly quote: string }
  | { readonly kind: 'punct'; readonly text: string; readonly start: number };

export interface LexedLine {
  readonly tokens: LexToken[];
  /** Comment text on this line (without markers), joined. */
  readonly comment: string;
  /** Offset within the line where the first comment starts, or -1. */
  readonly commentStart: number;
}

/**
 * `tokens[i]`, or undefined before the first token. The shapes look back from every token, and a
 * negative index is a property name to V8, not an element: each such read went through its
 * runtime and left the site megamorphic (issue 9, scan speed: ~10 M instructions a scan of the
 * generic bench file).
 */
export function tokenAt<T>(tokens: readonly T[], i: number): T | undefined {
  return i >= 0 ? tokens[i] : undefined;
}

/** Carries multi-line state (block comments, triple-quoted strings) from line to line. */
export interface LexState {
  block: '' | '*/' | '-->' | '"""' | "'''";
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || isHan(c);
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

/**
 * The two-character operator starting with `c` then `d` (`::`, `->`, `=>`, `==`, `?.`, `!=`,
 * `<=`, `>=`, `:=`), or undefined. By character codes: every punctuation mark of every line asks,
 * and a two-character slice looked up in a set cost a string and its hash each time.
 */
function punct2(c: number, d: number): string | undefined {
  switch (c) {
    case 58: // :
      return d === 58 ? '::' : d === 61 ? ':=' : undefined;
    case 45: // -
      return d === 62 ? '->' : undefined;
    case 61: // =
      return d === 62 ? '=>' : d === 61 ? '==' : undefined;
    case 63: // ?
      return d === 46 ? '?.' : undefined;
    case 33: // !
      return d === 61 ? '!=' : undefined;
    case 60: // <
      return d === 61 ? '<=' : undefined;
    case 62: // >
      return d === 61 ? '>=' : undefined;
    default:
      return undefined;
  }
}

/** Lexes one line. `hashComments` is false for languages where `#` is code (C preprocessor aside). */
export function lexLine(
  line: string,
  state: LexState,
  options: { readonly hashComments: boolean; readonly quoteComments: boolean },
): LexedLine {
  const tokens: LexToken[] = [];
  const acc: CommentAcc = { parts: [], start: -1 };
  let i = 0;
  const n = line.length;
  if (state.block !== '') {
    const end = line.indexOf(state.block);
    const isComment = state.block === '*/' || state.block === '-->';
    if (end < 0) {
      if (isComment) addComment(acc, line, 0, n, 0);
      return finish(tokens, acc);
    }
    if (isComment) addComment(acc, line, 0, end, 0);
    i = end + state.block.length;
    state.block = '';
  }
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    const prev = i > 0 ? line.charCodeAt(i - 1) : 32;
    const atWordBoundary = prev === 32 || prev === 9 || i === 0;
    if (c === 47 && line.charCodeAt(i + 1) === 47) {
      addComment(acc, line, i, n, i + 2);
      return finish(tokens, acc);
    }
    if (c === 47 && line.charCodeAt(i + 1) === 42) {
      const end = line.indexOf('*/', i + 2);
      if (end < 0) {
        addComment(acc, line, i, n, i + 2);
        state.block = '*/';
        break;
      }
      addComment(acc, line, i, end, i + 2);
      i = end + 2;
      continue;
    }
    if (c === 60 && line.startsWith('<!--', i)) {
      const end = line.indexOf('-->', i + 4);
      if (end < 0) {
        addComment(acc, line, i, n, i + 4);
        state.block = '-->';
        break;
      }
      addComment(acc, line, i, end, i + 4);
      i = end + 3;
      continue;
    }
    if (c === 35 && options.hashComments && (atWordBoundary || tokens.length === 0)) {
      addComment(acc, line, i, n, i + 1);
      return finish(tokens, acc);
    }
    if (
      c === 45 &&
      line.charCodeAt(i + 1) === 45 &&
      !isIdentPart(prev) &&
      (i + 2 >= n || line.charCodeAt(i + 2) === 32)
    ) {
      addComment(acc, line, i, n, i + 2);
      return finish(tokens, acc);
    }
    if (tokens.length === 0 && (c === 59 || (options.quoteComments && c === 39))) {
      addComment(acc, line, i, n, i + 1);
      return finish(tokens, acc);
    }
    if (tokens.length === 0 && (c === 82 || c === 114) && isRem(line, i)) {
      addComment(acc, line, i, n, i + 3);
      return finish(tokens, acc);
    }
    if (c === 34 || c === 39 || c === 96) {
      const q = line.charAt(i);
      if (line.startsWith(q + q + q, i) && (c === 34 || c === 39)) {
        const end = line.indexOf(q + q + q, i + 3);
        if (end < 0) {
          state.block = (q + q + q) as '"""' | "'''";
          break;
        }
        tokens.push({ kind: 'string', text: line.slice(i + 3, end), start: i + 3, quote: q });
        i = end + 3;
        continue;
      }
      let j = i + 1;
      while (j < n && line.charCodeAt(j) !== c) j += line.charCodeAt(j) === 92 ? 2 : 1;
      tokens.push({ kind: 'string', text: line.slice(i + 1, Math.min(j, n)), start: i + 1, quote: q });
      i = j + 1;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (
        j < n &&
        (isIdentPart(line.charCodeAt(j)) ||
          (line.charCodeAt(j) === 45 && isIdentStart(line.charCodeAt(j + 1)) && kebabOk(tokens)))
      )
        j++;
      tokens.push({ kind: 'ident', text: line.slice(i, j), start: i });
      i = j;
      continue;
    }
    if (c >= 48 && c <= 57) {
      // Numbers matter only inside type lengths (`varchar(18)`); kept as punctuation.
      let j = i + 1;
      while (j < n && isIdentPart(line.charCodeAt(j))) j++;
      tokens.push({ kind: 'punct', text: line.slice(i, j), start: i });
      i = j;
      continue;
    }
    const two = punct2(c, line.charCodeAt(i + 1));
    if (two !== undefined) {
      tokens.push({ kind: 'punct', text: two, start: i });
      i += 2;
      continue;
    }
    tokens.push({ kind: 'punct', text: line.charAt(i), start: i });
    i++;
  }
  return finish(tokens, acc);
}

interface CommentAcc {
  parts: string[];
  start: number;
}

function addComment(acc: CommentAcc, line: string, from: number, to: number, textFrom: number): void {
  if (acc.start < 0) acc.start = from;
  acc.parts.push(line.slice(textFrom, to));
}

function finish(tokens: LexToken[], acc: CommentAcc): LexedLine {
  return { tokens, comment: acc.parts.length === 0 ? '' : acc.parts.join(' '), commentStart: acc.start };
}

/**
 * Kebab-case keys (`id-card`) are one identifier in YAML, CSS, HTML and CLI flags, but `a-b`
 * is a subtraction in code. Allow the hyphen only at the start of a line's tokens, where keys live.
 */
function kebabOk(tokens: readonly LexToken[]): boolean {
  const last = tokenAt(tokens, tokens.length - 1);
  return (
    tokens.length === 0 ||
    (tokens.length === 1 && last?.kind === 'punct' && (last.text === '-' || last.text === '"')) ||
    (last?.text === '.' && tokens[0]?.kind === 'ident')
  );
}

/** `REM` (batch files) followed by a space or the end of the line. */
function isRem(line: string, i: number): boolean {
  const word = line.slice(i, i + 3).toLowerCase();
  const after = line.charCodeAt(i + 3);
  return word === 'rem' && (Number.isNaN(after) || after === 32 || after === 9);
}
