/**
 * The estimate engine shared by the CLI and the editor: expand the inputs, read every file
 * with the right streaming reader (in parallel for large CSV), profile, count, merge, assess.
 */
import { promises as fs } from 'node:fs';
import { assessDataset, isSensitiveCategory, type AssessOptions, type DatasetPart } from '../../core/dataset/assess.js';
import { RecordCounter } from '../../core/dataset/count.js';
import type { EstimateReport } from '../../core/dataset/report.js';
import { TableSink, type SinkOptions, type TableResult } from '../../core/dataset/tableSink.js';
import { nameDetectorClassifier } from '../../core/dataset/headerClassifier.js';
import type { HeaderClassifier } from '../../core/dataset/profile.js';
import type { ContestedReading } from '../../core/law/categories.js';
import type { CategoryKey } from '../../core/law/schema.js';
import type { Conduct } from '../../core/law/tiers.js';
import { countCsvFile } from './csvFile.js';
import { countCsvParallel, PARALLEL_MIN_BYTES } from './csvParallelFile.js';
import { detectEncoding, utf8Transcoder, type DetectedEncoding } from './encoding.js';
import { expandInputs, sniffFormat } from './files.js';
import { formatFromName, isGzipFile, readBytes, throwIfAborted, type DatasetFormat, type RunHooks } from './input.js';
import { readJsonArray, readJsonLines } from './jsonFile.js';
import { defaultWorkerCount } from './parallel.js';
import { readParquet } from './parquetFile.js';
import { SpillDir } from './spill.js';
import { sqlDumpReader } from './sqlFile.js';
import { readXlsx } from './xlsxFile.js';

export interface EstimateOptions {
  readonly conduct?: Conduct;
  readonly insider?: boolean;
  readonly gainsCny?: number | undefined;
  readonly priorRecord?: boolean;
  /** Remove exact duplicate records (default true; `--no-dedupe` turns it off). */
  readonly dedupe?: boolean;
  /** Column name (or 1-based index) → category, or 'none' (`--map`). */
  readonly map?: Readonly<Record<string, CategoryKey | 'none'>>;
  /** Override the detected text encoding (`--encoding`). */
  readonly encoding?: string | undefined;
  /** Column that identifies a person (default: resident ID, else phone). */
  readonly personKey?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly reading?: ContestedReading;
  /** Worker threads for large CSV (default: every core); 1 disables parallelism. */
  readonly workers?: number;
  readonly parallelMinBytes?: number;
  readonly classifyHeader?: HeaderClassifier;
  readonly today?: Date;
  /** Hash triples (12 bytes each) a counter keeps in memory before spilling to temporary files. */
  readonly memoryBudget?: number;
}

export type { RunHooks, Progress } from './input.js';
export { CancelledError } from './input.js';

/** Counted parts and the counters to add up (parts with the same plan share a counter: dedupe spans them). */
export interface CountedDataset {
  readonly parts: DatasetPart[];
  readonly counters: RecordCounter[];
}

async function readHead(file: string, gzip: boolean): Promise<Uint8Array> {
  for await (const chunk of readBytes(file, gzip, () => undefined, undefined)) return chunk.subarray(0, 1 << 16);
  return new Uint8Array(0);
}

/**
 * Reads, profiles and counts every input file. With `spill`, hash partitions overflow to its
 * temporary files (keep it until the counters have been assessed).
 */
