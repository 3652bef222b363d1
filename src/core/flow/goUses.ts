/**
 * How often a Go text writes each of the streamed walk's hinted names, read from the fast
 * reader's identifier tokens (nameCounts.ts says why tokens and not the text).
 */
import { GK, type GoTokens } from '../scan/code/goTokens.js';
import { NameCounter } from './nameCounts.js';

const { IDENT } = GK;

/** The identifier tokens of `tokens` (of `text`) equal to each of `names`, by name. */
export function goNameCounts(
  text: string,
  tokens: GoTokens,
  names: ReadonlySet<string>,
): Map<string, number> {
  const counter = new NameCounter(names);
  const { count, kind, from, to } = tokens;
  for (let i = 0; i < count; i++) if (kind[i] === IDENT) counter.add(text, from[i] ?? 0, to[i] ?? 0);
  return counter.counts;
}
