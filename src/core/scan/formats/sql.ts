/**
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
import type { FieldCandidate } from '../../types.js';
import { LineIndex } from '../../text/lines.js';
import type { Extractor, ExtractResult } from '../extractor.js';
import { readColumn, splitDefinitions, type SqlColumn } from './sqlColumns.js';
import {
  keyword,
  ROLE_ALTER_MODIFIER,
  ROLE_CREATE_MODIFIER,
  ROLE_STATEMENT,
  ROLES as ROLES_IMPORTED,
} from './sqlKeywords.js';
import { tokenizeSql, type SqlTokens } from './sqlTokens.js';
import {
  candidate,
  commentsWithin,
  describeComments,
  guarded,
  handles,
  joinDescriptions,
  leadingComments,
  trailingComments,
} from '../kit/index.js';

interface TableInfo {
  readonly name: string;
  /** The name folded, as tables are looked up. */
  readonly key: string;
  readonly comments: string[];
  /** Its columns so far, in file order (`COMMENT ON COLUMN` sees those declared before it). */
  readonly columns: ColumnInfo[];
  /** A long table's columns by folded name, built when first asked (`columnOf`). */
  byColumn?: { readonly map: Map<string, ColumnInfo>; indexed: number };
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
  readonly tokens: SqlTokens;
  readonly tables: Map<string, TableInfo>;
  readonly columns: ColumnInfo[];
  /** Some table or column name holds a `.`: `COMMENT ON COLUMN` looks names up as `byName` does. */
  dotted: boolean;
  /** Columns by `table.column`, folded, built when first asked, for names with dots. */
  readonly byName: Map<string, ColumnInfo>;
  byNameIndexed: number;
}

const fold = (name: string): string => name.toLowerCase();
/** Held here: an imported binding is a property read on every use under a CommonJS loader. */
const ROLES = ROLES_IMPORTED;
const role = (tokens: SqlTokens, i: number, bit: number): boolean =>
  ((ROLES[tokens.keyword(i)] ?? 0) & bit) !== 0;

const CREATE = keyword('CREATE');
const ALTER = keyword('ALTER');
const TABLE = keyword('TABLE');
const COMMENT = keyword('COMMENT');
const ON = keyword('ON');
const IF = keyword('IF');
const NOT = keyword('NOT');
const EXISTS = keyword('EXISTS');
const ADD = keyword('ADD');
const COLUMN = keyword('COLUMN');
const IS = keyword('IS');
const SET = keyword('SET');
const CHARACTER = keyword('CHARACTER');
const OPEN = 40;
const CLOSE = 41;
const COMMA = 44;
const DOT = 46;
const SEMICOLON = 59;
const EQUALS = 61;

/** Reads `CREATE TABLE`, `ALTER TABLE … ADD` and `COMMENT ON` from SQL scripts and dumps. */
export const sqlDdlExtractor: Extractor = {
  id: 'sql-ddl',
  handles: handles({
    languageIds: ['sql', 'mysql', 'pgsql', 'postgres', 'plsql', 'oracle', 'sqlite', 'tsql'],
  }),
  extract: (text: string) => guarded(() => readDdl(text)),
};

function readDdl(text: string): ExtractResult {
  const tokens = tokenizeSql(text);
  const reading: Reading = {
    text,
    lines: new LineIndex(text),
    tokens,
    tables: new Map(),
    columns: [],
    dotted: false,
    byName: new Map(),
    byNameIndexed: 0,
  };
  let sawDdl = false;
  for (let i = 0; i < tokens.count;) {
    const word = tokens.keyword(i);
    let next = i + 1;
    if (word === CREATE) next = readCreateTable(reading, i);
    else if (word === ALTER && tokens.keyword(i + 1) === TABLE) next = readAlterTable(reading, i);
    else if (word === COMMENT && tokens.keyword(i + 1) === ON) next = readCommentOn(reading, i);
    if (next < 0) return { ok: false, error: `unbalanced parentheses after offset ${tokens.starts[i] ?? 0}` };
    if (next !== i + 1) sawDdl = true;
    i = Math.max(next, i + 1);
  }
  if (!sawDdl)
    return { ok: false, error: 'no CREATE TABLE, ALTER TABLE or COMMENT ON statement', notApplicable: true };
  // A table's description is complete only now (`COMMENT ON TABLE` may come last): joined once.
  const ownerComments = new Map<TableInfo, string | undefined>();
  const fields = reading.columns.map((info) => {
    let ownerComment = ownerComments.get(info.table);
    if (!ownerComments.has(info.table)) {
      ownerComment = joinDescriptions(info.table.comments);
      ownerComments.set(info.table, ownerComment);
    }
    return toCandidate(reading, info, ownerComment);
  });
  return { ok: true, fields };
}

