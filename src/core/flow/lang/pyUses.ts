/**
 * How often a Python text writes each of the streamed walk's hinted names, read from the scan's
 * tokens: the names of its code and of its f-strings' replacement fields (nameCounts.ts says why
 * tokens and not the text).
 */
import { KIND } from '../../scan/code/pyTokens.js';
import type { PyTokens } from '../../scan/code/pyTokens.js';
import type { PyView } from '../../scan/code/pyView.js';
import { NameCounter } from '../nameCounts.js';

const { NAME } = KIND;

/** The name tokens of `view` (and its f-string fields) equal to each of `names`, by name. */
export function pythonNameCounts(view: PyView, names: ReadonlySet<string>): Map<string, number> {
  const counter = new NameCounter(names);
  countIn(counter, view.text, view.t);
  if (view.t.inner !== undefined) countIn(counter, view.text, view.t.inner);
  return counter.counts;
}

/** Adds the name tokens of `t` to the counts. */
function countIn(counter: NameCounter, text: string, t: PyTokens): void {
  const { kind, from, to } = t;
  for (let i = 0; i < kind.length; i++) if (kind[i] === NAME) counter.add(text, from[i] ?? 0, to[i] ?? 0);
}
