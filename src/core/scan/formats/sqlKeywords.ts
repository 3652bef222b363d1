/**
 * The SQL words the DDL reader acts on, each with a small number, so the tokenizer can name a
 * word's keyword once (sqlTokens.ts) and the reader compare numbers instead of upper-casing
 * the same word at every look (issue 8: the DDL reader upper-cased each word several times).
 */

// What a keyword does for the reader (bits of `ROLES`); one word may do several things.
/** Opens a statement: ends a preceding statement's trailing options when `;` is missing. */
export const ROLE_STATEMENT = 1;
/** Opens a table constraint or index rather than a column (when not quoted). */
export const ROLE_CONSTRAINT = 2;
/** Ends a column's declared type and starts its options. */
export const ROLE_TYPE_STOP = 4;
/** May stand between `CREATE` and `TABLE` (`CREATE OR REPLACE GLOBAL TEMPORARY TABLE`). */
export const ROLE_CREATE_MODIFIER = 8;
/** May stand between `ALTER TABLE` and the name (`ALTER TABLE ONLY`, `IF EXISTS`). */
export const ROLE_ALTER_MODIFIER = 16;

// The word lists are exported for the pre-typed-array reader kept as the differential test's
// reference (test/support/sqlReference): both read the same words, so a word added here is
// added to both.
export const STATEMENT: readonly string[] = [
  'CREATE',
  'ALTER',
  'INSERT',
  'DROP',
  'GO',
  'SET',
  'LOCK',
  'UNLOCK',
  'USE',
];
export const CONSTRAINT: readonly string[] = [
  'CONSTRAINT',
  'PRIMARY',
  'KEY',
  'INDEX',
  'UNIQUE',
  'FOREIGN',
  'CHECK',
  'FULLTEXT',
  'SPATIAL',
  'EXCLUDE',
  'LIKE',
  'PERIOD',
  'SUPPLEMENTAL',
];
export const TYPE_STOP: readonly string[] = [
  'NOT',
  'NULL',
  'DEFAULT',
  'PRIMARY',
  'UNIQUE',
  'REFERENCES',
  'CHECK',
  'COMMENT',
  'AUTO_INCREMENT',
  'AUTOINCREMENT',
  'IDENTITY',
  'COLLATE',
  'GENERATED',
  'CONSTRAINT',
  'ON',
  'AS',
  'KEY',
  'VISIBLE',
  'INVISIBLE',
  'STORAGE',
  'COLUMN_FORMAT',
  'SRID',
  'ENABLE',
  'DISABLE',
  'CHARSET',
  'ENCODE',
  'ENCRYPT',
  'SPARSE',
  'ROWGUIDCOL',
  'FILESTREAM',
  'MASKED',
];
export const CREATE_MODIFIER: readonly string[] = [
  'OR',
  'REPLACE',
  'GLOBAL',
  'LOCAL',
  'TEMPORARY',
  'TEMP',
  'UNLOGGED',
  'PRIVATE',
];
export const ALTER_MODIFIER: readonly string[] = ['ONLY', 'IF', 'EXISTS'];
/** Words the reader tests one by one. */
const OTHER = ['TABLE', 'IS', 'ADD', 'COLUMN', 'CHARACTER'];

/** Every keyword, upper-case; its index is its number (0 is "no keyword"). */
const WORDS: readonly string[] = [
  '',
  ...new Set([...STATEMENT, ...CONSTRAINT, ...TYPE_STOP, ...CREATE_MODIFIER, ...ALTER_MODIFIER, ...OTHER]),
];

/** The number of an upper-case keyword (the reader names the ones it tests one by one). */
export function keyword(word: string): number {
  const id = WORDS.indexOf(word);
  if (id <= 0) throw new Error(`not an SQL keyword of the DDL reader: ${word}`);
  return id;
}

/** Roles by keyword number. */
export const ROLES: Uint8Array = (() => {
  const roles = new Uint8Array(WORDS.length);
  const mark = (words: readonly string[], role: number): void => {
    for (const w of words) roles[keyword(w)] = (roles[keyword(w)] ?? 0) | role;
  };
  mark(STATEMENT, ROLE_STATEMENT);
  mark(CONSTRAINT, ROLE_CONSTRAINT);
  mark(TYPE_STOP, ROLE_TYPE_STOP);
  mark(CREATE_MODIFIER, ROLE_CREATE_MODIFIER);
  mark(ALTER_MODIFIER, ROLE_ALTER_MODIFIER);
  return roles;
})();

/** The longest keyword; longer ASCII words are never keywords. */
export const LONGEST_KEYWORD = Math.max(...WORDS.map((w) => w.length));

/**
 * The hash the tokenizer computes while it reads an ASCII word, over its upper-cased
 * characters: `hash = step(hash, code)` from 0.
 */
function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + (code >= 97 && code <= 122 ? code - 32 : code)) | 0;
}

const BY_HASH = new Map<number, number>();
const BY_WORD = new Map<string, number>();
WORDS.forEach((w, id) => {
  if (id === 0) return;
  let hash = 0;
  for (let k = 0; k < w.length; k++) hash = hashStep(hash, w.charCodeAt(k));
  if (BY_HASH.has(hash)) throw new Error(`SQL keyword hash collision: ${w}`);
  BY_HASH.set(hash, id);
  BY_WORD.set(w, id);
});

/**
 * The keyword number of the ASCII word `text[from, to)` whose `hashStep` hash is `hash`, or 0:
 * the hash finds the one keyword it could be, and its characters are compared to be sure.
 */
export function asciiKeyword(text: string, from: number, to: number, hash: number): number {
  const id = BY_HASH.get(hash);
  if (id === undefined) return 0;
  const w = WORDS[id] ?? '';
  if (w.length !== to - from) return 0;
  for (let k = 0; k < w.length; k++) {
    const c = text.charCodeAt(from + k);
    if ((c >= 97 && c <= 122 ? c - 32 : c) !== w.charCodeAt(k)) return 0;
  }
  return id;
}

/**
 * The keyword number of a word with characters beyond ASCII, as `toUpperCase` reads it (which
 * maps some of them to ASCII letters: `ſet` is `SET`).
 */
export function wordKeyword(word: string): number {
  return BY_WORD.get(word.toUpperCase()) ?? 0;
}
