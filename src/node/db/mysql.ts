/**
 * MySQL and MariaDB through `mysql2` (pure JavaScript). One connection, a READ ONLY
 * transaction and the server's statement timeout (MariaDB `max_statement_time`, MySQL
 * `max_execution_time`); multiple statements are off, so a `--query` runs as one statement.
 */
import mysql from 'mysql2/promise';
import { DIALECTS, type SqlDialect } from '../../core/dataset/sql/dialect.js';
import type { CountSource } from '../../core/dataset/sql/countQuery.js';
import type { Connection } from './url.js';
import { scrub } from './postgres.js';
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

/** Opens a read-only session; rejects with DbError (one line, masked URL). */
export async function openMysql(conn: Connection, options: SessionOptions): Promise<DbSession> {
  const fail = (e: unknown, what?: string): DbError => mysqlError(e, conn, what);
  let c: mysql.Connection;
  try {
    c = await mysql.createConnection({
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
    });
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
    async close(): Promise<void> {
      await c.query('ROLLBACK').catch(() => undefined);
      await c.end().catch(() => undefined);
    },
  };
}

function mysqlError(e: unknown, conn: Connection, what?: string): DbError {
  const err = e as { code?: string; errno?: number; message?: string };
  const on = what ?? 'the database';
  let reason: string;
  switch (err.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
    case 'PROTOCOL_CONNECTION_LOST':
      reason = `cannot reach ${conn.host}:${conn.port ?? 3306} (${err.code})`;
      break;
    case 'ER_ACCESS_DENIED_ERROR':
      reason = `authentication failed for user "${conn.user}" (wrong password?)`;
      break;
    case 'ER_DBACCESS_DENIED_ERROR':
      reason = `user "${conn.user}" may not use database "${conn.database}"`;
      break;
    case 'ER_BAD_DB_ERROR':
      reason = `database "${conn.database}" does not exist`;
      break;
    case 'ER_NO_SUCH_TABLE':
      reason = `${on} does not exist`;
      break;
    case 'ER_TABLEACCESS_DENIED_ERROR':
    case 'ER_COLUMNACCESS_DENIED_ERROR':
    case 'ER_SPECIFIC_ACCESS_DENIED_ERROR':
      reason = `permission denied reading ${on}`;
      break;
    case 'ER_STATEMENT_TIMEOUT':
    case 'ER_QUERY_TIMEOUT':
      reason = `${on} exceeded the statement timeout (--timeout)`;
      break;
    default:
      reason =
        err.errno === 1969 || err.errno === 3024
          ? `${on} exceeded the statement timeout (--timeout)`
          : `${on}: ${err.message ?? String(e)}`;
  }
  return new DbError(scrub(`${conn.masked}: ${reason}`, conn.password));
}
