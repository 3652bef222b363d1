/**
 * The estimate engine shared by the CLI and the editor: expand the inputs, read every file
 * with the right streaming reader (in parallel for large CSV), profile, count, merge, assess.
 *
 * For the editor: `profileDataset(paths, options, hooks)` gives the column mapping from the
 * start of each file (for a confirm/override quick pick); `estimateDataset(paths, { ...options,
 * map }, { onProgress, signal })` gives the report model (`EstimateReport`, render it with
 * `renderMarkdown` / `reportToJson` from src/core/dataset). Aborting the signal rejects with
 * `CancelledError`.
 */
import { promises as fs } from 'node:fs';
import {
  assessDataset,
  isSensitiveCategory,
  type AssessOptions,
  type DatasetPart,
} from '../../core/dataset/assess.js';
import { RecordCounter } from '../../core/dataset/count.js';
import type { EstimateReport } from '../../core/dataset/report.js';
import type { SinkOptions } from '../../core/dataset/tableSink.js';
import type { Decision } from '../../core/config/decisionSchema.js';
import { nameDetectorClassifier } from '../../core/dataset/headerClassifier.js';
import type { ColumnProfile, HeaderClassifier } from '../../core/dataset/profile.js';
import type { ContestedReading } from '../../core/law/schema.js';
import type { CategoryKey } from '../../core/law/schema.js';
import type { Conduct } from '../../core/law/tiers.js';
import { expandInputs } from './files.js';
import type { InflateLimits } from './inflate.js';
import { CancelledError, throwIfAborted, type RunHooks } from './input.js';
import { describeInputError } from './inputError.js';
import { DatasetReadError, failedPart, NoDatasetFilesError } from './failures.js';
import { readDatasetFile, type FileTable } from './readFile.js';
import { defaultWorkerCount } from './parallel.js';
import { newHashKey, SpillDir } from './spill.js';
import { TempSpaceError } from './tempSpace.js';

export interface EstimateOptions {
  readonly conduct?: Conduct;
  readonly insider?: boolean;
  readonly gainsCny?: number | undefined;
  readonly priorRecord?: boolean;
  /** Art. 5(1)(1)–(2), which need no count; undefined when not asked (the report says so). */
  readonly whereaboutsUsedInCrime?: boolean | undefined;
  readonly knownCriminalRecipient?: boolean | undefined;
  /** Remove exact duplicate records (default true; `--no-dedupe` turns it off). */
  readonly dedupe?: boolean;
  /** Column name (or 1-based index) → category, or 'none' (`--map`). */
  readonly map?: Readonly<Record<string, CategoryKey | 'none'>>;
  /** The team's decisions from `.pilens.json` (by file or table and column); `--map` wins over them. */
  readonly decisions?: readonly Decision[] | undefined;
  /** Override the detected text encoding (`--encoding`). */
  readonly encoding?: string | undefined;
  /** Column that identifies a person (default: resident ID, else phone). */
  readonly personKey?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly reading?: ContestedReading;
  /** Worker threads for large CSV (default: every core); 1 disables parallelism. */
  readonly workers?: number;
  readonly parallelMinBytes?: number;
  /** Bytes of a parallel byte range (default 8 MiB; tests use less to force many ranges). */
  readonly parallelRangeBytes?: number;
  readonly classifyHeader?: HeaderClassifier;
  readonly today?: Date;
  /** Hash triples (12 bytes each) a counter keeps in memory before spilling to temporary files. */
  readonly memoryBudget?: number;
  /** Cap on the run's temporary (spill) files in bytes (default 10 GiB); past it the run stops with TempSpaceError. */
  readonly maxTempBytes?: number;
  /** Caps on decompressed bytes and expansion ratio (default INFLATE_LIMITS). */
  readonly inflateLimits?: InflateLimits;
}

export type { RunHooks, Progress } from './input.js';
export { CancelledError } from './input.js';
export { DatasetReadError, NoDatasetFilesError } from './failures.js';
export { TempSpaceError } from './tempSpace.js';

/** Counted parts and the counters to add up (parts with the same plan share a counter: dedupe spans them). */
export interface CountedDataset {
  readonly parts: DatasetPart[];
  readonly counters: RecordCounter[];
}

/**
 * Reads, profiles and counts every input file. With `spill`, hash partitions overflow to its
 * temporary files (keep it until the counters have been assessed). `sampleOnly` reads only
 * the beginning of each file (profiling).
 *
 * One bad file does not lose the run: a file that cannot be read becomes a part with
 * `errors` (and no counts); a file whose data ends early keeps what was read and carries the
 * reason in `errors`. Rejects with NoDatasetFilesError when the paths hold no dataset file,
 * and with DatasetReadError when not one file could be read.
 */