export async function countDataset(paths: readonly string[], options: EstimateOptions = {}, hooks: RunHooks = {}, spill?: SpillDir): Promise<CountedDataset> {
  const files = await expandInputs(paths);
  const sizes = await Promise.all(files.map(async (f) => (await fs.stat(f)).size));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  let bytesDone = 0;
  const sink: SinkOptions = {
    classifyHeader: options.classifyHeader ?? nameDetectorClassifier(options.reading),
    overrides: options.map,
    reading: options.reading,
    dedupe: options.dedupe ?? true,
    personKey: options.personKey,
    isSensitive: isSensitiveCategory,
    today: options.today,
    counterStores: spill === undefined ? undefined : () => spill.stores(options.memoryBudget ?? 1 << 19),
  };
  const parts: DatasetPart[] = [];
  const groups = new Map<string, RecordCounter>();
  const add = (file: string, format: string, encoding: string, bytes: number, t: TableResult, extraNotes: readonly string[] = []): void => {
    const key = JSON.stringify(t.counter.plan);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, t.counter);
    else group.merge(t.counter.state());
    parts.push({ file, format, encoding, bytes, columns: t.columns, personKey: t.personKey, records: t.counter.rows - t.counter.malformed, malformed: t.counter.malformed, notes: [...extraNotes, ...t.notes] });
  };

  for (const [i, file] of files.entries()) {
    throwIfAborted(hooks.signal);
    const size = sizes[i] ?? 0;
    let fileDone = 0;
    const onRaw = (n: number): void => {
      const step = Math.max(0, Math.min(n, size - fileDone));
      fileDone += step;
      bytesDone += step;
      hooks.onProgress?.({ bytesDone, bytesTotal, file });
    };
    const named = formatFromName(file);
    const gzip = named.gzip || (await isGzipFile(file));
    const head = await readHead(file, gzip);
    const format: DatasetFormat = named.format ?? sniffFormat(head);
    const text = format === 'csv' || format === 'json' || format === 'jsonl' || format === 'sql';
    const enc: DetectedEncoding = text ? detectEncoding(head, options.encoding) : { encoding: 'utf-8', bomLength: 0, how: 'utf8-valid' };
    const encName = text ? enc.encoding : 'binary';
    const label = gzip ? `${format}+gzip` : format;
    const chunks = (): AsyncGenerator<Uint8Array> => transcoded(file, gzip, enc, onRaw, hooks.signal);

    if (format === 'csv') {
      const workers = options.workers ?? defaultWorkerCount();
      const parallel = !gzip && enc.encoding === 'utf-8' && workers > 1 && size >= (options.parallelMinBytes ?? PARALLEL_MIN_BYTES) && head.includes(10);
      const t = parallel
        ? await countCsvParallel(file, size, enc.bomLength, { sink, workers, delimiter: options.delimiter, signal: hooks.signal, onRawBytes: onRaw, keepHashes: files.length > 1 })
        : await countCsvFile(file, { gzip, encoding: enc, delimiter: options.delimiter, sink, signal: hooks.signal, onRawBytes: onRaw });
      add(file, label, encName, size, t, parallel ? [`counted in parallel on ${workers} threads`] : []);
    } else if (format === 'json' || format === 'jsonl') {
      const table = new TableSink(sink);
      if (format === 'json') await readJsonArray(chunks(), table);
      else await readJsonLines(chunks(), table);
      add(file, label, encName, size, table.finish());
    } else if (format === 'xlsx') {
      const sheets: { name: string; sink: TableSink }[] = [];
      await readXlsx(file, (name) => {
        const s = new TableSink(sink);
        sheets.push({ name, sink: s });
        return s;
      }, onRaw, hooks.signal);
      for (const [k, s] of sheets.entries()) add(sheets.length > 1 ? `${file}#${s.name}` : file, label, encName, k === 0 ? size : 0, s.sink.finish());
    } else if (format === 'parquet') {
      const table = new TableSink(sink);
      await readParquet(file, table, size, onRaw, hooks.signal);
      add(file, label, encName, size, table.finish());
    } else {
      const tables = new Map<string, TableSink>();
      const splitter = sqlDumpReader((name, columns) => {
        let t = tables.get(name);
        if (t === undefined) {
          t = new TableSink(sink, columns);
          tables.set(name, t);
        }
        return t;
      });
      const decoder = new TextDecoder('utf-8');
      for await (const c of chunks()) splitter.push(decoder.decode(c, { stream: true }));
      splitter.push(decoder.decode());
      splitter.end();
      let first = true;
      for (const [name, t] of tables) {
        add(`${file}#${name}`, label, encName, first ? size : 0, t.finish());
        first = false;
      }
    }
  }
  return { parts, counters: [...groups.values()] };
}

async function* transcoded(file: string, gzip: boolean, enc: DetectedEncoding, onRaw: (n: number) => void, signal: AbortSignal | undefined): AsyncGenerator<Uint8Array> {
  const t = utf8Transcoder(enc.encoding);
  let skip = enc.encoding === 'utf-8' ? enc.bomLength : 0;
  for await (let c of readBytes(file, gzip, onRaw, signal)) {
    if (skip > 0) {
      c = c.subarray(skip);
      skip = 0;
    }
    yield t.write(c);
  }
  const tail = t.end();
  if (tail.length > 0) yield tail;
}

/**
 * Runs a whole estimate: read, profile, count and assess. Progress is reported in bytes of the
 * input files; abort the signal to cancel (the promise then rejects with CancelledError).
 */
export async function estimateDataset(paths: readonly string[], options: EstimateOptions = {}, hooks: RunHooks = {}): Promise<EstimateReport> {
  const spill = new SpillDir();
  try {
    const counted = await countDataset(paths, options, hooks, spill);
    const assess: AssessOptions = {
      conduct: options.conduct ?? 'hold',
      insider: options.insider ?? false,
      gainsCny: options.gainsCny,
      priorRecord: options.priorRecord ?? false,
    };
    return assessDataset(counted.parts, counted.counters, assess);
  } finally {
    spill.dispose();
  }
}
