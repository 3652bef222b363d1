/**
 * `pilens estimate FILES --engine duckdb`: CSV and Parquet files counted by DuckDB, for data
 * larger than one machine's patience or memory. Each file is profiled by the built-in reader's
 * own code (duckdbProfile.ts); files with the same columns and plan are counted together, as the
 * built-in reader merges their counters (duplicates and persons across files), by the counting
 * query `--emit-sql duckdb` prints, over `read_csv([...])` or `read_parquet([...])`. Only the
 * query's one row comes back. DuckDB spills to a private temporary folder removed at the end.
 *
 * CLI only and optional: `@duckdb/node-api` is a native module, loaded when asked for, never
 * bundled (the editor stays free of native code).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { assessTallies, type CountTally, type DatasetPart } from '../../core/dataset/assess.js';
import { IDENTIFYING_FALLBACK_NOTE } from '../../core/dataset/keys.js';
import type { EstimateReport } from '../../core/dataset/report.js';
import { buildCountQuery } from '../../core/dataset/sql/countQuery.js';
import { DIALECTS } from '../../core/dataset/sql/dialect.js';
import { tallyFromRow } from '../../core/dataset/sql/tally.js';
import type { SinkOptions } from '../../core/dataset/tableSink.js';
import { profileForDuckDb, DuckDbInputError, type DuckDbFile } from './duckdbProfile.js';
import { duckDbSource, groupsOf, hasCsv, MALFORMED_SQL, sourceColumns } from './duckdbSource.js';
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
  `SELECT filename AS f, count(*) AS n FROM (${duckDbSource(group, true)}) GROUP BY filename`;

const perFile = (result: { getRowObjectsJS(): Record<string, unknown>[] }): Map<string, number> =>
  new Map(result.getRowObjectsJS().map((r) => [String(r.f), Number(r.n)]));

function firstLine(e: unknown): string {
  return ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').trim();
}

/**
 * Runs one query, reporting DuckDB's own progress through it (a fraction from 0 to 1; DuckDB
 * answers -1 until it has an estimate).
 */
async function runWithProgress(
  c: DuckDbConnection,
  sql: string,
  tick: (fraction: number) => void,
): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }> {
  const timer = setInterval(() => {
    const pct = c.progress.percentage;
    if (pct >= 0) tick(Math.min(pct, 100) / 100);
  }, 250);
  try {
    return await c.runAndReadAll(sql);
  } finally {
    clearInterval(timer);
  }
}

/** Progress in bytes of the input files, never going back; `span` covers the passes of one group. */
function progressOf(
  files: readonly string[],
  onProgress: DuckDbHooks['onProgress'],
): {
  bytes(file: string): number;
  pass(group: readonly DuckDbFile[], index: number, passes: number): (fraction: number) => void;
  done(group: readonly DuckDbFile[]): void;
} {
  const sizes = new Map(files.map((f) => [f, statSync(f).size]));
  const bytesTotal = [...sizes.values()].reduce((a, b) => a + b, 0);
  let before = 0;
  let last = -1;
  const emit = (bytesDone: number, file: string): void => {
    const done = Math.min(bytesTotal, Math.floor(bytesDone));
    if (done <= last) return;
    last = done;
    onProgress?.({ bytesDone: done, bytesTotal, file });
  };
  const groupBytes = (group: readonly DuckDbFile[]): number =>
    group.reduce((a, f) => a + (sizes.get(f.file) ?? 0), 0);
  return {
    bytes: (file) => sizes.get(file) ?? 0,
    pass: (group, index, passes) => (fraction) => {
      emit(before + (groupBytes(group) * (index + fraction)) / passes, group[0]?.file ?? '');
    },
    done: (group) => {
      before += groupBytes(group);
      emit(before, group[group.length - 1]?.file ?? '');
    },
  };
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
  const progress = progressOf(files, hooks.onProgress);
  const temp = mkdtempSync(path.join(tmpdir(), 'pilens-duckdb-'));
  const db = await duck.DuckDBInstance.create(':memory:', {
    temp_directory: temp,
    // Order does not matter to a count; dropping it lets DuckDB stream and spill freely.
    preserve_insertion_order: 'false',
  });
  const c = await db.connect();
  const onAbort = (): void => {
    c.interrupt();
  };
  hooks.signal?.addEventListener('abort', onAbort, { once: true });
  // Folders that could not be listed are parts with an error, as in the built-in reader.
  const parts: DatasetPart[] = unreadable.map((u) => failedPart(u.folder, 0, u.reason));
  const tallies: CountTally[] = [];
  try {
    // Progress is tracked but not printed by DuckDB. (Its temp_file_encryption is left off: without
    // the httpfs extension its crypto module is read-only, and the first spill fails.)
    for (const setting of ['enable_progress_bar = true', 'enable_progress_bar_print = false'])
      await c.runAndReadAll(`SET ${setting}`);
    for (const group of groupsOf(profiled)) {
      throwIfAborted(hooks.signal);
      parts.push(...(await countGroup(c, group, tallies, progress, hooks.signal)));
    }
  } finally {
    hooks.signal?.removeEventListener('abort', onAbort);
    c.closeSync();
    db.closeSync();
    rmSync(temp, { recursive: true, force: true });
  }
  if (parts.length > 1 && parts[0] !== undefined)
    parts[0] = {
      ...parts[0],
      notes: [
        ...parts[0].notes,
        'persons are added up across files with different columns: a person in two of them counts twice (an upper bound)',
      ],
    };
  return assessTallies(parts, tallies, assessOptionsOf(options));
}

/** Counts one group of files in DuckDB: its tally joins `tallies`; one part per file comes back. */
async function countGroup(
  c: DuckDbConnection,
  group: readonly DuckDbFile[],
  tallies: CountTally[],
  progress: ReturnType<typeof progressOf>,
  signal: AbortSignal | undefined,
): Promise<DatasetPart[]> {
  const first = group[0] as DuckDbFile;
  const query = buildCountQuery(
    { source: { query: duckDbSource(group) }, columns: sourceColumns(group), plan: first.plan },
    DIALECTS.duckdb,
  );
  // Several files need their own row counts: one more pass, shown as half of the group's progress.
  const passes = group.length === 1 ? 1 : 2;
  let row: Record<string, unknown>;
  let perFileRecords: Map<string, number>;
  let malformed = new Map<string, number>();
  try {
    row = (await runWithProgress(c, query.sql, progress.pass(group, 0, passes))).getRowObjectsJS()[0] ?? {};
    perFileRecords =
      passes === 1
        ? new Map([[first.file, tallyFromRow(row, first.plan).records]])
        : perFile(await runWithProgress(c, recordsSql(group), progress.pass(group, 1, passes)));
    if (hasCsv(group)) malformed = perFile(await c.runAndReadAll(MALFORMED_SQL));
  } catch (e) {
    throwIfAborted(signal);
    const named = group.length === 1 ? first.file : `${first.file} (or one of ${group.length - 1} more)`;
    throw new DuckDbInputError(`${named}: DuckDB could not read it: ${firstLine(e)}`);
  }
  progress.done(group);
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
