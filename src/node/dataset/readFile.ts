/**
 * One input file through the reader for its format: every table it holds (a CSV, each sheet of
 * a workbook, each table of a SQL dump) comes back profiled and counted.
 */
import { TableSink, type SinkOptions, type TableResult } from '../../core/dataset/tableSink.js';
import { countCsvFile, SAMPLE_BYTES } from './csvFile.js';
import { countCsvParallel, PARALLEL_MIN_BYTES } from './csvParallelFile.js';
import { detectEncoding, utf8Transcoder, type DetectedEncoding } from '../encoding.js';
import { sniffFormat } from './files.js';
import type { InflateOptions } from './inflate.js';
import { formatFromName, isGzipFile, readBytes, type DatasetFormat } from './input.js';
import { readJsonArray, readJsonLines, readJsonObject } from './jsonFile.js';
import { jsonShape } from './jsonObject.js';
import { readParquet } from './parquetFile.js';
import { sqlDumpReader } from './sqlFile.js';
import { readXlsx } from './xlsxFile.js';

export interface ReadContext {
  readonly sink: SinkOptions;
  readonly size: number;
  readonly encoding?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly workers: number;
  readonly parallelMinBytes?: number | undefined;
  readonly parallelRangeBytes?: number | undefined;
  /** Keep distinct hashes after a parallel count (other files may be merged in). */
  readonly keepHashes: boolean;
  /** Profile only: read the beginning of the file, never count it all. */
  readonly sampleOnly: boolean;
  readonly signal?: AbortSignal | undefined;
  readonly onRaw: (n: number) => void;
  /** Told why the file's data ended early (truncated, a decompression cap); counts so far are kept. */
  readonly inflate: InflateOptions;
}

export interface FileTable {
  /** The file, or `file#sheet` / `file#table`. */
  readonly name: string;
  readonly format: string;
  readonly encoding: string;
  /** Bytes on disk attributed to this table (a file's bytes go to its first table). */
  readonly bytes: number;
  readonly result: TableResult;
  readonly notes: readonly string[];
}

const SAMPLE_ROWS = 1001;

async function readHead(file: string, gzip: boolean): Promise<Uint8Array> {
  for await (const chunk of readBytes(file, gzip, () => undefined, undefined))
    return chunk.subarray(0, 1 << 16);
  return new Uint8Array(0);
}

async function* transcoded(
  file: string,
  gzip: boolean,
  enc: DetectedEncoding,
  ctx: ReadContext,
  notes: string[],
): AsyncGenerator<Uint8Array> {
  const t = utf8Transcoder(enc.encoding);
  let skip = enc.encoding === 'utf-8' ? enc.bomLength : 0;
  for await (let c of readBytes(
    file,
    gzip,
    ctx.onRaw,
    ctx.signal,
    ctx.sampleOnly ? SAMPLE_BYTES : undefined,
    ctx.inflate,
  )) {
    if (skip > 0) {
      c = c.subarray(skip);
      skip = 0;
    }
    yield t.write(c);
  }
  const tail = t.end();
  if (tail.length > 0) yield tail;
  const mixed = t.mixedNote();
  if (mixed !== null) notes.push(mixed);
}

