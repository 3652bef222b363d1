/**
 * Just enough ZIP to stream XLSX parts: the central directory is read from the end of the file,
 * then any entry is inflated as a stream (inflate.ts, bounded), never loaded whole. ZIP64 is not
 * supported (workbooks over 4 GiB); stored and deflated entries are. Every size and offset the
 * file declares is checked against the file's real size before anything is allocated.
 */
import { createReadStream } from 'node:fs';
import { openRegularFile } from '../regularFile.js';
import { inflateBounded, type InflateOptions } from './inflate.js';
import { InputError } from './inputError.js';

/** A central directory larger than this is refused (65,535 entries with long names fit in 20 MiB). */
const MAX_DIRECTORY_BYTES = 32 * 2 ** 20;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

/** Lists the entries of a ZIP file. */
export async function listZipEntries(file: string): Promise<ZipEntry[]> {
  const { handle: fh, size } = await openRegularFile(file);
  try {
    if (size === 0) throw new InputError('empty file (0 bytes), not a ZIP workbook');
    const tailLen = Math.min(size, 65557);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new InputError('not a ZIP workbook (no end of central directory)');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff) throw new InputError('ZIP64 workbooks (over 4 GiB) are not supported');
    if (cdSize > MAX_DIRECTORY_BYTES || cdOffset + cdSize > size)
      throw new InputError(
        `corrupt ZIP central directory (declared ${cdSize} bytes at offset ${cdOffset} in a file of ${size} bytes)`,
      );
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count && p + 46 <= cd.length; i++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) throw new InputError('corrupt ZIP central directory');
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      entries.push({
        name: cd.toString('utf8', p + 46, p + 46 + nameLen),
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        localHeaderOffset: cd.readUInt32LE(p + 42),
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

async function* nothing(): AsyncGenerator<Buffer> {
  // An empty entry: no bytes.
}

/**
 * An entry's uncompressed bytes, bounded (see inflate.ts); `onRaw` counts compressed bytes
 * read, `inflate.onStop` hears why a deflated entry ended early (its bytes so far are kept).
 */
export async function openZipEntry(
  file: string,
  entry: ZipEntry,
  onRaw: (n: number) => void,
  inflate: InflateOptions,
): Promise<AsyncIterable<Buffer>> {
  const { handle, size } = await openRegularFile(file);
  const header = Buffer.alloc(30);
  let headerBytes = 0;
  try {
    ({ bytesRead: headerBytes } = await handle.read(header, 0, 30, entry.localHeaderOffset));
  } finally {
    await handle.close();
  }
  if (headerBytes < 30 || header.readUInt32LE(0) !== 0x04034b50)
    throw new InputError(`corrupt ZIP entry ${entry.name}`);
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0 || dataStart >= size) return nothing();
  if (entry.method !== 0 && entry.method !== 8)
    throw new InputError(`unsupported ZIP compression method ${entry.method} in ${entry.name}`);
  const raw = createReadStream(file, {
    start: dataStart,
    end: Math.min(size, dataStart + entry.compressedSize) - 1,
    highWaterMark: 1 << 20,
  });
  raw.on('data', (c) => {
    onRaw(c.length);
  });
  if (entry.method === 0) return raw as AsyncIterable<Buffer>;
  return inflateBounded(raw, 'deflate-raw', `ZIP entry ${entry.name}`, inflate);
}
