/**
 * SQLite through `better-sqlite3`, a native module: optional, CLI-only, loaded on first use
 * (the extension bundle never contains it). The file is opened read-only.
 */
import { createRequire } from 'node:module';
import { DIALECTS } from '../../core/dataset/sql/dialect.js';
import type { Connection } from './url.js';
import {
  cellText,
  DbError,
  sourceFrom,
  textColumns,
  type DbSession,
  type Described,
  type Sample,
  type SessionOptions,
} from './session.js';

const d = DIALECTS.sqlite;

interface Statement {
  all(...params: unknown[]): unknown[];
  raw(on: boolean): Statement;
  columns(): { name: string; type: string | null }[];
}
interface Database {
  prepare(sql: string): Statement;
  pragma(sql: string): unknown;
  close(): void;
}
type DatabaseConstructor = new (
  file: string,
  options: { readonly: boolean; fileMustExist: boolean; timeout: number },
) => Database;

/** Loads better-sqlite3 from the project or the user's installation. */
function loadDriver(masked: string): DatabaseConstructor {
  try {
    const req = createRequire(`${process.cwd()}/`);
    const name = 'better-sqlite3';
    try {
      return req(name) as DatabaseConstructor;
    } catch {
      return createRequire(__filename)(name) as DatabaseConstructor;
    }
  } catch {
    throw new DbError(
      `${masked}: SQLite needs the optional native package better-sqlite3 (npm install better-sqlite3)`,
    );
  }
}

/** Opens a SQLite file read-only; rejects with DbError. */
export function openSqlite(conn: Connection, options: SessionOptions): Promise<DbSession> {
  const Driver = loadDriver(conn.masked);
  let db: Database;
  try {
    db = new Driver(conn.database, { readonly: true, fileMustExist: true, timeout: options.timeoutMs });
    db.pragma('query_only = ON');
  } catch (e) {
    return Promise.reject(
      new DbError(
        `${conn.masked}: cannot open the database file (${(e as Error).message.split('\n')[0] ?? ''})`,
      ),
    );
  }
  const run = (sql: string, what: string, raw = false): unknown[] => {
    try {
      const st = db.prepare(sql);
      return (raw ? st.raw(true) : st).all();
    } catch (e) {
      const m = (e as Error).message.split('\n')[0] ?? '';
      throw new DbError(
        `${conn.masked}: ${/no such table/i.test(m) ? `${what} does not exist` : `${what}: ${m}`}`,
      );
    }
  };
  const session: DbSession = {
    title: 'SQLite',
    dialect: d,
    describe(source): Promise<Described> {
      if ('query' in source) {
        try {
          const cols = db.prepare(`SELECT * FROM ${sourceFrom(d, source)} LIMIT 0`).columns();
          return Promise.resolve({ columns: cols.map((c) => ({ name: c.name, type: c.type ?? '' })) });
        } catch (e) {
          return Promise.reject(
            new DbError(`${conn.masked}: the query: ${(e as Error).message.split('\n')[0] ?? ''}`),
          );
        }
      }
      const table = source.table[source.table.length - 1] ?? '';
      const rows = run(`PRAGMA table_info(${d.quoteIdent(table)})`, `table ${table}`) as {
        name: string;
        type: string;
      }[];
      if (rows.length === 0)
        return Promise.reject(new DbError(`${conn.masked}: table ${table} does not exist`));
      return Promise.resolve({ columns: rows.map((r) => ({ name: r.name, type: r.type })) });
    },
    sample(source, described, limit): Promise<Sample> {
      const rows = run(
        `SELECT ${textColumns(d, described)} FROM ${sourceFrom(d, source)} ORDER BY random() LIMIT ${limit}`,
        'table' in source ? `table ${source.table.join('.')}` : 'the query',
        true,
      ) as unknown[][];
      return Promise.resolve({
        rows: rows.map((r) => r.map(cellText)),
        how: `${rows.length} rows sampled with ORDER BY random() LIMIT ${limit}`,
      });
    },
    aggregate(sql): Promise<Record<string, unknown>> {
      return Promise.resolve(
        (run(sql, 'the counting query')[0] as Record<string, unknown> | undefined) ?? {},
      );
    },
    close(): Promise<void> {
      db.close();
      return Promise.resolve();
    },
  };
  return Promise.resolve(session);
}
