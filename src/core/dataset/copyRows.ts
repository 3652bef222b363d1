/**
 * The data of a PostgreSQL `COPY … FROM stdin;` (what pg_dump writes by default): one row per
 * line, fields separated by tabs, `\N` for NULL, backslash escapes (`\t` `\n` `\\` `\123`
 * `\x41` …), ended by a line holding only `\.`. Rows are cut out of the byte stream line by
 * line, each capped (a PendingRecord), so memory follows the longest row, not the table.
 */
import { PendingRecord, type RecordPosition } from './pendingRecord.js';

/** Where the rows of a COPY go. */
export interface CopyEvents {
  /** One row, NULL as the empty string. */
  row(values: string[], at: RecordPosition): void;
  /** A row that could not be read: longer than the cap, or cut off by the end of the input. */
  badRow(reason: 'too-large' | 'unclosed', at: RecordPosition): void;
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
const utf8 = new TextDecoder('utf-8');

/** After a backslash in COPY text. */
const ESCAPED: Readonly<Record<number, number>> = {
  0x62: 0x08,
  0x66: 0x0c,
  0x6e: 0x0a,
  0x72: 0x0d,
  0x74: 0x09,
  0x76: 0x0b,
};

const isOctal = (b: number | undefined): b is number => b !== undefined && b >= 0x30 && b <= 0x37;
const hexValue = (b: number | undefined): number =>
  b === undefined
    ? -1
    : b >= 0x30 && b <= 0x39
      ? b - 0x30
      : b >= 0x41 && b <= 0x46
        ? b - 0x37
        : b >= 0x61 && b <= 0x66
          ? b - 0x57
          : -1;

/** One field of COPY text, unescaped (bytes may form UTF-8 characters together, so decoding comes last). */
export function copyField(bytes: Uint8Array): string {
  if (bytes.length === 2 && bytes[0] === BACKSLASH && bytes[1] === 0x4e) return '';
  if (!bytes.includes(BACKSLASH)) return utf8.decode(bytes);
  const out = new Uint8Array(bytes.length);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b !== BACKSLASH || i + 1 >= bytes.length) {
      out[o++] = b;
      continue;
    }
    const c = bytes[++i] as number;
    if (isOctal(c)) {
      let v = c - 0x30;
      for (let k = 0; k < 2 && isOctal(bytes[i + 1]); k++) v = v * 8 + ((bytes[++i] as number) - 0x30);
      out[o++] = v & 0xff;
    } else if (c === 0x78 && hexValue(bytes[i + 1]) >= 0) {
      let v = hexValue(bytes[++i]);
      if (hexValue(bytes[i + 1]) >= 0) v = v * 16 + hexValue(bytes[++i]);
      out[o++] = v;
    } else out[o++] = ESCAPED[c] ?? c;
  }
  return utf8.decode(out.subarray(0, o));
}

/**
 * Reads COPY rows from chunks of the dump. `push` returns the index just after the `\.` line
 * when the data ends inside the chunk (the statement stream goes on from there), else -1.
 */
export class CopyRows {
  readonly #events: CopyEvents;
  readonly #line: PendingRecord;
  /** Still on the line of the COPY statement itself (the data starts on the next line). */
  #statementLine = true;
  #rows = 0;

  constructor(events: CopyEvents, maxRowBytes: number) {
    this.#events = events;
    this.#line = new PendingRecord(maxRowBytes);
  }

  /** Reads from index `from` of `chunk`, whose first byte is at `base` in the input. */
  push(chunk: Uint8Array, from: number, base: number): number {
    let i = from;
    if (this.#statementLine) {
      const nl = chunk.indexOf(LF, i);
      if (nl < 0) return -1;
      this.#statementLine = false;
      i = nl + 1;
    }
    while (i < chunk.length) {
      if (!this.#line.active) this.#line.begin(i, { index: this.#rows + 1, offset: base + i });
      const nl = chunk.indexOf(LF, i);
      if (nl < 0) {
        this.#line.endOfChunk(chunk);
        return -1;
      }
      const line = this.#line.take(chunk, nl);
      i = nl + 1;
      if (line === 'too-large' || line === 'too-deep') {
        this.#rows++;
        this.#events.badRow('too-large', this.#line.position);
        continue;
      }
      const end = line.length > 0 && line[line.length - 1] === CR ? line.length - 1 : line.length;
      if (end === 2 && line[0] === BACKSLASH && line[1] === 0x2e) return i;
      this.#rows++;
      this.#events.row(this.#fields(line.subarray(0, end)), this.#line.position);
    }
    return -1;
  }

  /** The input ended without `\.`: a row cut off mid-line cannot be trusted. */
  end(): void {
    if (this.#line.active) {
      this.#rows++;
      this.#events.badRow('unclosed', this.#line.position);
    }
  }

  #fields(line: Uint8Array): string[] {
    const values: string[] = [];
    let start = 0;
    for (let t = line.indexOf(TAB); t >= 0; t = line.indexOf(TAB, start)) {
      values.push(copyField(line.subarray(start, t)));
      start = t + 1;
    }
    values.push(copyField(line.subarray(start)));
    return values;
  }
}
