/**
 * Text encodings of source and dataset files: detection (BOM, UTF-16 zero-byte pattern, UTF-8 validity,
 * else GB18030, the superset of GBK common in Chinese exports) and streaming transcoding to
 * UTF-8 bytes, which every reader and the byte-level CSV scanner consume.
 */
import * as iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | (string & {});

export interface DetectedEncoding {
  readonly encoding: TextEncodingName;
  /** Bytes of byte-order mark to skip. */
  readonly bomLength: number;
  /** How it was decided, for the report. */
  readonly how: 'bom' | 'utf16-pattern' | 'utf8-valid' | 'fallback' | 'override';
}

/** Whether `bytes` is valid UTF-8, tolerating a sequence cut at the end of the sample. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (len === 0 || b > 0xf4) return false;
    for (let k = 1; k < len; k++) {
      if (i + k >= n) return true;
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return false;
    }
    i += len;
  }
  return true;
}

/** Detects the encoding of a file from its first bytes; `override` (e.g. `--encoding gbk`) wins. */
export function detectEncoding(head: Uint8Array, override?: string): DetectedEncoding {
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  if (override !== undefined) {
    const name = override.toLowerCase();
    if (!iconv.encodingExists(name)) throw new Error(`unknown encoding: ${override}`);
    const utf8 = name === 'utf8' || name === 'utf-8';
    const le = name === 'utf-16le' || name === 'utf16le';
    const be = name === 'utf-16be' || name === 'utf16be';
    const skip = utf8
      ? bom
      : le && head[0] === 0xff && head[1] === 0xfe
        ? 2
        : be && head[0] === 0xfe && head[1] === 0xff
          ? 2
          : 0;
    return { encoding: utf8 ? 'utf-8' : name, bomLength: skip, how: 'override' };
  }
  if (bom === 3) return { encoding: 'utf-8', bomLength: 3, how: 'bom' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, how: 'bom' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, how: 'bom' };
  // UTF-16 without BOM: ASCII text leaves every other byte zero.
  const n = Math.min(head.length, 4096) & ~1;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  if (n >= 8 && oddZero > (n / 2) * 0.3 && evenZero < (n / 2) * 0.05)
    return { encoding: 'utf-16le', bomLength: 0, how: 'utf16-pattern' };
  if (n >= 8 && evenZero > (n / 2) * 0.3 && oddZero < (n / 2) * 0.05)
    return { encoding: 'utf-16be', bomLength: 0, how: 'utf16-pattern' };
  if (isValidUtf8(head)) return { encoding: 'utf-8', bomLength: 0, how: 'utf8-valid' };
  return { encoding: 'gb18030', bomLength: 0, how: 'fallback' };
}

/**
 * A chunk transcoder to UTF-8 bytes. UTF-8 input passes through untouched (the BOM is
 * stripped by the caller); others decode with iconv-lite, which keeps state across chunks so a
 * character split between chunks is decoded whole.
 */
export function utf8Transcoder(encoding: TextEncodingName): {
  write(chunk: Uint8Array): Uint8Array;
  end(): Uint8Array;
} {
  if (encoding === 'utf-8') return { write: (c) => c, end: () => new Uint8Array(0) };
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.length);
  return {
    write: (c) => view(Buffer.from(decoder.write(Buffer.from(c.buffer, c.byteOffset, c.byteLength)), 'utf8')),
    end: () => view(Buffer.from(decoder.end() ?? '', 'utf8')),
  };
}
