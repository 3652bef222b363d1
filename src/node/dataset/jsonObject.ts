/**
 * JSON whose top level is one object: an API export such as `{"data": [ … ]}` or
 * `{"rows": [ … ], "total": 3}`. The object is streamed at the byte level: the elements of each
 * top-level array property are cut out and handed over one by one (never the whole file in
 * memory), other top-level properties are kept as small text snippets.
 */

import { isJsonSpace, JsonStrings } from '../../core/dataset/jsonSplit.js';
import { PendingRecord, type RecordPosition } from '../../core/dataset/pendingRecord.js';
import { DEFAULT_LIMITS, type RecordLimits } from '../../core/dataset/recordBuffer.js';

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** A top-level non-array property longer than this is not kept (it cannot be a wrapper's count or a record's field worth reading). */
const MAX_SCALAR_BYTES = 1 << 20;

type Phase = 'start' | 'key' | 'colon' | 'value' | 'scalar' | 'array' | 'next' | 'end';

/**
 * Whether a JSON text (its first bytes, decoded to UTF-8) is an `array`, one top-level
 * `object` (nothing but whitespace after it, or it does not close within `head`), or `lines`
 * (JSON Lines: another value follows the first).
 */
export function jsonShape(head: Uint8Array): 'array' | 'object' | 'lines' {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && WS.has(head[i] as number)) i++;
  if (head[i] === 0x5b) return 'array';
  if (head[i] !== 0x7b) return 'lines';
  let depth = 0;
  let inString = false;
  let escape = false;
  for (; i < head.length; i++) {
    const b = head[i] as number;
    if (inString) {
      if (escape) escape = false;
      else if (b === BACKSLASH) escape = true;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === 0x7b || b === 0x5b) depth++;
    else if ((b === 0x7d || b === 0x5d) && --depth === 0) break;
  }
  for (i++; i < head.length; i++) if (!WS.has(head[i] as number)) return 'lines';
  return 'object';
}

export interface JsonObjectEvents {
  /** An element of the top-level array property `key` (its bytes, valid during the call). */
  element(key: string, bytes: Uint8Array, at: RecordPosition): void;
  /** An element skipped because it is too large or too deep. */
  skipped(key: string, reason: 'too-large' | 'too-deep', at: RecordPosition): void;
  /** A top-level property that is not an array, as JSON text (null when too long or deep to keep). */
  property(key: string, text: Uint8Array | null): void;
}

/**
 * Splits a byte stream holding one top-level JSON object into its properties. Chunks are
 * scanned once; the pending key, value or element is gathered with a cap (PendingRecord), so
 * memory follows the largest record kept, never the input.
 */
export class JsonObjectSplitter {
  readonly #events: JsonObjectEvents;
  readonly #limits: RecordLimits;
  /** Array elements (the records). */
  readonly #element: PendingRecord;
  /** Keys and non-array values (small: a wrapper's count or message). */
  readonly #small = new PendingRecord(MAX_SCALAR_BYTES);
  readonly #strings = new JsonStrings();
  readonly #utf8 = new TextDecoder('utf-8');
  #phase: Phase = 'start';
  /** Nesting inside the current value or element. */
  #depth = 0;
  #key = '';
  #base = 0;
  #index = 0;
  /** Input that is not one well-formed object: bytes after it, or a broken structure. */
  invalid = false;

  constructor(events: JsonObjectEvents, limits: RecordLimits = DEFAULT_LIMITS) {
    this.#events = events;
    this.#limits = limits;
    this.#element = new PendingRecord(limits.maxRecordBytes);
  }

  /** Bytes held back for the next chunk (a pending key, value or element: never the whole input). */
  get buffered(): number {
    return this.#element.buffered + this.#small.buffered;
  }

  /** Whether the top-level object was closed. */
  get complete(): boolean {
    return this.#phase === 'end';
  }

