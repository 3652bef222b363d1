/**
 * JSON arrays (streamed: elements are cut out at the byte level and parsed one by one), JSON
 * Lines, and one top-level wrapper object (`{"data": [ … ]}`, streamed the same way). Objects
 * become rows keyed by their (flattened) keys; arrays become positional rows.
 */
import { TableSink } from '../../core/dataset/tableSink.js';
import { classifyValue, maskValue } from '../../core/values/index.js';
import { JsonObjectSplitter } from './jsonObject.js';

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

/** A property name for the report: masked if it is itself a personal value (an ID as a key). */
function keyLabel(key: string): string {
  const short = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return `"${classifyValue(key) === null ? short : maskValue(key)}"`;
}

/** What a top-level JSON object held: the table read, and notes for the report. */
export interface JsonObjectRead {
  readonly sink: TableSink;
  readonly notes: string[];
}

/**
 * Feeds a JSON text whose top level is one object into a sink. The records are the elements of
 * its top-level array property (the one with the most object or array elements when there are
 * several); an object with no such property is itself one record.
 */
export async function readJsonObject(
  chunks: AsyncIterable<Uint8Array>,
  newSink: () => TableSink,
): Promise<JsonObjectRead> {
  const arrays = new Map<string, { sink: TableSink; records: number; others: number }>();
  const properties: Record<string, unknown> = {};
  let dropped = 0;
  const splitter = new JsonObjectSplitter({
    element(key, bytes) {
      let a = arrays.get(key);
      if (a === undefined) {
        a = { sink: newSink(), records: 0, others: 0 };
        arrays.set(key, a);
      }
      const first = bytes[0];
      if (first === 0x7b || first === 0x5b) {
        a.records++;
        addParsed(a.sink, utf8.decode(bytes));
      } else a.others++;
    },
    property(key, text) {
      try {
        if (text === null) throw new Error('too long');
        properties[key] = JSON.parse(utf8.decode(text));
      } catch {
        dropped++;
      }
    },
  });
  for await (const c of chunks) splitter.push(c);
  let best: { key: string; sink: TableSink; records: number } | null = null;
  for (const [key, a] of arrays)
    if (a.records > 0 && (best === null || a.records > best.records)) best = { key, ...a };
  const notes: string[] = [];
  const broken = !splitter.complete || splitter.invalid;
  if (best !== null) {
    notes.push(`records read from the top-level property ${keyLabel(best.key)} (${best.records} elements)`);
    const skipped = [...arrays]
      .filter(([k, a]) => k !== best.key && a.records > 0)
      .map(([k, a]) => `${keyLabel(k)} (${a.records})`);
    if (skipped.length > 0) notes.push(`other top-level arrays not read: ${skipped.join(', ')}`);
  } else {
    notes.push('a single JSON object, read as one record');
  }
  const sink = best?.sink ?? newSink();
  if (best === null && !broken) sink.addObject(properties);
  if (dropped > 0 && best === null) notes.push(`${dropped} top-level values could not be read`);
  if (broken) {
    sink.addMalformed();
    notes.push('the JSON object is truncated or has content after it: counted as one malformed record');
  }
  return { sink, notes };
}
