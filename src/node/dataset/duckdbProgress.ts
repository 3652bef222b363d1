/**
 * Progress of `--engine duckdb` in bytes of the input files, as the built-in reader reports it:
 * each of DuckDB's passes weighs the bytes it reads, and DuckDB's own progress through a query
 * moves it along.
 */
import { statSync } from 'node:fs';
import type { DuckDbFile } from './duckdbProfile.js';
import { hasCsv } from './duckdbSource.js';
import type { Progress } from './input.js';

/** A DuckDB connection, as far as progress needs it. */
export interface ProgressConnection {
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  /** The running query's progress; `percentage` is -1 while DuckDB has no estimate. */
  readonly progress: { readonly percentage: number };
}

/**
 * Runs one query, reporting DuckDB's own progress through it (a fraction from 0 to 1; DuckDB
 * answers -1 until it has an estimate).
 */
export async function runWithProgress(
  c: ProgressConnection,
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

/**
 * Whether a group needs the rows pass (rows per file, and malformed CSV rows) besides the count:
 * when it holds several files or any CSV. A lone Parquet file's rows are the count's records.
 */
export const needsRowsPass = (group: readonly DuckDbFile[]): boolean => group.length > 1 || hasCsv(group);

/** DuckDB's passes over a group: the count, and the rows pass when it needs one. */
const passesOf = (group: readonly DuckDbFile[]): number => (needsRowsPass(group) ? 2 : 1);

/** One pass over some of the input: DuckDB's progress through it, and its end. */
export interface Pass {
  tick(fraction: number): void;
  end(): void;
}

/**
 * Progress in bytes of the input files, never going back. The work is DuckDB's passes: each
 * group's, then the persons across groups when counted; a pass weighs the bytes it reads.
 */
export function progressOf(
  files: readonly string[],
  groups: readonly (readonly DuckDbFile[])[],
  personsPass: boolean,
  onProgress: ((p: Progress) => void) | undefined,
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
