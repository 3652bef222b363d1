/**
 * Text encodings of source and dataset files: detection (BOM, UTF-16 zero-byte pattern, UTF-8 validity,
 * else GB18030, the superset of GBK common in Chinese exports) and streaming transcoding to
 * UTF-8 bytes, which every reader and the byte-level CSV scanner consume.
 */
import { isUtf8 } from 'node:buffer';
import * as iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | (string & {});

export interface DetectedEncoding {
  readonly encoding: TextEncodingName;
  /** Bytes of byte-order mark to skip. */
  readonly bomLength: number;
  /** How it was decided, for the report. */
  readonly how: 'bom' | 'utf16-pattern' | 'utf8-valid' | 'fallback' | 'override';
}

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
function sequenceLength(b: number): number {
  return b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
}

/** What `bytes` say about UTF-8, a sequence cut off at the end not counted either way. */
export interface Utf8Evidence {
  /** Valid sequences of three or four bytes: Chinese text in UTF-8 (GBK seldom forms them by chance). */
  valid: number;
  /** Invalid sequences (GBK text, Latin-1, binary). */
  invalid: number;
  /** Offset of the first invalid sequence, or -1. */
  firstInvalid: number;
  /** Where a sequence cut off by the end of `bytes` starts (bytes.length if none). */
  cut: number;
}

/** Counts valid and invalid multi-byte UTF-8 sequences. */
export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  const e: Utf8Evidence = { valid: 0, invalid: 0, firstInvalid: -1, cut: bytes.length };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(b);
    let ok = len > 0;
    let k = 1;
    for (; ok && k < len; k++) {
      if (i + k >= n) {
        e.cut = i;
        return e;
      }
      ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    }
    if (ok) {
      if (len >= 3) e.valid++;
      i += len;
    } else {
      if (e.firstInvalid < 0) e.firstInvalid = i;
      e.invalid++;
      i += Math.max(1, k - 1);
    }
  }
  return e;
}

/** Whether `bytes` is valid UTF-8, tolerating a sequence cut at the end of the sample. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return utf8Evidence(bytes).invalid === 0;
}

/**
 * Whether a sample is UTF-8 text with some foreign rows rather than text in another encoding:
 * more valid three-byte sequences than invalid ones. GBK text forms a valid three-byte UTF-8
 * sequence for about one character in fifty, so pure GBK never passes; a UTF-8 file with a tenth
 * of its rows in GBK does, and is then read as UTF-8 with those rows noted, not mis-decoded whole.
 */
function mostlyUtf8(e: Utf8Evidence): boolean {
  return e.invalid === 0 || e.valid > e.invalid;
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
  if (mostlyUtf8(utf8Evidence(head))) return { encoding: 'utf-8', bomLength: 0, how: 'utf8-valid' };
  return { encoding: 'gb18030', bomLength: 0, how: 'fallback' };
}

/** A chunk transcoder to UTF-8 bytes that notices text in another encoding on the way. */
export interface Utf8Transcoder {
  write(chunk: Uint8Array): Uint8Array;
  end(): Uint8Array;
  /** A note when part of the input is not in the encoding it is read as, else null. */
  mixedNote(): string | null;
}

const fmt = (n: number): string => n.toLocaleString('en-US');
/** Bytes of raw input judged at a time when looking for UTF-8 inside a GB18030 file. */
const SEGMENT_BYTES = 1 << 16;

/**
 * Counts the byte sequences of a UTF-8 stream that are not UTF-8, across chunks: a sequence cut
 * by a chunk's end is judged with the next chunk's first bytes. Checked natively (`isUtf8`) on
 * the common clean path. `baseOffset` is the stream's offset in the file (a byte range counted
 * by a worker starts mid-file), so `first` is a file offset.
 */
export class Utf8Check {
  invalid = 0;
  /** Offset of the first invalid sequence, or -1. */
  first = -1;
  #pending = new Uint8Array(0);
  #offset: number;

  constructor(baseOffset = 0) {
    this.#offset = baseOffset;
  }

