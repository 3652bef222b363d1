/**
 * Reads one file for scanning with a size cap checked before the bytes are read, so a huge
 * file costs one `stat`, not a full read.
 */
import { open } from 'node:fs/promises';
import { decodeText } from './decode.js';

export type ReadTextResult =
  | { readonly kind: 'text'; readonly text: string; readonly encoding: string }
  | { readonly kind: 'skipped'; readonly reason: 'binary' | 'too-large'; readonly bytes: number }
  | { readonly kind: 'error'; readonly message: string };

/** Reads and decodes `path`; never throws. */
export async function readTextFile(path: string, maxBytes: number): Promise<ReadTextResult> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) return { kind: 'skipped', reason: 'too-large', bytes: size };
    const bytes = await handle.readFile();
    const decoded = decodeText(bytes);
    if (decoded.kind === 'binary') return { kind: 'skipped', reason: 'binary', bytes: bytes.length };
    return decoded;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { kind: 'error', message: code ?? (e instanceof Error ? e.message : String(e)) };
  } finally {
    await handle?.close();
  }
}
