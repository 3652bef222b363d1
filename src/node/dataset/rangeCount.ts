/**
 * Counting one byte range of a UTF-8 delimited file, the unit of parallel work. Used by the
 * worker thread and, for re-runs and tests, by the parent directly.
 *
 * Alignment: a range [start, end) that does not begin at a known record boundary starts just
 * after the first line feed at or after `start - 1`; it stops before the first record that
 * begins at or after `end`, and reports where that was (`stop`). The parent accepts a range's
 * counts only if its aligned start equals the previous range's stop; a line feed inside a
 * quoted field breaks that equality and the range is counted again from the true boundary.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { RecordCounter, type CountState } from '../../core/dataset/count.js';
import { CsvScanner, type CsvDialect } from '../../core/dataset/csvScan.js';
import type { HashKey } from '../../core/dataset/hash.js';
import type { CountPlan } from '../../core/dataset/plan.js';
import { Utf8Check } from '../encoding.js';

export interface RangeTask {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** `start` is a known record boundary (the first data record, or a verified stop). */
  readonly aligned: boolean;
  readonly fileSize: number;
  readonly dialect: CsvDialect;
  readonly plan: CountPlan;
  /** The run's hash key (the parent's counter merges this range's hashes). */
  readonly key: HashKey;
}

export interface RangeResult {
  readonly start: number;
  readonly alignedStart: number;
  readonly stop: number;
  readonly state: CountState;
  readonly oversized: number;
  /** Of those, records cut off inside a quoted field. */
  readonly oversizedQuoted: number;
  /** Absolute offset of the first oversized record, or -1. */
  readonly firstOversized: number;
  /** Byte sequences in [alignedStart, stop) that are not UTF-8 (rows in GBK), and the first one's offset or -1. */
  readonly invalidUtf8: number;
  readonly firstInvalidUtf8: number;
}

const BLOCK = 1 << 22;
/**
 * A range's buffers are de-duplicated from this many triples (3 MiB): repeated records then
 * leave little garbage per range, which a worker's heap would otherwise hold until its next
 * full collection (measured: test/bench/spill.ts).
 */
const RANGE_COMPACT_AT = 1 << 18;

function alignStart(fd: number, start: number, fileSize: number, buf: Uint8Array): number {
  let pos = start - 1;
  while (pos < fileSize) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, fileSize - pos), pos);
    if (n <= 0) break;
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl >= 0) return pos + nl + 1;
    pos += n;
  }
  return fileSize;
}

// One read buffer and one scanner per thread, reused by every range: a worker counting many
// ranges then makes no garbage that grows with the file.
let readBuffer: Uint8Array | null = null;
let cached: { dialect: CsvDialect; scanner: CsvScanner; target: { counter: RecordCounter | null } } | null =
  null;

function scannerFor(dialect: CsvDialect): { scanner: CsvScanner; target: { counter: RecordCounter | null } } {
  if (cached?.dialect.delimiter !== dialect.delimiter || cached.dialect.quote !== dialect.quote) {
    const target: { counter: RecordCounter | null } = { counter: null };
    const scanner = new CsvScanner(dialect, (r) => {
      target.counter?.add(r);
    });
    cached = { dialect, scanner, target };
  }
  return cached;
}

/** How many of the `n` bytes read at `from` belong to the range's records (all, until it stops). */
function ownBytes(scanner: CsvScanner, from: number, n: number): number {
  return scanner.stopped ? Math.min(n, Math.max(0, scanner.position - from)) : n;
}

/** Counts a range; `onBytes` is told how many bytes each block advanced. */
export function countRange(task: RangeTask, onBytes: (n: number) => void = () => undefined): RangeResult {
  const fd = openSync(task.file, 'r');
  // A plain Uint8Array (not a Buffer) keeps the scanner's and hash's loops monomorphic.
  readBuffer ??= new Uint8Array(BLOCK);
  const buf = readBuffer;
  try {
    const alignedStart = task.aligned ? task.start : alignStart(fd, task.start, task.fileSize, buf);
    const counter = new RecordCounter(task.plan, { key: task.key, compactAt: RANGE_COMPACT_AT });
    const { scanner, target } = scannerFor(task.dialect);
    scanner.reset(alignedStart);
    target.counter = counter;
    scanner.stopAt = task.end;
    let pos = alignedStart;
    // Only the bytes of this range's own records are checked, so ranges never check a byte twice.
    const utf8 = new Utf8Check(alignedStart);
    if (pos >= task.end) scanner.stopped = true;
    while (!scanner.stopped && pos < task.fileSize) {
      const n = readSync(fd, buf, 0, Math.min(BLOCK, task.fileSize - pos), pos);
      if (n <= 0) break;
      const block = buf.subarray(0, n);
      scanner.push(block);
      utf8.write(block.subarray(0, ownBytes(scanner, pos, n)));
      pos += n;
      onBytes(n);
    }
    utf8.end();
    if (!scanner.stopped) scanner.end();
    target.counter = null;
    const stop = scanner.stopped ? scanner.position : task.fileSize;
    counter.addMalformed(scanner.oversized);
    counter.bytes = stop - alignedStart;
    // De-duplicated here, in parallel: repeated records then cost neither the transfer nor the
    // parent's merge, which runs on one thread.
    counter.compact();
    return {
      start: task.start,
      alignedStart,
      stop,
      state: counter.state(),
      oversized: scanner.oversized,
      oversizedQuoted: scanner.oversizedQuoted,
      firstOversized: scanner.firstOversized,
      invalidUtf8: utf8.invalid,
      firstInvalidUtf8: utf8.first,
    };
  } finally {
    closeSync(fd);
  }
}
