/**
 * The SQL DDL reader as it was before issue 8 (tokens as objects), kept only as the oracle of
 * test/unit/formats/sqlReader.test.ts: src/core/scan/formats/sql.ts must read every text as
 * this does. Not to be changed, except to follow a deliberate change of the reader.
 *
 * SQL DDL reader (MySQL, PostgreSQL, SQLite, Oracle and SQL Server flavours).
 *
 * Why hand-written: node-sql-parser (evaluated at 5.4) reports name locations only for its
 * MySQL grammar, has no Oracle dialect, normalises declared types (`varchar2(50)` is lost),
 * and rejects a whole file on the first statement it does not know (`DELIMITER`, `/*!40101
 * … *\/`, `SET`, stored procedures), which real dumps are full of. DDL columns need only a
 * small grammar: find `CREATE TABLE name (` / `ALTER TABLE name ADD`, split the body at
 * top-level commas, skip constraints, read name, type and options; `COMMENT ON` attaches
 * later. test/unit/formats/sqlDifferential.test.ts checks the column lists against
 * node-sql-parser's AST on every fixture statement that parser accepts.
 */
import type { FieldCandidate } from '../../../src/core/types.js';
import { LineIndex } from '../../../src/core/text/lines.js';
import type { Extractor, ExtractResult } from '../../../src/core/scan/extractor.js';
import { ALTER_MODIFIER, CREATE_MODIFIER, STATEMENT } from '../../../src/core/scan/formats/sqlKeywords.js';
import { readColumn, splitDefinitions, type SqlColumn } from './sqlColumns.js';
import { tokenizeSql, type SqlComment, type SqlToken } from './sqlTokens.js';
import {
  candidate,
  commentsWithin,
  describeComments,
  guarded,
  handles,
  joinDescriptions,
  leadingComments,
  trailingComments,
} from '../../../src/core/scan/kit/index.js';

interface TableInfo {
  readonly name: string;
  readonly comments: string[];
}

interface ColumnInfo {
  readonly table: TableInfo;
  readonly column: SqlColumn;
  readonly comments: (string | undefined)[];
}

/** State of one read: tables by folded name, columns in file order. */
interface Reading {
  readonly text: string;
  readonly lines: LineIndex;
  readonly tokens: readonly SqlToken[];
  readonly comments: readonly SqlComment[];
  readonly tables: Map<string, TableInfo>;
  readonly columns: ColumnInfo[];
  /** Columns by `table.column`, folded, for `COMMENT ON COLUMN`. */
  readonly byName: Map<string, ColumnInfo>;
}

const fold = (name: string): string => name.toLowerCase();
const word = (token: SqlToken | undefined): string =>
  token?.kind === 'word' ? token.value.toUpperCase() : '';
const isPunct = (token: SqlToken | undefined, value: string): boolean =>
  token?.kind === 'punct' && token.value === value;

/** Statement openers that end a preceding statement's trailing options when `;` is missing. */
const STATEMENT_WORDS = new Set(STATEMENT);

/** Reads `CREATE TABLE`, `ALTER TABLE … ADD` and `COMMENT ON` from SQL scripts and dumps. */
export const sqlDdlReference: Extractor = {
  id: 'sql-ddl',
  handles: handles({
    languageIds: ['sql', 'mysql', 'pgsql', 'postgres', 'plsql', 'oracle', 'sqlite', 'tsql'],
  }),
  extract: (text: string) => guarded(() => readDdl(text)),
};

