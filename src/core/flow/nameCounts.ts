/**
 * How often a text writes each of the streamed walk's hinted names (walkStream.ts
 * `StreamInput.counts`), counted over the name tokens a language's reader already cut (goUses.ts,
 * lang/pyUses.ts) instead of a regular expression over the text (wordCounts), which looked at
 * every word starting with one of the names' first letters: 6 to 8 M instructions a call on the
 * benchmark's 10,000-line files. A token is hashed and compared only past a first-letter and a
 * length filter. Words in comments and strings are not tokens of names, so they are not counted:
 * a name a call writes is a name token, and a miss makes the walk unsure, never wrong.
 */

/** Names longer than this share the last slot of the length filter. */
const LENGTH_SLOTS = 64;

/** The counts of a set of names, added to one token at a time. */
export class NameCounter {
  /** Each name's count so far (0 for a name not met). */
  readonly counts = new Map<string, number>();
  readonly #byHash = new Map<number, string[]>();
  readonly #firsts = new Uint8Array(128);
  readonly #lengths = new Uint8Array(LENGTH_SLOTS + 1);

  constructor(names: ReadonlySet<string>) {
    for (const name of names) {
      this.counts.set(name, 0);
      const first = name.charCodeAt(0);
      if (first < 128) this.#firsts[first] = 1;
      this.#lengths[Math.min(name.length, LENGTH_SLOTS)] = 1;
      const h = hashOf(name, 0, name.length);
      const list = this.#byHash.get(h);
      if (list === undefined) this.#byHash.set(h, [name]);
      else list.push(name);
    }
  }

  /** Counts the token `text[a, b)` for the name it equals, if any. */
  add(text: string, a: number, b: number): void {
    const first = text.charCodeAt(a);
    if (first >= 128 || this.#firsts[first] !== 1 || this.#lengths[Math.min(b - a, LENGTH_SLOTS)] !== 1)
      return;
    const candidates = this.#byHash.get(hashOf(text, a, b));
    if (candidates === undefined) return;
    for (const name of candidates)
      if (name.length === b - a && text.startsWith(name, a))
        this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
}

/** The hash of `s` from `a` to `b` (the same for a name and for a token of the same characters). */
function hashOf(s: string, a: number, b: number): number {
  let h = 0;
  for (let k = a; k < b; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}
