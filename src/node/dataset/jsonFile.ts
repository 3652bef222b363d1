/**
 * JSON arrays (streamed: elements are cut out at the byte level and parsed one by one) and
 * JSON Lines. Objects become rows keyed by their (flattened) keys; arrays become positional rows.
 */
import { TableSink } from '../../core/dataset/tableSink.js';

const utf8 = new TextDecoder('utf-8');

function addParsed(sink: TableSink, text: string): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    sink.addMalformed();
    return;
  }
  if (Array.isArray(value))
    sink.addRow(
      value.map((v) =>
        v === null || v === undefined
          ? ''
          : typeof v === 'object'
            ? JSON.stringify(v)
            : String(v as string | number | boolean),
      ),
    );
  else if (value !== null && typeof value === 'object') sink.addObject(value);
  else sink.addMalformed();
}

/** Splits a byte stream of one top-level JSON array into its elements. */
export class JsonArraySplitter {
  #carry = new Uint8Array(0);
  #depth = 0;
  #inString = false;
  #escape = false;
  #elemStart = -1;
  #done = false;
  constructor(private readonly onElement: (bytes: Uint8Array) => void) {}

  push(chunk: Uint8Array): void {
    if (this.#done) return;
    const buf = new Uint8Array(this.#carry.length + chunk.length);
    buf.set(this.#carry);
    buf.set(chunk, this.#carry.length);
    let i = this.#carry.length;
    let keepFrom = buf.length;
    for (; i < buf.length; i++) {
      const b = buf[i] as number;
      if (this.#inString) {
        if (this.#escape) this.#escape = false;
        else if (b === 0x5c) this.#escape = true;
        else if (b === 0x22) this.#inString = false;
        continue;
      }
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
      if (this.#depth === 1 && this.#elemStart < 0 && b !== 0x2c && b !== 0x5d) this.#elemStart = i;
      if (b === 0x22) this.#inString = true;
      else if (b === 0x5b || b === 0x7b) this.#depth++;
      else if (b === 0x5d || b === 0x7d) {
        if (this.#depth === 1) {
          this.#emit(buf, i);
          this.#done = true;
          return;
        }
        this.#depth--;
      } else if (b === 0x2c && this.#depth === 1) this.#emit(buf, i);
    }
    if (this.#elemStart >= 0) {
      keepFrom = this.#elemStart;
      this.#elemStart = 0;
    }
    this.#carry = buf.slice(keepFrom);
  }

  #emit(buf: Uint8Array, end: number): void {
    if (this.#elemStart >= 0) this.onElement(buf.subarray(this.#elemStart, end));
    this.#elemStart = -1;
  }

  /** Whether input ended inside the array (truncated file). */
  get truncated(): boolean {
    return !this.#done;
  }
}

/** Feeds a JSON array byte stream into a sink. Returns whether the array was complete. */
export async function readJsonArray(chunks: AsyncIterable<Uint8Array>, sink: TableSink): Promise<boolean> {
  const splitter = new JsonArraySplitter((bytes) => {
    addParsed(sink, utf8.decode(bytes));
  });
  for await (const c of chunks) splitter.push(c);
  if (splitter.truncated) sink.addMalformed();
  return !splitter.truncated;
}

/** Feeds JSON Lines into a sink: one value per line, blank lines skipped, bad lines malformed. */
export async function readJsonLines(chunks: AsyncIterable<Uint8Array>, sink: TableSink): Promise<void> {
  let carry = new Uint8Array(0);
  for await (const c of chunks) {
    const buf = new Uint8Array(carry.length + c.length);
    buf.set(carry);
    buf.set(c, carry.length);
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      const line = utf8.decode(buf.subarray(start, nl)).trim();
      if (line !== '') addParsed(sink, line);
      start = nl + 1;
    }
    carry = buf.slice(start);
  }
  const last = utf8.decode(carry).trim();
  if (last !== '') addParsed(sink, last);
}
