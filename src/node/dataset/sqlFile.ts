/**
 * SQL dumps (mysqldump, pg_dump --inserts, SQLite .dump): rows come from
 * `INSERT INTO t [(cols)] VALUES (…),(…);`; column names from the INSERT's list, else from the
 * table's `CREATE TABLE`. Statements are cut at semicolons outside quotes and comments, so
 * memory follows the largest statement (mysqldump caps extended inserts at about 1 MB).
 */
import type { TableSink } from '../../core/dataset/tableSink.js';

const ident = (s: string): string => s.trim().replace(/^[`"[]|[`"\]]$/g, '');

/** Splits a statement stream at top-level semicolons. */
export class SqlStatementSplitter {
  #text = '';
  #quote: string | null = null;
  #scan = 0;
  constructor(private readonly onStatement: (sql: string) => void) {}

  push(chunk: string): void {
    this.#text += chunk;
    const t = this.#text;
    let start = 0;
    let i = this.#scan;
    for (; i < t.length; i++) {
      const c = t[i];
      if (this.#quote !== null) {
        if (c === '\\' && this.#quote === "'") i++;
        else if (c === this.#quote) this.#quote = null;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') this.#quote = c;
      else if (c === '-' && t[i + 1] === '-') {
        const nl = t.indexOf('\n', i);
        if (nl < 0) break;
        i = nl;
      } else if (c === '/' && t[i + 1] === '*') {
        const end = t.indexOf('*/', i + 2);
        if (end < 0) break;
        i = end + 1;
      } else if (c === ';') {
        this.onStatement(t.slice(start, i));
        start = i + 1;
      }
    }
    this.#text = t.slice(start);
    this.#scan = i - start;
  }

  end(): void {
    if (this.#text.trim() !== '') this.onStatement(this.#text);
    this.#text = '';
  }
}

/** Parses the tuples of a VALUES list into rows of text (NULL → empty). */
export function parseValues(s: string): { rows: string[][]; malformed: number } {
  const rows: string[][] = [];
  let malformed = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && s[i] !== '(') i++;
    if (i >= n) break;
    i++;
    const row: string[] = [];
    let ok = false;
    for (;;) {
      while (i < n && /\s/.test(s[i] ?? '')) i++;
      if (s[i] === "'") {
        let v = '';
        i++;
        while (i < n) {
          const c = s[i] as string;
          if (c === '\\' && i + 1 < n) {
            const e = s[i + 1] as string;
            v += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === '0' ? '\0' : e;
            i += 2;
          } else if (c === "'" && s[i + 1] === "'") {
            v += "'";
            i += 2;
          } else if (c === "'") {
            i++;
            break;
          } else {
            v += c;
            i++;
          }
        }
        row.push(v);
      } else {
        let j = i;
        let depth = 0;
        while (j < n && (depth > 0 || (s[j] !== ',' && s[j] !== ')'))) {
          if (s[j] === '(') depth++;
          else if (s[j] === ')') depth--;
          j++;
        }
        const raw = s.slice(i, j).trim();
        row.push(/^null$/i.test(raw) ? '' : raw);
        i = j;
      }
      while (i < n && /\s/.test(s[i] ?? '')) i++;
      if (s[i] === ',') {
        i++;
        continue;
      }
      if (s[i] === ')') {
        i++;
        ok = true;
      }
      break;
    }
    if (ok) rows.push(row);
    else malformed++;
  }
  return { rows, malformed };
}

const INSERT =
  /^\s*(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\s+((?:[`"[]?[\w$.-]+[`"\]]?\.)?[`"[]?[^\s(`"\]]+[`"\]]?)\s*(\(([^)]*)\))?\s*VALUES\s*/i;
const CREATE =
  /^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:[`"[]?[\w$.-]+[`"\]]?\.)?[`"[]?[^\s(`"\]]+[`"\]]?)\s*\(([\s\S]*)\)/i;
const NOT_COLUMN = /^(?:PRIMARY|KEY|UNIQUE|INDEX|CONSTRAINT|FOREIGN|CHECK|FULLTEXT|SPATIAL)\b/i;

/** Column names of a CREATE TABLE body. */
export function createTableColumns(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of body) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '' && !NOT_COLUMN.test(p))
    .map((p) => ident(/^([`"[][^`"\]]+[`"\]]|\S+)/.exec(p)?.[1] ?? p));
}

/** The statement without the comments and blank lines that precede it. */
export function stripLeadingComments(sql: string): string {
  let s = sql;
  for (;;) {
    const t = s.trimStart();
    if (t.startsWith('--') || t.startsWith('#')) {
      const nl = t.indexOf('\n');
      s = nl < 0 ? '' : t.slice(nl + 1);
    } else if (t.startsWith('/*')) {
      const end = t.indexOf('*/');
      s = end < 0 ? '' : t.slice(end + 2);
    } else return t;
  }
}

/** Feeds a SQL dump's INSERTs into per-table sinks. */
export function sqlDumpReader(
  sinkFor: (table: string, columns: readonly string[] | null) => TableSink,
): SqlStatementSplitter {
  const columnsOf = new Map<string, string[]>();
  return new SqlStatementSplitter((statement) => {
    const sql = stripLeadingComments(statement);
    const create = CREATE.exec(sql);
    if (create !== null) {
      columnsOf.set(ident(create[1] ?? ''), createTableColumns(create[2] ?? ''));
      return;
    }
    const insert = INSERT.exec(sql);
    if (insert === null) return;
    const table = ident(insert[1] ?? '');
    const listed = insert[3] !== undefined ? insert[3].split(',').map(ident) : null;
    const sink = sinkFor(table, listed ?? columnsOf.get(table) ?? null);
    const { rows, malformed } = parseValues(sql.slice(insert[0].length));
    for (const row of rows) sink.addRow(row);
    if (malformed > 0) sink.addMalformed(malformed);
  });
}
