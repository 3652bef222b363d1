/**
 * Scans many files using every core: the main thread and worker threads pull batches from
 * one queue, so a slow file never stalls the rest. Workers run the bundle this module is in
 * (dist/cli-scan.js, or the Action's dist/action.js), which starts in worker mode when
 * `workerData` says so, so the build needs no separate worker artefact. Small scans, and runs
 * from TypeScript sources (tests), stay on the main thread: starting a worker costs more than
 * it saves there.
 */
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ScanOptions } from '../core/scan/index.js';
import type { WalkedFile } from '../node/walk.js';
import { scanDecoded, scanFile, type FileOutcome } from './scanFile.js';

export const SCAN_WORKER_KIND = 'pilens-scan-worker';

/** Files per message: large enough to amortise messaging, small enough to balance load. */
const BATCH_SIZE = 64;
/** Below this many files a worker's start-up outweighs its help. */
const MIN_FILES_FOR_WORKERS = 400;

export interface PoolOptions {
  readonly scanOptions: ScanOptions;
  readonly maxBytes: number;
  /** Source paths given to the core are relative to this directory (the config's). */
  readonly sourceBase: string;
  /** Also analyse where personal information goes (`--flows`). */
  readonly flows?: boolean;
  /** Compute the findings' fingerprints (default true); a text report without a baseline needs none. */
  readonly fingerprints?: boolean;
  /** Force a worker count (0 = main thread only); default: cores − 1 when worthwhile. */
  readonly workers?: number;
}

/** A file to scan: read from disk, or given as text already decoded (a blob of the git index). */
export interface PoolFile extends WalkedFile {
  readonly text?: string;
}

export interface WorkerRequest {
  readonly files: readonly PoolFile[];
}

/** Scans a batch, results in input order. */
export function scanBatch(files: readonly PoolFile[], options: Omit<PoolOptions, 'workers'>): FileOutcome[] {
  return files.map((f) => {
    const sourcePath = relative(options.sourceBase, f.absPath).split(sep).join('/');
    return f.text !== undefined
      ? scanDecoded(f.text, f.relPath, sourcePath, options.scanOptions, options.flows, options.fingerprints)
      : scanFile(
          f.absPath,
          f.relPath,
          sourcePath,
          options.scanOptions,
          options.maxBytes,
          options.flows,
          options.fingerprints,
        );
  });
}

/** Lets worker messages in between main-thread batches. */
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function defaultWorkers(fileCount: number): number {
  // Workers load the bundle; from TypeScript sources (tests) everything stays on this thread.
  if (!__filename.endsWith('.js')) return 0;
  // PILENS_SCAN_WORKERS pins the count (benchmarks, tests of the worker path).
  const pinned = Number(process.env.PILENS_SCAN_WORKERS ?? NaN);
  if (Number.isInteger(pinned) && pinned >= 0) return pinned;
  if (fileCount < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 7));
}

/** Scans every file; outcomes are returned in the order of `files`. */
export async function scanFiles(files: readonly PoolFile[], options: PoolOptions): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(files.length);
  let cursor = 0;
  const takeBatch = (): { start: number; batch: PoolFile[] } | undefined => {
    if (cursor >= files.length) return undefined;
    const start = cursor;
    cursor = Math.min(files.length, cursor + BATCH_SIZE);
    return { start, batch: files.slice(start, cursor) };
  };
  const store = (start: number, results: readonly FileOutcome[]): void => {
    results.forEach((r, i) => (outcomes[start + i] = r));
  };

  const mainLane = async (): Promise<void> => {
    for (let job = takeBatch(); job; job = takeBatch()) {
      store(job.start, scanBatch(job.batch, options));
      await yieldToEvents();
    }
  };

  // Each worker holds up to two batches, so it never idles while this thread is busy
  // scanning its own batch and cannot hand out the next one.
  const workerLane = (worker: Worker): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const pending: number[] = [];
      const send = (): void => {
        const job = takeBatch();
        if (!job) return;
        pending.push(job.start);
        worker.postMessage({ files: job.batch } satisfies WorkerRequest);
      };
      const finishIfIdle = (): void => {
        if (pending.length > 0) return;
        void worker.terminate().then(() => {
          resolve();
        });
      };
      worker.on('message', (results: FileOutcome[]) => {
        const start = pending.shift();
        if (start !== undefined) store(start, results);
        send();
        finishIfIdle();
      });
      worker.on('error', reject);
      worker.on('online', () => {
        send();
        send();
        finishIfIdle();
      });
    });

  const count = options.workers ?? defaultWorkers(files.length);
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(__filename, {
        workerData: {
          kind: SCAN_WORKER_KIND,
          scanOptions: options.scanOptions,
          maxBytes: options.maxBytes,
          sourceBase: options.sourceBase,
          flows: options.flows === true,
          fingerprints: options.fingerprints !== false,
        },
      }),
  );
  await Promise.all([mainLane(), ...workers.map(workerLane)]);
  return outcomes;
}
