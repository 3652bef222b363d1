/**
 * Core findings (0-based ranges) of one text → reported findings (1-based positions with
 * fingerprints), the one conversion the CLI and the editor share so their reports and baseline
 * matching agree.
 */
import {
  fingerprintContext,
  fingerprintFile,
  normalizeLine,
  WHOLE_LINE_LIMIT,
} from '../review/fingerprint.js';
import { LineIndex } from '../text/lines.js';
import type { Finding } from '../types.js';
import type { ReportedFinding } from './finding.js';

/** The text of the 0-based `line`, without its line break, found from the index (not by scanning). */
function lineText(text: string, index: LineIndex, line: number): string {
  const start = index.offsetAt({ line, character: 0 });
  if (line + 1 >= index.lineCount) return text.slice(start);
  let end = index.offsetAt({ line: line + 1, character: 0 }) - 1;
  if (end > start && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}

/**
 * The fingerprint context of each finding (sorted by position). A line is sliced and
 * normalised once however many findings it holds, which keeps this linear in the text.
 */
function contexts(text: string, index: LineIndex, kept: readonly Finding[]): string[] {
  let current = -1;
  let line = '';
  let normalizedLength = 0;
  return kept.map((f) => {
    const { start, end } = f.range;
    if (start.line !== current) {
      current = start.line;
      line = lineText(text, index, current);
      normalizedLength = line.length <= WHOLE_LINE_LIMIT ? line.length : normalizeLine(line).length;
    }
    const to = end.line === start.line ? end.character : line.length;
    return fingerprintContext(line, normalizedLength, start.character, to);
  });
}

function fingerprintsOf(text: string, kept: readonly Finding[]): string[] {
  const lines = contexts(text, new LineIndex(text), kept);
  return fingerprintFile(
    kept.map((f, i) => ({ category: f.category, owner: f.owner, field: f.field, lineText: lines[i] ?? '' })),
  );
}

function byPosition(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.category < b.category ? -1 : a.category > b.category ? 1 : 0)
  );
}

/**
 * The reported findings of one text, named `file`, in position order. Fingerprints number
 * identical lines among `findings` in document order, so callers matching a baseline pass the
 * text's full scan. With `fingerprints` false (a report that prints none and matches no
 * baseline: the CLI's text output) every fingerprint is the empty string, and nothing is hashed.
 */
export function toReportedFindings(
  file: string,
  text: string,
  findings: readonly Finding[],
  fingerprints = true,
): ReportedFinding[] {
  // Anonymised data is not PI (PIPL Art. 4, 73(4); 法释〔2017〕10号 Art. 1, 3(2)); the core may still report it with its state.
  const kept = findings.filter((f) => f.state !== 'anonymized').sort(byPosition);
  if (kept.length === 0) return [];
  const prints = fingerprints ? fingerprintsOf(text, kept) : [];
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
