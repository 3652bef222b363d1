/**
 * One table's journey for row-based readers (JSON, XLSX, Parquet, SQL, transcoded CSV):
 * buffer a sample, profile it, build the plan, then count every row, the sample included.
 */
import type { ContestedReading } from '../law/schema.js';
import type { CategoryKey } from '../law/schema.js';
import { IN_MEMORY_SETUP, RecordCounter, type CounterSetup } from './count.js';
import { IDENTIFYING_FALLBACK_NOTE, planFromProfile } from './keys.js';
import { profileColumns, type ColumnProfile, type HeaderClassifier } from './profile.js';
import { RowEncoder } from './rowRecord.js';
import { looksLikeHeader } from './sniff.js';
import { isValueLikeName } from '../values/names.js';
import type { Decision } from '../config/decisionSchema.js';

export interface SinkOptions {
  readonly classifyHeader?: HeaderClassifier | undefined;
  /** The file or table whose columns these are: the owner of every column. */
  readonly owner?: string | undefined;
  readonly overrides?: Readonly<Record<string, CategoryKey | 'none'>> | undefined;
  /** The team's decisions from `.pilens.json` (profile.ts: they map like overrides). */
  readonly decisions?: readonly Decision[] | undefined;
  readonly reading?: ContestedReading | undefined;
  readonly dedupe: boolean;
  readonly personKey?: string | undefined;
  readonly isSensitive: (c: CategoryKey) => boolean;
  readonly sampleRows?: number | undefined;
  readonly today?: Date | undefined;
  /** Each new counter's hash key and spill store (the node layer supplies both); default in memory. */
  readonly counterSetup?: (() => CounterSetup) | undefined;
}

/**
 * Profiles a table's sample with everything the sink was given about its columns (the header
 * reader, owner, overrides, team decisions, reading): the one place a sink's options become a
 * profile's input, for every reader.
 */
export function profileTable(
  options: SinkOptions,
  header: readonly string[] | null,
  rows: readonly (readonly string[])[],
): ColumnProfile[] {
  return profileColumns({
    header,
    rows,
    classifyHeader: options.classifyHeader,
    owner: options.owner,
    overrides: options.overrides,
    decisions: options.decisions,
    reading: options.reading,
    today: options.today,
  });
}

export interface TableResult {
  readonly columns: readonly ColumnProfile[];
  readonly counter: RecordCounter;
  readonly personKey: string | null;
  readonly notes: string[];
}

/**
 * Flattens nested objects to dotted keys; arrays and other values become strings. A key that is
 * a personal value (`{"13812345678": "张三"}`) is data, not a column name: it becomes the value
 * of a `{key}` column and what it holds goes under `{value}` (`{key2}`, `{value2}` for the next
 * one in the same object), so records keyed by different people share their columns.
 */
