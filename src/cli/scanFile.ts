/**
 * Reads, decodes and scans one file, turning core findings into reported findings (1-based
 * positions, fingerprints). Runs on the main thread or in a scan worker; the result is plain
 * data so it crosses thread boundaries unchanged.
 */
import { flowsOfScan } from '../core/flow/index.js';
import type { ReportedFinding } from '../core/report/finding.js';
import { toReportedFlows, type ReportedFlow } from '../core/report/flows.js';
import type { SkippedFile } from '../core/report/scanReport.js';
import { toReportedFindings } from '../core/report/toReportedFindings.js';
import { scanText, type RecordSummary, type ScanOptions } from '../core/scan/index.js';
import { readTextFile } from '../node/readText.js';

export interface FileOutcome {
  readonly file: string;
  readonly findings: ReportedFinding[];
  readonly skipped?: SkippedFile;
  readonly parseError?: string;
  readonly suppressed: number;
  /** Matched the config's `ignores` (a file named explicitly): neither scanned nor noted. */
  readonly ignored?: boolean;
  /** Where its personal information goes (`--flows`); absent when flows were not asked for. */
  readonly flows?: ReportedFlow[];
  /** Its records and the owners it names, when the scan was asked for them (workspacePass.ts). */
  readonly records?: readonly RecordSummary[];
  readonly owners?: readonly string[];
}

/**
 * Scans the file at `absPath`, reported as `relPath`. `sourcePath` is what the core sees:
 * relative to the config's directory, so the config's `ignores` match as written.
 * Never throws.
 */
export function scanFile(
  absPath: string,
  relPath: string,
  sourcePath: string,
  options: ScanOptions,
  maxBytes: number,
  flows = false,
  fingerprints = true,
): FileOutcome {
  const read = readTextFile(absPath, maxBytes);
  if (read.kind === 'skipped')
    return { file: relPath, findings: [], suppressed: 0, skipped: { file: relPath, reason: read.reason } };
  if (read.kind === 'error') {
    return {
      file: relPath,
      findings: [],
      suppressed: 0,
      skipped: { file: relPath, reason: 'unreadable', detail: read.message },
    };
  }
  return scanDecoded(read.text, relPath, sourcePath, options, flows, fingerprints);
}

/**
 * Scans text already read and decoded (a file, or a blob from the git index). Never throws.
 * `fingerprints` false leaves them empty (see toReportedFindings).
 */
export function scanDecoded(
  text: string,
  relPath: string,
  sourcePath: string,
  options: ScanOptions,
  flows = false,
  fingerprints = true,
): FileOutcome {
  const result = scanText(text, { path: sourcePath }, options);
  if (result.skipped === 'ignored' || result.skipped === 'manifest')
    return { file: relPath, findings: [], suppressed: 0, ignored: true };
  if (result.skipped === 'binary')
    return { file: relPath, findings: [], suppressed: 0, skipped: { file: relPath, reason: 'binary' } };
  return {
    file: relPath,
    findings: toReportedFindings(relPath, text, result.findings, fingerprints),
    suppressed: result.suppressed,
    ...(flows
      ? {
          flows: toReportedFlows(relPath, text, flowsOfScan(text, sourcePath, result)),
        }
      : {}),
    ...(result.parseError !== undefined ? { parseError: result.parseError } : {}),
    ...(result.records !== undefined ? { records: result.records } : {}),
    ...(result.owners !== undefined ? { owners: result.owners } : {}),
  };
}
