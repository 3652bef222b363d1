/**
 * The column profile and counting plan of a file for `--engine duckdb`, made exactly as the
 * built-in reader makes them (the same first megabyte, the same sniffing, profile and plan), so
 * the two engines count the same columns; only the counting moves to DuckDB.
 */
import { planFromProfile } from '../../core/dataset/keys.js';
import type { CountPlan } from '../../core/dataset/plan.js';
import type { ColumnProfile } from '../../core/dataset/profile.js';
import type { SinkOptions } from '../../core/dataset/tableSink.js';
import { detectEncoding } from '../encoding.js';
import { prepareCsv } from './csvPrepare.js';
import { profileDataset, type EstimateOptions } from './estimate.js';
import { formatFromName, sniffFormat } from './formats.js';
import { isGzipFile, readBytes } from './input.js';
import { SAMPLE_BYTES } from './reader.js';

/** A file DuckDB cannot be handed as the built-in reader would read it: one line naming it. */
export class DuckDbInputError extends Error {}

export interface DuckDbFile {
  readonly file: string;
  readonly format: 'csv' | 'parquet';
  readonly gzip: boolean;
  /** Every column, in order. */
  readonly names: readonly string[];
  readonly columns: readonly ColumnProfile[];
  readonly plan: CountPlan & { readonly identifyingFallback: boolean };
  readonly personKey: string | null;
  /** CSV only: the delimiter the built-in reader sniffed (or `--delimiter`), and the quote ('' for none). */
  readonly delimiter?: string;
  readonly quote?: string;
}

async function head(file: string, gzip: boolean): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let n = 0;
  for await (const c of readBytes(file, gzip, () => undefined, undefined, SAMPLE_BYTES)) {
    chunks.push(c);
    n += c.length;
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Profiles one CSV or Parquet file; rejects with DuckDbInputError for what DuckDB cannot take. */
export async function profileForDuckDb(
  file: string,
  options: EstimateOptions,
  sink: SinkOptions,
): Promise<DuckDbFile> {
  const gzip = formatFromName(file).gzip || (await isGzipFile(file));
  const bytes = await head(file, gzip);
  const format = sniffFormat(bytes.subarray(0, 1 << 16));
  if (format === 'parquet') {
    if (gzip) throw new DuckDbInputError(`${file}: a gzip-compressed Parquet file is not read by DuckDB`);
    const [part, ...more] = await profileDataset([file], options);
    if (part === undefined || more.length > 0 || part.format === 'unread')
      throw new DuckDbInputError(`${file}: not a readable Parquet file`);
    const plan = planFromProfile(part.columns, {
      columnCount: part.columns.length,
      dedupe: sink.dedupe,
      personKey: sink.personKey,
      isSensitive: sink.isSensitive,
    });
    return {
      file,
      format,
      gzip,
      names: part.columns.map((c) => c.name),
      columns: part.columns,
      plan,
      personKey: part.personKey,
    };
  }
  if (format !== 'csv')
    throw new DuckDbInputError(
      `${file}: --engine duckdb reads CSV and Parquet files only (this is ${format})`,
    );
  const enc = detectEncoding(bytes.subarray(0, 1 << 16), options.encoding);
  if (enc.encoding !== 'utf-8')
    throw new DuckDbInputError(
      `${file}: encoded in ${enc.encoding}; --engine duckdb reads UTF-8 only (leave --engine out for this file)`,
    );
  const complete = bytes.length < SAMPLE_BYTES;
  const prep = prepareCsv(bytes.subarray(enc.bomLength), complete, sink, options.delimiter);
  if (prep.header === null)
    throw new DuckDbInputError(
      `${file}: no header row; --engine duckdb needs one (leave --engine out for this file)`,
    );
  return {
    file,
    format,
    gzip,
    names: prep.header,
    columns: prep.columns,
    plan: prep.plan,
    personKey: prep.personKey,
    delimiter: String.fromCharCode(prep.dialect.delimiter),
    quote: prep.dialect.quote < 0 ? '' : String.fromCharCode(prep.dialect.quote),
  };
}
