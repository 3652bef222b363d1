/**
 * `pilens estimate FILES --engine duckdb`: CSV and Parquet files counted by DuckDB, for data
 * larger than one machine's patience or memory. Each file is profiled by the built-in reader's
 * own code (duckdbProfile.ts); files with the same columns and plan are counted together, as the
 * built-in reader merges their counters (duplicates and persons across files), over
 * `read_csv([...])` or `read_parquet([...])`. Only aggregates come back.
 *
 * Temporary files hold no raw values. The counting query (hashedCountQuery.ts) hashes every
 * value with a key drawn for this run before any step that may spill, so DuckDB's spill, in a
 * private folder removed at the end, holds keyed hashes and flags only. The rows pass, whose
 * reject tables keep malformed CSV lines in full, runs in a second DuckDB with no temporary
 * folder at all: it cannot spill (it needs little memory: rows per file and the rejected lines).
 *
 * CLI only and optional: `@duckdb/node-api` is a native module, loaded when asked for, never
 * bundled (the editor stays free of native code).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { assessTallies, type CountTally, type DatasetPart } from '../../core/dataset/assess.js';
import { IDENTIFYING_FALLBACK_NOTE } from '../../core/dataset/keys.js';
import type { EstimateReport } from '../../core/dataset/report.js';
import type { CountQueryInput } from '../../core/dataset/sql/countQuery.js';
import { buildHashedCountQuery } from '../../core/dataset/sql/hashedCountQuery.js';
import {
  buildPersonsUnionQuery,
  personsFromRow,
  type PersonCounts,
} from '../../core/dataset/sql/personsQuery.js';
import { DIALECTS } from '../../core/dataset/sql/dialect.js';
import { tallyFromRow } from '../../core/dataset/sql/tally.js';
import type { SinkOptions } from '../../core/dataset/tableSink.js';
import { profileForDuckDb, DuckDbInputError, type DuckDbFile } from './duckdbProfile.js';
import { needsRowsPass, progressOf, runWithProgress, type Pass } from './duckdbProgress.js';
import {
  DROP_REJECTS_SQL,
  duckDbSource,
  groupsOf,
  type SourcePass,
  hasCsv,
  INVALID_UTF8_SQL,
  MALFORMED_SQL,
  sourceColumns,
} from './duckdbSource.js';
import { assessOptionsOf, ownerOfFile, sinkOptionsOf, type EstimateOptions } from './estimate.js';
import { expandInputs } from './files.js';
import { failedPart, NoDatasetFilesError } from './failures.js';
import { CancelledError, throwIfAborted, type Progress } from './input.js';

export { DuckDbInputError } from './duckdbProfile.js';

/** The DuckDB module, as far as it is used here. */
export interface DuckDbModule {
  DuckDBInstance: {
    create(
      path: string,
      options: Record<string, string>,
    ): Promise<{
      connect(): Promise<DuckDbConnection>;
      closeSync(): void;
    }>;
  };
}

/** A DuckDB connection, as far as it is used here. */
interface DuckDbConnection {
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  interrupt(): void;
  /** The running query's progress; `percentage` is -1 while DuckDB has no estimate. */
  readonly progress: { readonly percentage: number };
  closeSync(): void;
}

/** DuckDB is not installed (or does not load here): one line, exit 2. */
export class DuckDbUnavailableError extends Error {}

const MODULE = '@duckdb/node-api';

/**
 * Loads DuckDB's Node API from where pilens runs (a variable name keeps bundlers from inlining
 * it); `importer` is replaced by tests.
 */
export async function loadDuckDb(
  importer: () => Promise<unknown> = () => import(MODULE),
): Promise<DuckDbModule> {
  try {
    return (await importer()) as DuckDbModule;
  } catch (e) {
    const why = ((e as Error).message.split('\n')[0] ?? '').slice(0, 160);
    throw new DuckDbUnavailableError(
      `--engine duckdb: DuckDB is not available (${why}); install it beside pilens with ` +
        `\`npm install ${MODULE}\`, or leave --engine out`,
    );
  }
}

export interface DuckDbHooks {
  readonly signal?: AbortSignal | undefined;
  /** Bytes of the input files counted so far, as the built-in reader reports them. */
  readonly onProgress?: ((p: Progress) => void) | undefined;
  /** Imports DuckDB's module (tests replace it). */
  readonly importer?: () => Promise<unknown>;
}

/** Rows per file of a group (one more pass over CSV; Parquet answers from its footers). */
const recordsSql = (group: readonly DuckDbFile[]): string =>
  `SELECT filename AS f, count(*) AS n FROM (${duckDbSource(group, 'rows')}) GROUP BY filename`;

