/**
 * Opening a dataset file as a stream of raw (decompressed) bytes, with progress measured in
 * bytes of the file on disk and cancellation by AbortSignal.
 */
import { openRegularFile } from '../regularFile.js';
import { inflateBounded, stopIsError, type InflateOptions } from './inflate.js';

export interface Progress {
  /** Bytes of input files consumed so far, over all files. */
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly file: string;
}

export interface RunHooks {
  readonly onProgress?: ((p: Progress) => void) | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Thrown when the run is cancelled through its AbortSignal. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new CancelledError();
}

/** Whether the file starts with the gzip magic bytes. */
export async function isGzipFile(file: string): Promise<boolean> {
  const { handle } = await openRegularFile(file);
  try {
    const b = Buffer.alloc(2);
    const { bytesRead } = await handle.read(b, 0, 2, 0);
    return bytesRead === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * The file's bytes, decompressed when gzip, in chunks of about 1 MiB. `onRawBytes` is told how
 * many bytes of the file on disk each chunk consumed, for progress. Stops after about
 * `maxBytes` (profiling reads only the beginning). Only regular files are read. A gzip stream
 * that stops early (see inflate.ts) calls `inflate.onStop` and ends; by default that is an error.
 */
export async function* readBytes(
  file: string,
  gzip: boolean,
  onRawBytes: (n: number) => void,
  signal: AbortSignal | undefined,
  maxBytes = Number.POSITIVE_INFINITY,
  inflate: InflateOptions = { onStop: stopIsError },
): AsyncGenerator<Uint8Array> {
  const { handle } = await openRegularFile(file);
  const raw = handle.createReadStream({ highWaterMark: 1 << 20 });
  raw.on('data', (c) => {
    onRawBytes(c.length);
  });
  const stream: AsyncIterable<Buffer> = gzip ? inflateBounded(raw, 'gzip', 'gzip data', inflate) : raw;
  try {
    for await (const chunk of stream) {
      throwIfAborted(signal);
      // A plain Uint8Array view: the hot loops then see one array type, not Buffer and Uint8Array.
      yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
      maxBytes -= chunk.length;
      if (maxBytes <= 0) break;
    }
  } finally {
    raw.destroy();
    await handle.close().catch(() => undefined);
  }
}
