/**
 * `pilens estimate <url> --table T…|--query Q`: each table is profiled on an engine-side
 * sample together with the catalog's names, types and comments, counted inside the database by
 * the generated counting query (only its one row of aggregates comes back), and assessed as a
 * file's counts are.
 */
import {
  assessTallies,
  isSensitiveCategory,
  type CountTally,
  type DatasetPart,
} from '../../core/dataset/assess.js';
import { nameDetectorClassifier } from '../../core/dataset/headerClassifier.js';
import { IDENTIFYING_FALLBACK_NOTE, planFromProfile } from '../../core/dataset/keys.js';
import { profileColumns, type ColumnCatalog, type ColumnProfile } from '../../core/dataset/profile.js';
import type { DataSource, EstimateReport } from '../../core/dataset/report.js';
import {
  buildCountQuery,
  type CountQueryInput,
  type CountSource,
  type ValueCheck,
} from '../../core/dataset/sql/countQuery.js';
import {
  buildPersonsUnionQuery,
  personsFromRow,
  type PersonCounts,
} from '../../core/dataset/sql/personsQuery.js';
import { checkNotes, tallyFromRow } from '../../core/dataset/sql/tally.js';
import { assessOptionsOf, type EstimateOptions } from '../dataset/estimate.js';
import { throwIfAborted } from '../dataset/input.js';
import { cancellable } from './cancel.js';
import { DbError, type DbSession } from './session.js';
import { parseConnectionUrl, type Connection } from './url.js';

export { DbError } from './session.js';
export { CancelledError } from './cancel.js';
export { ConnectionUrlError, isConnectionUrl, maskUrl } from './url.js';

/** Rows profiled per table (as many as a file's profile reads). */
export const SAMPLE_ROWS = 1000;
/** Default statement timeout. */
export const DEFAULT_TIMEOUT_MS = 300_000;

export interface DbTarget {
  readonly url: string;
  /** Tables, each `name` or `schema.name`. */
  readonly tables: readonly string[];
  /** A SELECT whose rows are counted instead of (or besides) tables. */
  readonly query?: string | undefined;
  readonly timeoutMs?: number | undefined;
}

/**
 * Opens the session for a URL's engine. Each driver is imported here, when its engine is asked
 * for: pg and mysql2 take longer to initialise than a whole `pilens estimate` of a small file.
 */
export async function openSession(conn: Connection, timeoutMs: number): Promise<DbSession> {
  const options = { timeoutMs };
  if (conn.engine === 'postgresql') return (await import('./postgres.js')).openPostgres(conn, options);
  if (conn.engine === 'mysql') return (await import('./mysql.js')).openMysql(conn, options);
  return (await import('./sqlite.js')).openSqlite(conn);
}

/** The checks the counting query makes, from what the sample's values were. */
export function valueChecks(columns: readonly ColumnProfile[]): Map<number, ValueCheck> {
  const checks = new Map<number, ValueCheck>();
  for (const c of columns) {
    if (c.category === 'id_number' && c.valueKind === 'resident_id') checks.set(c.index, 'resident_id');
    if (c.category === 'contact' && c.valueKind === 'mobile') checks.set(c.index, 'mobile');
  }
  return checks;
}

/** The parts and tallies of a database's tables, counted and ready to be assessed. */
export interface CountedDatabase {
  readonly parts: readonly DatasetPart[];
  readonly tallies: readonly CountTally[];
  /** Distinct persons across several tables when each has a person key: one in two tables counts once. */
  readonly union?: PersonCounts | undefined;
}

/** Cancelling a database estimate: aborting the signal stops the running statement on the server. */
export interface DbHooks {
  readonly signal?: AbortSignal | undefined;
}

/**
 * Estimates the tables (and query) of one database; rejects with DbError or ConnectionUrlError,
 * or CancelledError once the signal aborted and the server stopped the statement.
 */
export async function estimateDatabase(
  target: DbTarget,
  options: EstimateOptions = {},
  hooks: DbHooks = {},
): Promise<EstimateReport> {
  const counted = await countDatabase(target, options, hooks);
  return assessTallies(counted.parts, counted.tallies, assessOptionsOf(options), counted.union);
}

