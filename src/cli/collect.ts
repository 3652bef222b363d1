/**
 * The part of `scan` and `baseline` that is the same: load the config, walk the paths, scan
 * every file. Notes about skipped files go to stderr, one line each; inputs that could not be
 * read are listed as skipped `unreadable`, which the commands turn into exit code 2.
 */
import { basename } from 'node:path';
import { compareReportedFindings, type ReportedFinding } from '../core/report/finding.js';
import { compareReportedFlows, type ReportedFlow } from '../core/report/flows.js';
import type { SkippedFile } from '../core/report/scanReport.js';
import { BASELINE_FILE_NAME } from '../core/review/baseline.js';
import { walkFiles } from '../node/walk.js';
import type { CliIO } from './io.js';
import { UsageError } from './io.js';
import { CONFIG_FILE_NAME, loadConfig } from './loadConfig.js';
import type { FileOutcome } from './scanFile.js';
import { scanWorkspace } from './workspacePass.js';

export interface Collected {
  readonly findings: ReportedFinding[];
  /** Relative paths of the files read and scanned. */
  readonly scannedFiles: string[];
  readonly skipped: SkippedFile[];
  readonly parseErrors: { file: string; error: string }[];
  readonly suppressed: number;
  /** Flows of every scanned file, sorted; present when asked for (`--flows`). */
  readonly flows?: ReportedFlow[];
}

export interface CollectOptions {
  readonly paths: readonly string[];
  readonly config?: string | undefined;
  readonly maxFileSizeKb: number;
  /** When set, only these absolute paths are read (changed-lines mode). */
  readonly only?: (absPath: string) => boolean;
  /** Also analyse where personal information goes. */
  readonly flows?: boolean;
  /** Compute the findings' fingerprints (default true; see scanPool.ts). */
  readonly fingerprints?: boolean;
}

/** pilens' own files name fields (`fingerprint`, `field`) that are not the project's data. */
export function isOwnFile(absPath: string): boolean {
  const name = basename(absPath);
  return name === BASELINE_FILE_NAME || name === CONFIG_FILE_NAME;
}

export async function collectFindings(io: CliIO, options: CollectOptions): Promise<Collected> {
  const config = loadConfig(io.cwd, options.config);
  const walked = await walkFiles(options.paths, {
    cwd: io.cwd,
    exclude: config.exclude,
  });
  if (walked.missing.length > 0)
    throw new UsageError(`no such file or directory: ${walked.missing.join(', ')}`);
  for (const p of walked.ignoredRules)
    io.stderr.write(`pilens: ignored ${p.relPath}: ${p.reason}; its rules were not applied\n`);
  const own = walked.files.filter((f) => !isOwnFile(f.absPath));
  const files = own.filter((f) => options.only?.(f.absPath) ?? true);
  const base = config.config === undefined ? {} : { config: config.config };
  // Every walked file tells the scan about the application's records, even where only changed
  // lines are reported.
  const outcomes = await scanWorkspace(own, files, {
    scanOptions: base,
    maxBytes: options.maxFileSizeKb * 1024,
    sourceBase: config.base,
    flows: options.flows === true,
    fingerprints: options.fingerprints !== false,
  });
  const skipped: SkippedFile[] = walked.unreadable.map((p) => ({
    file: p.relPath,
    reason: 'unreadable',
    detail: p.reason,
  }));
  return summariseOutcomes(io, outcomes, skipped, options.maxFileSizeKb);
}

/**
 * Gathers per-file outcomes into one sorted result, writing one stderr note per skipped or
 * unparsable file. `skipped` holds what was left out before scanning (unreadable inputs).
 */
export function summariseOutcomes(
  io: CliIO,
  outcomes: readonly FileOutcome[],
  skippedBefore: readonly SkippedFile[],
  maxFileSizeKb: number,
): Collected {
  const findings: ReportedFinding[] = [];
  const scannedFiles: string[] = [];
  const skipped = [...skippedBefore];
  for (const s of skipped)
    io.stderr.write(`pilens: skipped ${s.file}: unreadable (${s.detail ?? 'error'})\n`);
  const parseErrors: { file: string; error: string }[] = [];
  let suppressed = 0;
  let flows: ReportedFlow[] | undefined;
  for (const o of outcomes) {
    if (o.ignored === true) continue;
    if (o.skipped) {
      skipped.push(o.skipped);
      const why =
        o.skipped.reason === 'too-large'
          ? `larger than ${maxFileSizeKb} KB`
          : o.skipped.reason === 'binary'
            ? 'binary'
            : `unreadable (${o.skipped.detail ?? 'error'})`;
      io.stderr.write(`pilens: skipped ${o.file}: ${why}\n`);
      continue;
    }
    scannedFiles.push(o.file);
    // One push per finding: spreading a file's findings into `push` overflows the stack.
    for (const f of o.findings) findings.push(f);
    suppressed += o.suppressed;
    if (o.flows !== undefined) {
      flows ??= [];
      for (const f of o.flows) flows.push(f);
    }
    if (o.parseError !== undefined) {
      parseErrors.push({ file: o.file, error: o.parseError });
      io.stderr.write(`pilens: ${o.file}: could not parse (${o.parseError}); used the generic scanner\n`);
    }
  }
  findings.sort(compareReportedFindings);
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  flows?.sort(compareReportedFlows);
  return {
    findings,
    scannedFiles,
    skipped,
    parseErrors,
    suppressed,
    ...(flows !== undefined ? { flows } : {}),
  };
}

/** Whether some input could not be read: the exit-code contract's 2, whatever was found. */
export function hasUnreadable(collected: Collected): boolean {
  return collected.skipped.some((s) => s.reason === 'unreadable');
}
