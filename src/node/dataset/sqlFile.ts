/**
 * SQL dumps (mysqldump, pg_dump, SQLite .dump): rows come from
 * `INSERT INTO t [(cols)] VALUES (…),(…);` and from pg_dump's `COPY t (cols) FROM stdin;` data
 * lines; column names from the statement's list, else from the table's `CREATE TABLE`. The lexer (core/dataset/sqlLexer.ts) hands over rows one tuple at a
 * time, so memory follows the largest row (capped), not the largest statement.
 */
import { DEFAULT_LIMITS, type RecordLimits } from '../../core/dataset/recordBuffer.js';
import { SkipTally } from '../../core/dataset/skipTally.js';
import { SqlLexer } from '../../core/dataset/sqlLexer.js';
import { TableSink } from '../../core/dataset/tableSink.js';
import { transcoded, type TableReader } from './reader.js';

const ident = (s: string): string => s.trim().replace(/^[`"[]|[`"\]]$/g, '');

const INSERT =
  /^\s*(?:INSERT|REPLACE)\s+(?:(?:IGNORE|LOW_PRIORITY|DELAYED|HIGH_PRIORITY)\s+)*INTO\s+((?:[`"[]?[\w$.-]+[`"\]]?\.)?[`"[]?[^\s(`"\]]+[`"\]]?)\s*(\(([^)]*)\))?\s*VALUES\s*/i;
const CREATE =
  /^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?((?:[`"[]?[\w$.-]+[`"\]]?\.)?[`"[]?[^\s(`"\]]+[`"\]]?)\s*\(([\s\S]*)\)/i;
const COPY =
  /^\s*COPY\s+(?:ONLY\s+)?((?:[`"[]?[\w$.-]+[`"\]]?\.)?[`"[]?[^\s(`"\]]+[`"\]]?)\s*(\(([^)]*)\))?\s*FROM\s+stdin/i;
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

/** What one dump held besides its rows, for the report. */
export interface SqlDumpSummary {
  /** INSERT and COPY … FROM stdin statements. */
  readonly inserts: number;
  readonly createTables: number;
  /** Notes per table (rows skipped, with where the first one was). */
  readonly tableNotes: ReadonlyMap<string, string[]>;
}

/**
 * A reader of a SQL dump's bytes (UTF-8): rows of each INSERT go to the sink of their table,
 * tuple by tuple, with the column names of the INSERT's list, else of the table's CREATE TABLE.
 */
export function sqlDumpReader(
  sinkFor: (table: string, columns: readonly string[] | null) => TableSink,
  limits: RecordLimits = DEFAULT_LIMITS,
): { push(chunk: Uint8Array): void; end(): SqlDumpSummary } {
  const columnsOf = new Map<string, string[]>();
  const tallies = new Map<string, SkipTally>();
  let sink: TableSink | null = null;
  let table = '';
  let inserts = 0;
  let createTables = 0;
  const lexer = new SqlLexer(
    {
      statement(kind, text) {
        if (text === null) return;
        if (kind === 'create') {
          const create = CREATE.exec(text);
          if (create === null) return;
          createTables++;
          columnsOf.set(ident(create[1] ?? ''), createTableColumns(create[2] ?? ''));
        }
      },
      insert(head) {
        inserts++;
        const insert = INSERT.exec(head);
        if (insert === null) {
          sink = null;
          return;
        }
        table = ident(insert[1] ?? '');
        const listed = insert[3] !== undefined ? insert[3].split(',').map(ident) : null;
        sink = sinkFor(table, listed ?? columnsOf.get(table) ?? null);
      },
      copy(head) {
        inserts++;
        const copy = COPY.exec(head);
        if (copy === null) {
          sink = null;
          return;
        }
        table = ident(copy[1] ?? '');
        const listed = copy[3] !== undefined ? copy[3].split(',').map(ident) : null;
        sink = sinkFor(table, listed ?? columnsOf.get(table) ?? null);
      },
      row(values) {
        sink?.addRow(values);
      },
      badRow(reason, at) {
        if (sink === null) return;
        sink.addMalformed();
        let tally = tallies.get(table);
        if (tally === undefined) {
          tally = new SkipTally(limits);
          tallies.set(table, tally);
        }
        tally.add(reason, at);
      },
    },
    limits,
  );
  return {
    push: (chunk) => {
      lexer.push(chunk);
    },
    end: () => {
      lexer.end();
      return {
        inserts,
        createTables,
        tableNotes: new Map([...tallies].map(([t, tally]) => [t, tally.notes()])),
      };
    },
  };
}

/** The SQL dump reader: one table per dumped table, named `file#table`. */
export const readSqlDumpTables: TableReader = async (input, ctx) => {
  const tables = new Map<string, TableSink>();
  const reader = sqlDumpReader((name, columns) => {
    let t = tables.get(name);
    if (t === undefined) {
      // A dump's table is its columns' owner, as the file is a flat file's.
      t = new TableSink({ ...ctx.sink, owner: name }, columns);
      tables.set(name, t);
    }
    return t;
  });
  const encNotes: string[] = [];
  for await (const c of transcoded(input, ctx, encNotes)) reader.push(c);
  const dump = reader.end();
  if (tables.size === 0) {
    // Say why nothing was counted: a schema without data, or not a SQL dump at all.
    const why =
      dump.createTables > 0
        ? `${dump.createTables} CREATE TABLE and no INSERT or COPY with rows: a schema without data, nothing counted`
        : dump.inserts > 0
          ? 'INSERT or COPY statements found but none could be read: nothing counted'
          : 'no INSERT, COPY or CREATE TABLE statement found (not a SQL dump?): nothing counted';
    return [{ result: new TableSink(ctx.sink, null).finish(), notes: [why, ...encNotes] }];
  }
  return [...tables].map(([name, t], k) => ({
    part: name,
    result: t.finish(),
    notes: [...(dump.tableNotes.get(name) ?? []), ...(k === 0 ? encNotes : [])],
  }));
};
