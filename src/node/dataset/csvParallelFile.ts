/**
 * A large UTF-8 delimited file counted on every core: the first megabyte is sampled to sniff,
 * profile and find where the data starts, then byte ranges go to worker threads.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import { IN_MEMORY_SETUP } from '../../core/dataset/count.js';
import { CsvScanner } from '../../core/dataset/csvScan.js';
import { DEFAULT_LIMITS } from '../../core/dataset/recordBuffer.js';
import { oversizedNotes } from '../../core/dataset/skipTally.js';
import type { SinkOptions, TableResult } from '../../core/dataset/tableSink.js';
import { SAMPLE_BYTES } from './reader.js';
import { IDENTIFYING_FALLBACK_NOTE } from '../../core/dataset/keys.js';
import { prepareCsv } from './csvPrepare.js';
import { countParallel } from './parallel.js';
import { mixedUtf8Note, Utf8Check } from '../encoding.js';

/** Below this size one thread is faster than starting workers. */
export const PARALLEL_MIN_BYTES = 32 << 20;

export interface ParallelCsvOptions {
  readonly sink: SinkOptions;
  readonly workers: number;
  readonly delimiter?: string | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly onRawBytes: (n: number) => void;
  readonly keepHashes?: boolean;
  readonly rangeBytes?: number | undefined;
}

function readSample(file: string, from: number, size: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buf = new Uint8Array(Math.min(SAMPLE_BYTES, size - from));
    const n = readSync(fd, buf, 0, buf.length, from);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Counts a UTF-8 delimited file with worker threads. */
export async function countCsvParallel(
  file: string,
  size: number,
  bomLength: number,
  options: ParallelCsvOptions,
): Promise<TableResult & { delimiter: string; threads: number }> {
  const sample = readSample(file, bomLength, size);
  const prep = prepareCsv(sample, false, options.sink, options.delimiter);
  // Where the data begins: after the header record, found with the real scanner.
  let dataStart = bomLength;
  if (prep.header !== null) {
    const s = new CsvScanner(prep.dialect, () => undefined, { baseOffset: bomLength });
    s.stopAt = bomLength + 1;
    s.push(sample);
    dataStart = s.position;
  }
  const counted = await countParallel({
    file,
    fileSize: size,
    dataStart,
    dialect: prep.dialect,
    plan: prep.plan,
    workers: options.workers,
    signal: options.signal,
    onBytes: options.onRawBytes,
    setup: options.sink.counterSetup?.() ?? IN_MEMORY_SETUP,
    keepHashes: options.keepHashes ?? true,
    rangeBytes: options.rangeBytes,
  });
  const { counter, reruns, oversized, oversizedQuoted, firstOversized, threads } = counted;
  const notes: string[] = prep.plan.identifyingFallback ? [IDENTIFYING_FALLBACK_NOTE] : [];
  if (reruns > 0)
    notes.push(
      `${reruns} byte ranges began inside a quoted field and were re-counted from the true record boundary`,
    );
  notes.push(...oversizedNotes(oversized, oversizedQuoted, firstOversized, DEFAULT_LIMITS.maxRecordBytes));
  // The same note as the single-thread reader: the header's bytes, then every range's; offsets
  // after the byte-order mark, as that reader counts them.
  const head = new Utf8Check();
  head.write(sample.subarray(0, dataStart - bomLength));
  head.end();
  const invalid = head.invalid + counted.invalidUtf8;
  const first = head.first >= 0 ? head.first : counted.firstInvalidUtf8 - bomLength;
  const mixed = mixedUtf8Note(invalid, first);
  if (mixed !== null) notes.push(mixed);
  return {
    columns: prep.columns,
    counter,
    personKey: prep.personKey,
    notes,
    delimiter: String.fromCharCode(prep.dialect.delimiter),
    threads,
  };
}
