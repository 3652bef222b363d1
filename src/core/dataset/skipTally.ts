/**
 * Records a reader had to skip, by reason, with where the first one was: one note per reason
 * for the report ("2 records nested deeper than 1,000 levels were skipped as malformed; the
 * first at line 1,001"), never one line per record, and never the record's content.
 */
import type { RecordPosition } from './pendingRecord.js';

export type SkipReason = 'too-large' | 'too-deep' | 'invalid' | 'unclosed' | 'wide-row' | 'open-quote';

const fmt = (n: number): string => n.toLocaleString('en-US');

function describe(
  reason: SkipReason,
  n: number,
  limits: { maxRecordBytes: number; maxDepth: number },
): string {
  const s = n === 1 ? '' : 's';
  const size =
    limits.maxRecordBytes >= 1 << 20
      ? `${fmt(limits.maxRecordBytes / (1 << 20))} MiB`
      : `${fmt(limits.maxRecordBytes)} bytes`;
  switch (reason) {
    case 'too-large':
      return `${fmt(n)} record${s} longer than ${size} skipped as malformed`;
    case 'too-deep':
      return `${fmt(n)} record${s} nested deeper than ${fmt(limits.maxDepth)} levels skipped as malformed`;
    case 'invalid':
      return `${fmt(n)} record${s} not valid JSON, counted as malformed`;
    case 'unclosed':
      return `${fmt(n)} row${s} cut off before its closing parenthesis, counted as malformed`;
    case 'wide-row':
      return `${fmt(n)} row${s} longer than ${size} (a very wide table) skipped as malformed: split the file or pass fewer columns`;
    case 'open-quote':
      return `${fmt(n)} record${s} with a quote still open after ${size} (an unclosed quote or binary data) skipped as malformed`;
  }
}

/** Where a record is, in words: line, else record number and byte offset. */
export function positionText(p: RecordPosition): string {
  return p.line !== undefined ? `line ${fmt(p.line)}` : `record ${fmt(p.index)} at byte ${fmt(p.offset)}`;
}

/**
 * Notes for a CSV scanner's oversized records: wide rows and unclosed quotes told apart (a wide
 * table is not "binary data"), with the first one's byte offset when known.
 */
export function oversizedNotes(
  total: number,
  quoted: number,
  first: number,
  maxRecordBytes: number,
): string[] {
  const limits = { maxRecordBytes, maxDepth: 0 };
  const at = first >= 0 ? `; the first at byte ${fmt(first)}` : '';
  const notes: string[] = [];
  if (total - quoted > 0) notes.push(`${describe('wide-row', total - quoted, limits)}${at}`);
  if (quoted > 0) notes.push(`${describe('open-quote', quoted, limits)}${total - quoted > 0 ? '' : at}`);
  return notes;
}

export class SkipTally {
  readonly #counts = new Map<SkipReason, { n: number; first: RecordPosition }>();

  constructor(readonly limits: { maxRecordBytes: number; maxDepth: number }) {}

  add(reason: SkipReason, at: RecordPosition): void {
    const c = this.#counts.get(reason);
    if (c === undefined) this.#counts.set(reason, { n: 1, first: at });
    else c.n++;
  }

  /** How many were skipped in all. */
  get total(): number {
    let t = 0;
    for (const c of this.#counts.values()) t += c.n;
    return t;
  }

  /** One note per reason. */
  notes(): string[] {
    return [...this.#counts].map(
      ([reason, c]) => `${describe(reason, c.n, this.limits)}; the first at ${positionText(c.first)}`,
    );
  }
}
