/**
 * Parallel counting of a large UTF-8 delimited file: the data is cut into byte ranges, counted
 * by worker threads (one per core), checked for consistent record boundaries (see
 * rangeCount.ts) and merged; then the 64 hash partitions are de-duplicated on the same workers.
 * Ranges whose boundary check fails are re-counted from the true boundary on this thread, so
 * the result equals a single-thread count.
 */
import * as os from 'node:os';
import { RecordCounter, type CounterSetup } from '../../core/dataset/count.js';
import type { CsvDialect } from '../../core/dataset/csvScan.js';
import { PARTITIONS, type PartitionResult } from '../../core/dataset/partitions.js';
import type { CountPlan } from '../../core/dataset/plan.js';
import { buffersOf, WorkerPool } from './pool.js';
import { countRange, type RangeResult, type RangeTask } from './rangeCount.js';
import type { WorkerJob } from './worker.js';

/** Bytes of the file a worker counts at a time. */
const RANGE_BYTES = 8 << 20;
/** Ranges per thread that may be counted ahead of the merge. */
const WINDOW_PER_WORKER = 2;

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
  readonly workers: number;
  /** Bytes of a range (default 8 MiB; tests use less to force many ranges). */
  readonly rangeBytes?: number | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly onBytes: (n: number) => void;
  /** The merged counter's key and spill stores; workers hash with the same key. */
  readonly setup: CounterSetup;
  /** Keep the distinct hashes (another file's counter may be merged into this one). */
  readonly keepHashes?: boolean;
}

/**
 * Counts [dataStart, fileSize) in parallel; returns the merged, de-duplicated counter and the
 * number of worker threads actually started (never more than there are ranges).
 */
export async function countParallel(input: ParallelInput): Promise<{
  counter: RecordCounter;
  reruns: number;
  oversized: number;
  oversizedQuoted: number;
  firstOversized: number;
  invalidUtf8: number;
  firstInvalidUtf8: number;
  threads: number;
}> {
  const span = input.fileSize - input.dataStart;
  // Ranges of at most 8 MiB: a range's hashes are what a worker holds and hands over, so the
  // memory of a count follows this size (and the window below), never the file's.
  const rangeBytes = input.rangeBytes ?? RANGE_BYTES;
  const parts = Math.max(1, Math.ceil(span / rangeBytes));
  const tasks: RangeTask[] = [];
  for (let i = 0; i < parts; i++) {
    const start = input.dataStart + Math.floor((span * i) / parts);
    const end = i === parts - 1 ? input.fileSize : input.dataStart + Math.floor((span * (i + 1)) / parts);
    tasks.push({
      file: input.file,
      start,
      end,
      aligned: i === 0,
      fileSize: input.fileSize,
      dialect: input.dialect,
      plan: input.plan,
      key: input.setup.key,
    });
  }
  const counter = new RecordCounter(input.plan, input.setup);
  let reruns = 0;
  let oversized = 0;
  let oversizedQuoted = 0;
  let firstOversized = -1;
  let invalidUtf8 = 0;
  let firstInvalidUtf8 = -1;
  let boundary = input.dataStart;
  let frontier = 0;
  const waiting: (() => void)[] = [];
  const results: (RangeResult | undefined)[] = new Array<RangeResult | undefined>(tasks.length);
  // Merge in file order as results arrive; merging may write a run to disk (the spill budget).
  const advance = (): void => {
    for (let r = results[frontier]; r !== undefined; r = results[frontier]) {
      if (r.alignedStart !== boundary) {
        r = countRange({ ...(tasks[frontier] as RangeTask), start: boundary, aligned: true });
        reruns++;
      }
      counter.merge(r.state);
      oversized += r.oversized;
      oversizedQuoted += r.oversizedQuoted;
      // Merged in file order: the first range with one holds the first.
      if (firstOversized < 0) firstOversized = r.firstOversized;
      invalidUtf8 += r.invalidUtf8;
      if (firstInvalidUtf8 < 0) firstInvalidUtf8 = r.firstInvalidUtf8;
      boundary = r.stop;
      results[frontier++] = undefined;
    }
    for (const wake of waiting.splice(0)) wake();
  };
  const threads = Math.min(input.workers, tasks.length);
  const pool = new WorkerPool(threads, input.onBytes, input.signal);
  // Backpressure: a range is handed out only while fewer than WINDOW_PER_WORKER ranges per
  // thread wait to be merged. Merging runs on this thread; without the window, workers that
  // count faster than it merges pile up results, and memory grows with the file.
  const window = threads * WINDOW_PER_WORKER;
  let next = 0;
  const frontierMoved = (): Promise<void> =>
    new Promise<void>((r) => {
      waiting.push(r);
    });
  try {
    const countLane = async (): Promise<void> => {
      while (next < tasks.length) {
        if (next - frontier >= window) {
          await frontierMoved();
          continue;
        }
        const i = next++;
        results[i] = await pool.run<RangeResult>({
          kind: 'count',
          task: tasks[i] as RangeTask,
        } satisfies WorkerJob);
        advance();
      }
    };
    await Promise.all(Array.from({ length: threads }, countLane));
    // At most two partitions per worker in flight, so memory holds a few partitions, not all.
    // A counter that spilled merges its sorted runs on this thread instead, when summarised.
    let nextPartition = counter.spilled ? PARTITIONS : 0;
    const lane = async (): Promise<void> => {
      while (nextPartition < PARTITIONS) {
        const p = nextPartition++;
        const { records, persons } = counter.partitionArrays(p);
        const r = await pool.run<PartitionResult>(
          { kind: 'dedupe', records, persons, keep: input.keepHashes ?? true } satisfies WorkerJob,
          buffersOf([...records, ...persons]),
        );
        counter.installPartition(p, r);
      }
    };
    await Promise.all(Array.from({ length: input.workers * 2 }, lane));
  } finally {
    await pool.close();
  }
  return {
    counter,
    reruns,
    oversized,
    oversizedQuoted,
    firstOversized,
    invalidUtf8,
    firstInvalidUtf8,
    threads,
  };
}