export function flattenObject(
  value: unknown,
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  if (isPlainObject(value)) {
    let keyed = 0;
    for (const [k, v] of Object.entries(value)) {
      const at = (name: string): string => (prefix === '' ? name : `${prefix}.${name}`);
      if (isValueLikeName(k)) {
        const n = ++keyed === 1 ? '' : String(keyed);
        out[at(`{key${n}}`)] = k;
        flattenObject(v, at(`{value${n}}`), out);
      } else flattenObject(v, at(k), out);
    }
  } else if (prefix !== '') {
    out[prefix] = toText(value);
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * One record of a map keyed by personal values (`{"13812345678": {...}, ...}`): the key in a
 * `{key}` column and what it holds under `{value}`, as flattenObject reads such a key inside a
 * record, so 100 people are 100 records, not one.
 */
export function keyedRecord(key: string, value: unknown): Record<string, unknown> {
  return { '{key}': key, '{value}': value };
}

/** A cell value as text: null/undefined empty, dates ISO, objects JSON. */
export function toText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
}

export class TableSink {
  readonly #options: SinkOptions;
  readonly #sampleSize: number;
  #header: string[] | null = null;
  #headerKnown: boolean;
  #buffer: string[][] = [];
  #objects: Record<string, string>[] = [];
  #counter: RecordCounter | null = null;
  #columns: ColumnProfile[] = [];
  #personKey: string | null = null;
  readonly #encoder = new RowEncoder();
  readonly notes: string[] = [];
  #unknownKeys = 0;
  #pendingMalformed = 0;

  /** `headerKnown`: the reader knows the header (or that there is none); else it is detected. */
  constructor(options: SinkOptions, header?: readonly string[] | null) {
    this.#options = options;
    this.#sampleSize = options.sampleRows ?? 1000;
    this.#headerKnown = header !== undefined;
    this.#header = header === undefined || header === null ? null : [...header];
  }

  /** Adds a row of cells (positional). */
  addRow(fields: readonly string[]): void {
    if (this.#counter !== null) {
      this.#counter.add(this.#encoder.encode(fields));
      return;
    }
    this.#buffer.push([...fields]);
    if (this.#buffer.length >= this.#sampleSize + 1) this.#start();
  }

  /** Adds a record object (JSON); its keys define the columns, fixed after the sample. */
  addObject(obj: unknown): void {
    const flat = flattenObject(obj);
    if (this.#counter !== null) {
      const header = this.#header ?? [];
      for (const k of Object.keys(flat)) if (!header.includes(k)) this.#unknownKeys++;
      this.#counter.add(this.#encoder.encode(header.map((k) => flat[k] ?? '')));
      return;
    }
    this.#objects.push(flat);
    if (this.#objects.length >= this.#sampleSize) this.#startObjects();
  }

  addMalformed(n = 1): void {
    if (this.#counter !== null) this.#counter.addMalformed(n);
    else this.#pendingMalformed += n;
  }

  #startObjects(): void {
    const keys: string[] = [];
    const seen = new Set<string>();
    for (const o of this.#objects) {
      for (const k of Object.keys(o)) {
        if (seen.has(k)) continue;
        seen.add(k);
        keys.push(k);
      }
    }
    this.#header = keys;
    this.#headerKnown = true;
    this.#buffer = this.#objects.map((o) => keys.map((k) => o[k] ?? ''));
    this.#objects = [];
    this.#start();
  }

  #start(): void {
    let rows = this.#buffer;
    if (!this.#headerKnown) {
      const known = this.#options.classifyHeader;
      const header = looksLikeHeader(rows, known);
      if (header && rows.length > 0) {
        this.#header = rows[0] ?? null;
        rows = rows.slice(1);
      }
      this.#headerKnown = true;
    }
    const width = Math.max(this.#header?.length ?? 0, ...rows.slice(0, 100).map((r) => r.length));
    this.#columns = profileTable(this.#options, this.#header, rows.slice(0, this.#sampleSize));
    const plan = planFromProfile(this.#columns, {
      columnCount: this.#header?.length ?? width,
      dedupe: this.#options.dedupe,
      personKey: this.#options.personKey,
      isSensitive: this.#options.isSensitive,
    });
    if (plan.identifyingFallback) this.notes.push(IDENTIFYING_FALLBACK_NOTE);
    this.#personKey = plan.personKey >= 0 ? (this.#columns[plan.personKey]?.name ?? null) : null;
    this.#counter = new RecordCounter(plan, this.#options.counterSetup?.() ?? IN_MEMORY_SETUP);
    this.#counter.addMalformed(this.#pendingMalformed);
    this.#buffer = [];
    for (const row of rows) this.#counter.add(this.#encoder.encode(row));
  }

  /** Ends the table and returns its profile and counts. */
  finish(): TableResult {
    if (this.#counter === null) {
      if (this.#objects.length > 0) this.#startObjects();
      else this.#start();
    }
    if (this.#unknownKeys > 0)
      this.notes.push(
        `${this.#unknownKeys} values under keys that first appeared after the sample were not classified`,
      );
    const counter = this.#counter;
    if (counter === null) throw new Error('table sink did not start');
    return { columns: this.#columns, counter, personKey: this.#personKey, notes: this.notes };
  }
}
