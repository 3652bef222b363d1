/**
 * The one table of dataset formats: the extensions each is named by, how its first bytes show
 * it, whether it is text, and its reader. Every other list derives from it: the format of a
 * file (`datasetFormatOf`), the folders walked for `pilens estimate` (`formatFromName`), and
 * what the editor offers to estimate (`isDatasetName`, `offeredExtensions`,
 * `editorDataExtensions`, which `npm run gen` writes into package.json's menus).
 *
 * To add a format: one reader module with the `TableReader` signature (`reader.ts`) and one row
 * here, then `npm run gen`.
 */
import * as path from 'node:path';
import { readCsvTables } from './csvFile.js';
import { readJsonTables } from './jsonFile.js';
import { readParquetTables } from './parquetFile.js';
import type { TableReader } from './reader.js';
import { readSqlDumpTables } from './sqlFile.js';
import { readXlsxTables } from './xlsxFile.js';

export type DatasetFormatId = 'csv' | 'json' | 'jsonl' | 'xlsx' | 'parquet' | 'sql';

/** How a file's first bytes show its format when its name does not. */
type Sniff =
  | { readonly magic: readonly number[] }
  | { readonly text: RegExp }
  /** What is left: the format of a file nothing else claims. */
  | 'otherwise';

export interface DatasetFormat {
  readonly id: DatasetFormatId;
  /** Lower-case, with the dot; a `.gz` on top of any of them is read through gzip. */
  readonly extensions: readonly string[];
  /**
   * Names that say "text" but not which (`.txt`, `.dat`): a file so named is of this format
   * unless its content sniffs as a format that `claimsGenericNames`.
   */
  readonly genericExtensions?: readonly string[];
  readonly claimsGenericNames?: boolean;
  readonly sniff: Sniff;
  /** Text in some encoding (detected, or `--encoding`); binary formats read bytes. */
  readonly text: boolean;
  /** Every file of it is a table; a `.json` is often a configuration, a `.sql` a schema. */
  readonly alwaysData: boolean;
  readonly read: TableReader;
}

export const DATASET_FORMATS: readonly DatasetFormat[] = [
  {
    id: 'csv',
    extensions: ['.csv', '.tsv', '.psv', '.tab', '.dat', '.txt'],
    genericExtensions: ['.txt', '.dat'],
    sniff: 'otherwise',
    text: true,
    alwaysData: true,
    read: readCsvTables,
  },
  {
    id: 'json',
    extensions: ['.json'],
    claimsGenericNames: true,
    sniff: { text: /^\[/ },
    text: true,
    alwaysData: false,
    read: readJsonTables,
  },
  {
    id: 'jsonl',
    extensions: ['.jsonl', '.ndjson'],
    claimsGenericNames: true,
    sniff: { text: /^\{/ },
    text: true,
    alwaysData: true,
    read: readJsonTables,
  },
  {
    id: 'xlsx',
    extensions: ['.xlsx'],
    // PK: a ZIP archive
    sniff: { magic: [0x50, 0x4b] },
    text: false,
    alwaysData: true,
    read: readXlsxTables,
  },
  {
    id: 'parquet',
    extensions: ['.parquet'],
    sniff: { magic: [0x50, 0x41, 0x52, 0x31] }, // PAR1
    text: false,
    alwaysData: true,
    read: readParquetTables,
  },
  {
    id: 'sql',
    extensions: ['.sql'],
    sniff: { text: /^(?:--|\/\*|INSERT\s|CREATE\s|SET\s|DROP\s|LOCK\s|BEGIN)/i },
    text: true,
    alwaysData: false,
    read: readSqlDumpTables,
  },
];

/** Read when named, never offered by the editor: most `.txt` files are prose, not tables. */
const NEVER_OFFERED: readonly string[] = ['.txt'];

const byId = (id: DatasetFormatId): DatasetFormat => {
  const format = DATASET_FORMATS.find((f) => f.id === id);
  if (format === undefined) throw new Error(`no dataset format ${id}`);
  return format;
};
const BY_EXTENSION = new Map(DATASET_FORMATS.flatMap((f) => f.extensions.map((ext) => [ext, f] as const)));
const OTHERWISE = DATASET_FORMATS.find((f) => f.sniff === 'otherwise') ?? byId('csv');

/** The format from the file name (a `.gz` suffix removed), or null if unknown. */
export function formatFromName(file: string): { format: DatasetFormatId | null; gzip: boolean } {
  let name = file.toLowerCase();
  const gzip = name.endsWith('.gz');
  if (gzip) name = name.slice(0, -3);
  return { format: BY_EXTENSION.get(path.extname(name))?.id ?? null, gzip };
}

/** The format of a file with an unknown extension, from its first bytes. */
export function sniffFormat(head: Uint8Array): DatasetFormatId {
  for (const f of DATASET_FORMATS) {
    const s = f.sniff;
    if (typeof s === 'object' && 'magic' in s && s.magic.every((b, k) => head[k] === b)) return f.id;
  }
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  for (const f of DATASET_FORMATS) {
    const s = f.sniff;
    if (typeof s === 'object' && 'text' in s && s.text.test(text)) return f.id;
  }
  return OTHERWISE.id;
}

/**
 * A file's format: by its name, unless the name is unknown (then by its first bytes) or
 * generic and the content claims it.
 */
export function datasetFormatOf(file: string, head: Uint8Array): DatasetFormat {
  const named = formatFromName(file).format;
  const sniffed = byId(sniffFormat(head));
  if (named === null) return sniffed;
  const ext = path.extname(file.toLowerCase().replace(/\.gz$/, ''));
  const format = byId(named);
  const generic = format.genericExtensions?.includes(ext) === true;
  return generic && sniffed.claimsGenericNames === true ? sniffed : format;
}

const noDot = (exts: Iterable<string>): string[] => [...exts].map((e) => e.slice(1));
const ALL_EXTENSIONS = DATASET_FORMATS.flatMap((f) => f.extensions);
const DATASET_NAME = new RegExp(`\\.(?:${noDot(ALL_EXTENSIONS).join('|')})(?:\\.gz)?$`, 'i');

/** Whether a path names a file the estimate reads (any dataset extension, optionally `.gz`). */
export function isDatasetName(file: string): boolean {
  return DATASET_NAME.test(file);
}

/** Extensions (no dot) the editor offers to estimate from the explorer and the workspace. */
export function offeredExtensions(): string[] {
  return noDot(ALL_EXTENSIONS.filter((ext) => !NEVER_OFFERED.includes(ext)));
}

/**
 * Extensions (no dot) of text files that are always a table, so an open one gets the
 * editor-title estimate button (a `.json` or `.sql` may be a configuration or a schema, a
 * `.dat` anything).
 */
export function editorDataExtensions(): string[] {
  return noDot(
    DATASET_FORMATS.filter((f) => f.text && f.alwaysData).flatMap((f) =>
      f.extensions.filter((ext) => f.genericExtensions?.includes(ext) !== true),
    ),
  );
}
