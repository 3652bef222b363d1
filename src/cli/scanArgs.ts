/** Argument parsing for `pilens scan` and `pilens baseline`. */
import { findFormat, formatChoices } from '../core/report/formats.js';
import type { LegalClass } from '../core/types.js';
import { parseOptions } from './args.js';
import { UsageError } from './io.js';
import { SCAN_FORMATS } from './scanFormats.js';

export type FailOn = LegalClass | 'none';

/** 1 MiB: larger files are generated or data, not code (estimate reads data files). */
export const DEFAULT_MAX_FILE_SIZE_KB = 1024;

export interface ScanArgs {
  readonly paths: string[];
  /** The id of one of SCAN_FORMATS. */
  readonly format: string;
  readonly config?: string;
  readonly since?: string;
  /** Scan the staged content (the git index) and report the lines the commit adds. */
  readonly staged: boolean;
  readonly failOn: FailOn;
  /** An explicit baseline file; `false` with `--no-baseline`; undefined: the default file if present. */
  readonly baseline?: string | false;
  readonly maxFileSizeKb: number;
  readonly help: boolean;
  /** Also analyse where personal information goes (issue 14); implied by `--format datamap`. */
  readonly flows: boolean;
}

export interface BaselineArgs {
  readonly paths: string[];
  readonly config?: string;
  readonly baseline?: string;
  readonly reason?: string;
  readonly maxFileSizeKb: number;
  readonly help: boolean;
}

type Values = Record<string, string | boolean | undefined>;

function parse(
  args: readonly string[],
  extra: Record<string, { type: 'string' | 'boolean' }>,
): { values: Values; positionals: string[] } {
  return parseOptions(args, {
    config: { type: 'string' },
    baseline: { type: 'string' },
    'max-file-size-kb': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...extra,
  });
}

function sizeKb(raw: string | boolean | undefined): number {
  if (raw === undefined || typeof raw === 'boolean') return DEFAULT_MAX_FILE_SIZE_KB;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--max-file-size-kb must be a positive integer, got "${raw}"`);
  return n;
}

function optionalString(v: string | boolean | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function parseScanArgs(args: readonly string[]): ScanArgs {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    since: { type: 'string' },
    staged: { type: 'boolean' },
    'fail-on': { type: 'string' },
    'no-baseline': { type: 'boolean' },
    flows: { type: 'boolean' },
  });
  const format = optionalString(values.format) ?? 'text';
  if (findFormat(SCAN_FORMATS, format) === undefined) {
    throw new UsageError(`--format must be one of ${formatChoices(SCAN_FORMATS)}, got "${format}"`);
  }
  const failOnRaw = optionalString(values['fail-on']) ?? 'none';
  const failOn = failOnRaw === 'none' ? 'none' : failOnRaw.toUpperCase();
  if (failOn !== 'none' && failOn !== 'A' && failOn !== 'B' && failOn !== 'C') {
    throw new UsageError(`--fail-on must be one of A|B|C|none, got "${failOnRaw}"`);
  }
  const baselinePath = optionalString(values.baseline);
  if (values['no-baseline'] === true && baselinePath !== undefined) {
    throw new UsageError('--baseline and --no-baseline cannot be used together');
  }
  const since = optionalString(values.since);
  const staged = values.staged === true;
  if (staged && since !== undefined) throw new UsageError('--staged and --since cannot be used together');
  const config = optionalString(values.config);
  return {
    paths: positionals,
    format,
    staged,
    failOn,
    maxFileSizeKb: sizeKb(values['max-file-size-kb']),
    help: values.help === true,
    flows: values.flows === true || format === 'datamap',
    ...(config !== undefined ? { config } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(values['no-baseline'] === true
      ? { baseline: false as const }
      : baselinePath !== undefined
        ? { baseline: baselinePath }
        : {}),
  };
}

export function parseBaselineArgs(args: readonly string[]): BaselineArgs {
  const { values, positionals } = parse(args, { reason: { type: 'string' } });
  const config = optionalString(values.config);
  const baseline = optionalString(values.baseline);
  const reason = optionalString(values.reason);
  return {
    paths: positionals,
    maxFileSizeKb: sizeKb(values['max-file-size-kb']),
    help: values.help === true,
    ...(config !== undefined ? { config } : {}),
    ...(baseline !== undefined ? { baseline } : {}),
    ...(reason !== undefined ? { reason } : {}),
  };
}