const perFile = (result: { getRowObjectsJS(): Record<string, unknown>[] }): Map<string, number> =>
  new Map(result.getRowObjectsJS().map((r) => [String(r.f), Number(r.n)]));

function firstLine(e: unknown): string {
  return ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').trim();
}

/** Estimates CSV and Parquet files with DuckDB; rejects with DuckDbInputError, DuckDbUnavailableError or CancelledError. */
export async function estimateWithDuckDb(
  paths: readonly string[],
  options: EstimateOptions = {},
  hooks: DuckDbHooks = {},
): Promise<EstimateReport> {
  const { files, unreadable } = await expandInputs(paths);
  if (files.length === 0 && unreadable.length === 0) throw new NoDatasetFilesError(paths);
  const duck = await loadDuckDb(hooks.importer);
  const sinkBase: Omit<SinkOptions, 'owner'> = sinkOptionsOf(options);
  const profiled: DuckDbFile[] = [];
  for (const file of files) {
    throwIfAborted(hooks.signal);
    try {
      profiled.push(await profileForDuckDb(file, options, { ...sinkBase, owner: ownerOfFile(file) }));
    } catch (e) {
      if (e instanceof DuckDbInputError || e instanceof CancelledError) throw e;
      throw new DuckDbInputError(`${file}: ${firstLine(e)}`);
    }
  }
  const groups = groupsOf(profiled);
  // Drawn for this run and never stored: the hashes DuckDB may spill mean nothing without it.
  const key = randomBytes(16).toString('hex');
  const personsSql = personsQuery(groups, key);
  const progress = progressOf(files, groups, personsSql !== null, hooks.onProgress);
  const temp = mkdtempSync(path.join(tmpdir(), 'pilens-duckdb-'));
  // Order does not matter to a count; dropping it lets DuckDB stream and spill freely.
  const base = { preserve_insertion_order: 'false' };
  const counterDb = await duck.DuckDBInstance.create(':memory:', { ...base, temp_directory: temp });
  // An empty temp_directory turns spilling off: what this one holds stays in memory.
  const rowsDb = await duck.DuckDBInstance.create(':memory:', { ...base, temp_directory: '' });
  const c: Connections = { counter: await counterDb.connect(), rows: await rowsDb.connect() };
  const onAbort = (): void => {
    c.counter.interrupt();
    c.rows.interrupt();
  };
  hooks.signal?.addEventListener('abort', onAbort, { once: true });
  // Folders that could not be listed are parts with an error, as in the built-in reader.
  const parts: DatasetPart[] = unreadable.map((u) => failedPart(u.folder, 0, u.reason));
  const tallies: CountTally[] = [];
  let union: PersonCounts | undefined;
  try {
    // Progress is tracked but not printed by DuckDB. (Its temp_file_encryption is left off: without
    // the httpfs extension its crypto module is read-only, and the first spill fails.)
    for (const conn of [c.counter, c.rows])
      for (const setting of ['enable_progress_bar = true', 'enable_progress_bar_print = false'])
        await conn.runAndReadAll(`SET ${setting}`);
    for (const group of groups) {
      throwIfAborted(hooks.signal);
      parts.push(...(await countGroup(c, group, key, tallies, progress, hooks.signal)));
    }
    if (personsSql !== null)
      union = await countPersons(c.counter, personsSql, progress.pass(profiled), hooks.signal);
  } finally {
    hooks.signal?.removeEventListener('abort', onAbort);
    for (const conn of [c.counter, c.rows]) conn.closeSync();
    counterDb.closeSync();
    rowsDb.closeSync();
    rmSync(temp, { recursive: true, force: true });
  }
  return assessTallies(parts, tallies, assessOptionsOf(options), union);
}

const inputOf = (group: readonly DuckDbFile[], pass: SourcePass = 'count'): CountQueryInput => ({
  source: { query: duckDbSource(group, pass) },
  columns: sourceColumns(group),
  plan: (group[0] as DuckDbFile).plan,
});

/** A group's counting query under the run's key (read in one thread when `serial`, see SourcePass). */
export const countingQuery = (group: readonly DuckDbFile[], key: string, serial = false): string =>
  buildHashedCountQuery(inputOf(group, serial ? 'serial' : 'count'), DIALECTS.duckdb, key);

/**
 * The persons across groups under the run's key: null unless several groups all have a person
 * key. Groups counted apart share persons, as the built-in reader's merged person hashes do.
 */