/** Reads one file; returns its tables. */
export async function readDatasetFile(file: string, ctx: ReadContext): Promise<FileTable[]> {
  const named = formatFromName(file);
  const gzip = named.gzip || (await isGzipFile(file));
  const head = await readHead(file, gzip);
  const sniffed = sniffFormat(head);
  // Generic text extensions (.txt, .dat) are CSV unless the content is plainly JSON.
  const generic = /\.(?:txt|dat)(?:\.gz)?$/i.test(file) && (sniffed === 'json' || sniffed === 'jsonl');
  const format: DatasetFormat = generic ? sniffed : (named.format ?? sniffed);
  const text = format === 'csv' || format === 'json' || format === 'jsonl' || format === 'sql';
  const enc: DetectedEncoding = text
    ? detectEncoding(head, ctx.encoding)
    : { encoding: 'utf-8', bomLength: 0, how: 'utf8-valid' };
  const encoding = text ? enc.encoding : 'binary';
  const label = gzip ? `${format}+gzip` : format;
  const table = (
    name: string,
    bytes: number,
    result: TableResult,
    notes: readonly string[] = [],
  ): FileTable => ({ name, format: label, encoding, bytes, result, notes });

  if (format === 'csv') {
    const parallel =
      !ctx.sampleOnly &&
      !gzip &&
      enc.encoding === 'utf-8' &&
      ctx.workers > 1 &&
      ctx.size >= (ctx.parallelMinBytes ?? PARALLEL_MIN_BYTES) &&
      head.includes(10);
    const t = parallel
      ? await countCsvParallel(file, ctx.size, enc.bomLength, {
          sink: ctx.sink,
          workers: ctx.workers,
          delimiter: ctx.delimiter,
          signal: ctx.signal,
          onRawBytes: ctx.onRaw,
          keepHashes: ctx.keepHashes,
          rangeBytes: ctx.parallelRangeBytes,
        })
      : await countCsvFile(file, {
          gzip,
          encoding: enc,
          delimiter: ctx.delimiter,
          sink: ctx.sink,
          signal: ctx.signal,
          onRawBytes: ctx.onRaw,
          inflate: ctx.inflate,
          ...(ctx.sampleOnly ? { maxBytes: SAMPLE_BYTES } : {}),
        });
    return [
      table(
        file,
        ctx.size,
        t,
        'threads' in t && typeof t.threads === 'number'
          ? [`counted in parallel on ${String(t.threads)} thread${t.threads === 1 ? '' : 's'}`]
          : [],
      ),
    ];
  }
  if (format === 'json' || format === 'jsonl') {
    // The content decides, not the extension: `.json` files often hold JSON Lines or a wrapper
    // object, and a wrapper object's first line is not a JSON Lines record.
    const shape = jsonShape(
      utf8Transcoder(enc.encoding).write(head.subarray(enc.encoding === 'utf-8' ? enc.bomLength : 0)),
    );
    const encNotes: string[] = [];
    const chunks = transcoded(file, gzip, enc, ctx, encNotes);
    if (shape === 'object') {
      const read = await readJsonObject(chunks, () => new TableSink(ctx.sink));
      return [table(file, ctx.size, read.sink.finish(), [...read.notes, ...encNotes])];
    }
    const sink = new TableSink(ctx.sink);
    const read = shape === 'array' ? await readJsonArray(chunks, sink) : await readJsonLines(chunks, sink);
    return [table(file, ctx.size, sink.finish(), [...read.notes, ...encNotes])];
  }
  if (format === 'xlsx') {
    const sheets: { name: string; sink: TableSink }[] = [];
    const sinkFor = (name: string): TableSink => {
      const sink = new TableSink(ctx.sink);
      sheets.push({ name, sink });
      return sink;
    };
    await readXlsx(
      file,
      sinkFor,
      ctx.onRaw,
      ctx.inflate,
      ctx.signal,
      ctx.sampleOnly ? SAMPLE_ROWS : undefined,
    );
    return sheets.map((s, k) =>
      table(sheets.length > 1 ? `${file}#${s.name}` : file, k === 0 ? ctx.size : 0, s.sink.finish()),
    );
  }
  if (format === 'parquet') {
    const sink = new TableSink(ctx.sink);
    await readParquet(file, sink, ctx.size, ctx.onRaw, ctx.signal, ctx.sampleOnly ? SAMPLE_ROWS : undefined);
    return [table(file, ctx.size, sink.finish())];
  }
  const tables = new Map<string, TableSink>();
  const reader = sqlDumpReader((name, columns) => {
    let t = tables.get(name);
    if (t === undefined) {
      // A dump's table is its columns' owner, as the file is a flat file's.
      t = new TableSink({ ...ctx.sink, owner: name }, columns);
      tables.set(name, t);
    }
    return t;
  });
  const encNotes: string[] = [];
  for await (const c of transcoded(file, gzip, enc, ctx, encNotes)) reader.push(c);
  const dump = reader.end();
  if (tables.size === 0) {
    // Say why nothing was counted: a schema without data, or not a SQL dump at all.
    const why =
      dump.createTables > 0
        ? `${dump.createTables} CREATE TABLE and no INSERT or COPY with rows: a schema without data, nothing counted`
        : dump.inserts > 0
          ? 'INSERT or COPY statements found but none could be read: nothing counted'
          : 'no INSERT, COPY or CREATE TABLE statement found (not a SQL dump?): nothing counted';
    return [table(file, ctx.size, new TableSink(ctx.sink, null).finish(), [why, ...encNotes])];
  }
  return [...tables].map(([name, t], k) =>
    table(`${file}#${name}`, k === 0 ? ctx.size : 0, t.finish(), [
      ...(dump.tableNotes.get(name) ?? []),
      ...(k === 0 ? encNotes : []),
    ]),
  );
}
