/** Argument parsing for `pilens report ropa|pia`. */
import type { Locale } from '../core/law/format.js';
import type { ContestedReading } from '../core/law/schema.js';
import type { DraftKind } from '../core/report/drafts/draftDoc.js';
import { REPORT_FORMATS } from '../node/report/reportFormats.js';
import { chooseFormat, parseDocumentOptions, parseLocale, parseScanLimits } from './documentArgs.js';
import { UsageError } from './io.js';

export const REPORT_KINDS: readonly DraftKind[] = ['ropa', 'pia'];

export interface ReportArgs {
  readonly kind: DraftKind;
  readonly paths: string[];
  /** The id of one of REPORT_FORMATS. */
  readonly format: string;
  readonly out?: string;
  readonly estimates: readonly string[];
  readonly locale: Locale;
  readonly reading?: ContestedReading;
  readonly config?: string;
  readonly maxFileSizeKb: number;
  readonly help: boolean;
}

export function parseReportArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ReportArgs {
  const { values, positionals } = parseDocumentOptions(args);
  const help = values.help === true;
  const [kindArg, ...paths] = positionals;
  const kind = REPORT_KINDS.find((k) => k === kindArg);
  if (kind === undefined && !help)
    throw new UsageError(
      kindArg === undefined
        ? 'which draft? pilens report ropa|pia [paths…]'
        : `unknown draft "${kindArg}" (ropa or pia)`,
    );
  const { reading, maxFileSizeKb } = parseScanLimits(values);
  const format = chooseFormat(REPORT_FORMATS, values.format, values.out);
  if (format === 'docx' && values.out === undefined)
    throw new UsageError('--format docx writes a Word document: give --out FILE');
  return {
    kind: kind ?? 'ropa',
    paths,
    format,
    estimates: values.estimate ?? [],
    locale: parseLocale(values.locale ?? 'auto', env),
    maxFileSizeKb,
    help,
    ...(reading !== undefined ? { reading } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
  };
}
