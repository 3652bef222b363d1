/**
 * One string per distinct name, string literal and dotted callee of a lowering (Java, Python).
 * A file names the same few receivers and calls the same few methods over and over (`log`,
 * `member`, `log.info`): slicing and concatenating each use afresh made a new string per node,
 * which the lowered form then kept alive (the garbage collector copying it) and the walk hashed
 * again in every scope and callee lookup. The same string object is hashed once. Names are
 * compared in place in the text, so a name met before costs no slice at all (Python's lowering
 * sliced each and looked the slice up in a map of its own).
 */
import * as lezerModule from './lezer.js';

const { joinCallee } = lezerModule;

/** Candidates kept per hash: past this, names are sliced, not kept. */
const MAX_BUCKET = 16;

/** Characters hashed at each end of a longer name or literal. */
const HASHED_ENDS = 32;

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `literalContent` reads at most this much of a literal. */
const LITERAL_PREFIX = 400;

/** The strings of one lowering, each made once. */
export class InternedNames {
  readonly #names = new Map<number, string[]>();
  readonly #joined = new Map<string, Map<string, string>>();
  readonly #called = new Map<string, string>();
  readonly #paths = new Map<string, Map<string, string>>();

  /** `text.slice(from, to)`, compared in place with the names already seen before it is sliced. */
  name(text: string, from: number, to: number): string {
    const length = to - from;
    if (length <= 0) return '';
    // Every character counts (a long one's first and last HASHED_ENDS): a generated file's
    // `handle1` … `handle834` shared a bucket when only the first, middle and last characters did,
    // which overflowed, so each use compared with 16 names and was then sliced anew.
    let h = length;
    if (length <= 2 * HASHED_ENDS)
      for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    else {
      for (let i = from; i < from + HASHED_ENDS; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
      for (let i = to - HASHED_ENDS; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    }
    // A small integer key (31-bit with pointer compression): a larger one is a heap number.
    const key = h & 0x3fffffff;
    let bucket = this.#names.get(key);
    if (bucket === undefined) this.#names.set(key, (bucket = []));
    for (let i = 0; i < bucket.length; i++) {
      const known = bucket[i] as string;
      if (known.length === length && text.startsWith(known, from)) return known;
    }
    const made = text.slice(from, to);
    if (bucket.length < MAX_BUCKET) bucket.push(made);
    return made;
  }

  /**
   * `literalContent(text.slice(from, to))` (lezer.ts), read in place: prefix letters and one or
   * three quotes stripped, no unescaping, at most the literal's first 400 characters read.
   */
  literal(text: string, from: number, to: number): string {
    const end = Math.min(to, from + LITERAL_PREFIX);
    let i = from;
    while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
    const q = i < end ? text.charCodeAt(i) : -1;
    if (q !== 0x22 && q !== 0x27 && q !== 0x60) return this.name(text, from, end);
    const quote =
      q !== 0x60 && i + 3 <= end && text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q ? 3 : 1;
    const start = i + quote;
    let closed = end >= start + quote;
    for (let j = end - quote; closed && j < end; j++) closed = text.charCodeAt(j) === q;
    return this.name(text, start, closed ? end - quote : end);
  }

  /** `joinCallee(left, name)`: `left.name`, or `name` after `this` or nothing. */
  joined(left: string, name: string): string {
    let byName = this.#joined.get(left);
    if (byName === undefined) this.#joined.set(left, (byName = new Map<string, string>()));
    let made = byName.get(name);
    if (made === undefined) byName.set(name, (made = joinCallee(left, name)));
    return made;
  }

  /** `left.name`, or `name` after nothing: a path as written, `this` kept (Kotlin, C#). */
  path(left: string, name: string): string {
    let byName = this.#paths.get(left);
    if (byName === undefined) this.#paths.set(left, (byName = new Map<string, string>()));
    let made = byName.get(name);
    if (made === undefined) byName.set(name, (made = left === '' ? name : `${left}.${name}`));
    return made;
  }

  /** A call's callee text as a receiver of another: `callee()`. */
  called(callee: string): string {
    let made = this.#called.get(callee);
    if (made === undefined) this.#called.set(callee, (made = `${callee}()`));
    return made;
  }
}