export async function countDataset(
  paths: readonly string[],
  options: EstimateOptions = {},
  hooks: RunHooks = {},
  spill?: SpillDir,
  sampleOnly = false,
): Promise<CountedDataset> {
  const { files, unreadable } = await expandInputs(paths);
  if (files.length === 0 && unreadable.length === 0) throw new NoDatasetFilesError(paths);
  // A file that cannot be stat'ed is reported when it is read.
  const sizes = await Promise.all(
    files.map(async (f) => (await fs.stat(f).catch(() => undefined))?.size ?? 0),
  );
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  let bytesDone = 0;
  // Without a spill folder (profiling a sample) counters stay in memory, still under a random key.
  const key = spill?.key ?? newHashKey();
  const sink: SinkOptions = {
    ...sinkOptionsOf(options),
    counterSetup: spill === undefined ? () => ({ key }) : () => spill.setup(options.memoryBudget ?? 1 << 19),
  };
  // Folders that could not be listed are parts with an error, so the run says it is incomplete.
  const parts: DatasetPart[] = unreadable.map((u) => failedPart(u.folder, 0, u.reason));
  const groups = new Map<string, RecordCounter>();
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
    const stops: string[] = [];
    let tables: FileTable[];
    try {
      tables = await readDatasetFile(file, {
        sink: { ...sink, owner: ownerOfFile(file) },
        size,
        encoding: options.encoding,
        delimiter: options.delimiter,
        workers: options.workers ?? defaultWorkerCount(),
        parallelMinBytes: options.parallelMinBytes,
        parallelRangeBytes: options.parallelRangeBytes,
        keepHashes: files.length > 1,
        sampleOnly,
        signal: hooks.signal,
        onRaw,
        inflate: {
          onStop: (reason) => stops.push(reason),
          ...(options.inflateLimits !== undefined ? { limits: options.inflateLimits } : {}),
        },
      });
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      // Out of temporary disk (the cap or a full disk): the run cannot go on; say which file.
      if (e instanceof TempSpaceError) throw e.forFile(file);
      parts.push(failedPart(file, size, describeInputError(e)));
      onRaw(size);
      continue;
    }
    if (tables.length === 0 && stops.length > 0) parts.push(failedPart(file, size, stops.join('; ')));
    // Readers that stop early (profiling) or skip bytes (a header read apart) still end at 100 %.
    if (!sampleOnly) onRaw(size);
    for (const [k, t] of tables.entries()) {
      // Tables with the same columns share one counter, so duplicates across files are removed too.
      const { counter } = t.result;
      const key = JSON.stringify(counter.plan);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, counter);
      else mergeNaming(group, counter, file);
      parts.push({
        file: t.name,
        format: t.format,
        encoding: t.encoding,
        bytes: t.bytes,
        columns: t.result.columns,
        personKey: t.result.personKey,
        records: counter.rows - counter.malformed,
        malformed: counter.malformed,
        notes: [...t.notes, ...t.result.notes],
        ...(k === 0 && stops.length > 0 ? { errors: stops } : {}),
      });
    }
  }
  if (parts.length > 0 && parts.every((p) => p.errors !== undefined && p.records === 0 && p.malformed === 0))
    throw new DatasetReadError(parts.map((p) => ({ file: p.file, reason: (p.errors ?? []).join('; ') })));
  return { parts, counters: [...groups.values()] };
}

/** A file's (or table's) column profile, for confirming the mapping before counting. */
export interface ProfiledTable {
  readonly file: string;
  readonly format: string;
  readonly encoding: string;
  readonly columns: readonly ColumnProfile[];
  readonly personKey: string | null;
  readonly notes: readonly string[];
}

/**
 * Profiles the inputs from the beginning of each file only (about 1 MiB or 1,000 rows): the
 * columns with their categories, sources, shares, evidence and masked examples. The editor
 * shows these for confirmation, then runs `estimateDataset` with the user's `map`.
 */
export async function profileDataset(
  paths: readonly string[],
  options: EstimateOptions = {},
  hooks: RunHooks = {},
): Promise<ProfiledTable[]> {
  const counted = await countDataset(paths, { ...options, workers: 1 }, hooks, undefined, true);
  return counted.parts.map((p) => ({
    file: p.file,
    format: p.format,
    encoding: p.encoding,
    columns: p.columns,
    personKey: p.personKey,
    notes: p.notes,
  }));
}

/** What every reader's sink is told about the columns, from the estimate's options. */
export function sinkOptionsOf(options: EstimateOptions): SinkOptions {
  return {
    classifyHeader: options.classifyHeader ?? nameDetectorClassifier(options.reading),
    overrides: options.map,
    decisions: options.decisions,
    reading: options.reading,
    dedupe: options.dedupe ?? true,
    personKey: options.personKey,
    isSensitive: (c) => isSensitiveCategory(c, options.reading),
    today: options.today,
  };
}

/**
 * The legal facts of an estimate's options with their defaults (holding, not an insider, no
 * prior record), one place for files, database tables and counts read back.
 */
export function assessOptionsOf(options: EstimateOptions): AssessOptions {
  return {
    conduct: options.conduct ?? 'hold',
    insider: options.insider ?? false,
    gainsCny: options.gainsCny,
    priorRecord: options.priorRecord ?? false,
    whereaboutsUsedInCrime: options.whereaboutsUsedInCrime,
    knownCriminalRecipient: options.knownCriminalRecipient,
    reading: options.reading,
  };
}

/**
 * Runs a whole estimate: read, profile, count and assess. Progress is reported in bytes of the
 * input files; abort the signal to cancel (the promise then rejects with CancelledError).
 */
export async function estimateDataset(
  paths: readonly string[],
  options: EstimateOptions = {},
  hooks: RunHooks = {},
): Promise<EstimateReport> {
  const spill = new SpillDir(options.maxTempBytes);
  try {
    const counted = await countDataset(paths, options, hooks, spill);
    // One counter is never merged again: summarise it without keeping its hashes.
    if (counted.counters.length === 1) counted.counters[0]?.summary(false);
    return assessDataset(counted.parts, counted.counters, assessOptionsOf(options));
  } finally {
    spill.dispose();
  }
}

/** Merges a file's counter into its group; running out of temporary disk names the file. */
function mergeNaming(group: RecordCounter, counter: RecordCounter, file: string): void {
  try {
    group.merge(counter.state());
  } catch (e) {
    throw e instanceof TempSpaceError ? e.forFile(file) : e;
  }
}

/** `exports/hotel_checkins_2024.jsonl.gz` → `hotel_checkins_2024`: the owner of its columns. */
export function ownerOfFile(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return base.replace(/(?:\.[a-z0-9]{1,8})+$/i, '');
}
