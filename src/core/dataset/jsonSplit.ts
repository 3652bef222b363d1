/**
 * Cutting JSON records out of a chunked UTF-8 byte stream without parsing them: the elements of
 * a top-level array, or the lines of JSON Lines. One pass over every byte (strings are skipped
 * with native `indexOf`), each record's bytes gathered once and capped (PendingRecord), and its
 * nesting depth measured on the way, so a record too large or too deep is skipped and reported
 * before `JSON.parse` or the flattening of the sink ever sees it. The parsing itself stays with
 * the native `JSON.parse`, which is far faster than a tokenizer written in JavaScript.
 */
import { PendingRecord, type RecordPosition } from './pendingRecord.js';
import { DEFAULT_LIMITS, type RecordLimits } from './recordBuffer.js';

/** What a splitter hands over: a record's bytes (valid during the call), or why it was skipped. */
export interface JsonRecordEvents {
  record(bytes: Uint8Array, at: RecordPosition): void;
  skipped(reason: 'too-large' | 'too-deep', at: RecordPosition): void;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;

/** Whitespace between JSON tokens. */
export const isJsonSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** String state shared by the splitters: inside a string, and after a backslash. */
export class JsonStrings {
  inString = false;
  #escape = false;
  /** Next backslash at or after the last search in the current chunk (-1 none; cached so the search stays linear). */
  #nextBackslash = -2;

  /** A new chunk: forget cached positions. */
  newChunk(): void {
    this.#nextBackslash = -2;
  }

  reset(): void {
    this.inString = false;
    this.#escape = false;
  }

  /**
   * Inside a string at index `i`: returns the index of the closing quote (and leaves the
   * string), or `stop` if the string goes on past it.
   */
  skip(chunk: Uint8Array, i: number, stop: number): number {
    let p = i;
    if (this.#escape) {
      if (p >= stop) return stop;
      this.#escape = false;
      p++;
    }
    for (;;) {
      const q = chunk.indexOf(QUOTE, p);
      const end = q < 0 || q >= stop ? stop : q;
      if (this.#nextBackslash !== -1 && this.#nextBackslash < p)
        this.#nextBackslash = chunk.indexOf(BACKSLASH, p);
      const bs = this.#nextBackslash;
      if (bs >= 0 && bs < end) {
        // An escape: the byte after the backslash is never the string's end.
        if (bs + 1 >= stop) {
          this.#escape = true;
          return stop;
        }
        p = bs + 2;
        continue;
      }
      if (end === stop) return stop;
      this.inString = false;
      return q;
    }
  }
}

/** Splits one top-level JSON array into its elements. */
export class JsonArraySplitter {
  readonly #events: JsonRecordEvents;
  readonly #limits: RecordLimits;
  readonly #pending: PendingRecord;
  readonly #strings = new JsonStrings();
  /** 0 before the opening bracket, 1 inside the array, more inside an element. */
  #depth = 0;
  #done = false;
  #base = 0;
  #index = 0;

  constructor(events: JsonRecordEvents, limits: RecordLimits = DEFAULT_LIMITS) {
    this.#events = events;
    this.#limits = limits;
    this.#pending = new PendingRecord(limits.maxRecordBytes);
  }

  /** Whether input ended inside the array (a truncated file). */
  get truncated(): boolean {
    return !this.#done;
  }

  /** Bytes held back for the next chunk. */
  get buffered(): number {
    return this.#pending.buffered;
  }

  push(chunk: Uint8Array): void {
    if (this.#done) return;
    const p = this.#pending;
    const s = this.#strings;
    s.newChunk();
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      if (s.inString) {
        i = s.skip(chunk, i, n);
        continue;
      }
      const b = chunk[i] as number;
      if (isJsonSpace(b)) continue;
      if (this.#depth === 1 && !p.active && b !== 0x2c && b !== 0x5d)
        p.begin(i, { index: ++this.#index, offset: this.#base + i });
      if (b === QUOTE) s.inString = true;
      else if (b === 0x5b || b === 0x7b) {
        if (++this.#depth - 1 > this.#limits.maxDepth) p.tooDeep = true;
      } else if (b === 0x5d || b === 0x7d) {
        if (this.#depth === 1) {
          this.#emit(chunk, i);
          this.#done = true;
          return;
        }
        if (this.#depth > 0) this.#depth--;
      } else if (b === 0x2c && this.#depth === 1) this.#emit(chunk, i);
    }
    p.endOfChunk(chunk);
    this.#base += n;
  }

  #emit(chunk: Uint8Array, end: number): void {
    const p = this.#pending;
    if (!p.active) return;
    const at = p.position;
    const got = p.take(chunk, end);
    if (typeof got === 'string') this.#events.skipped(got, at);
    else this.#events.record(got, at);
  }
}

/**
 * Splits JSON Lines: one record per line, blank lines skipped. A line ends at a line feed
 * whatever came before it (a raw line feed cannot occur inside a JSON string), so one broken
 * line never swallows the next.
 */
export class JsonLinesSplitter {
  readonly #events: JsonRecordEvents;
  readonly #limits: RecordLimits;
  readonly #pending: PendingRecord;
  readonly #strings = new JsonStrings();
  #depth = 0;
  #line = 1;
  #index = 0;
  #base = 0;

  constructor(events: JsonRecordEvents, limits: RecordLimits = DEFAULT_LIMITS) {
    this.#events = events;
    this.#limits = limits;
    this.#pending = new PendingRecord(limits.maxRecordBytes);
  }

  get buffered(): number {
    return this.#pending.buffered;
  }

  push(chunk: Uint8Array): void {
    const p = this.#pending;
    const s = this.#strings;
    s.newChunk();
    const n = chunk.length;
    let nl = -2;
    for (let i = 0; i < n; i++) {
      if (p.lost) {
        // The line is skipped whatever it holds: only its end matters (a gzip bomb of zeros is one such line).
        const end = chunk.indexOf(LF, i);
        if (end < 0) break;
        i = end;
        this.#endLine(chunk, i);
        continue;
      }
      if (s.inString) {
        // A string never spans lines: stop the skip at the line feed (its position cached, so
        // a line of many strings is not searched again for each).
        if (nl !== -1 && nl < i) nl = chunk.indexOf(LF, i);
        const stop = nl < 0 ? n : nl;
        i = s.skip(chunk, i, stop);
        if (i === nl) this.#endLine(chunk, i);
        continue;
      }
      const b = chunk[i] as number;
      if (b === LF) {
        this.#endLine(chunk, i);
        continue;
      }
      if (isJsonSpace(b)) continue;
      if (!p.active) p.begin(i, { index: ++this.#index, offset: this.#base + i, line: this.#line });
      if (b === QUOTE) s.inString = true;
      else if (b === 0x5b || b === 0x7b) {
        if (++this.#depth > this.#limits.maxDepth) p.tooDeep = true;
      } else if ((b === 0x5d || b === 0x7d) && this.#depth > 0) this.#depth--;
    }
    p.endOfChunk(chunk);
    this.#base += n;
  }

  /** End of input: the last line need not end with a line feed. */
  end(): void {
    this.#endLine(new Uint8Array(0), 0);
  }

  #endLine(chunk: Uint8Array, end: number): void {
    this.#line++;
    this.#depth = 0;
    this.#strings.reset();
    const p = this.#pending;
    if (!p.active) return;
    const at = p.position;
    const got = p.take(chunk, end);
    if (typeof got === 'string') this.#events.skipped(got, at);
    else this.#events.record(got, at);
  }
}
