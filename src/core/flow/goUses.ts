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
import type { NameCounting } from './walkStream.js';

const { IDENT } = GK;

/** Names longer than this share the last slot of the length filter. */
const LENGTH_SLOTS = 64;

/** The counts of a Go text's hinted names from its reader's tokens. */
export class GoNameCounting implements NameCounting {
  readonly #text: string;
  readonly #tokens: GoTokens;

  constructor(text: string, tokens: GoTokens) {
    this.#text = text;
    this.#tokens = tokens;
  }

  counts(names: ReadonlySet<string>): Map<string, number> {
    return goNameCounts(this.#text, this.#tokens, names);
  }
}

/** The identifier tokens of `tokens` (of `text`) equal to each of `names`, by name. */
export function goNameCounts(
  text: string,
  tokens: GoTokens,
  names: ReadonlySet<string>,
): Map<string, number> {
  const list = Array.from(names);
  const found = countTokens(text, tokens, list);
  const counts = new Map<string, number>();
  for (let k = 0; k < list.length; k++) counts.set(list[k] ?? '', found[k] ?? 0);
  return counts;
}

/**
 * How many identifier tokens equal each name of `list`, by its place. The names are found by
 * their hash in a table open-addressed by hand (a slot holds a name's place + 1) and counted in an
 * array, where a Map by hash and a count written back per match cost about 1 M instructions a
 * call on the benchmark's file. Nothing follows the loop over the tokens: compiled while that loop
 * runs (once per analysis, so on the stack), the code has met every operation it holds, where code
 * after the loop not yet reached had it thrown away at the end of each call.
 */
function countTokens(text: string, tokens: GoTokens, list: readonly string[]): Int32Array {
  let size = 16;
  while (size < list.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(list.length);
  const found = new Int32Array(list.length);
  const firsts = new Uint8Array(128);
  const lengths = new Uint8Array(LENGTH_SLOTS + 1);
  for (let k = 0; k < list.length; k++) {
    const name = list[k] ?? '';
    const first = name.charCodeAt(0);
    if (first < 128) firsts[first] = 1;
    lengths[Math.min(name.length, LENGTH_SLOTS)] = 1;
    const h = hashOf(name, 0, name.length);
    hashes[k] = h;
    let p = h & mask;
    while (slots[p] !== 0) p = (p + 1) & mask;
    slots[p] = k + 1;
  }
  const { count, kind, from, to } = tokens;
  // The first character first: most tokens start with none of the names' (a keyword, a
  // bracket), so their kind and end are not read.
  for (let i = 0; i < count; i++) {
    const a = from[i] ?? 0;
    const first = text.charCodeAt(a);
    if (first >= 128 || firsts[first] !== 1 || kind[i] !== IDENT) continue;
    const b = to[i] ?? 0;
    if (lengths[Math.min(b - a, LENGTH_SLOTS)] !== 1) continue;
    const h = hashOf(text, a, b);
    for (let p = h & mask, k = slots[p] ?? 0; k !== 0; p = (p + 1) & mask, k = slots[p] ?? 0) {
      const name = list[k - 1] ?? '';
      if (hashes[k - 1] === h && name.length === b - a && text.startsWith(name, a)) {
        found[k - 1] = (found[k - 1] ?? 0) + 1;
        break;
      }
    }
  }
  return found;
}

/** The hash of `s` from `a` to `b` (the same for a name and for a token of the same characters). */
function hashOf(s: string, a: number, b: number): number {
  let h = 0;
  for (let k = a; k < b; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}
