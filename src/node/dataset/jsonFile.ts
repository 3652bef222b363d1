/**
 * JSON arrays (streamed: elements are cut out at the byte level and parsed one by one), JSON
 * Lines, and one top-level wrapper object (`{"data": [ … ]}`, streamed the same way). Objects
 * become rows keyed by their (flattened) keys; arrays become positional rows.
 */
import { keyedRecord, TableSink } from '../../core/dataset/tableSink.js';
import { isValueLikeName, maskNameValues } from '../../core/values/names.js';
import { JsonArraySplitter, JsonLinesSplitter, type JsonRecordEvents } from '../../core/dataset/jsonSplit.js';
import type { RecordPosition } from '../../core/dataset/pendingRecord.js';
import { DEFAULT_LIMITS, type RecordLimits } from '../../core/dataset/recordBuffer.js';
import { SkipTally } from '../../core/dataset/skipTally.js';
import { utf8Transcoder } from '../encoding.js';
import { jsonShape, JsonObjectSplitter } from './jsonObject.js';
import { transcoded, type TableReader } from './reader.js';

const utf8 = new TextDecoder('utf-8');

/** Limits and the tally of skipped records shared by one file's reader. */
export interface JsonReadOptions {
  readonly limits?: RecordLimits | undefined;
}

function addParsed(sink: TableSink, text: string, tally: SkipTally, at: RecordPosition): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    tally.add('invalid', at);
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
  else {
    tally.add('invalid', at);
    sink.addMalformed();
  }
}

/** Events that parse each record into the sink and count skipped ones. */
function toSink(sink: TableSink, tally: SkipTally): JsonRecordEvents {
  return {
    record(bytes, at) {
      addParsed(sink, utf8.decode(bytes), tally, at);
    },
    skipped(reason, at) {
      tally.add(reason, at);
      sink.addMalformed();
    },
  };
}

/** What a JSON array or JSON Lines read found wrong, for the report. */
export interface JsonRead {
  /** Whether the array was closed (always true for JSON Lines). */
  readonly complete: boolean;
  readonly notes: string[];
}

/** Feeds a JSON array byte stream into a sink, one element per record. */
export async function readJsonArray(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  sink: TableSink,
  options: JsonReadOptions = {},
): Promise<JsonRead> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const tally = new SkipTally(limits);
  const splitter = new JsonArraySplitter(toSink(sink, tally), limits);
  for await (const c of chunks) splitter.push(c);
  const notes = tally.notes();
  if (splitter.truncated) {
    sink.addMalformed();
    notes.push('the JSON array is not closed (a truncated file): its last record counted as malformed');
  }
  return { complete: !splitter.truncated, notes };
}

/** Feeds JSON Lines into a sink: one value per line, blank lines skipped, bad lines malformed. */
export async function readJsonLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  sink: TableSink,
  options: JsonReadOptions = {},
): Promise<JsonRead> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const tally = new SkipTally(limits);
  const splitter = new JsonLinesSplitter(toSink(sink, tally), limits);
  for await (const c of chunks) splitter.push(c);
  splitter.end();
  return { complete: true, notes: tally.notes() };
}

/** A property name for the report: masked if it is or holds a personal value (an ID as a key). */
function keyLabel(key: string): string {
  const masked = maskNameValues(key);
  return `"${masked.length > 40 ? `${masked.slice(0, 40)}…` : masked}"`;
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
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  newSink: () => TableSink,
  options: JsonReadOptions = {},
): Promise<JsonObjectRead> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const arrays = new Map<string, { sink: TableSink; records: number; others: number; tally: SkipTally }>();
  const arrayFor = (key: string): { sink: TableSink; records: number; others: number; tally: SkipTally } => {
    let a = arrays.get(key);
    if (a === undefined) {
      a = { sink: newSink(), records: 0, others: 0, tally: new SkipTally(limits) };
      arrays.set(key, a);
    }
    return a;
  };
  const properties: Record<string, unknown> = {};
  // Properties keyed by personal values are records of their own, streamed as they come.
  let keyed: { sink: TableSink; records: number } | null = null;
  let dropped = 0;
  const splitter = new JsonObjectSplitter(
    {
      element(key, bytes, at) {
        const a = arrayFor(key);
        const first = bytes[0];
        if (first === 0x7b || first === 0x5b) {
          a.records++;
          addParsed(a.sink, utf8.decode(bytes), a.tally, at);
        } else a.others++;
      },
      skipped(key, reason, at) {
        // Only containers are this large or deep: it was a record.
        const a = arrayFor(key);
        a.records++;
        a.tally.add(reason, at);
        a.sink.addMalformed();
      },
      property(key, text) {
        try {
          if (text === null) throw new Error('too long');
          const value: unknown = JSON.parse(utf8.decode(text));
          if (isValueLikeName(key)) {
            keyed ??= { sink: newSink(), records: 0 };
            keyed.sink.addObject(keyedRecord(key, value));
            keyed.records++;
          } else properties[key] = value;
        } catch {
          dropped++;
        }
      },
    },
    limits,
  );
  for await (const c of chunks) splitter.push(c);
  let best: { key: string; sink: TableSink; records: number; tally: SkipTally } | null = null;
  for (const [key, a] of arrays)
    if (a.records > 0 && (best === null || a.records > best.records)) best = { key, ...a };
  const notes: string[] = [];
  const broken = !splitter.complete || splitter.invalid;
  const byKey = keyed as { sink: TableSink; records: number } | null;
  if (byKey !== null && (best === null || byKey.records > best.records)) {
    notes.push(`one record per top-level key that is a personal value (${byKey.records} keys)`);
    const others = Object.keys(properties).length + (best === null ? 0 : 1);
    if (others > 0) notes.push(`${others} other top-level properties not read`);
    if (broken) {
      byKey.sink.addMalformed();
      notes.push('the JSON object is truncated or has content after it: counted as one malformed record');
    }
    return { sink: byKey.sink, notes };
  }
  if (best !== null) {
    notes.push(`records read from the top-level property ${keyLabel(best.key)} (${best.records} elements)`);
    const skipped = [...arrays]
      .filter(([k, a]) => k !== best.key && a.records > 0)
      .map(([k, a]) => `${keyLabel(k)} (${a.records})`);
    if (skipped.length > 0) notes.push(`other top-level arrays not read: ${skipped.join(', ')}`);
    notes.push(...best.tally.notes());
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

/**
 * The JSON reader, for `.json` and JSON Lines alike: the content decides, not the extension
 * (`.json` files often hold JSON Lines or a wrapper object, and a wrapper object's first line
 * is not a JSON Lines record).
 */
export const readJsonTables: TableReader = async (input, ctx) => {
  const enc = input.encoding;
  const shape = jsonShape(
    utf8Transcoder(enc.encoding).write(input.head.subarray(enc.encoding === 'utf-8' ? enc.bomLength : 0)),
  );
  const encNotes: string[] = [];
  const chunks = transcoded(input, ctx, encNotes);
  if (shape === 'object') {
    const read = await readJsonObject(chunks, () => new TableSink(ctx.sink));
    return [{ result: read.sink.finish(), notes: [...read.notes, ...encNotes] }];
  }
  const sink = new TableSink(ctx.sink);
  const read = shape === 'array' ? await readJsonArray(chunks, sink) : await readJsonLines(chunks, sink);
  return [{ result: sink.finish(), notes: [...read.notes, ...encNotes] }];
};
