/**
 * SQLite files, read-only, through the WebAssembly build in `sqliteLib.ts` (loaded on first
 * use). A local file has no server to enforce a statement timeout; the sample and the counting
 * query are each one pass over the table, so time stays linear in its size.
 */
import { DIALECTS } from '../../core/dataset/sql/dialect.js';
import type { Connection } from './url.js';
import {
  cellText,
  DbError,
  sourceFrom,
  tableLabel,
  type DbSession,
  type Described,
  type Sample,
} from './session.js';

const d = DIALECTS.sqlite;

/** The first line of a driver message (SQLite's can run on). */
const firstLine = (e: unknown): string => ((e as Error).message.split('\n')[0] ?? '').trim();

/** Opens a SQLite file read-only; rejects with DbError. */
export async function openSqlite(conn: Connection): Promise<DbSession> {
  const { Database } = await import('./sqliteLib.js');
  let db: InstanceType<typeof Database>;
  try {
    db = new Database(conn.database, { readOnly: true });
    // Opening is lazy: the first read says whether the file is a database at all.
    db.all('PRAGMA schema_version');
  } catch (e) {
    throw new DbError(`${conn.masked}: cannot open the database file (${firstLine(e)})`);
  }
  /** Rows as objects in column order; every failure a one-line DbError naming `what`. */
  const run = (sql: string, what: string): Record<string, unknown>[] => {
    try {
      return db.all(sql);
    } catch (e) {
      const m = firstLine(e);
      throw new DbError(
        `${conn.masked}: ${/no such table/i.test(m) ? `${what} does not exist` : `${what}: ${m}`}`,
      );
    }
  };
  const label = (source: Parameters<DbSession['describe']>[0]): string =>
    'table' in source ? `table ${source.table.join('.')}` : 'the query';
  return {
    title: 'SQLite',
    dialect: d,
    describe(source): Promise<Described> {
      if ('query' in source) {
        // The WebAssembly build names a result's columns only through its rows.
        const [first] = run(`SELECT * FROM ${sourceFrom(d, source)} LIMIT 1`, 'the query');
        if (first === undefined)
          return Promise.reject(new DbError(`${conn.masked}: the query returns no rows`));
        return Promise.resolve({ columns: Object.keys(first).map((name) => ({ name, type: '' })) });
      }
      const table = source.table[source.table.length - 1] ?? '';
      const rows = run(`PRAGMA table_info(${d.quoteIdent(table)})`, `table ${table}`);
      if (rows.length === 0)
        return Promise.reject(new DbError(`${conn.masked}: table ${table} does not exist`));
      return Promise.resolve({
        columns: rows.map((r) => ({ name: cellText(r.name), type: cellText(r.type) })),
      });
    },
    sample(source, described, limit): Promise<Sample> {
      // Positional aliases: two columns of a query may share a name, an object key may not.
      const columns = described.columns
        .map((c, i) => `${d.text(d.quoteIdent(c.name))} AS c${String(i)}`)
        .join(', ');
      const rows = run(
        `SELECT ${columns} FROM ${sourceFrom(d, source)} ORDER BY random() LIMIT ${String(limit)}`,
        label(source),
      );
      return Promise.resolve({
        rows: rows.map((r) => described.columns.map((_c, i) => cellText(r[`c${String(i)}`]))),
        how: `${String(rows.length)} rows sampled with ORDER BY random() LIMIT ${String(limit)}`,
      });
    },
    aggregate(sql): Promise<Record<string, unknown>> {
      return Promise.resolve(run(sql, 'the counting query')[0] ?? {});
    },
    listTables(): Promise<string[]> {
      const rows = run(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
        'the list of tables',
      );
      return Promise.resolve(rows.map((r) => tableLabel([cellText(r.name)])));
    },
    close(): Promise<void> {
      db.close();
      return Promise.resolve();
    },
    cancel(): Promise<void> {
      // The WebAssembly build exports neither sqlite3_interrupt nor a progress handler, and runs
      // each statement synchronously on this thread: nothing can stop one midway; a cancel takes
      // effect before the next statement.
      return Promise.resolve();
    },
  };
}
