/**
 * A byte-level CSV scanner (RFC 4180 quoting, any single-byte delimiter, LF/CRLF/CR line ends)
 * over UTF-8 (or ASCII-compatible) bytes. It never builds strings: each record is reported as
 * field offsets into the current buffer, so the counter can test and hash fields in place.
 *
 * Lenient where files are commonly broken, and says so: characters after a closing quote and an
 * unterminated quote at end of input mark the record `malformed`; a record longer than
 * `maxRecordBytes` (a runaway quote or a binary file) is skipped up to the next line feed and
 * reported as malformed too.
 */

import { DEFAULT_LIMITS } from './recordBuffer.js';

export interface CsvDialect {
  /** Delimiter byte (`,` `\t` `;` `|` …). */
  readonly delimiter: number;
  /** Quote byte, usually `"`; -1 disables quoting. */
  readonly quote: number;
}

/** One record, valid only during the callback. */
export interface CsvRecord {
  buf: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Per field: 0 unquoted, 1 quoted, 2 quoted with doubled quotes inside. */
  quoted: Uint8Array;
  /** How many fields were quoted: 0 on the common path, where the bytes are the values. */
  quotedFields: number;
  count: number;
  /** Record bytes [start, end) in `buf`, line terminator excluded. */
  start: number;
  end: number;
  /** Absolute offset of the record in the whole input. */
  offset: number;
  malformed: boolean;
}

/** An empty record over `buf`, with room for 64 fields before the field arrays grow. */
export function emptyRecord(buf: Uint8Array): CsvRecord {
  return {
    buf,
    starts: new Int32Array(64),
    ends: new Int32Array(64),
    quoted: new Uint8Array(64),
    quotedFields: 0,
    count: 0,
    start: 0,
    end: 0,
    offset: 0,
    malformed: false,
  };
}

const LF = 10;
const CR = 13;

export class CsvScanner {
  readonly #d: number;
  readonly #q: number;
  readonly #onRecord: (r: CsvRecord) => void;
  readonly #maxRecordBytes: number;
  readonly #rec: CsvRecord;
  /**
   * The incomplete record carried to the next chunk, at [0, #pendLength): a buffer that grows
   * geometrically and is parsed again only once its content has doubled, so a record spanning
   * many chunks costs linear time, not a re-scan per chunk.
   */
  #pend: Uint8Array = new Uint8Array(0);
  #pendLength = 0;
  #retryAt = 0;
  /** Whether the last incomplete parse stopped inside a quoted field. */
  #openQuote = false;
  /** Absolute offset of #pend[0]. */
  #base = 0;
  #skipping = false;
  /** Stop before a record starting at or after this absolute offset. */
  stopAt = Number.POSITIVE_INFINITY;
  stopped = false;
  /** Records skipped because they exceeded maxRecordBytes. */
  oversized = 0;
  /** Of those, records cut off inside a quoted field (an unclosed quote), not merely wide rows. */
  oversizedQuoted = 0;
  /** Absolute offset of the first oversized record, or -1. */
  firstOversized = -1;

  constructor(
    dialect: CsvDialect,
    onRecord: (r: CsvRecord) => void,
    options: { maxRecordBytes?: number; baseOffset?: number } = {},
  ) {
    this.#d = dialect.delimiter;
    this.#q = dialect.quote;
    this.#onRecord = onRecord;
    this.#maxRecordBytes = options.maxRecordBytes ?? DEFAULT_LIMITS.maxRecordBytes;
    this.#base = options.baseOffset ?? 0;
    this.#rec = emptyRecord(this.#pend);
  }

  /** Starts over at `baseOffset`, keeping the buffers (a worker reuses one scanner per range). */
  reset(baseOffset: number): void {
    this.#pendLength = 0;
    this.#retryAt = 0;
    this.#base = baseOffset;
    this.#skipping = false;
    this.stopAt = Number.POSITIVE_INFINITY;
    this.stopped = false;
    this.oversized = 0;
    this.oversizedQuoted = 0;
    this.firstOversized = -1;
  }

  /** Absolute offset just past the last complete record consumed. */
  get position(): number {
    return this.#base;
  }

