import type { LineIndex } from '../../text/lines.js';
import type { FieldCandidate } from '../../types.js';
import { rereadWindow, type ChainRead } from './chainReuse.js';
import { collectFields } from './collectFields.js';

/** A fast reader's last scan of a document: its text, read, line index and candidates. */
export interface ChainScan {
  readonly text: string;
  readonly read: ChainRead;
  readonly lines: LineIndex;
  readonly fields: readonly FieldCandidate[];
}

/**
 * The candidates of `read`, a re-read of `prior` after an edit (chainReuse.ts), equal to
 * `collectFields` of the whole re-read (issue 8: after a one-line edit, building every
 * candidate and attaching its comments again was half of a Go re-scan). Only the chains read
 * again, and the chain after them, are collected: a candidate's comments lie in its own chain
 * or, for the first line of a chain, in the chain before. The candidates before are the prior
 * ones as they were, those after are the prior ones moved by the edit's change of lines (their
 * chains start at line starts, so their characters stay). Undefined when `read` is a full read.
 */
export function recollectFields(
  prior: ChainScan,
  text: string,
  read: ChainRead,
  lines: LineIndex,
): FieldCandidate[] | undefined {
  const window = rereadWindow(read);
  if (window === undefined) return undefined;
  const { from, delta } = window;
  const starts = prior.read.starts;
  let next = 0;
  while (next < starts.length && (starts[next] ?? 0) <= window.to) next++;
  const oldEnd = next < starts.length ? (starts[next] ?? 0) : prior.text.length;
  const newEnd = oldEnd + delta;
  const firstLine = lines.positionAt(from).line;
  const oldEndLine = oldEnd < prior.text.length ? prior.lines.positionAt(oldEnd).line : Infinity;
  const shift = oldEndLine === Infinity ? 0 : lines.positionAt(newEnd).line - oldEndLine;

  const out: FieldCandidate[] = [];
  let k = 0;
  for (; k < prior.fields.length; k++) {
    const c = prior.fields[k] as FieldCandidate;
    if (c.range.start.line >= firstLine) break;
    out.push(c);
  }
  const emitted = read.emitted.filter((d) => d.from >= from && d.from < newEnd);
  const pending = read.pending.filter((d) => d.draft.from >= from && d.draft.from < newEnd);
  for (const c of collectFields(text, lines, read.comments, emitted, pending)) out.push(c);
  for (; k < prior.fields.length; k++) {
    const c = prior.fields[k] as FieldCandidate;
    if (c.range.start.line < oldEndLine) continue;
    out.push(shift === 0 ? c : moved(c, shift));
  }
  return out;
}

function moved(c: FieldCandidate, lines: number): FieldCandidate {
  const { start, end } = c.range;
  return {
    ...c,
    range: {
      start: { line: start.line + lines, character: start.character },
      end: { line: end.line + lines, character: end.character },
    },
  };
}
