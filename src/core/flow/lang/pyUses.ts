/**
 * How often a Python text writes each of the streamed walk's hinted names (walkStream.ts
 * `StreamInput.counts`), read from the scan's tokens instead of the text: the names of its code
 * and of its f-strings' replacement fields. A regular expression over the text (wordCounts) found
 * every word starting with one of the names' first letters, about 6 M instructions a call on the
 * Python benchmark's 10,000-line file; the tokens are already read, and only names are looked at.
 * Words in comments and plain strings are not counted: a name a call writes is a name token, so
 * the count still says whether a later call can reach a function (and a miss makes the walk
 * unsure, never wrong).
 */
import { KIND } from '../../scan/code/pyTokens.js';
import type { PyTokens } from '../../scan/code/pyTokens.js';
import type { PyView } from '../../scan/code/pyView.js';

const { NAME } = KIND;

/** Names longer than this share the last slot of the length filter. */
const LENGTH_SLOTS = 64;

/** The name tokens of `view` (and its f-string fields) equal to each of `names`, by name. */
export function pythonNameCounts(view: PyView, names: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const byHash = new Map<number, string[]>();
  const firsts = new Uint8Array(128);
  const lengths = new Uint8Array(LENGTH_SLOTS + 1);
  for (const name of names) {
    counts.set(name, 0);
    const first = name.charCodeAt(0);
    if (first < 128) firsts[first] = 1;
    lengths[Math.min(name.length, LENGTH_SLOTS)] = 1;
    let h = 0;
    for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
    const list = byHash.get(h);
    if (list === undefined) byHash.set(h, [name]);
    else list.push(name);
  }
  const filter = { text: view.text, byHash, firsts, lengths, counts };
  countIn(filter, view.t);
  if (view.t.inner !== undefined) countIn(filter, view.t.inner);
  return counts;
}

interface Filter {
  readonly text: string;
  readonly byHash: Map<number, string[]>;
  readonly firsts: Uint8Array;
  readonly lengths: Uint8Array;
  readonly counts: Map<string, number>;
}

/** Adds the name tokens of `t` to the counts: hashed and compared only past the first-letter and length filters. */
function countIn(f: Filter, t: PyTokens): void {
  const { text, byHash, firsts, lengths, counts } = f;
  const { kind, from, to } = t;
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] !== NAME) continue;
    const a = from[i] ?? 0;
    const b = to[i] ?? 0;
    const first = text.charCodeAt(a);
    if (first >= 128 || firsts[first] !== 1 || lengths[Math.min(b - a, LENGTH_SLOTS)] !== 1) continue;
    let h = 0;
    for (let k = a; k < b; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    const candidates = byHash.get(h);
    if (candidates !== undefined)
      for (const name of candidates)
        if (name.length === b - a && text.startsWith(name, a)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
}
