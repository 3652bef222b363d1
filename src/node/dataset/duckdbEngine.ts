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
import { assessOptionsOf, ownerOfFile, sinkOptionsOf, type EstimateOptions } from './estimate.js';
import { expandInputs } from './files.js';
import { NoDatasetFilesError } from './failures.js';
import { CancelledError, throwIfAborted } from './input.js';

export { DuckDbInputError } from './duckdbProfile.js';

/** The DuckDB module, as far as it is used here. */
export interface DuckDbModule {
  DuckDBInstance: {
    create(
      path: string,
      options: Record<string, string>,
    ): Promise<{
      connect(): Promise<{
        runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
        interrupt(): void;
        closeSync(): void;
      }>;
      closeSync(): void;
    }>;
  };
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
  /** Imports DuckDB's module (tests replace it). */
  readonly importer?: () => Promise<unknown>;
}

const literal = (text: string): string => `'${text.split("'").join("''")}'`;

/** The `read_csv` / `read_parquet` of a group of files with the same columns. */
export function duckDbSource(group: readonly DuckDbFile[], withFilename = false): string {
  const first = group[0];
  if (first === undefined) throw new Error('an empty group of files');
  const files = `[${group.map((f) => literal(f.file)).join(', ')}]`;
  const filename = withFilename ? ', filename = true' : '';
  if (first.format === 'parquet') return `SELECT * FROM read_parquet(${files}${filename})`;
  // Every value as text, the header as the built-in reader read it, no type sniffing.
  const names = first.names.map((n) => `${literal(n)}: 'VARCHAR'`).join(', ');
  return (
    `SELECT * FROM read_csv(${files}, header = true, delim = ${literal(first.delimiter ?? ',')}, ` +
    `quote = ${literal(first.quote ?? '"')}, escape = ${literal(first.quote ?? '"')}, ` +
    `columns = {${names}}, auto_detect = false${filename})`
  );
}

/** Rows per file of a group (one more pass over CSV; Parquet answers from its footers). */
async function recordsPerFile(
  c: { runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }> },
  group: readonly DuckDbFile[],
): Promise<Map<string, number>> {
  const sql = `SELECT filename AS f, count(*) AS n FROM (${duckDbSource(group, true)}) GROUP BY filename`;
  const rows = (await c.runAndReadAll(sql)).getRowObjectsJS();
  return new Map(rows.map((r) => [String(r.f), Number(r.n)]));
}

/** Files with the same format, columns and plan share one count, as the built-in reader's groups do. */
function groupsOf(files: readonly DuckDbFile[]): DuckDbFile[][] {
  const groups = new Map<string, DuckDbFile[]>();
  for (const f of files) {
    const key = JSON.stringify([f.format, f.delimiter, f.quote, f.names, f.plan]);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

function firstLine(e: unknown): string {
  return ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').trim();
}

/** Estimates CSV and Parquet files with DuckDB; rejects with DuckDbInputError, DuckDbUnavailableError or CancelledError. */
export async function estimateWithDuckDb(
  paths: readonly string[],
  options: EstimateOptions = {},
  hooks: DuckDbHooks = {},
): Promise<EstimateReport> {
  const { files } = await expandInputs(paths);
  if (files.length === 0) throw new NoDatasetFilesError(paths);
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
  const parts: DatasetPart[] = [];
  const tallies: CountTally[] = [];
  try {
    for (const group of groupsOf(profiled)) {
      throwIfAborted(hooks.signal);
      const first = group[0] as DuckDbFile;
      const query = buildCountQuery(
        { source: { query: duckDbSource(group) }, columns: first.names, plan: first.plan },
        DIALECTS.duckdb,
      );
      let row: Record<string, unknown>;
      try {
        row = (await c.runAndReadAll(query.sql)).getRowObjectsJS()[0] ?? {};
      } catch (e) {
        throwIfAborted(hooks.signal);
        const named = group.length === 1 ? first.file : `${first.file} (or one of ${group.length - 1} more)`;
        throw new DuckDbInputError(`${named}: DuckDB could not read it: ${firstLine(e)}`);
      }
      const { tally, records } = tallyFromRow(row, first.plan);
      tallies.push(tally);
      // One part per file, as the built-in reader reports them; several files need their own row counts.
      const perFile = group.length === 1 ? new Map([[first.file, records]]) : await recordsPerFile(c, group);
      for (const [k, f] of group.entries())
        parts.push({
          file: f.file,
          format: f.gzip ? `${f.format}+gzip` : f.format,
          encoding: f.format === 'csv' ? 'utf-8' : 'binary',
          bytes: statSync(f.file).size,
          columns: f.columns,
          personKey: f.personKey,
          records: perFile.get(f.file) ?? 0,
          malformed: 0,
          notes:
            k > 0
              ? []
              : [
                  group.length === 1
                    ? 'counted by DuckDB (--engine duckdb)'
                    : `counted by DuckDB (--engine duckdb) together with ${group.length - 1} more files of the same columns: duplicates and persons are judged across them`,
                  ...(first.plan.identifyingFallback ? [IDENTIFYING_FALLBACK_NOTE] : []),
                ],
        });
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
