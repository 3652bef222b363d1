/**
 * MySQL and MariaDB through `mysql2` (pure JavaScript). One connection, a READ ONLY
 * transaction and the server's statement timeout (MariaDB `max_statement_time`, MySQL
 * `max_execution_time`); multiple statements are off, so a `--query` runs as one statement.
 */
import mysql from 'mysql2/promise';
import { DIALECTS, type SqlDialect } from '../../core/dataset/sql/dialect.js';
import type { CountSource } from '../../core/dataset/sql/countQuery.js';
import type { Connection } from './url.js';
import { dbError, NETWORK_CODES, type DbFailure } from './dbErrors.js';
import {
  cellText,
  DbError,
  sourceFrom,
  textColumns,
  tableLabel,
  type DbSession,
  type Described,
  type Sample,
  type SessionOptions,
} from './session.js';

/** Opens a read-only session; rejects with DbError (one line, masked URL). */
export async function openMysql(conn: Connection, options: SessionOptions): Promise<DbSession> {
  const fail = (e: unknown, what?: string): DbError => mysqlError(e, conn, what);
  let c: mysql.Connection;
  const config: mysql.ConnectionOptions = {
    host: conn.host,
    ...(conn.port !== undefined ? { port: conn.port } : {}),
    user: conn.user,
    ...(conn.password !== undefined ? { password: conn.password } : {}),
    database: conn.database,
    connectTimeout: options.timeoutMs,
    multipleStatements: false,
    charset: 'utf8mb4',
    // Counts arrive as strings when large; dates as text, never parsed.
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: true,
  };
  try {
    c = await mysql.createConnection(config);
  } catch (e) {
    throw fail(e);
  }
  c.on('error', () => undefined);
  let dialect: SqlDialect = DIALECTS.mysql;
  try {
    const [rows] = await c.query('SELECT VERSION() AS v');
    const version = cellText((rows as { v: unknown }[])[0]?.v);
    const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
    if (/mariadb/i.test(version)) {
      dialect = DIALECTS.mariadb;
      await c.query(`SET SESSION max_statement_time = ${seconds}`);
    } else {
      await c.query(`SET SESSION max_execution_time = ${seconds * 1000}`);
    }
    await c.query('SET SESSION TRANSACTION READ ONLY');
    await c.query('START TRANSACTION READ ONLY');
  } catch (e) {
    await c.end().catch(() => undefined);
    throw fail(e);
  }
  const d = dialect;
  const run = async (sql: string, values: unknown[], what?: string, array = false): Promise<unknown[]> => {
    try {
      const [rows] = await c.query({ sql, values, rowsAsArray: array });
      return rows as unknown[];
    } catch (e) {
      throw fail(e, what);
    }
  };
  const named = (source: CountSource): string =>
    'query' in source ? 'the query' : `table ${source.table.join('.')}`;
  return {
    title: d.title,
    dialect: d,
    async describe(source): Promise<Described> {
      if ('query' in source) {
        try {
          const [, fields] = await c.query(`SELECT * FROM ${sourceFrom(d, source)} LIMIT 0`);
          return { columns: fields.map((f) => ({ name: f.name, type: '' })) };
        } catch (e) {
          throw fail(e, named(source));
        }
      }
      const [schema, table] =
        source.table.length > 1
          ? [source.table[0] ?? null, source.table[1] ?? '']
          : [null, source.table[0] ?? ''];
      const cols = (await run(
        `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, COLUMN_COMMENT AS comment
           FROM information_schema.COLUMNS
          WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?
          ORDER BY ORDINAL_POSITION`,
        [schema, table],
        named(source),
      )) as { name: string; type: string; comment: string | null }[];
      // information_schema lists only the tables the user may see: absent is unknown or forbidden.
      if (cols.length === 0)
        throw new DbError(
          `${conn.masked}: ${named(source)} does not exist (or is not visible to user "${conn.user}")`,
        );
      const meta = (await run(
        `SELECT TABLE_COMMENT AS comment, TABLE_ROWS AS estimate FROM information_schema.TABLES
          WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?`,
        [schema, table],
        named(source),
      )) as { comment: string | null; estimate: string | number | null }[];
      const m = meta[0];
      return {
        columns: cols.map((x) => ({
          name: x.name,
          type: x.type,
          ...(x.comment ? { comment: x.comment } : {}),
        })),
        ...(m?.comment ? { comment: m.comment } : {}),
        ...(m?.estimate != null ? { estimatedRows: Number(m.estimate) } : {}),
      };
    },
    async sample(source, described, limit): Promise<Sample> {
      const rows = (await run(
        `SELECT ${textColumns(d, described)} FROM ${sourceFrom(d, source)} ORDER BY RAND() LIMIT ${limit}`,
        [],
        named(source),
        true,
      )) as unknown[][];
      return {
        rows: rows.map((r) => r.map(cellText)),
        how: `${rows.length} rows sampled with ORDER BY RAND() LIMIT ${limit}`,
      };
    },
    async aggregate(sql): Promise<Record<string, unknown>> {
      const rows = (await run(sql, [], 'the counting query')) as Record<string, unknown>[];
      return rows[0] ?? {};
    },
    async listTables(): Promise<string[]> {
      const rows = (await run(
        'SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name',
        [],
        'the list of tables',
      )) as { t: string }[];
      return rows.map((r) => tableLabel([r.t]));
    },
    async close(): Promise<void> {
      await c.query('ROLLBACK').catch(() => undefined);
      await c.end().catch(() => undefined);
    },
    async cancel(): Promise<void> {
      const other = await mysql.createConnection(config);
      other.on('error', () => undefined);
      try {
        // KILL QUERY stops the statement and keeps the connection (and its transaction).
        await other.query(`KILL QUERY ${String(c.threadId)}`);
      } finally {
        await other.end().catch(() => undefined);
      }
    },
  };
}

/** MySQL/MariaDB error codes (and two timeout errnos) for the failures users meet. */
const FAILURES: Readonly<Record<string, DbFailure>> = {
  PROTOCOL_CONNECTION_LOST: 'unreachable',
  ER_ACCESS_DENIED_ERROR: 'auth',
  ER_DBACCESS_DENIED_ERROR: 'databaseDenied',
  ER_BAD_DB_ERROR: 'noDatabase',
  ER_NO_SUCH_TABLE: 'noTable',
  ER_TABLEACCESS_DENIED_ERROR: 'denied',
  ER_COLUMNACCESS_DENIED_ERROR: 'denied',
  ER_SPECIFIC_ACCESS_DENIED_ERROR: 'denied',
  ER_STATEMENT_TIMEOUT: 'timeout',
  ER_QUERY_TIMEOUT: 'timeout',
};
const TIMEOUT_ERRNOS = new Set([1969, 3024]);

function mysqlError(e: unknown, conn: Connection, what?: string): DbError {
  const err = e as { code?: string; errno?: number; message?: string };
  const code = err.code ?? '';
  const failure = NETWORK_CODES.has(code)
    ? 'unreachable'
    : (FAILURES[code] ?? (TIMEOUT_ERRNOS.has(err.errno ?? 0) ? 'timeout' : undefined));
  const context = { conn, on: what ?? 'the database', defaultPort: 3306, detail: code };
  return dbError(failure, context, err.message ?? String(e));
}