function toCandidate(
  reading: Reading,
  { table, column, comments }: ColumnInfo,
  ownerComment: string | undefined,
): FieldCandidate {
  const type =
    column.typeStart === undefined ? undefined : reading.text.slice(column.typeStart, column.typeEnd);
  return candidate(reading.lines, {
    name: column.name,
    from: column.nameStart,
    length: column.nameLength,
    owner: table.name,
    declaredType: type,
    comment: joinDescriptions(comments),
    ownerComment,
  });
}

/** Reads a qualified name (`a.b.c`); returns its parts and the index after it. */
function qualifiedName(tokens: SqlTokens, at: number): { parts: string[]; next: number } {
  const parts: string[] = [];
  let i = at;
  while (i < tokens.count && tokens.isName(i)) {
    parts.push(tokens.value(i));
    if (!tokens.isPunct(i + 1, DOT)) return { parts, next: i + 1 };
    i += 2;
  }
  return { parts, next: i };
}

function tableFor(reading: Reading, name: string): TableInfo {
  const key = fold(name);
  const existing = reading.tables.get(key);
  if (existing !== undefined) return existing;
  const created: TableInfo = { name, key, comments: [], columns: [] };
  if (key.includes('.')) reading.dotted = true;
  reading.tables.set(key, created);
  return created;
}

function readCreateTable(reading: Reading, at: number): number {
  const { tokens } = reading;
  let i = at + 1;
  while (role(tokens, i, ROLE_CREATE_MODIFIER)) i++;
  if (tokens.keyword(i) !== TABLE) return at + 1;
  i++;
  if (tokens.keyword(i) === IF && tokens.keyword(i + 1) === NOT && tokens.keyword(i + 2) === EXISTS) i += 3;
  const { parts, next } = qualifiedName(tokens, i);
  const name = parts[parts.length - 1];
  if (name === undefined || !tokens.isPunct(next, OPEN)) return next;
  const table = tableFor(reading, name);
  const above = leadingComments(reading.text, tokens.comments, tokens.starts[at] ?? 0);
  pushDefined(table.comments, describeComments(reading.text, above));
  const close = readDefinitions(reading, table, next);
  if (close < 0) return -1;
  return readTableOptions(reading, table, close + 1);
}

/** Reads the column list from the `(` at `open`; returns the index of its `)`. */
function readDefinitions(reading: Reading, table: TableInfo, open: number): number {
  const definitions: number[] = [];
  const close = splitDefinitions(reading.tokens, open, definitions);
  if (close < 0) return -1;
  for (let k = 0; k < definitions.length; k += 2) {
    const column = readColumn(reading.tokens, definitions[k] ?? 0, definitions[k + 1] ?? 0);
    if (column !== undefined) addColumn(reading, table, column);
  }
  return close;
}

/** Records a column with its inline `COMMENT`, the comments above it and the one trailing it. */
function addColumn(reading: Reading, table: TableInfo, column: SqlColumn): void {
  const { text } = reading;
  const { comments } = reading.tokens;
  const above = leadingComments(text, comments, column.nameStart);
  const inside = commentsWithin(comments, column.nameStart, column.end);
  const trailing = trailingComments(text, comments, column.end);
  const info: ColumnInfo = {
    table,
    column,
    comments: [
      column.inlineComment,
      above.length === 0 ? undefined : describeComments(text, above),
      inside.length + trailing.length === 0
        ? undefined
        : describeComments(text, inside.length === 0 ? trailing : [...inside, ...trailing]),
    ],
  };
  reading.columns.push(info);
  table.columns.push(info);
  if (column.name.includes('.')) reading.dotted = true;
}

/** MySQL `COMMENT [=] '…'` after the closing parenthesis; returns the statement's end. */
function readTableOptions(reading: Reading, table: TableInfo, from: number): number {
  const { tokens } = reading;
  let i = from;
  for (; i < tokens.count && !endsStatement(tokens, i); i++) {
    if (tokens.keyword(i) !== COMMENT) continue;
    const value = tokens.isPunct(i + 1, EQUALS) ? i + 2 : i + 1;
    if (value < tokens.count && tokens.isString(value)) pushDefined(table.comments, tokens.value(value));
  }
  return i;
}