export const personsQuery = (groups: readonly (readonly DuckDbFile[])[], key: string): string | null =>
  groups.length > 1
    ? buildPersonsUnionQuery(
        groups.map((g) => inputOf(g)),
        DIALECTS.duckdb,
        key,
      )
    : null;

/** The counting connection (spills, sees hashes only) and the rows pass's (never spills). */
interface Connections {
  readonly counter: DuckDbConnection;
  readonly rows: DuckDbConnection;
}

/** What the rows pass learns of a group: rows and malformed rows per file. */
interface GroupRows {
  readonly records: Map<string, number>;
  readonly malformed: Map<string, number>;
}

/**
 * The rows pass over a group, on the connection that cannot spill: rows per file and, for CSV,
 * malformed rows from the reject tables, emptied afterwards. A file with a line that is not
 * UTF-8 is refused here, before the count.
 */
async function rowsPass(c: DuckDbConnection, group: readonly DuckDbFile[], pass: Pass): Promise<GroupRows> {
  const records = perFile(await runWithProgress(c, recordsSql(group), pass));
  pass.end();
  if (!hasCsv(group)) return { records, malformed: new Map() };
  const malformed = perFile(await c.runAndReadAll(MALFORMED_SQL));
  const invalid = [...perFile(await c.runAndReadAll(INVALID_UTF8_SQL))];
  for (const drop of DROP_REJECTS_SQL.split('; ')) await c.runAndReadAll(drop);
  const [file, line] = invalid.sort(([a], [b]) => (a < b ? -1 : 1))[0] ?? [];
  if (file !== undefined)
    throw new DuckDbInputError(
      `${file}: line ${String(line)} is not valid UTF-8, which DuckDB refuses to read; leave --engine out for this file`,
    );
  return { records, malformed };
}

/** Counts one group of files in DuckDB: its tally joins `tallies`; one part per file comes back. */
async function countGroup(
  c: Connections,
  group: readonly DuckDbFile[],
  key: string,
  tallies: CountTally[],
  progress: ReturnType<typeof progressOf>,
  signal: AbortSignal | undefined,
): Promise<DatasetPart[]> {
  const first = group[0] as DuckDbFile;
  const named = group.length === 1 ? first.file : `${first.file} (or one of ${group.length - 1} more)`;
  const readFailed = (e: unknown): never => {
    throwIfAborted(signal);
    if (e instanceof DuckDbInputError) throw e;
    throw new DuckDbInputError(`${named}: DuckDB could not read it: ${firstLine(e)}`);
  };
  let rows: GroupRows | undefined;
  let row: Record<string, unknown> = {};
  try {
    if (needsRowsPass(group)) rows = await rowsPass(c.rows, group, progress.pass(group));
    const counting = progress.pass(group);
    const serial = [...(rows?.malformed.values() ?? [])].some((n) => n > 0);
    const sql = countingQuery(group, key, serial);
    row = (await runWithProgress(c.counter, sql, counting)).getRowObjectsJS()[0] ?? {};
    counting.end();
  } catch (e) {
    readFailed(e);
  }
  const perFileRecords = rows?.records ?? new Map([[first.file, tallyFromRow(row, first.plan).records]]);
  const malformed = rows?.malformed ?? new Map<string, number>();
  tallies.push(tallyFromRow(row, first.plan).tally);
  return group.map((f, k) => ({
    file: f.file,
    format: f.gzip ? `${f.format}+gzip` : f.format,
    encoding: f.format === 'csv' ? 'utf-8' : 'binary',
    bytes: progress.bytes(f.file),
    columns: f.columns,
    personKey: f.personKey,
    records: perFileRecords.get(f.file) ?? 0,
    malformed: malformed.get(f.file) ?? 0,
    notes:
      k > 0
        ? []
        : [
            group.length === 1
              ? 'counted by DuckDB (--engine duckdb)'
              : `counted by DuckDB (--engine duckdb) together with ${group.length - 1} more files of the same counting plan: duplicates and persons are judged across them`,
            ...(first.plan.identifyingFallback ? [IDENTIFYING_FALLBACK_NOTE] : []),
          ],
  }));
}

/** Distinct persons across the groups (the persons query's one row). */
async function countPersons(
  c: DuckDbConnection,
  sql: string,
  pass: Pass,
  signal: AbortSignal | undefined,
): Promise<PersonCounts> {
  try {
    const row = (await runWithProgress(c, sql, pass)).getRowObjectsJS()[0] ?? {};
    pass.end();
    return personsFromRow(row);
  } catch (e) {
    throwIfAborted(signal);
    throw new DuckDbInputError(`DuckDB could not count persons across the files: ${firstLine(e)}`);
  }
}
