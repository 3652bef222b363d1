import { CONSTRAINT, TYPE_STOP } from '../../../src/core/scan/formats/sqlKeywords.js';
import type { SqlToken } from './sqlTokens.js';

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

/** Words that open a table constraint or index rather than a column (when not quoted). */
const TABLE_CONSTRAINTS = new Set(CONSTRAINT);

/** Words that end the declared type and start column options. */
const TYPE_STOPS = new Set(TYPE_STOP);

const upper = (token: SqlToken | undefined): string =>
  token?.kind === 'word' ? token.value.toUpperCase() : '';

/** True when the definition's first token names a column, not a constraint or an index. */
export function startsColumn(first: SqlToken | undefined): boolean {
  if (first === undefined) return false;
  if (first.kind === 'quoted') return true;
  return first.kind === 'word' && !TABLE_CONSTRAINTS.has(first.value.toUpperCase());
}

/**
 * Reads one column definition from `tokens` (exactly the definition's tokens, no trailing
 * comma). Returns undefined for constraints, indexes and anything that is not a column.
 */
export function readColumn(tokens: readonly SqlToken[]): SqlColumn | undefined {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined || !startsColumn(first)) return undefined;
  const quoted = first.kind === 'quoted' ? 1 : 0;
  const typeTokens = typeRun(tokens);
  const typeFirst = typeTokens[0];
  const typeLast = typeTokens[typeTokens.length - 1];
  const inlineComment = commentOption(tokens);
  return {
    name: first.value,
    nameStart: first.start + quoted,
    nameLength: first.end - first.start - 2 * quoted,
    ...(typeFirst !== undefined && typeLast !== undefined
      ? { typeStart: typeFirst.start, typeEnd: typeLast.end }
      : {}),
    ...(inlineComment === undefined ? {} : { inlineComment }),
    end: last.end,
  };
}

/** The tokens after the name up to the first column option, parentheses kept whole. */
function typeRun(tokens: readonly SqlToken[]): SqlToken[] {
  const run: SqlToken[] = [];
  let depth = 0;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (depth === 0) {
      const word = upper(token);
      if (TYPE_STOPS.has(word)) break;
      if (word === 'CHARACTER' && upper(tokens[i + 1]) === 'SET') break;
      if (token.kind === 'string') break;
    }
    if (token.value === '(' && token.kind === 'punct') depth++;
    if (token.value === ')' && token.kind === 'punct') depth--;
    run.push(token);
  }
  return run;
}

/** MySQL's `COMMENT 'text'` column option. */
function commentOption(tokens: readonly SqlToken[]): string | undefined {
  let depth = 0;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind === 'punct' && token.value === '(') depth++;
    if (token?.kind === 'punct' && token.value === ')') depth--;
    if (depth === 0 && upper(token) === 'COMMENT') {
      const next = tokens[i + 1]?.value === '=' ? tokens[i + 2] : tokens[i + 1];
      if (next?.kind === 'string') return next.value;
    }
  }
  return undefined;
}

/**
 * Splits the tokens between a `(` at `open` and its matching `)` into comma-separated
 * definitions. Returns the index of the closing parenthesis, or -1 when it is missing.
 */
export function splitDefinitions(tokens: readonly SqlToken[], open: number, into: SqlToken[][]): number {
  let depth = 0;
  let current: SqlToken[] = [];
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.kind === 'punct' && token.value === '(') depth++;
    if (token.kind === 'punct' && token.value === ')') {
      if (depth === 0) {
        if (current.length > 0) into.push(current);
        return i;
      }
      depth--;
    }
    if (token.kind === 'punct' && token.value === ',' && depth === 0) {
      into.push(current);
      current = [];
    } else {
      current.push(token);
    }
  }
  return -1;
}
