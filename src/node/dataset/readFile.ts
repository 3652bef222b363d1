/**
 * One input file through the reader for its format (`formats.ts`): every table it holds (a
 * CSV, each sheet of a workbook, each table of a SQL dump) comes back profiled and counted.
 */
import type { TableResult } from '../../core/dataset/tableSink.js';
import { detectEncoding, type DetectedEncoding } from '../encoding.js';
import { datasetFormatOf, formatFromName } from './formats.js';
import { isGzipFile, readBytes } from './input.js';
import type { ReadContext } from './reader.js';

export type { ReadContext } from './reader.js';

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

/** What binary formats are told about an encoding they do not use. */
const BINARY: DetectedEncoding = { encoding: 'utf-8', bomLength: 0, how: 'utf8-valid' };

async function readHead(file: string, gzip: boolean): Promise<Uint8Array> {
  for await (const chunk of readBytes(file, gzip, () => undefined, undefined))
    return chunk.subarray(0, 1 << 16);
  return new Uint8Array(0);
}

/** Reads one file; returns its tables. */
export async function readDatasetFile(file: string, ctx: ReadContext): Promise<FileTable[]> {
  const gzip = formatFromName(file).gzip || (await isGzipFile(file));
  const head = await readHead(file, gzip);
  const format = datasetFormatOf(file, head);
  const enc = format.text ? detectEncoding(head, ctx.encoding) : BINARY;
  const encoding = format.text ? enc.encoding : 'binary';
  const label = gzip ? `${format.id}+gzip` : format.id;
  const tables = await format.read({ file, gzip, head, encoding: enc }, ctx);
  return tables.map((t, k) => ({
    name: t.part === undefined ? file : `${file}#${t.part}`,
    format: label,
    encoding,
    bytes: k === 0 ? ctx.size : 0,
    result: t.result,
    notes: t.notes,
  }));
}