  /** Feeds the next chunk. */
  push(chunk: Uint8Array): void {
    if (this.stopped) return;
    if (this.#pendLength === 0) {
      this.#run(chunk, false);
      return;
    }
    this.#keep(chunk);
    if (this.#pendLength >= this.#retryAt) this.#run(this.#pend.subarray(0, this.#pendLength), false);
  }

  /** Signals end of input: the last record need not end with a line break. */
  end(): void {
    if (this.stopped) return;
    this.#run(this.#pend.subarray(0, this.#pendLength), true);
    this.#pendLength = 0;
  }

  /** Appends to the carried bytes. */
  #keep(bytes: Uint8Array): void {
    const need = this.#pendLength + bytes.length;
    if (need > this.#pend.length) {
      const grown = new Uint8Array(Math.max(need, this.#pend.length * 2));
      grown.set(this.#pend.subarray(0, this.#pendLength));
      this.#pend = grown;
    }
    this.#pend.set(bytes, this.#pendLength);
    this.#pendLength = need;
  }

  #run(buf: Uint8Array, atEof: boolean): void {
    let pos = 0;
    const limit = buf.length;
    while (pos < limit) {
      if (this.#skipping) {
        const nl = buf.indexOf(LF, pos);
        if (nl < 0) {
          this.#base += limit - pos;
          pos = limit;
          break;
        }
        this.#base += nl + 1 - pos;
        pos = nl + 1;
        this.#skipping = false;
        continue;
      }
      if (this.#base >= this.stopAt) {
        this.stopped = true;
        return;
      }
      const next = this.#parse(buf, pos, limit, atEof);
      if (next < 0) {
        if (limit - pos > this.#maxRecordBytes) {
          this.oversized++;
          if (this.#openQuote) this.oversizedQuoted++;
          if (this.firstOversized < 0) this.firstOversized = this.#base;
          this.#skipping = true;
          continue;
        }
        break;
      }
      const r = this.#rec;
      r.offset = this.#base;
      this.#base += next - pos;
      pos = next;
      // A blank line is not a record.
      if (!(r.count === 1 && r.end === r.start)) this.#onRecord(r);
    }
    // Copied: the caller may reuse its chunk buffer for the next read.
    const rest = limit - pos;
    if (buf.buffer === this.#pend.buffer) this.#pend.copyWithin(0, pos, limit);
    else if (rest > 0) {
      this.#pendLength = 0;
      this.#keep(buf.subarray(pos, limit));
    }
    this.#pendLength = rest;
    // Parse again once the record has doubled (or passed the cap): linear in the record's length.
    this.#retryAt = Math.min(rest * 2, this.#maxRecordBytes + 1);
    if (rest === 0 && this.#pend.length > 1 << 22) this.#pend = new Uint8Array(0);
  }

  /** Parses one record at `pos`; returns the offset after its terminator, or -1 if incomplete. */
  #parse(buf: Uint8Array, pos: number, limit: number, atEof: boolean): number {
    const d = this.#d;
    const q = this.#q;
    const r = this.#rec;
    r.buf = buf;
    r.start = pos;
    r.malformed = false;
    r.quotedFields = 0;
    let n = 0;
    let p = pos;
    for (;;) {
      if (n === r.starts.length) this.#growFields();
      const { starts, ends, quoted } = r;
      if (p < limit && buf[p] === q) {
        r.quotedFields++;
        let i = p + 1;
        let escaped = false;
        let close = -1;
        for (;;) {
          const j = buf.indexOf(q, i);
          if (j < 0 || j >= limit) break;
          if (j + 1 >= limit && !atEof) return this.#incomplete(true);
          if (buf[j + 1] === q) {
            escaped = true;
            i = j + 2;
            continue;
          }
          close = j;
          break;
        }
        if (close < 0) {
          if (!atEof) return this.#incomplete(true);
          starts[n] = p + 1;
          ends[n] = limit;
          quoted[n++] = escaped ? 2 : 1;
          r.malformed = true;
          r.count = n;
          r.end = limit;
          return limit;
        }
        starts[n] = p + 1;
        ends[n] = close;
        quoted[n++] = escaped ? 2 : 1;
        p = close + 1;
        if (p < limit && buf[p] !== d && buf[p] !== LF && buf[p] !== CR) {
          r.malformed = true; // text after the closing quote: keep it out of the field
          while (p < limit && buf[p] !== d && buf[p] !== LF && buf[p] !== CR) p++;
        }
      } else {
        let i = p;
        while (i < limit) {
          const c = buf[i];
          if (c === d || c === LF || c === CR) break;
          i++;
        }
        starts[n] = p;
        ends[n] = i;
        quoted[n++] = 0;
        p = i;
      }
      if (p >= limit) {
        if (!atEof) return this.#incomplete(false);
        r.count = n;
        r.end = limit;
        return limit;
      }
      const c = buf[p];
      if (c === d) {
        p++;
        continue;
      }
      r.count = n;
      r.end = p;
      if (c === LF) return p + 1;
      // CR: CRLF or a bare CR
      if (p + 1 >= limit) return atEof ? limit : this.#incomplete(false);
      return buf[p + 1] === LF ? p + 2 : p + 1;
    }
  }

  #incomplete(inQuote: boolean): number {
    this.#openQuote = inQuote;
    return -1;
  }

  #growFields(): void {
    const r = this.#rec;
    const size = r.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const quoted = new Uint8Array(size);
    starts.set(r.starts);
    ends.set(r.ends);
    quoted.set(r.quoted);
    r.starts = starts;
    r.ends = ends;
    r.quoted = quoted;
  }
}

const utf8 = new TextDecoder('utf-8');

/** The text of field `i`, with doubled quotes collapsed. Allocates: use for samples, not counting. */
export function fieldText(r: CsvRecord, i: number, quote = 0x22): string {
  const text = utf8.decode(r.buf.subarray(r.starts[i] ?? 0, r.ends[i] ?? 0));
  if (r.quoted[i] !== 2) return text;
  const q = String.fromCharCode(quote);
  return text.split(q + q).join(q);
}

/** All fields of a record as strings. */
export function recordFields(r: CsvRecord, quote = 0x22): string[] {
  const out: string[] = [];
  for (let i = 0; i < r.count; i++) out.push(fieldText(r, i, quote));
  return out;
}
