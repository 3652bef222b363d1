/**
 * The one reader for files a scan touches: the files it scans and the files a repository names
 * for it (`.pilens.json`, `.gitignore`, `.pilens-baseline.json`). A repository is untrusted
 * input (CI scans pull requests), so only regular files are read, never more than a cap: a
 * symlink to `/dev/zero`, a FIFO or a device is refused without blocking, and a huge file costs
 * one `fstat`, not a full read. Synchronous on purpose: for thousands of small files in the page
 * cache, promise-based file handles cost more than the reads themselves (measured: ~0.4 ms per
 * file of bookkeeping), and parallelism comes from worker threads.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeText } from './decode.js';
import { OPEN_NONBLOCKING } from './regularFile.js';
import { messageOf } from '../core/errors.js';

export type ReadTextResult =
  | { readonly kind: 'text'; readonly text: string; readonly encoding: string }
  | { readonly kind: 'skipped'; readonly reason: 'binary' | 'too-large'; readonly bytes: number }
  | { readonly kind: 'error'; readonly message: string };

/** Why a path that exists is not read: a FIFO, a device, a socket (after following symlinks). */
export const NOT_REGULAR = 'not a regular file';

/** Reads and decodes `path` if it is a regular file of at most `maxBytes`; never throws. */
export function readTextFile(path: string, maxBytes: number): ReadTextResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_NONBLOCKING);
    const info = fstatSync(fd);
    if (!info.isFile()) return { kind: 'error', message: NOT_REGULAR };
    if (info.size > maxBytes) return { kind: 'skipped', reason: 'too-large', bytes: info.size };
    const bytes = readAtMost(fd, info.size, maxBytes);
    if (bytes === undefined) return { kind: 'skipped', reason: 'too-large', bytes: maxBytes + 1 };
    const decoded = decodeText(bytes);
    if (decoded.kind === 'binary') return { kind: 'skipped', reason: 'binary', bytes: bytes.length };
    return decoded;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { kind: 'error', message: code ?? messageOf(e) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The file's bytes, or undefined when it holds more than `maxBytes` (it grew since `fstat`).
 * The buffer has room for the size `fstat` gave plus one byte, so the usual file is one read
 * and a zero-length read that confirms its end.
 */
function readAtMost(fd: number, size: number, maxBytes: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > maxBytes) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(grown, 0, 0, total);
      buffer = grown;
    }
    const n = readSync(fd, buffer, total, buffer.length - total, null);
    if (n === 0) return buffer.subarray(0, total);
    total += n;
  }
}
