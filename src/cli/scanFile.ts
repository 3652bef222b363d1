/**
 * Reads, decodes and scans one file, turning core findings into CLI findings (1-based
 * positions, fingerprints). Runs on the main thread or in a scan worker; the result is plain
 * data so it crosses thread boundaries unchanged.
 */
import { scanText, type ScanOptions } from '../core/scan/index.js';
import { fingerprintFile } from '../core/review/fingerprint.js';
import { LineIndex } from '../core/text/lines.js';
import type { Finding } from '../core/types.js';
import { readTextFile } from '../node/readText.js';
import type { CliFinding, SkippedFile } from './report.js';

export interface FileOutcome {
  readonly file: string;
  readonly findings: CliFinding[];
  readonly skipped?: SkippedFile;
  readonly parseError?: string;
  readonly suppressed: number;
  /** Matched the config's `ignores` (a file named explicitly): neither scanned nor noted. */
  readonly ignored?: boolean;
}

/** The text of the 0-based `line`, without its line break. */
function lineText(text: string, index: LineIndex, line: number): string {
  const start = index.offsetAt({ line, character: 0 });
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return text.slice(start, end);
}

function byPosition(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.category < b.category ? -1 : a.category > b.category ? 1 : 0)
  );
}

/** Converts one text's core findings; exported for tests and the in-memory path. */
export function toCliFindings(file: string, text: string, findings: readonly Finding[]): CliFinding[] {
  // Anonymised data is not PI (Art. 3(2)); the core may still report it with its state.
  const kept = findings.filter((f) => f.state !== 'anonymized').sort(byPosition);
  if (kept.length === 0) return [];
  const index = new LineIndex(text);
  const prints = fingerprintFile(
    kept.map((f) => ({
      category: f.category,
      owner: f.owner,
      field: f.field,
      lineText: lineText(text, index, f.range.start.line),
    })),
  );
  return kept.map((f, i) => ({
    file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    field: f.field,
    ...(f.owner !== undefined ? { owner: f.owner } : {}),
    category: f.category,
    class: f.class,
    confidence: f.confidence,
    evidence: f.evidence,
    role: f.role,
    fingerprint: prints[i] ?? '',
    ...(f.minor ? { minor: true } : {}),
    ...(f.state === 'deidentified' ? { deidentified: true } : {}),
  }));
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
  const result = scanText(read.text, { path: sourcePath }, options);
  if (result.skipped === 'ignored') return { file: relPath, findings: [], suppressed: 0, ignored: true };
  if (result.skipped === 'binary')
    return { file: relPath, findings: [], suppressed: 0, skipped: { file: relPath, reason: 'binary' } };
  return {
    file: relPath,
    findings: toCliFindings(relPath, read.text, result.findings),
    suppressed: result.suppressed,
    ...(result.parseError !== undefined ? { parseError: result.parseError } : {}),
  };
}
