/**
 * How often a Go text writes each of the streamed walk's hinted names (walkStream.ts
 * `StreamInput.counts`), from the identifier tokens' names the lowering reads as well
 * (goNames.ts: one pass over the tokens for both), as pyUses.ts reads Python's from its tokens.
 * A regular expression over the text (wordCounts) found every word starting with one of the
 * names' first letters, 6 to 8 M instructions a call on the Go benchmark's 10,000-line file.
 * Words in comments and strings are not counted: a name a call writes is an identifier token, so
 * the count still says whether a later call can reach a function (and a miss makes the walk
 * unsure, never wrong).
 */
import { goNameIndex, type GoNames } from './lang/goNames.js';

/** The identifier tokens equal to each of `names`, by name. */
export function goNameCounts(tokenNames: GoNames, names: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, tokenNames.uses[goNameIndex(tokenNames, name)] ?? 0);
  return counts;
}
