/**
 * Parallel counting of a large UTF-8 delimited file: the data is cut into byte ranges, counted
 * by worker threads (one per core), checked for consistent record boundaries (see
 * rangeCount.ts), and merged. Ranges whose boundary check fails are re-counted from the true
 * boundary on this thread, so the result equals a single-thread count.
 */
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { RecordCounter } from '../../core/dataset/count.js';
import type { CsvDialect } from '../../core/dataset/csvScan.js';
import type { CountPlan } from '../../core/dataset/plan.js';
import { CancelledError } from './input.js';
import { countRange, type RangeResult, type RangeTask } from './rangeCount.js';

/**
 * The worker: the bundled dist/worker.js next to the running bundle, else (tests and the
 * benchmark under tsx) the TypeScript source loaded through tsx's require hook.
 */
function startWorker(): Worker {
  const bundled = path.join(__dirname, 'worker.js');
  if (existsSync(bundled)) return new Worker(bundled);
  const source = path.join(__dirname, 'worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true });
}

export function defaultWorkerCount(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export interface ParallelInput {
  readonly file: string;
  readonly fileSize: number;
  /** Offset of the first data record (after BOM and header). */
  readonly dataStart: number;
  readonly dialect: CsvDialect;
  readonly plan: CountPlan;
  /** Expected records in the whole file (presizes the sets). */
  readonly expectedRecords?: number;
  readonly workers: number;
  /** Smallest range worth a task (default 8 MiB; tests use less to force many ranges). */
  readonly minRangeBytes?: number;
  readonly signal?: AbortSignal | undefined;
  readonly onBytes: (n: number) => void;
}

/** Counts [dataStart, fileSize) in parallel and returns the merged counter and re-run count. */
export async function countParallel(input: ParallelInput): Promise<{ counter: RecordCounter; reruns: number; oversized: number }> {
  const span = input.fileSize - input.dataStart;
  // More ranges than workers balances uneven ranges; each is at least 8 MiB.
  const parts = Math.max(1, Math.min(input.workers * 4, Math.ceil(span / (input.minRangeBytes ?? 8 << 20))));
  const tasks: RangeTask[] = [];
  for (let i = 0; i < parts; i++) {
    const start = input.dataStart + Math.floor((span * i) / parts);
    const end = i === parts - 1 ? input.fileSize : input.dataStart + Math.floor((span * (i + 1)) / parts);
    const expectedRecords = input.expectedRecords === undefined ? undefined : Math.ceil((input.expectedRecords * (end - start)) / Math.max(1, span));
    tasks.push({ file: input.file, start, end, aligned: i === 0, fileSize: input.fileSize, dialect: input.dialect, plan: input.plan, ...(expectedRecords !== undefined ? { expectedRecords } : {}) });
  }
  const counter = new RecordCounter(input.plan, input.expectedRecords);
  let reruns = 0;
  let oversized = 0;
  let boundary = input.dataStart;
  let frontier = 0;
  const results: (RangeResult | undefined)[] = new Array<RangeResult | undefined>(tasks.length);
  // Merge in file order as results arrive, so merging overlaps the workers' counting.
  const advance = (): void => {
    for (let r = results[frontier]; r !== undefined; r = results[frontier]) {
      if (r.alignedStart !== boundary) {
        r = countRange({ ...(tasks[frontier] as RangeTask), start: boundary, aligned: true });
        reruns++;
      }
      counter.merge(r.state);
      oversized += r.oversized;
      boundary = r.stop;
      results[frontier++] = undefined;
    }
  };
  await runPool(tasks, input, (i, r) => {
    results[i] = r;
    advance();
  });
  return { counter, reruns, oversized };
}

async function runPool(tasks: readonly RangeTask[], input: ParallelInput, onResult: (index: number, r: RangeResult) => void): Promise<void> {
  const workers: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      const onAbort = (): void => reject(new CancelledError());
      if (input.signal?.aborted === true) onAbort();
      input.signal?.addEventListener('abort', onAbort, { once: true });
      const count = Math.min(input.workers, tasks.length);
      for (let w = 0; w < count; w++) {
        const worker = startWorker();
        workers.push(worker);
        let current = -1;
        const feed = (): void => {
          if (next >= tasks.length) return;
          current = next++;
          worker.postMessage(tasks[current]);
        };
        worker.on('message', (m: { type: string; bytes?: number; result?: RangeResult; message?: string }) => {
          if (m.type === 'progress') input.onBytes(m.bytes ?? 0);
          else if (m.type === 'error') reject(new Error(m.message));
          else if (m.type === 'done' && m.result !== undefined) {
            const done = current;
            const result = m.result;
            feed();
            try {
              onResult(done, result);
            } catch (e) {
              reject(e instanceof Error ? e : new Error(String(e)));
            }
            if (++finished === tasks.length) {
              input.signal?.removeEventListener('abort', onAbort);
              resolve();
            }
          }
        });
        worker.on('error', reject);
        feed();
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
