/**
 * How often a Go text writes each of the streamed walk's hinted names (walkStream.ts
 * `StreamInput.counts`), read from the fast reader's tokens instead of the text, as pyUses.ts
 * reads Python's: only identifier tokens are looked at. A regular expression over the text
 * (wordCounts) found every word starting with one of the names' first letters, 6 to 8 M
 * instructions a call on the Go benchmark's 10,000-line file (a file's `HandleN` and `auditN` make
 * every word starting with `H` or `a` a candidate). Words in comments and strings are not counted:
 * a name a call writes is an identifier token, so the count still says whether a later call can
 * reach a function (and a miss makes the walk unsure, never wrong).
 */
import { GK, type GoTokens } from '../scan/code/goTokens.js';

const { IDENT } = GK;

/** Names longer than this share the last slot of the length filter. */
const LENGTH_SLOTS = 64;

/** The identifier tokens of `tokens` (of `text`) equal to each of `names`, by name. */
export function goNameCounts(
  text: string,
  tokens: GoTokens,
  names: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  const byHash = new Map<number, string[]>();
  const firsts = new Uint8Array(128);
  const lengths = new Uint8Array(LENGTH_SLOTS + 1);
  for (const name of names) {
    counts.set(name, 0);
    const first = name.charCodeAt(0);
    if (first < 128) firsts[first] = 1;
    lengths[Math.min(name.length, LENGTH_SLOTS)] = 1;
    const h = hashOf(name, 0, name.length);
    const list = byHash.get(h);
    if (list === undefined) byHash.set(h, [name]);
    else list.push(name);
  }
  const { count, kind, from, to } = tokens;
  for (let i = 0; i < count; i++) {
    if (kind[i] !== IDENT) continue;
    const a = from[i] ?? 0;
    const b = to[i] ?? 0;
    const first = text.charCodeAt(a);
    if (first >= 128 || firsts[first] !== 1 || lengths[Math.min(b - a, LENGTH_SLOTS)] !== 1) continue;
    const candidates = byHash.get(hashOf(text, a, b));
    if (candidates !== undefined)
      for (const name of candidates)
        if (name.length === b - a && text.startsWith(name, a)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The hash of `s` from `a` to `b` (the same for a name and for a token of the same characters). */
function hashOf(s: string, a: number, b: number): number {
  let h = 0;
  for (let k = a; k < b; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}
