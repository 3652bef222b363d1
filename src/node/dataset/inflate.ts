/**
 * The one decompressor every reader uses (`.gz` files and the deflated parts of XLSX
 * workbooks), bounded so that a small file cannot expand without limit: the output is capped
 * in bytes and, past a first stretch, in its ratio to the compressed bytes read. Real data
 * compresses 3–30×; deflate's ceiling is about 1,030×, and bombs sit near it.
 *
 * A stream that stops early (a limit reached, data cut short or corrupt after some output)
 * ends normally after calling `onStop` with the reason, so readers keep the records already
 * read and the report says the file was not read to its end. A stream that fails before any
 * output throws an InputError: there is nothing to keep.
 */
import type { Readable } from 'node:stream';
import { createGunzip, createInflateRaw } from 'node:zlib';
import { InputError } from './inputError.js';

export interface InflateLimits {
  /** Decompressed bytes after which the stream stops, whatever the ratio. */
  readonly maxOutputBytes: number;
  /** Largest ratio of decompressed to compressed bytes once past `ratioAfterBytes`. */
  readonly maxRatio: number;
  /** Output allowed before the ratio is checked (small files of repetitive rows are fine). */
  readonly ratioAfterBytes: number;
}

/** Defaults: 64 GiB out at most; after 64 MiB out, no more than 100× the compressed bytes read. */
export const INFLATE_LIMITS: InflateLimits = {
  maxOutputBytes: 64 * 2 ** 30,
  maxRatio: 100,
  ratioAfterBytes: 64 * 2 ** 20,
};

/** Why a stream ended early; the records read before it are kept. */
export type OnStop = (reason: string) => void;

/** The default for callers that cannot keep partial results: stopping is an error. */
export const stopIsError: OnStop = (reason) => {
  throw new InputError(reason);
};

/** How a reader wants early stops reported, and the limits (INFLATE_LIMITS unless given). */
export interface InflateOptions {
  readonly onStop: OnStop;
  readonly limits?: InflateLimits | undefined;
}

/** Bytes as a short size for messages. */
export function formatBytes(n: number): string {
  if (n >= 2 ** 30) return `${(n / 2 ** 30).toFixed(1)} GiB`;
  if (n >= 2 ** 20) return `${(n / 2 ** 20).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

function isZlibError(e: unknown): e is Error & { code: string } {
  const code: unknown = e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && code.startsWith('Z_');
}

/**
 * Decompresses `raw` (a gzip file or a raw-deflate ZIP entry), yielding chunks of at most
 * about 64 KiB; `what` names the data in messages ("gzip data", "ZIP entry xl/…").
 */
export async function* inflateBounded(
  raw: Readable,
  kind: 'gzip' | 'deflate-raw',
  what: string,
  options: InflateOptions = { onStop: stopIsError },
): AsyncGenerator<Buffer> {
  const { onStop } = options;
  const limits = options.limits ?? INFLATE_LIMITS;
  let inBytes = 0;
  let outBytes = 0;
  raw.on('data', (c: Buffer) => {
    inBytes += c.length;
  });
  const z = kind === 'gzip' ? createGunzip() : createInflateRaw();
  raw.on('error', (e) => z.destroy(e));
  raw.pipe(z);
  try {
    for await (const chunk of z as AsyncIterable<Buffer>) {
      outBytes += chunk.length;
      if (outBytes > limits.maxOutputBytes) {
        onStop(
          `${what}: stopped after ${formatBytes(limits.maxOutputBytes)} decompressed (the limit); the rest is not counted`,
        );
        return;
      }
      if (outBytes > limits.ratioAfterBytes && outBytes > limits.maxRatio * inBytes) {
        onStop(
          `${what}: stopped after ${formatBytes(outBytes)} decompressed from ${formatBytes(inBytes)}: it expands more than ${limits.maxRatio}× (a decompression bomb?); the rest is not counted`,
        );
        return;
      }
      yield chunk;
    }
  } catch (e) {
    if (!isZlibError(e)) throw e;
    const truncated = e.code === 'Z_BUF_ERROR';
    if (outBytes === 0) {
      if (inBytes === 0) throw new InputError(`${what}: empty (0 bytes), not a compressed stream`);
      throw new InputError(
        truncated
          ? `${what}: cut short at byte ${inBytes} before any data`
          : `${what}: not valid compressed data (${e.message})`,
      );
    }
    onStop(
      truncated
        ? `${what}: truncated at byte ${inBytes} (compressed); the records before it are counted`
        : `${what}: corrupt near byte ${inBytes} (compressed: ${e.message}); the records before it are counted`,
    );
  } finally {
    raw.destroy();
    z.destroy();
  }
}
