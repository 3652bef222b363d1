/**
 * The bytes of one pending record (a JSON element, a JSON Lines line, a SQL tuple or DDL
 * statement) while it spans input chunks. Appends grow the buffer geometrically, so a record of
 * n bytes costs O(n) copying whatever the chunking (re-copying a growing carry on every chunk
 * is quadratic), and a record past `maxBytes` is dropped at once instead of being held: memory
 * is bounded by the cap, not by the input.
 */

/** Limits shared by the text readers; tests inject tiny ones. */
export interface RecordLimits {
  /** A record (JSON element or line, SQL row tuple or DDL statement) longer than this is skipped. */
  readonly maxRecordBytes: number;
  /** A JSON record nested deeper than this is skipped (flattening and printing it would recurse). */
  readonly maxDepth: number;
}

/**
 * 8 MiB: far above real records (mysqldump's extended INSERTs are about 1 MB in total; a row of a
 * 100,000-column table is about 1.5 MB) and small enough that a hostile record costs little.
 */
export const DEFAULT_LIMITS: RecordLimits = { maxRecordBytes: 8 << 20, maxDepth: 1000 };

/** A growable byte buffer with a cap. */
export class RecordBuffer {
  #buf = new Uint8Array(0);
  #length = 0;
  /** Set once the record went past the cap; its bytes are no longer kept. */
  overflowed = false;

  constructor(readonly maxBytes: number) {}

  /** Bytes held (0 after an overflow). */
  get length(): number {
    return this.#length;
  }

  /** Appends `bytes`; returns false (and drops everything) when the record passes the cap. */
  append(bytes: Uint8Array): boolean {
    if (this.overflowed) return false;
    const need = this.#length + bytes.length;
    if (need > this.maxBytes) {
      this.overflowed = true;
      this.#length = 0;
      // Release a large buffer: a hostile record should not keep its memory for the whole run.
      if (this.#buf.length > 1 << 16) this.#buf = new Uint8Array(0);
      return false;
    }
    if (need > this.#buf.length) {
      const grown = new Uint8Array(Math.min(this.maxBytes, Math.max(need, this.#buf.length * 2, 256)));
      grown.set(this.#buf.subarray(0, this.#length));
      this.#buf = grown;
    }
    this.#buf.set(bytes, this.#length);
    this.#length = need;
    return true;
  }

  /** The bytes held, valid until the next append or clear. */
  view(): Uint8Array {
    return this.#buf.subarray(0, this.#length);
  }

  /** Starts the next record (the allocation is kept unless it is large). */
  clear(): void {
    this.#length = 0;
    this.overflowed = false;
    if (this.#buf.length > 1 << 20) this.#buf = new Uint8Array(0);
  }
}