  push(chunk: Uint8Array): void {
    if (this.invalid) return;
    const s = this.#strings;
    s.newChunk();
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      if (s.inString) {
        i = s.skip(chunk, i, n);
        if (i < n && this.#phase === 'key') this.#endKey(chunk, i);
        continue;
      }
      const b = chunk[i] as number;
      if (isJsonSpace(b)) continue;
      this.#step(chunk, i, b);
      if (this.#broken()) return;
    }
    this.#element.endOfChunk(chunk);
    this.#small.endOfChunk(chunk);
    this.#base += n;
  }

  /** A method, so the check is not narrowed away by the guard at the top of push. */
  #broken(): boolean {
    return this.invalid;
  }

  #endKey(chunk: Uint8Array, quote: number): void {
    const got = this.#small.take(chunk, quote + 1);
    this.#key = typeof got === 'string' ? '' : (JSON.parse(this.#utf8.decode(got)) as string);
    this.#phase = 'colon';
  }

  #step(chunk: Uint8Array, i: number, b: number): void {
    switch (this.#phase) {
      case 'start':
        if (b === 0x7b) this.#phase = 'key';
        else this.invalid = true;
        return;
      case 'key':
        if (b === QUOTE) {
          this.#strings.inString = true;
          this.#small.begin(i, { index: 0, offset: this.#base + i });
        } else if (b === 0x7d) this.#phase = 'end';
        else if (b !== 0x2c) this.invalid = true;
        return;
      case 'colon':
        if (b === 0x3a) this.#phase = 'value';
        else this.invalid = true;
        return;
      case 'value':
        this.#depth = 0;
        if (b === 0x5b) {
          this.#phase = 'array';
          return;
        }
        this.#phase = 'scalar';
        this.#small.begin(i, { index: 0, offset: this.#base + i });
        this.#scalar(chunk, i, b);
        return;
      case 'scalar':
        this.#scalar(chunk, i, b);
        return;
      case 'array':
        this.#array(chunk, i, b);
        return;
      case 'next':
        if (b === 0x2c) this.#phase = 'key';
        else if (b === 0x7d) this.#phase = 'end';
        else this.invalid = true;
        return;
      case 'end':
        this.invalid = true;
    }
  }

  /** Inside a non-array property value; `#depth` counts nesting inside it. */
  #scalar(chunk: Uint8Array, i: number, b: number): void {
    if (b === QUOTE) this.#strings.inString = true;
    else if (b === 0x7b || b === 0x5b) {
      if (++this.#depth > this.#limits.maxDepth) this.#small.tooDeep = true;
    } else if ((b === 0x7d || b === 0x5d) && this.#depth > 0) this.#depth--;
    else if ((b === 0x2c || b === 0x7d) && this.#depth === 0) {
      const got = this.#small.take(chunk, i);
      this.#events.property(this.#key, typeof got === 'string' ? null : got);
      this.#phase = b === 0x2c ? 'key' : 'end';
    }
  }

  /** Inside an array property; `#depth` counts nesting inside the current element. */
  #array(chunk: Uint8Array, i: number, b: number): void {
    const e = this.#element;
    if (this.#depth === 0 && !e.active && b !== 0x2c && b !== 0x5d)
      e.begin(i, { index: ++this.#index, offset: this.#base + i });
    if (b === QUOTE) this.#strings.inString = true;
    else if (b === 0x7b || b === 0x5b) {
      if (++this.#depth > this.#limits.maxDepth) e.tooDeep = true;
    } else if ((b === 0x7d || b === 0x5d) && this.#depth > 0) this.#depth--;
    else if ((b === 0x2c || b === 0x5d) && this.#depth === 0) {
      if (e.active) {
        const at = e.position;
        const got = e.take(chunk, i);
        if (typeof got === 'string') this.#events.skipped(this.#key, got, at);
        else this.#events.element(this.#key, got, at);
      }
      if (b === 0x5d) this.#phase = 'next';
    }
  }
}
