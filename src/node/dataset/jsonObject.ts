/**
 * JSON whose top level is one object: an API export such as `{"data": [ … ]}` or
 * `{"rows": [ … ], "total": 3}`. The object is streamed at the byte level: the elements of each
 * top-level array property are cut out and handed over one by one (never the whole file in
 * memory), other top-level properties are kept as small text snippets.
 */

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
  element(key: string, bytes: Uint8Array): void;
  /** A top-level property that is not an array, as JSON text (null when too long to keep). */
  property(key: string, text: Uint8Array | null): void;
}

/** Splits a byte stream holding one top-level JSON object into its properties. */
export class JsonObjectSplitter {
  #carry = new Uint8Array(0);
  #phase: Phase = 'start';
  #depth = 0;
  #inString = false;
  #escape = false;
  #key = '';
  /** Start of the pending key string, scalar value or array element in the carried buffer. */
  #start = -1;
  #capturing = true;
  /** Input that is not one well-formed object: bytes after it, or a broken structure. */
  invalid = false;
  readonly #utf8 = new TextDecoder('utf-8');

  constructor(private readonly events: JsonObjectEvents) {}

  /** Bytes held back for the next chunk (a pending key, value or element: never the whole input). */
  get buffered(): number {
    return this.#carry.length;
  }

  /** Whether the top-level object was closed. */
  get complete(): boolean {
    return this.#phase === 'end';
  }

  push(chunk: Uint8Array): void {
    if (this.invalid) return;
    const buf = new Uint8Array(this.#carry.length + chunk.length);
    buf.set(this.#carry);
    buf.set(chunk, this.#carry.length);
    for (let i = this.#carry.length; i < buf.length; i++) {
      this.#step(buf, i);
      if (this.#broken()) {
        this.#carry = new Uint8Array(0);
        return;
      }
    }
    let keep = buf.length;
    if (this.#start >= 0) {
      if (this.#phase === 'scalar' && buf.length - this.#start > MAX_SCALAR_BYTES) {
        this.#capturing = false;
        this.#start = -1;
      } else {
        keep = this.#start;
        this.#start = 0;
      }
    }
    this.#carry = buf.slice(keep);
  }

  /** A method, so the check is not narrowed away by the guard at the top of push. */
  #broken(): boolean {
    return this.invalid;
  }

  #step(buf: Uint8Array, i: number): void {
    const b = buf[i] as number;
    if (this.#inString) {
      if (this.#escape) this.#escape = false;
      else if (b === BACKSLASH) this.#escape = true;
      else if (b === QUOTE) {
        this.#inString = false;
        if (this.#phase === 'key') {
          this.#key = JSON.parse(this.#utf8.decode(buf.subarray(this.#start, i + 1))) as string;
          this.#start = -1;
          this.#phase = 'colon';
        }
      }
      return;
    }
    if (WS.has(b)) return;
    switch (this.#phase) {
      case 'start':
        if (b === 0x7b) this.#phase = 'key';
        else this.invalid = true;
        return;
      case 'key':
        if (b === QUOTE) {
          this.#inString = true;
          this.#start = i;
        } else if (b === 0x7d) this.#phase = 'end';
        else if (b !== 0x2c) this.invalid = true;
        return;
      case 'colon':
        if (b === 0x3a) this.#phase = 'value';
        else this.invalid = true;
        return;
      case 'value':
        if (b === 0x5b) {
          this.#phase = 'array';
          this.#depth = 0;
          this.#start = -1;
          return;
        }
        this.#phase = 'scalar';
        this.#depth = 0;
        this.#start = i;
        this.#capturing = true;
        this.#scalar(buf, i, b);
        return;
      case 'scalar':
        this.#scalar(buf, i, b);
        return;
      case 'array':
        this.#array(buf, i, b);
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
  #scalar(buf: Uint8Array, i: number, b: number): void {
    if (b === QUOTE) this.#inString = true;
    else if (b === 0x7b || b === 0x5b) this.#depth++;
    else if ((b === 0x7d || b === 0x5d) && this.#depth > 0) this.#depth--;
    else if ((b === 0x2c || b === 0x7d) && this.#depth === 0) {
      this.events.property(this.#key, this.#capturing ? buf.subarray(this.#start, i) : null);
      this.#start = -1;
      this.#phase = b === 0x2c ? 'key' : 'end';
    }
  }

  /** Inside an array property; `#depth` counts nesting inside the current element. */
  #array(buf: Uint8Array, i: number, b: number): void {
    if (this.#depth === 0 && this.#start < 0 && b !== 0x2c && b !== 0x5d) this.#start = i;
    if (b === QUOTE) this.#inString = true;
    else if (b === 0x7b || b === 0x5b) this.#depth++;
    else if ((b === 0x7d || b === 0x5d) && this.#depth > 0) this.#depth--;
    else if ((b === 0x2c || b === 0x5d) && this.#depth === 0) {
      if (this.#start >= 0) this.events.element(this.#key, buf.subarray(this.#start, i));
      this.#start = -1;
      if (b === 0x5d) this.#phase = 'next';
    }
  }
}
