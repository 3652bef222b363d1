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
import { buildCountQuery, type CountQueryInput } from '../../core/dataset/sql/countQuery.js';
import {
  buildPersonsUnionQuery,
  personsFromRow,
  type PersonCounts,
} from '../../core/dataset/sql/personsQuery.js';
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
  pass: Pass,
): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }> {
  const timer = setInterval(() => {
    const pct = c.progress.percentage;
    if (pct >= 0) pass.tick(Math.min(pct, 100) / 100);
  }, 250);
  try {
    return await c.runAndReadAll(sql);
  } finally {
    clearInterval(timer);
  }
}

/** DuckDB's passes over a group: the count, and the rows per file when it holds several files. */
const passesOf = (group: readonly DuckDbFile[]): number => (group.length === 1 ? 1 : 2);

/** One pass over some of the input: DuckDB's progress through it, and its end. */
interface Pass {
  tick(fraction: number): void;
  end(): void;
}

/**
 * Progress in bytes of the input files, never going back. The work is DuckDB's passes: each
 * group's, then the persons across groups when counted; a pass weighs the bytes it reads.
 */
function progressOf(
  files: readonly string[],
  groups: readonly (readonly DuckDbFile[])[],
  personsPass: boolean,
  onProgress: DuckDbHooks['onProgress'],
): { bytes(file: string): number; pass(over: readonly DuckDbFile[]): Pass } {
  const sizes = new Map(files.map((f) => [f, statSync(f).size]));
  const bytesTotal = [...sizes.values()].reduce((a, b) => a + b, 0);
  const bytesOf = (over: readonly DuckDbFile[]): number =>
    over.reduce((a, f) => a + (sizes.get(f.file) ?? 0), 0);
  const work = groups.reduce((a, g) => a + bytesOf(g) * passesOf(g), 0) + (personsPass ? bytesTotal : 0);
  let done = 0;
  let last = -1;
  const emit = (w: number, file: string): void => {
    const bytesDone = work > 0 ? Math.floor((bytesTotal * Math.min(w, work)) / work) : bytesTotal;
    if (bytesDone <= last) return;
    last = bytesDone;
    onProgress?.({ bytesDone, bytesTotal, file });
  };
  return {
    bytes: (file) => sizes.get(file) ?? 0,
    pass: (over) => {
      const weight = bytesOf(over);
      const file = over[0]?.file ?? '';
      return {
        tick: (fraction) => {
          emit(done + weight * fraction, file);
        },
        end: () => {
          done += weight;
          emit(done, over[over.length - 1]?.file ?? file);
        },
      };
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
  const groups = groupsOf(profiled);
  const inputs = groups.map((g) => ({
    source: { query: duckDbSource(g) },
    columns: sourceColumns(g),
    plan: (g[0] as DuckDbFile).plan,
  }));
  // Groups counted apart share persons, as the built-in reader's merged person hashes do.
  const personsSql = groups.length > 1 ? buildPersonsUnionQuery(inputs, DIALECTS.duckdb) : null;
  const progress = progressOf(files, groups, personsSql !== null, hooks.onProgress);
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
  let union: PersonCounts | undefined;
  try {
    // Progress is tracked but not printed by DuckDB. (Its temp_file_encryption is left off: without
    // the httpfs extension its crypto module is read-only, and the first spill fails.)
    for (const setting of ['enable_progress_bar = true', 'enable_progress_bar_print = false'])
      await c.runAndReadAll(`SET ${setting}`);
    for (const [k, group] of groups.entries()) {
      throwIfAborted(hooks.signal);
      const query = buildCountQuery(inputs[k] as CountQueryInput, DIALECTS.duckdb);
      parts.push(...(await countGroup(c, group, query.sql, tallies, progress, hooks.signal)));
    }
    if (personsSql !== null) union = await countPersons(c, personsSql, progress.pass(profiled), hooks.signal);
  } finally {
    hooks.signal?.removeEventListener('abort', onAbort);
    c.closeSync();
    db.closeSync();
    rmSync(temp, { recursive: true, force: true });
  }
  return assessTallies(parts, tallies, assessOptionsOf(options), union);
}

/** Counts one group of files in DuckDB: its tally joins `tallies`; one part per file comes back. */
async function countGroup(
  c: DuckDbConnection,
  group: readonly DuckDbFile[],
  sql: string,
  tallies: CountTally[],
  progress: ReturnType<typeof progressOf>,
  signal: AbortSignal | undefined,
): Promise<DatasetPart[]> {
  const first = group[0] as DuckDbFile;
  const passes = passesOf(group);
  let row: Record<string, unknown>;
  let perFileRecords: Map<string, number>;
  let malformed = new Map<string, number>();
  try {
    const counting = progress.pass(group);
    row = (await runWithProgress(c, sql, counting)).getRowObjectsJS()[0] ?? {};
    counting.end();
    if (passes === 1) perFileRecords = new Map([[first.file, tallyFromRow(row, first.plan).records]]);
    else {
      const rowsPass = progress.pass(group);
      perFileRecords = perFile(await runWithProgress(c, recordsSql(group), rowsPass));
      rowsPass.end();
    }
    if (hasCsv(group)) malformed = perFile(await c.runAndReadAll(MALFORMED_SQL));
  } catch (e) {
    throwIfAborted(signal);
    const named = group.length === 1 ? first.file : `${first.file} (or one of ${group.length - 1} more)`;
    throw new DuckDbInputError(`${named}: DuckDB could not read it: ${firstLine(e)}`);
  }
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
