/**
 * Rows read by SQL: a query whose text is written in the call (`db.query('SELECT name, phone
 * FROM patient WHERE …')`) answers rows holding the columns it selects, so what it returns
 * carries the columns the classifier reads as PI, each by its name (or its alias) with the
 * table as owner (`SELECT l.student_name … FROM lesson l` reads `student_name` of `lesson`).
 * A `*`, an expression without an alias and a column of no PI give nothing; a text with no
 * FROM is no query of a table (`'Select your phone'`). Read with bounded
 * scans of at most MAX_SQL characters, no regular expression over the whole text.
 */
import type { NameReader } from './sources.js';
import * as taintModule from './taint.js';
import type { Taint } from './taint.js';

const { asRecord, merge, source } = taintModule;

/** Queries longer than this are not read (generated SQL). */
const MAX_SQL = 4000;
/** Columns read from one query at most. */
const MAX_COLUMNS = 60;
const SELECT = /^\s*select\s+(?:distinct\s+|all\s+)?/i;
const FROM = /\sfrom\s+[`"[]?(\w+)/i;
/** `expr AS alias`, `expr alias`, `t.col`, `col`: the name the row holds. */
const ALIAS = /(?:^|\s)(?:as\s+)?[`"[]?(\w+)[`"\]]?$/i;
const COLUMN = /^(?:[`"[]?\w+[`"\]]?\.)?[`"[]?(\w+)[`"\]]?$/;

/** The names of the columns a SELECT's text selects, and its first table; undefined for any other text. */
export function selectedColumns(sql: string): { columns: string[]; table: string | undefined } | undefined {
  if (sql.length > MAX_SQL) return undefined;
  const head = SELECT.exec(sql);
  if (head === null) return undefined;
  const columns: string[] = [];
  let depth = 0;
  let from = head[0].length;
  let end = sql.length;
  for (let i = from; i < sql.length; i++) {
    const c = sql[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && c === ',') {
      add(columns, sql.slice(from, i));
      from = i + 1;
    } else if (
      depth === 0 &&
      (c === 'f' || c === 'F') &&
      /\s/.test(sql[i - 1] ?? '') &&
      /^from\s/i.test(sql.slice(i, i + 5))
    ) {
      end = i;
      break;
    }
    if (columns.length >= MAX_COLUMNS) return { columns, table: undefined };
  }
  // A SELECT without FROM is no read of a table (`SELECT 1`), nor is prose that opens with the word.
  if (end === sql.length) return undefined;
  add(columns, sql.slice(from, end));
  const table = FROM.exec(sql.slice(end - 1))?.[1];
  return { columns, table };
}

function add(columns: string[], item: string): void {
  const text = item.trim();
  if (text === '' || text.endsWith('*')) return;
  const name = COLUMN.exec(text)?.[1] ?? (text.includes(' ') ? ALIAS.exec(text)?.[1] : undefined);
  if (name !== undefined) columns.push(name);
}

/**
 * What the rows of a SELECT written as `sql` carry: each selected column the reader reads as
 * PI, as a record (its members are read by name, the rows passed whole carry them all).
 */
export function selectTaint(read: NameReader, sql: string, at: number): Taint | undefined {
  const selected = selectedColumns(sql);
  if (selected === undefined) return undefined;
  const owner = selected.table;
  let t: Taint | undefined;
  for (const column of selected.columns) {
    const r = read(column, owner);
    if (r !== undefined)
      t = merge(t, source([r.category], at, `${owner ?? 'query'}.${column} selected`, r.confidence, true));
  }
  return t && asRecord(t);
}
