/** Argument parsing for `pilens inventory`. */
import type { ContestedReading } from '../core/law/schema.js';
import type { Locale } from '../core/law/format.js';
import { INVENTORY_FORMATS } from '../node/report/inventoryFormats.js';
import { chooseFormat, parseDocumentOptions, parseLocale, parseScanLimits } from './documentArgs.js';
import { UsageError } from './io.js';

export interface InventoryArgs {
  readonly paths: string[];
  /** The id of one of INVENTORY_FORMATS. */
  readonly format: string;
  readonly out?: string;
  readonly locale: Locale;
  /** Absent: the config's `contestedReading`, else strict. */
  readonly reading?: ContestedReading;
  readonly config?: string;
  readonly maxFileSizeKb: number;
  /** `--estimate result.json…`: results of `pilens estimate --format json` to fold in. */
  readonly estimates: readonly string[];
  readonly help: boolean;
}

export function parseInventoryArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): InventoryArgs {
  const { values, positionals } = parseDocumentOptions(args);
  const { reading, maxFileSizeKb } = parseScanLimits(values);
  const format = chooseFormat(INVENTORY_FORMATS, values.format, values.out);
  if (format === 'xlsx' && values.out === undefined)
    throw new UsageError('--format xlsx writes a workbook: give --out FILE');
  const estimates = values.estimate ?? [];
  // One row per field leaves no place for dataset figures; the other formats have a section.
  if (format === 'csv' && estimates.length > 0)
    throw new UsageError(
      '--estimate: CSV has one row per field; use markdown, json or xlsx for dataset figures',
    );
  return {
    paths: positionals,
    format,
    locale: parseLocale(values.locale ?? 'auto', env),
    maxFileSizeKb,
    estimates,
    ...(reading !== undefined ? { reading } : {}),
    help: values.help === true,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
  };
}