function readDdl(text: string): ExtractResult {
  const { tokens, comments } = tokenizeSql(text);
  const reading: Reading = {
    text,
    lines: new LineIndex(text),
    tokens,
    comments,
    tables: new Map(),
    columns: [],
    byName: new Map(),
  };
  let sawDdl = false;
  for (let i = 0; i < tokens.length;) {
    const keyword = word(tokens[i]);
    let next = i + 1;
    if (keyword === 'CREATE') next = readCreateTable(reading, i);
    else if (keyword === 'ALTER' && word(tokens[i + 1]) === 'TABLE') next = readAlterTable(reading, i);
    else if (keyword === 'COMMENT' && word(tokens[i + 1]) === 'ON') next = readCommentOn(reading, i);
    if (next < 0) return { ok: false, error: `unbalanced parentheses after offset ${tokens[i]?.start ?? 0}` };
    if (next !== i + 1) sawDdl = true;
    i = Math.max(next, i + 1);
  }
  if (!sawDdl)
    return { ok: false, error: 'no CREATE TABLE, ALTER TABLE or COMMENT ON statement', notApplicable: true };
  return { ok: true, fields: reading.columns.map((info) => toCandidate(reading, info)) };
}

function toCandidate(reading: Reading, { table, column, comments }: ColumnInfo): FieldCandidate {
  const type =
    column.typeStart === undefined ? undefined : reading.text.slice(column.typeStart, column.typeEnd);
  return candidate(reading.lines, {
    name: column.name,
    from: column.nameStart,
    length: column.nameLength,
    owner: table.name,
    declaredType: type,
    comment: joinDescriptions(comments),
    ownerComment: joinDescriptions(table.comments),
  });
}

/** Reads a qualified name (`a.b.c`); returns its parts and the index after it. */
function qualifiedName(tokens: readonly SqlToken[], at: number): { parts: string[]; next: number } {
  const parts: string[] = [];
  let i = at;
  while (tokens[i]?.kind === 'word' || tokens[i]?.kind === 'quoted') {
    parts.push(tokens[i]?.value ?? '');
    if (!isPunct(tokens[i + 1], '.')) return { parts, next: i + 1 };
    i += 2;
  }
  return { parts, next: i };
}

function tableFor(reading: Reading, name: string): TableInfo {
  const key = fold(name);
  const existing = reading.tables.get(key);
  if (existing !== undefined) return existing;
  const created: TableInfo = { name, comments: [] };
  reading.tables.set(key, created);
  return created;
}

function readCreateTable(reading: Reading, at: number): number {
  const { tokens } = reading;
  let i = at + 1;
  while (CREATE_MODIFIER.includes(word(tokens[i]))) i++;
  if (word(tokens[i]) !== 'TABLE') return at + 1;
  i++;
  if (word(tokens[i]) === 'IF' && word(tokens[i + 1]) === 'NOT' && word(tokens[i + 2]) === 'EXISTS') i += 3;
  const { parts, next } = qualifiedName(tokens, i);
  const name = parts[parts.length - 1];
  if (name === undefined || !isPunct(tokens[next], '(')) return next;
  const table = tableFor(reading, name);
  const above = leadingComments(reading.text, reading.comments, tokens[at]?.start ?? 0);
  pushDefined(table.comments, describeComments(reading.text, above));
  const close = readDefinitions(reading, table, next);
  if (close < 0) return -1;
  return readTableOptions(reading, table, close + 1);
}

/** Reads the column list from the `(` at `open`; returns the index of its `)`. */
function readDefinitions(reading: Reading, table: TableInfo, open: number): number {
  const definitions: SqlToken[][] = [];
  const close = splitDefinitions(reading.tokens, open, definitions);
  if (close < 0) return -1;
  for (const definition of definitions) {
    const column = readColumn(definition);
    if (column !== undefined) addColumn(reading, table, column);
  }
  return close;
}

/** Records a column with its inline `COMMENT`, the comments above it and the one trailing it. */
function addColumn(reading: Reading, table: TableInfo, column: SqlColumn): void {
  const { comments, text } = reading;
  const above = leadingComments(text, comments, column.nameStart);
  const inside = commentsWithin(comments, column.nameStart, column.end);
  const trailing = trailingComments(text, comments, column.end);
  const info: ColumnInfo = {
    table,
    column,
    comments: [
      column.inlineComment,
      describeComments(reading.text, above),
      describeComments(reading.text, [...inside, ...trailing]),
    ],
  };
  reading.columns.push(info);
  reading.byName.set(`${fold(table.name)}.${fold(column.name)}`, info);
}

