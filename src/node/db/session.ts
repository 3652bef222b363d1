/**
 * A read-only session on one database: the catalog, an engine-side sample and one aggregate
 * query, all inside one read-only transaction under a statement timeout. Drivers implement it.
 */
import type { SqlDialect } from '../../core/dataset/sql/dialect.js';
import type { CountSource } from '../../core/dataset/sql/countQuery.js';
export { sourceFrom } from '../../core/dataset/sql/countQuery.js';

export interface CatalogColumn {
  readonly name: string;
  readonly type: string;
  readonly comment?: string | undefined;
}

export interface Described {
  readonly columns: readonly CatalogColumn[];
  readonly comment?: string | undefined;
  /** The engine's row estimate (for the sampling fraction), when it keeps one. */
  readonly estimatedRows?: number | undefined;
}

export interface Sample {
  readonly rows: string[][];
  /** How the sample was drawn, for the report's notes. */
  readonly how: string;
}

export interface DbSession {
  readonly title: string;
  readonly dialect: SqlDialect;
  /** Columns (names, types, comments) of a table or of a query's result. */
  describe(source: CountSource): Promise<Described>;
  /** Up to `limit` rows as text (NULL as ''), drawn with the engine's sampling. */
  sample(source: CountSource, described: Described, limit: number): Promise<Sample>;
  /** Runs the counting query; its one row. */
  aggregate(sql: string): Promise<Record<string, unknown>>;
  /** The tables and views a user can pick, `schema.table` where the schema is not the default. */
  listTables(): Promise<string[]>;
  /** Ends the transaction (rolled back: nothing was written) and the connection. */
  close(): Promise<void>;
  /**
   * Asks the server to stop the statement this session is running (from a second connection:
   * the first is busy); no effect when none runs. See cancel.ts.
   */
  cancel(): Promise<void>;
}

/** Options every driver takes. */
export interface SessionOptions {
  /** Statement timeout (and connect timeout) in milliseconds. */
  readonly timeoutMs: number;
}

/** One-line failures with the masked URL (never a password). */
export class DbError extends Error {}

/** The SELECT list of every column as text, for a sample. */
export function textColumns(d: SqlDialect, described: Described): string {
  return described.columns.map((c) => d.text(d.quoteIdent(c.name))).join(', ');
}

/** A driver's value as the text a file export would hold (NULL as empty). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
  return JSON.stringify(v);
}

/** A table's name parts as a user writes them (`schema.table`); a part with a dot or quote is quoted, as `splitTable` reads it back. */
export function tableLabel(parts: readonly string[]): string {
  return parts.map((n) => (/[."]/.test(n) ? `"${n.replace(/"/g, '""')}"` : n)).join('.');
}