  write(c: Uint8Array): void {
    let start = 0;
    if (this.#pending.length > 0) {
      // Complete the sequence cut at the end of the last chunk with this chunk's first bytes.
      const pending = this.#pending;
      const joined = new Uint8Array(pending.length + Math.min(3, c.length));
      joined.set(pending);
      joined.set(c.subarray(0, joined.length - pending.length), pending.length);
      const e = utf8Evidence(joined);
      if (e.cut === 0) {
        // Still cut off (a chunk of a byte or two): keep waiting.
        this.#pending = joined;
        this.#offset += c.length;
        return;
      }
      this.#check(joined.subarray(0, e.cut), this.#offset - pending.length);
      start = Math.max(0, e.cut - pending.length);
    }
    const e = sequenceCut(c, start);
    this.#check(c.subarray(start, e), this.#offset + start);
    this.#pending = c.slice(e);
    this.#offset += c.length;
  }

  /** End of the stream: a sequence still cut off is invalid. */
  end(): void {
    if (this.#pending.length === 0) return;
    this.invalid++;
    if (this.first < 0) this.first = this.#offset - this.#pending.length;
    this.#pending = new Uint8Array(0);
  }

  #check(bytes: Uint8Array, at: number): void {
    if (isUtf8(bytes)) return;
    const e = utf8Evidence(bytes);
    this.invalid += e.invalid;
    if (this.first < 0 && e.firstInvalid >= 0) this.first = at + e.firstInvalid;
  }
}

/** The note for a file read as UTF-8 that holds `invalid` sequences that are not (null when none). */
export function mixedUtf8Note(invalid: number, first: number): string | null {
  return invalid === 0
    ? null
    : `${fmt(invalid)} byte sequences are not UTF-8 (the first at byte ${fmt(first)}): part of the file is in another encoding (GBK?). ` +
        'It was read as UTF-8; those characters read as "\uFFFD" and their rows may be missed. Convert the file to one encoding.';
}

/**
 * UTF-8 input passes through untouched (the BOM is stripped by the caller) and is only checked,
 * natively (`isUtf8`) on the common clean path, counting invalid sequences where it fails.
 * Others decode with iconv-lite, which keeps state across chunks so a character split between
 * chunks is decoded whole; there each raw segment is also checked for UTF-8 (a file that turns
 * from GBK to UTF-8 half-way).
 */
export function utf8Transcoder(encoding: TextEncodingName): Utf8Transcoder {
  let offset = 0;
  if (encoding === 'utf-8') {
    const check = new Utf8Check();
    return {
      write(c) {
        check.write(c);
        return c;
      },
      end() {
        check.end();
        return new Uint8Array(0);
      },
      mixedNote: () => mixedUtf8Note(check.invalid, check.first),
    };
  }
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.length);
  let segment = 0;
  let utf8Segments = 0;
  let firstUtf8 = -1;
  const gb = encoding === 'gb18030' || encoding === 'gbk' || encoding === 'gb2312';
  return {
    write(c) {
      if (gb)
        for (let i = 0; i < c.length; i += SEGMENT_BYTES, segment++) {
          const e = utf8Evidence(c.subarray(i, i + SEGMENT_BYTES));
          // Enough Chinese in valid UTF-8 and next to nothing invalid: this stretch is UTF-8.
          if (e.valid >= 16 && e.invalid * 20 < e.valid) {
            utf8Segments++;
            if (firstUtf8 < 0) firstUtf8 = offset + i;
          }
        }
      offset += c.length;
      return view(Buffer.from(decoder.write(Buffer.from(c.buffer, c.byteOffset, c.byteLength)), 'utf8'));
    },
    end: () => view(Buffer.from(decoder.end() ?? '', 'utf8')),
    mixedNote: () =>
      utf8Segments === 0
        ? null
        : `read as ${encoding} (from its beginning), but from byte ${fmt(firstUtf8)} on, ${fmt(utf8Segments)} stretch${utf8Segments === 1 ? '' : 'es'} of 64 KiB look like UTF-8: ` +
          'rows there are mis-decoded. Convert the file to one encoding, or pass --encoding.',
  };
}

/** Where the sequence cut off by the end of `c` starts (c.length if none), looking at its last bytes only. */
function sequenceCut(c: Uint8Array, start: number): number {
  for (let p = c.length - 1; p >= Math.max(start, c.length - 3); p--) {
    const b = c[p] as number;
    if ((b & 0xc0) === 0x80) continue;
    const len = sequenceLength(b);
    return len > c.length - p ? p : c.length;
  }
  return c.length;
}
