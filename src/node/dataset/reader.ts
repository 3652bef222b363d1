/**
 * The one shape every dataset reader has (`TableReader`): a file already opened and sniffed
 * in, the tables it holds out, counted. `formats.ts` lists the readers; `readFile.ts` is the one
 * caller. Readers differ inside (a CSV counts on several threads, a workbook holds sheets, a
 * SQL dump holds tables) but not in how they are called.
 */
import type { SinkOptions, TableResult } from '../../core/dataset/tableSink.js';
import { utf8Transcoder, type DetectedEncoding } from '../encoding.js';
import type { InflateOptions } from './inflate.js';
import { readBytes } from './input.js';

/** Bytes a profile-only read decodes from the start of a text file. */
export const SAMPLE_BYTES = 1 << 20;
/** Rows a profile-only read takes from a binary file (a header and a thousand rows). */
export const SAMPLE_ROWS = 1001;

/** How the run reads every file: counting options, limits, progress and cancellation. */
export interface ReadContext {
  readonly sink: SinkOptions;
  readonly size: number;
  readonly encoding?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly workers: number;
  readonly parallelMinBytes?: number | undefined;
  readonly parallelRangeBytes?: number | undefined;
  /** Keep distinct hashes after a parallel count (other files may be merged in). */
  readonly keepHashes: boolean;
  /** Profile only: read the beginning of the file, never count it all. */
  readonly sampleOnly: boolean;
  readonly signal?: AbortSignal | undefined;
  readonly onRaw: (n: number) => void;
  /** Told why the file's data ended early (truncated, a decompression cap); counts so far are kept. */
  readonly inflate: InflateOptions;
}

/** One file as the reader gets it: its path, whether gzip, its first bytes and their encoding. */
export interface DatasetInput {
  readonly file: string;
  readonly gzip: boolean;
  /** Up to 64 KiB from the start of the (decompressed) file. */
  readonly head: Uint8Array;
  /** The text encoding (UTF-8 for binary formats, which do not use it). */
  readonly encoding: DetectedEncoding;
}

/** One table a reader found. */
export interface ReadTable {
  /** The sheet or table inside the file (`file#part`); none when the table is the file. */
  readonly part?: string;
  readonly result: TableResult;
  readonly notes: readonly string[];
}

/** Reads one file's tables, in order; the first is credited with the file's bytes. */
export type TableReader = (input: DatasetInput, ctx: ReadContext) => Promise<ReadTable[]>;

/**
 * The file's text transcoded to UTF-8 (byte-order mark dropped), only its first
 * `SAMPLE_BYTES` when profiling; a note about mixed encodings goes to `notes` at the end.
 */
export async function* transcoded(
  input: DatasetInput,
  ctx: ReadContext,
  notes: string[],
): AsyncGenerator<Uint8Array> {
  const enc = input.encoding;
  const t = utf8Transcoder(enc.encoding);
  let skip = enc.encoding === 'utf-8' ? enc.bomLength : 0;
  for await (let c of readBytes(
    input.file,
    input.gzip,
    ctx.onRaw,
    ctx.signal,
    ctx.sampleOnly ? SAMPLE_BYTES : undefined,
    ctx.inflate,
  )) {
    if (skip > 0) {
      c = c.subarray(skip);
      skip = 0;
    }
    yield t.write(c);
  }
  const tail = t.end();
  if (tail.length > 0) yield tail;
  const mixed = t.mixedNote();
  if (mixed !== null) notes.push(mixed);
}
