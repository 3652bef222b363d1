import { keyword, ROLE_CONSTRAINT, ROLE_TYPE_STOP, ROLES as ROLES_IMPORTED } from './sqlKeywords.js';
import { BRACKETED, DOLLAR_STRING, NUMBER, PUNCT, QUOTED, WORD, type SqlTokens } from './sqlTokens.js';

/** A column definition read from a `CREATE TABLE` body or an `ALTER TABLE … ADD`. */
export interface SqlColumn {
  readonly name: string;
  /** Offset and length of the name itself, inside any quotes. */
  readonly nameStart: number;
  readonly nameLength: number;
  /** Offsets of the declared type's first and last characters, when there is a type. */
  readonly typeStart?: number;
  readonly typeEnd?: number;
  /** MySQL inline `COMMENT '…'`. */
  readonly inlineComment?: string;
  /** Offset just past the definition's last token. */
  readonly end: number;
}

const OPEN = 40;
const CLOSE = 41;
const COMMA = 44;
const EQUALS = 61;
/** Held here: an imported binding is a property read on every use under a CommonJS loader. */
const ROLES = ROLES_IMPORTED;
const CHARACTER = keyword('CHARACTER');
const SET = keyword('SET');
const COMMENT = keyword('COMMENT');

/** True when token `i` names a column, not a constraint or an index. */
export function startsColumn(tokens: SqlTokens, i: number): boolean {
  const kind = tokens.kinds[i];
  if (kind === QUOTED || kind === BRACKETED) return true;
  return kind === WORD && ((ROLES[tokens.keywords[i] ?? 0] ?? 0) & ROLE_CONSTRAINT) === 0;
}

/**
 * Reads the column definition of tokens `[from, to)` (exactly the definition's tokens, no
 * trailing comma). Returns undefined for constraints, indexes and anything that is not a column.
 */
export function readColumn(tokens: SqlTokens, from: number, to: number): SqlColumn | undefined {
  if (from >= to || !startsColumn(tokens, from)) return undefined;
  const quoted = tokens.kinds[from] === WORD ? 0 : 1;
  const start = tokens.starts[from] ?? 0;
  const column: Mutable<SqlColumn> = {
    name: tokens.value(from),
    nameStart: start + quoted,
    nameLength: (tokens.ends[from] ?? 0) - start - 2 * quoted,
    end: tokens.ends[to - 1] ?? 0,
  };
  const typeTo = typeRunEnd(tokens, from, to);
  if (typeTo > from + 1) {
    column.typeStart = tokens.starts[from + 1] ?? 0;
    column.typeEnd = tokens.ends[typeTo - 1] ?? 0;
  }
  const inlineComment = commentOption(tokens, from, to);
  if (inlineComment !== undefined) column.inlineComment = inlineComment;
  return column;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The end of the tokens after the name up to the first column option, parentheses kept whole. */
function typeRunEnd(tokens: SqlTokens, from: number, to: number): number {
  let depth = 0;
  let i = from + 1;
  for (; i < to; i++) {
    if (depth === 0) {
      const word = tokens.keywords[i] ?? 0;
      if (((ROLES[word] ?? 0) & ROLE_TYPE_STOP) !== 0) break;
      if (word === CHARACTER && i + 1 < to && tokens.keywords[i + 1] === SET) break;
      if (tokens.isString(i)) break;
    }
    if (tokens.isPunct(i, OPEN)) depth++;
    if (tokens.isPunct(i, CLOSE)) depth--;
  }
  return i;
}

/** MySQL's `COMMENT 'text'` column option. */
function commentOption(tokens: SqlTokens, from: number, to: number): string | undefined {
  let depth = 0;
  for (let i = from + 1; i < to; i++) {
    if (tokens.isPunct(i, OPEN)) depth++;
    if (tokens.isPunct(i, CLOSE)) depth--;
    if (depth === 0 && tokens.keywords[i] === COMMENT) {
      const value = i + 1 < to && valueIsEquals(tokens, i + 1) ? i + 2 : i + 1;
      if (value < to && tokens.isString(value)) return tokens.value(value);
    }
  }
  return undefined;
}

/** Whether the token's value is `=` (punctuation, or a string or quoted name holding just `=`). */
function valueIsEquals(tokens: SqlTokens, i: number): boolean {
  const kind = tokens.kinds[i];
  if (kind === PUNCT) return tokens.text.charCodeAt(tokens.starts[i] ?? 0) === EQUALS;
  if (kind === WORD || kind === NUMBER) return false;
  // No quoting of `=` is longer than `E'\='`, but a $tag$ can be any length.
  const short = (tokens.ends[i] ?? 0) - (tokens.starts[i] ?? 0) <= 5;
  return (short || kind === DOLLAR_STRING) && tokens.value(i) === '=';
}

/**
 * Splits the tokens between a `(` at `open` and its matching `)` into comma-separated
 * definitions, each `[from, to)` as consecutive pairs in `into`. Returns the index of the
 * closing parenthesis, or -1 when it is missing.
 */
export function splitDefinitions(tokens: SqlTokens, open: number, into: number[]): number {
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < tokens.count; i++) {
    if (tokens.kinds[i] !== PUNCT) continue;
    const code = tokens.text.charCodeAt(tokens.starts[i] ?? 0);
    if (code === OPEN) depth++;
    else if (code === CLOSE) {
      if (depth === 0) {
        if (i > from) into.push(from, i);
        return i;
      }
      depth--;
    } else if (code === COMMA && depth === 0) {
      into.push(from, i);
      from = i + 1;
    }
  }
  return -1;
}
