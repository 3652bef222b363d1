/**
 * Delimited files on one thread: any encoding (transcoded to UTF-8 on the fly), gzip, any
 * delimiter. The first megabyte is held back to sniff and profile, then replayed into the
 * byte-level scanner and counter, so memory stays flat in file size.
 */
import { IN_MEMORY_SETUP, RecordCounter } from '../../core/dataset/count.js';
import { CsvScanner } from '../../core/dataset/csvScan.js';
import { IDENTIFYING_FALLBACK_NOTE } from '../../core/dataset/keys.js';
import { DEFAULT_LIMITS } from '../../core/dataset/recordBuffer.js';
import { oversizedNotes } from '../../core/dataset/skipTally.js';
import type { SinkOptions, TableResult } from '../../core/dataset/tableSink.js';
import { utf8Transcoder, type DetectedEncoding } from '../encoding.js';
import { prepareCsv } from './csvPrepare.js';
import type { InflateOptions } from './inflate.js';
import { countCsvParallel, PARALLEL_MIN_BYTES } from './csvParallelFile.js';
import { readBytes } from './input.js';
import { SAMPLE_BYTES, type TableReader } from './reader.js';

/** Lines the held-back sample holds at least (a header and some rows), within the record cap. */
const SAMPLE_MIN_LINES = 4;

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export interface CsvFileOptions {
  readonly gzip: boolean;
  readonly encoding: DetectedEncoding;
  readonly delimiter?: string | undefined;
  readonly sink: SinkOptions;
  readonly signal?: AbortSignal | undefined;
  readonly onRawBytes: (n: number) => void;
  /** Read only this many (decoded) bytes: profiling needs the beginning only. */
  readonly maxBytes?: number;
  /** Told why a compressed file ended early (the rows before are still counted), and its limits. */
  readonly inflate?: InflateOptions;
}

/** Counts a delimited file on the current thread. */
async function countCsvFile(
  file: string,
  options: CsvFileOptions,
): Promise<TableResult & { delimiter: string }> {
  const transcoder = utf8Transcoder(options.encoding.encoding);
  let skipBom = options.encoding.encoding === 'utf-8' ? options.encoding.bomLength : 0;
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let lineFeeds = 0;
  let scanner: CsvScanner | null = null;
  let counter: RecordCounter | null = null;
  let prep: ReturnType<typeof prepareCsv> | null = null;

  const start = (complete: boolean): CsvScanner => {
    const sample = concat(head);
    prep = prepareCsv(sample, complete, options.sink, options.delimiter);
    const c = new RecordCounter(prep.plan, options.sink.counterSetup?.() ?? IN_MEMORY_SETUP);
    counter = c;
    let skipHeader = prep.header !== null;
    const s = new CsvScanner(prep.dialect, (r) => {
      if (skipHeader) {
        skipHeader = false;
        return;
      }
      c.add(r);
    });
    s.push(sample);
    head.length = 0;
    return s;
  };

  for await (let chunk of readBytes(
    file,
    options.gzip,
    options.onRawBytes,
    options.signal,
    options.maxBytes,
    options.inflate,
  )) {
    if (skipBom > 0) {
      chunk = chunk.subarray(skipBom);
      skipBom = 0;
    }
    const bytes = transcoder.write(chunk);
    if (scanner !== null) {
      scanner.push(bytes);
      continue;
    }
    head.push(bytes);
    headBytes += bytes.length;
    for (let at = bytes.indexOf(10); at >= 0 && lineFeeds < SAMPLE_MIN_LINES; at = bytes.indexOf(10, at + 1))
      lineFeeds++;
    // A wide table's rows can pass a megabyte: sample a few whole rows anyway (up to the record cap).
    if (
      headBytes >= SAMPLE_BYTES &&
      (lineFeeds >= SAMPLE_MIN_LINES || headBytes >= DEFAULT_LIMITS.maxRecordBytes)
    )
      scanner = start(false);
  }
  const tail = transcoder.end();
  if (scanner === null) {
    head.push(tail);
    scanner = start(true);
  } else if (tail.length > 0) scanner.push(tail);
  scanner.end();
  const c = counter as RecordCounter | null;
  const p = prep as ReturnType<typeof prepareCsv> | null;
  if (c === null || p === null) throw new Error('CSV counting did not start');
  c.addMalformed(scanner.oversized);
  const notes = oversizedNotes(
    scanner.oversized,
    scanner.oversizedQuoted,
    scanner.firstOversized,
    DEFAULT_LIMITS.maxRecordBytes,
  );
  if (p.plan.identifyingFallback) notes.push(IDENTIFYING_FALLBACK_NOTE);
  const mixed = transcoder.mixedNote();
  if (mixed !== null) notes.push(mixed);
  return {
    columns: p.columns,
    counter: c,
    personKey: p.personKey,
    notes,
    delimiter: String.fromCharCode(p.dialect.delimiter),
  };
}

/** The CSV reader: on every core when the file is large, uncompressed UTF-8; else here. */
export const readCsvTables: TableReader = async ({ file, gzip, head, encoding }, ctx) => {
  const parallel =
    !ctx.sampleOnly &&
    !gzip &&
    encoding.encoding === 'utf-8' &&
    ctx.workers > 1 &&
    ctx.size >= (ctx.parallelMinBytes ?? PARALLEL_MIN_BYTES) &&
    head.includes(10);
  const t = parallel
    ? await countCsvParallel(file, ctx.size, encoding.bomLength, {
        sink: ctx.sink,
        workers: ctx.workers,
        delimiter: ctx.delimiter,
        signal: ctx.signal,
        onRawBytes: ctx.onRaw,
        keepHashes: ctx.keepHashes,
        rangeBytes: ctx.parallelRangeBytes,
      })
    : await countCsvFile(file, {
        gzip,
        encoding,
        delimiter: ctx.delimiter,
        sink: ctx.sink,
        signal: ctx.signal,
        onRawBytes: ctx.onRaw,
        inflate: ctx.inflate,
        ...(ctx.sampleOnly ? { maxBytes: SAMPLE_BYTES } : {}),
      });
  const notes =
    'threads' in t && typeof t.threads === 'number'
      ? [`counted in parallel on ${String(t.threads)} thread${t.threads === 1 ? '' : 's'}`]
      : [];
  return [{ result: t, notes }];
};