/** `ALTER TABLE t ADD [COLUMN] c type …[, ADD …]`, Oracle `ADD (c type, …)`, `COMMENT = '…'`. */
function readAlterTable(reading: Reading, at: number): number {
  const { tokens } = reading;
  let i = at + 2;
  while (role(tokens, i, ROLE_ALTER_MODIFIER)) i++;
  const { parts, next } = qualifiedName(tokens, i);
  const name = parts[parts.length - 1];
  if (name === undefined) return next;
  const table = tableFor(reading, name);
  for (i = next; i < tokens.count && !endsStatement(tokens, i); i++) {
    if (tokens.keyword(i) === COMMENT) i = readTableOptions(reading, table, i) - 1;
    if (tokens.keyword(i) !== ADD) continue;
    let j = i + 1;
    if (tokens.keyword(j) === COLUMN) j++;
    if (tokens.keyword(j) === IF && tokens.keyword(j + 1) === NOT) j += 3;
    if (tokens.isPunct(j, OPEN)) {
      const close = readDefinitions(reading, table, j);
      if (close < 0) return -1;
      i = close;
      continue;
    }
    const end = clauseEnd(tokens, j);
    const column = readColumn(tokens, j, end);
    if (column !== undefined) addColumn(reading, table, column);
    i = end - 1;
  }
  return i;
}

/** Index of the `,` or `;` ending an ALTER clause at depth 0 (or of the next statement). */
function clauseEnd(tokens: SqlTokens, from: number): number {
  let depth = 0;
  let i = from;
  for (; i < tokens.count; i++) {
    if (tokens.isPunct(i, OPEN)) depth++;
    else if (tokens.isPunct(i, CLOSE)) depth--;
    else if (depth <= 0 && (tokens.isPunct(i, COMMA) || tokens.isPunct(i, SEMICOLON))) break;
    else if (depth <= 0 && role(tokens, i, ROLE_STATEMENT) && tokens.keyword(i) !== SET) break;
  }
  return i;
}

/** `COMMENT ON COLUMN [schema.]table.column IS '…'` and `COMMENT ON TABLE t IS '…'`. */
function readCommentOn(reading: Reading, at: number): number {
  const { tokens } = reading;
  const target = tokens.keyword(at + 2);
  const { parts, next } = qualifiedName(tokens, at + 3);
  if (tokens.keyword(next) !== IS || next + 1 >= tokens.count || !tokens.isString(next + 1)) return next;
  const value = tokens.value(next + 1);
  if (target === TABLE) {
    const table = parts[parts.length - 1];
    if (table !== undefined) pushDefined(tableFor(reading, table).comments, value);
  } else if (target === COLUMN && parts.length >= 2) {
    columnOf(reading, parts[parts.length - 2] ?? '', parts[parts.length - 1] ?? '')?.comments.push(value);
  }
  return next + 2;
}

/**
 * The column a `COMMENT ON COLUMN table.column` names: of the columns declared so far, the last
 * whose `table.column`, folded, is the one named. Without dots in any name that is the table's
 * last column of that name; with dots (`"a.b"`) the joined names are compared as they are.
 */
function columnOf(reading: Reading, tableName: string, columnName: string): ColumnInfo | undefined {
  const tableKey = fold(tableName);
  const columnKey = fold(columnName);
  if (reading.dotted) {
    const { columns, byName } = reading;
    for (; reading.byNameIndexed < columns.length; reading.byNameIndexed++) {
      const info = columns[reading.byNameIndexed];
      if (info !== undefined) byName.set(`${info.table.key}.${fold(info.column.name)}`, info);
    }
    return byName.get(`${tableKey}.${columnKey}`);
  }
  if (tableKey.includes('.') || columnKey.includes('.')) return undefined;
  const table = reading.tables.get(tableKey);
  if (table === undefined) return undefined;
  const { columns } = table;
  if (columns.length <= LONG_TABLE) {
    for (let k = columns.length - 1; k >= 0; k--) {
      const info = columns[k];
      if (info !== undefined && fold(info.column.name) === columnKey) return info;
    }
    return undefined;
  }
  const index = (table.byColumn ??= { map: new Map(), indexed: 0 });
  for (; index.indexed < columns.length; index.indexed++) {
    const info = columns[index.indexed];
    if (info !== undefined) index.map.set(fold(info.column.name), info);
  }
  return index.map.get(columnKey);
}

/** Columns a table may have before `columnOf` indexes them rather than search them. */
const LONG_TABLE = 32;

/** A `;` or a word that opens the next statement (`CHARACTER SET` is a table option). */
function endsStatement(tokens: SqlTokens, i: number): boolean {
  if (tokens.isPunct(i, SEMICOLON)) return true;
  const word = tokens.keyword(i);
  if (word === SET) return tokens.keyword(i - 1) !== CHARACTER;
  return role(tokens, i, ROLE_STATEMENT);
}

function pushDefined(into: string[], value: string | undefined): void {
  if (value !== undefined && value.trim() !== '') into.push(value);
}
