/**
 * The options every document command shares (`inventory`, `report`): the output format (given,
 * or from `--out`'s extension), the locale, the contested reading, the file-size cap — parsed
 * and refused alike.
 */
import type { Locale } from '../core/law/format.js';
import type { ContestedReading } from '../core/law/schema.js';
import { findFormat, formatChoices, type Formatter } from '../core/report/formats.js';
import { parseOptions } from './args.js';
import { UsageError } from './io.js';
import { DEFAULT_MAX_FILE_SIZE_KB } from './scanArgs.js';

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  estimate: { type: 'string', multiple: true },
  locale: { type: 'string' },
  'contested-reading': { type: 'string' },
  config: { type: 'string' },
  'max-file-size-kb': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options and positionals of a document command; an unknown option is a usage error. */
export function parseDocumentOptions(args: readonly string[]) {
  return parseOptions(args, OPTIONS);
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
export function chooseFormat(
  formats: readonly Formatter<never, never>[],
  format: string | undefined,
  out: string | undefined,
): string {
  if (format !== undefined) {
    if (findFormat(formats, format) === undefined)
      throw new UsageError(`--format must be one of ${formatChoices(formats)}, got "${format}"`);
    return format;
  }
  const ext = out?.match(/\.([A-Za-z]+)$/)?.[1]?.toLowerCase();
  return formats.find((f) => f.extension === ext)?.id ?? 'markdown';
}

/** `--contested-reading` and `--max-file-size-kb`, checked. */
export function parseScanLimits(values: {
  readonly 'contested-reading'?: string | undefined;
  readonly 'max-file-size-kb'?: string | undefined;
}): { reading?: ContestedReading; maxFileSizeKb: number } {
  const reading = values['contested-reading'];
  if (reading !== undefined && reading !== 'strict' && reading !== 'lenient')
    throw new UsageError(`--contested-reading must be strict or lenient, got "${reading}"`);
  const size = values['max-file-size-kb'];
  const maxFileSizeKb = size === undefined ? DEFAULT_MAX_FILE_SIZE_KB : Number(size);
  if (!Number.isInteger(maxFileSizeKb) || maxFileSizeKb <= 0)
    throw new UsageError(`--max-file-size-kb must be a positive integer, got "${size ?? ''}"`);
  return { maxFileSizeKb, ...(reading !== undefined ? { reading } : {}) };
}
