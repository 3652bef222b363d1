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

/** Characters hashed at each end of a longer name or literal. */
const HASHED_ENDS = 32;

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `literalContent` reads at most this much of a literal. */
const LITERAL_PREFIX = 400;

/** Slots of a new table of names (a power of two); it doubles when half full. */
const FIRST_SLOTS = 512;

/** Slots of the tables of recent names and literals (a power of two). */
const RECENT_SLOTS = 2048;

/**
 * A token's slot among the recent ones (two characters or more), from its length and a few of
 * its characters: cheaper than the table's hash of every character.
 */
const recentKey = (text: string, from: number, to: number): number =>
  (Math.imul(to - from, 0x9e3779b1) ^
    Math.imul(text.charCodeAt(from + 1), 961) ^
    Math.imul(text.charCodeAt(to - 2), 31) ^
    text.charCodeAt(to - 1)) &
  (RECENT_SLOTS - 1);

/** Whether `text` holds `known` at `from` (compared here: `startsWith` is a call per name). */
function sameAt(text: string, from: number, known: string): boolean {
  for (let k = 0; k < known.length; k++) if (text.charCodeAt(from + k) !== known.charCodeAt(k)) return false;
  return true;
}

/** `size` empty slots, pushed: a packed array (`new Array(size).fill` is holey, and slower). */
function emptySlots(size: number): string[] {
  const slots: string[] = [];
  for (let i = 0; i < size; i++) slots.push('');
  return slots;
}

/** The literal tables before the first literal. */
const NO_SLOTS: string[] = [];

/** The strings of one lowering, each made once. */
export class InternedNames {
  /**
   * The names met, by hash in an open-addressed table (linear probing), each slot's hash beside
   * it: a lowering looks up every name it reads (tens of thousands per file), and a Map from
   * hash to a list of candidates cost a map lookup and an array per distinct name (a tenth of
   * the Python analysis's time on the benchmark file).
   */
  #slots: string[];
  #hashes: Int32Array;
  #count = 0;
  /**
   * The last name and literal met under each `recentKey`: a file names the same few hundred
   * names and strings tens of thousands of times, and a token equal to the one in its slot takes
   * it without hashing every character (the Python lowering's names and literals cost 13 M
   * instructions a call on the benchmark file before these).
   */
  readonly #recentNames = emptySlots(RECENT_SLOTS);
  /** The literals' two tables, made at the first literal (the Go lowering reads none here). */
  #recentLiteralTexts: string[] | undefined;
  #recentLiterals: string[] = NO_SLOTS;
  readonly #joined = new Map<string, Map<string, string>>();
  readonly #called = new Map<string, string>();
  readonly #paths = new Map<string, Map<string, string>>();

  /**
   * A table for about `expected` distinct names from the start (a lowering knows its token
   * count): doubling it while the benchmark file was lowered cost 2% of the lowering.
   */
  constructor(expected = 0) {
    let size = FIRST_SLOTS;
    while (size < expected * 2) size *= 2;
    this.#slots = emptySlots(size);
    this.#hashes = new Int32Array(size);
  }

  /** `text.slice(from, to)`, compared in place with the names already seen before it is sliced. */
  name(text: string, from: number, to: number): string {
    // One character (`h`, `k`, `_`: a sixth of the Go lowering's names): the engine's own string
    // of that character, without hashing it here.
    if (to - from < 2) return to - from === 1 ? text.charAt(from) : '';
    const key = recentKey(text, from, to);
    const known = this.#recentNames[key] as string;
    if (known.length === to - from && sameAt(text, from, known)) return known;
    return (this.#recentNames[key] = this.#interned(text, from, to));
  }

  /** `name`, looked up in the table of every name. */
  #interned(text: string, from: number, to: number): string {
    const length = to - from;
    if (length <= 0) return '';
    // Every character counts (a long one's first and last HASHED_ENDS): a generated file's
    // `handle1` … `handle834` shared a bucket when only the first, middle and last characters did.
    let h = length;
    if (length <= 2 * HASHED_ENDS)
      for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    else {
      for (let i = from; i < from + HASHED_ENDS; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
      for (let i = to - HASHED_ENDS; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    }
    const slots = this.#slots;
    const hashes = this.#hashes;
    const mask = slots.length - 1;
    // An empty slot holds '' (no name is empty), so the array stays packed with strings.
    let i = (h ^ (h >>> 15)) & mask;
    for (let known = slots[i] as string; known !== ''; known = slots[i] as string) {
      if (hashes[i] === h && known.length === length && sameAt(text, from, known)) return known;
      i = (i + 1) & mask;
    }
    const made = text.slice(from, to);
    slots[i] = made;
    hashes[i] = h;
    if (++this.#count * 2 > slots.length) this.#grow();
    return made;
  }

  /** Twice the slots, every name placed again. */
  #grow(): void {
    const slots = this.#slots;
    const hashes = this.#hashes;
    const size = slots.length * 2;
    const mask = size - 1;
    this.#slots = emptySlots(size);
    this.#hashes = new Int32Array(size);
    for (let j = 0; j < slots.length; j++) {
      const known = slots[j] as string;
      if (known === '') continue;
      const h = hashes[j] ?? 0;
      let i = (h ^ (h >>> 15)) & mask;
      while (this.#slots[i] !== '') i = (i + 1) & mask;
      this.#slots[i] = known;
      this.#hashes[i] = h;
    }
  }

  /**
   * `literalContent(text.slice(from, to))` (lezer.ts), read in place: prefix letters and one or
   * three quotes stripped, no unescaping, at most the literal's first 400 characters read.
   */
  literal(text: string, from: number, to: number): string {
    if (to - from < 2) return this.#content(text, from, to);
    const key = recentKey(text, from, to);
    let texts = this.#recentLiteralTexts;
    if (texts === undefined) {
      this.#recentLiteralTexts = texts = emptySlots(RECENT_SLOTS);
      this.#recentLiterals = emptySlots(RECENT_SLOTS);
    }
    const known = texts[key] as string;
    if (known.length === to - from && sameAt(text, from, known)) return this.#recentLiterals[key] as string;
    texts[key] = text.slice(from, to);
    return (this.#recentLiterals[key] = this.#content(text, from, to));
  }

  /** `literal`, read from the text. */
  #content(text: string, from: number, to: number): string {
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
