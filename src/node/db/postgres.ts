/**
 * PostgreSQL through `pg` (pure JavaScript). One client, one READ ONLY transaction with
 * `statement_timeout`; every statement goes through the extended protocol, which runs exactly
 * one statement (a `--query` cannot end the transaction and run another).
 */
import pg from 'pg';
import { DIALECTS } from '../../core/dataset/sql/dialect.js';
import type { CountSource } from '../../core/dataset/sql/countQuery.js';
import { dbError, NETWORK_CODES, type DbFailure } from './dbErrors.js';
import type { Connection } from './url.js';
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

const d = DIALECTS.postgres;

/** Opens a read-only session; rejects with DbError (one line, masked URL). */
export async function openPostgres(conn: Connection, options: SessionOptions): Promise<DbSession> {
  const config: pg.ClientConfig = {
    host: conn.host,
    ...(conn.port !== undefined ? { port: conn.port } : {}),
    user: conn.user || undefined,
    // pg reads PGPASSWORD when the URL has none.
    ...(conn.password !== undefined ? { password: conn.password } : {}),
    database: conn.database,
    connectionTimeoutMillis: options.timeoutMs,
    application_name: 'pilens',
    ...(conn.params.get('sslmode') === 'require' ? { ssl: { rejectUnauthorized: false } } : {}),
  };
  const client = new pg.Client(config);
  // A connection lost later is reported by the query that needed it.
  client.on('error', () => undefined);
  const fail = (e: unknown, what?: string): DbError => postgresError(e, conn, what);
  try {
    await client.connect();
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.floor(options.timeoutMs))}`);
  } catch (e) {
    await client.end().catch(() => undefined);
    throw fail(e);
  }
  const run = async (
    text: string,
    values: unknown[],
    what?: string,
    rows?: 'array',
  ): Promise<pg.QueryResult> => {
    try {
      return await client.query({
        text,
        values,
        queryMode: 'extended',
        ...(rows !== undefined ? { rowMode: rows } : {}),
      } as pg.QueryConfig);
    } catch (e) {
      throw fail(e, what);
    }
  };
  const named = (source: CountSource): string =>
    'query' in source ? 'the query' : `table ${source.table.join('.')}`;
  return {
    title: 'PostgreSQL',
    dialect: d,
    async describe(source): Promise<Described> {
      if ('query' in source) {
        const r = await run(`SELECT * FROM ${sourceFrom(d, source)} LIMIT 0`, [], named(source));
        return { columns: r.fields.map((f) => ({ name: f.name, type: '' })) };
      }
      const rel = source.table.map((p) => d.quoteIdent(p)).join('.');
      const cols = await run(
        `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
                col_description(a.attrelid, a.attnum) AS comment
           FROM pg_attribute a
          WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
          ORDER BY a.attnum`,
        [rel],
        named(source),
      );
      const rel2 = await run(
        `SELECT obj_description($1::regclass, 'pg_class') AS comment, c.reltuples AS estimate
           FROM pg_class c WHERE c.oid = $1::regclass`,
        [rel],
        named(source),
      );
      const meta = rel2.rows[0] as { comment: string | null; estimate: number | string } | undefined;
      return {
        columns: (cols.rows as { name: string; type: string; comment: string | null }[]).map((c) => ({
          name: c.name,
          type: c.type,
          ...(c.comment !== null ? { comment: c.comment } : {}),
        })),
        ...(meta?.comment != null ? { comment: meta.comment } : {}),
        ...(meta !== undefined ? { estimatedRows: Number(meta.estimate) } : {}),
      };
    },
    async sample(source, described, limit): Promise<Sample> {
      const list = textColumns(d, described);
      const from = sourceFrom(d, source);
      const estimate = described.estimatedRows ?? -1;
      // Arrays, not objects: a query's columns may share a name.
      const toRows = (r: pg.QueryResult): string[][] =>
        (r.rows as unknown[][]).map((row) => row.map(cellText));
      if (!('query' in source) && estimate > limit * 10) {
        // Block sampling reads a few pages, not the table; ask for ~4× the rows it needs.
        const pct = Math.min(100, (400 * limit) / estimate);
        const r = await run(
          `SELECT ${list} FROM ${from} TABLESAMPLE SYSTEM (${pct.toFixed(6)}) LIMIT ${limit}`,
          [],
          named(source),
          'array',
        );
        if (r.rows.length >= limit / 2)
          return {
            rows: toRows(r),
            how: `${r.rows.length} rows sampled with TABLESAMPLE SYSTEM (${pct.toPrecision(3)} %)`,
          };
      }
      const r = await run(`SELECT ${list} FROM ${from} LIMIT ${limit}`, [], named(source), 'array');
      return {
        rows: toRows(r),
        how: `the first ${r.rows.length} rows profiled (the table is small, or a query)`,
      };
    },
    async aggregate(sql): Promise<Record<string, unknown>> {
      const r = await run(sql, [], 'the counting query');
      return (r.rows[0] as Record<string, unknown> | undefined) ?? {};
    },
    async listTables(): Promise<string[]> {
      const r = await run(
        `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
          WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
          ORDER BY table_schema <> 'public', table_schema, table_name`,
        [],
        'the list of tables',
      );
      return (r.rows as { s: string; t: string }[]).map((x) =>
        tableLabel(x.s === 'public' ? [x.t] : [x.s, x.t]),
      );
    },
    async close(): Promise<void> {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end().catch(() => undefined);
    },
    async cancel(): Promise<void> {
      // The backend's process id, from the server's BackendKeyData (absent from pg's types).
      const pid = (client as unknown as { processID: number | null }).processID;
      if (pid === null) return;
      const other = new pg.Client({ ...config, application_name: 'pilens (cancel)' });
      other.on('error', () => undefined);
      try {
        await other.connect();
        await other.query('SELECT pg_cancel_backend($1)', [pid]);
      } finally {
        await other.end().catch(() => undefined);
      }
    },
  };
}

/** PostgreSQL's SQLSTATE codes for the failures users meet. */
const FAILURES: Readonly<Record<string, DbFailure>> = {
  '28P01': 'auth',
  '28000': 'roleRefused',
  '3D000': 'noDatabase',
  '42P01': 'noTable',
  '3F000': 'noTable',
  '42501': 'denied',
  '57014': 'timeout',
};

/** A driver error as one line naming the masked URL; the password never appears. */
function postgresError(e: unknown, conn: Connection, what?: string): DbError {
  const err = e as { code?: string; message?: string };
  const message = err.message ?? String(e);
  const code = err.code ?? '';
  const timedOut = /timeout/i.test(message);
  const failure = NETWORK_CODES.has(code) || (!FAILURES[code] && timedOut) ? 'unreachable' : FAILURES[code];
  const detail = NETWORK_CODES.has(code) ? code : 'timed out';
  return dbError(failure, { conn, on: what ?? 'the database', defaultPort: 5432, detail }, message);
}
