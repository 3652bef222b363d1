/**
 * Parquet files through hyparquet (pure JS), one row group at a time so memory follows the
 * row-group size, not the file size. The file is read through one open regular-file handle
 * whose reads are checked against its size, and column chunks whose declared uncompressed size
 * is out of proportion are refused before they are inflated.
 */
import type { FileHandle } from 'node:fs/promises';
import { TableSink } from '../../core/dataset/tableSink.js';
import { openRegularFile } from '../regularFile.js';
import { formatBytes, INFLATE_LIMITS } from './inflate.js';
import { CancelledError, throwIfAborted } from './input.js';
import { describeInputError, InputError } from './inputError.js';
import { SAMPLE_ROWS, type TableReader } from './reader.js';

/** hyparquet's AsyncBuffer over an open handle; a read outside the file is corruption. */
function fileBuffer(
  handle: FileHandle,
  size: number,
): { byteLength: number; slice(start: number, end?: number): Promise<ArrayBuffer> } {
  return {
    byteLength: size,
    async slice(start, end = size) {
      if (!(start >= 0 && start <= end && end <= size))
        throw new InputError(
          `corrupt Parquet file (a read of bytes ${start}–${end} outside its ${size} bytes)`,
        );
      const b = Buffer.alloc(end - start);
      await handle.read(b, 0, b.length, start);
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
    },
  };
}

/** Refuses a column chunk that would inflate far beyond its bytes on disk (a bomb). */
function checkSizes(metadata: {
  row_groups: {
    columns: {
      meta_data?: {
        total_compressed_size: bigint;
        total_uncompressed_size: bigint;
        path_in_schema: string[];
      };
    }[];
  }[];
}): void {
  for (const group of metadata.row_groups)
    for (const column of group.columns) {
      const m = column.meta_data;
      if (m === undefined) continue;
      const packed = Number(m.total_compressed_size);
      const plain = Number(m.total_uncompressed_size);
      if (plain > INFLATE_LIMITS.ratioAfterBytes && plain > INFLATE_LIMITS.maxRatio * packed)
        throw new InputError(
          `Parquet column ${m.path_in_schema.join('.').slice(0, 64)} declares ${formatBytes(plain)} uncompressed from ${formatBytes(packed)}: more than ${INFLATE_LIMITS.maxRatio}× (a decompression bomb?)`,
        );
    }
}

/** Reads all rows of a Parquet file into the sink; progress in proportion to rows read. */
async function readParquet(
  file: string,
  sink: TableSink,
  fileBytes: number,
  onRaw: (n: number) => void,
  signal?: AbortSignal,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<void> {
  const hp = await import('hyparquet');
  const { handle, size } = await openRegularFile(file);
  try {
    if (size === 0) throw new InputError('empty file (0 bytes), not a Parquet file');
    if (size < 12) throw new InputError(`not a Parquet file (${size} bytes, too short)`);
    const asyncFile = fileBuffer(handle, size);
    const metadata = await hp.parquetMetadataAsync(asyncFile);
    checkSizes(metadata);
    const total = Number(metadata.num_rows);
    let rowStart = 0;
    let reported = 0;
    for (const group of metadata.row_groups) {
      throwIfAborted(signal);
      if (rowStart >= maxRows) break;
      const rowEnd = rowStart + Number(group.num_rows);
      await hp.parquetRead({
        file: asyncFile,
        metadata,
        rowStart,
        rowEnd,
        rowFormat: 'object',
        onComplete: (rows: Record<string, unknown>[]) => {
          for (const row of rows) sink.addObject(row);
        },
      });
      rowStart = rowEnd;
      const done = total > 0 ? Math.round((fileBytes * rowStart) / total) : fileBytes;
      onRaw(done - reported);
      reported = done;
    }
  } catch (e) {
    if (
      e instanceof InputError ||
      e instanceof CancelledError ||
      (e as NodeJS.ErrnoException).syscall !== undefined
    )
      throw e;
    // hyparquet's own errors describe its internals; the user needs to know the file is corrupt.
    const reason = describeInputError(e);
    throw new InputError(
      /footer != PAR1/.test(reason)
        ? 'not a Parquet file (no PAR1 footer)'
        : `corrupt Parquet file (${reason})`,
    );
  } finally {
    await handle.close();
  }
}

/** The Parquet reader: one table. */
export const readParquetTables: TableReader = async ({ file }, ctx) => {
  const sink = new TableSink(ctx.sink);
  await readParquet(file, sink, ctx.size, ctx.onRaw, ctx.signal, ctx.sampleOnly ? SAMPLE_ROWS : undefined);
  return [{ result: sink.finish(), notes: [] }];
};
