/**
 * Parquet files through hyparquet (pure JS), one row group at a time so memory follows the
 * row-group size, not the file size.
 */
import type { TableSink } from '../../core/dataset/tableSink.js';
import { throwIfAborted } from './input.js';

/** Reads all rows of a Parquet file into the sink; progress in proportion to rows read. */
export async function readParquet(
  file: string,
  sink: TableSink,
  fileBytes: number,
  onRaw: (n: number) => void,
  signal?: AbortSignal,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<void> {
  const hp = await import('hyparquet');
  const asyncFile = await hp.asyncBufferFromFile(file);
  const metadata = await hp.parquetMetadataAsync(asyncFile);
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
}