/** The tables a user can pick in a database, for the editor's picker. */
export async function listDatabaseTables(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string[]> {
  const session = await openSession(parseConnectionUrl(url), timeoutMs);
  try {
    return await session.listTables();
  } finally {
    await session.close();
  }
}

/**
 * Profiles and counts each table inside the database: the answers to the questions are not
 * needed, so an editor can re-assess with other answers without counting again.
 */
export async function countDatabase(
  target: DbTarget,
  options: EstimateOptions = {},
  hooks: DbHooks = {},
): Promise<CountedDatabase> {
  const { signal } = hooks;
  const conn = parseConnectionUrl(target.url);
  const sources: { source: CountSource; label: string }[] = [
    ...target.tables.map((t) => ({ source: { table: splitTable(t) }, label: t })),
    ...(target.query !== undefined ? [{ source: { query: target.query }, label: 'query' }] : []),
  ];
  if (sources.length === 0) throw new DbError(`${conn.masked}: name a table (--table) or a query (--query)`);
  throwIfAborted(signal);
  const session = await openSession(conn, target.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const run = <T>(statement: () => Promise<T>): Promise<T> => cancellable(session, signal, statement);
  const classify = options.classifyHeader ?? nameDetectorClassifier(options.reading);
  const parts: DatasetPart[] = [];
  const tallies: CountTally[] = [];
  const inputs: CountQueryInput[] = [];
  let union: PersonCounts | undefined;
  try {
    for (const { source, label } of sources) {
      const described = await run(() => session.describe(source));
      const names = described.columns.map((c) => c.name);
      const catalog = new Map<string, ColumnCatalog>(
        described.columns.map((c) => [c.name, { declaredType: c.type || undefined, comment: c.comment }]),
      );
      const sample = await run(() => session.sample(source, described, SAMPLE_ROWS));
      const owner = 'table' in source ? source.table[source.table.length - 1] : undefined;
      const columns = profileColumns({
        header: names,
        rows: sample.rows,
        classifyHeader: classify,
        owner,
        overrides: options.map,
        decisions: options.decisions,
        reading: options.reading,
        today: options.today,
        catalog,
        ownerComment: described.comment,
      });
      const plan = planFromProfile(columns, {
        columnCount: names.length,
        dedupe: options.dedupe ?? true,
        personKey: options.personKey,
        isSensitive: (c) => isSensitiveCategory(c, options.reading),
      });
      const checks = valueChecks(columns);
      const query = buildCountQuery({ source, columns: names, plan, checks }, session.dialect);
      const row = await run(() => session.aggregate(query.sql));
      const { tally, records } = tallyFromRow(row, plan);
      tallies.push(tally);
      inputs.push({ source, columns: names, plan });
      const dataSource: DataSource = {
        engine: session.title,
        database: conn.database,
        ...('table' in source ? { table: label } : { query: true as const }),
        counted: 'in-database',
      };
      parts.push({
        file: `${conn.engine}:${conn.database}/${label}`,
        format: conn.engine,
        encoding: 'database',
        bytes: 0,
        columns,
        personKey: plan.personKey >= 0 ? (names[plan.personKey] ?? null) : null,
        records,
        malformed: 0,
        notes: [
          `profiled on ${sample.how}; counted inside the database (only aggregates were read)`,
          ...checkNotes(row, checks, names),
          ...(plan.identifyingFallback ? [IDENTIFYING_FALLBACK_NOTE] : []),
        ],
        source: dataSource,
      });
    }
    // Several tables: persons are their union, as the file reader merges person hashes.
    const personsSql = inputs.length > 1 ? buildPersonsUnionQuery(inputs, session.dialect) : null;
    if (personsSql !== null) union = personsFromRow(await run(() => session.aggregate(personsSql)));
  } finally {
    await session.close();
  }
  return { parts, tallies, union };
}

/** `schema.table` → ['schema', 'table']; a name in double quotes keeps its dots. */
export function splitTable(name: string): string[] {
  const parts: string[] = [];
  const re = /"((?:[^"]|"")*)"|([^.]+)/g;
  for (const m of name.matchAll(re)) parts.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
  return parts.length === 0 ? [name] : parts;
}
