/**
 * A record being cut out of a chunked byte stream. While it lies inside one chunk it is handed
 * over as a view of that chunk (no copy); only a record that spans chunks is gathered, into a
 * capped RecordBuffer. Splitters call `begin` at its first byte, `endOfChunk` after each chunk
 * and `take` at its end.
 */
import { RecordBuffer } from './recordBuffer.js';

/** Where a record starts, for notes: 1-based record number, byte offset, and line when known. */
export interface RecordPosition {
  readonly index: number;
  readonly offset: number;
  readonly line?: number | undefined;
}

export class PendingRecord {
  readonly #buf: RecordBuffer;
  /** Start of the record in the current chunk (0 once it continues from an earlier chunk). */
  #start = -1;
  #position: RecordPosition = { index: 0, offset: 0 };
  /** Set by the splitter when the record nests deeper than its limit. */
  tooDeep = false;

  constructor(maxBytes: number) {
    this.#buf = new RecordBuffer(maxBytes);
  }

  get active(): boolean {
    return this.#start >= 0;
  }

  get position(): RecordPosition {
    return this.#position;
  }

  /** The record starts at index `i` of the current chunk. */
  begin(i: number, position: RecordPosition): void {
    this.#start = i;
    this.#position = position;
    this.tooDeep = false;
    this.#buf.clear();
  }

  /** The chunk ends with the record still open: keep its bytes (up to the cap). */
  endOfChunk(chunk: Uint8Array): void {
    if (this.#start < 0) return;
    if (!this.tooDeep) this.#buf.append(chunk.subarray(this.#start));
    this.#start = 0;
  }

  /**
   * The record ends before index `end` of the current chunk. Returns its bytes (valid until the
   * next call), or the reason it cannot be read.
   */
  take(chunk: Uint8Array, end: number): Uint8Array | 'too-large' | 'too-deep' {
    const start = this.#start;
    this.#start = -1;
    if (this.tooDeep) return 'too-deep';
    if (this.#buf.overflowed) return 'too-large';
    if (this.#buf.length === 0) {
      return end - start > this.#buf.maxBytes ? 'too-large' : chunk.subarray(start, end);
    }
    return this.#buf.append(chunk.subarray(start, end)) ? this.#buf.view() : 'too-large';
  }

  /** Whether the record is already lost (too large or too deep): its bytes need not be looked at. */
  get lost(): boolean {
    return this.#start >= 0 && (this.tooDeep || this.#buf.overflowed);
  }

  /** Bytes held back for the next chunk (never more than the cap). */
  get buffered(): number {
    return this.#buf.length;
  }
}
