/** Argument parsing for `pilens inventory`. */
import { parseArgs } from 'node:util';
import type { ContestedReading } from '../core/law/schema.js';
import type { Locale } from '../core/law/format.js';
import { findFormat, formatChoices } from '../core/report/formats.js';
import { INVENTORY_FORMATS } from '../node/report/inventoryFormats.js';
import { UsageError } from './io.js';
import { DEFAULT_MAX_FILE_SIZE_KB, joinNegativeValues } from './scanArgs.js';

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

/**
 * `zh-CN`, `zh`, `zh_CN.UTF-8` → zh; `en…` → en; `auto` (the default) reads LC_ALL, LC_MESSAGES
 * and LANG as other command-line tools do.
 */
export function parseLocale(raw: string, env: Readonly<Record<string, string | undefined>>): Locale {
  const value = raw === 'auto' ? env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en' : raw;
  if (/^zh([-_.].*)?$/i.test(value)) return 'zh';
  if (/^(en([-_.].*)?|C|POSIX)$/i.test(value) || raw === 'auto') return 'en';
  throw new UsageError(`--locale must be auto, en or zh-CN, got "${raw}"`);
}

/** The format: --format, else the --out file's extension, else Markdown. */
function chooseFormat(format: string | undefined, out: string | undefined): string {
  if (format !== undefined) {
    if (findFormat(INVENTORY_FORMATS, format) === undefined)
      throw new UsageError(`--format must be one of ${formatChoices(INVENTORY_FORMATS)}, got "${format}"`);
    return format;
  }
  const ext = out?.match(/\.([A-Za-z]+)$/)?.[1]?.toLowerCase();
  return INVENTORY_FORMATS.find((f) => f.extension === ext)?.id ?? 'markdown';
}

export function parseInventoryArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): InventoryArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(args),
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));
  }
  const { values, positionals } = parsed;
  const reading = values['contested-reading'];
  if (reading !== undefined && reading !== 'strict' && reading !== 'lenient')
    throw new UsageError(`--contested-reading must be strict or lenient, got "${reading}"`);
  const size = values['max-file-size-kb'];
  const maxFileSizeKb = size === undefined ? DEFAULT_MAX_FILE_SIZE_KB : Number(size);
  if (!Number.isInteger(maxFileSizeKb) || maxFileSizeKb <= 0)
    throw new UsageError(`--max-file-size-kb must be a positive integer, got "${size ?? ''}"`);
  const format = chooseFormat(values.format, values.out);
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

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  locale: { type: 'string' },
  'contested-reading': { type: 'string' },
  config: { type: 'string' },
  'max-file-size-kb': { type: 'string' },
  estimate: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;