/** MySQL `COMMENT [=] '…'` after the closing parenthesis; returns the statement's end. */
function readTableOptions(reading: Reading, table: TableInfo, from: number): number {
  const { tokens } = reading;
  let i = from;
  for (; i < tokens.length && !endsStatement(tokens, i); i++) {
    if (word(tokens[i]) !== 'COMMENT') continue;
    const value = isPunct(tokens[i + 1], '=') ? tokens[i + 2] : tokens[i + 1];
    if (value?.kind === 'string') pushDefined(table.comments, value.value);
  }
  return i;
}

/** `ALTER TABLE t ADD [COLUMN] c type …[, ADD …]`, Oracle `ADD (c type, …)`, `COMMENT = '…'`. */
function readAlterTable(reading: Reading, at: number): number {
  const { tokens } = reading;
  let i = at + 2;
  while (ALTER_MODIFIER.includes(word(tokens[i]))) i++;
  const { parts, next } = qualifiedName(tokens, i);
  const name = parts[parts.length - 1];
  if (name === undefined) return next;
  const table = tableFor(reading, name);
  for (i = next; i < tokens.length && !endsStatement(tokens, i); i++) {
    if (word(tokens[i]) === 'COMMENT') i = readTableOptions(reading, table, i) - 1;
    if (word(tokens[i]) !== 'ADD') continue;
    let j = i + 1;
    if (word(tokens[j]) === 'COLUMN') j++;
    if (word(tokens[j]) === 'IF' && word(tokens[j + 1]) === 'NOT') j += 3;
    if (isPunct(tokens[j], '(')) {
      const close = readDefinitions(reading, table, j);
      if (close < 0) return -1;
      i = close;
      continue;
    }
    const end = clauseEnd(tokens, j);
    const column = readColumn(tokens.slice(j, end));
    if (column !== undefined) addColumn(reading, table, column);
    i = end - 1;
  }
  return i;
}

/** Index of the `,` or `;` ending an ALTER clause at depth 0 (or of the next statement). */
function clauseEnd(tokens: readonly SqlToken[], from: number): number {
  let depth = 0;
  let i = from;
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if (isPunct(token, '(')) depth++;
    else if (isPunct(token, ')')) depth--;
    else if (depth <= 0 && (isPunct(token, ',') || isPunct(token, ';'))) break;
    else if (depth <= 0 && STATEMENT_WORDS.has(word(token)) && word(token) !== 'SET') break;
  }
  return i;
}

/** `COMMENT ON COLUMN [schema.]table.column IS '…'` and `COMMENT ON TABLE t IS '…'`. */
function readCommentOn(reading: Reading, at: number): number {
  const { tokens } = reading;
  const target = word(tokens[at + 2]);
  const { parts, next } = qualifiedName(tokens, at + 3);
  const value = word(tokens[next]) === 'IS' ? tokens[next + 1] : undefined;
  if (value?.kind !== 'string') return next;
  if (target === 'TABLE') {
    const table = parts[parts.length - 1];
    if (table !== undefined) pushDefined(tableFor(reading, table).comments, value.value);
  } else if (target === 'COLUMN' && parts.length >= 2) {
    const key = `${fold(parts[parts.length - 2] ?? '')}.${fold(parts[parts.length - 1] ?? '')}`;
    reading.byName.get(key)?.comments.push(value.value);
  }
  return next + 2;
}

/** A `;` or a word that opens the next statement (`CHARACTER SET` is a table option). */
function endsStatement(tokens: readonly SqlToken[], i: number): boolean {
  if (isPunct(tokens[i], ';')) return true;
  const keyword = word(tokens[i]);
  if (keyword === 'SET') return word(tokens[i - 1]) !== 'CHARACTER';
  return STATEMENT_WORDS.has(keyword);
}

function pushDefined(into: string[], value: string | undefined): void {
  if (value !== undefined && value.trim() !== '') into.push(value);
}
