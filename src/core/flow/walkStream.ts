/**
 * The walk of a file one top-level declaration at a time (issue 14): each declaration is lowered
 * just before it is walked and is garbage once walked, so the lowered form dies young instead of
 * surviving, and being copied by, every young collection while the rest of the file is lowered
 * and walked (collections were 10-28% of the analysis). It gives walkFlows's flows exactly, or
 * nothing and the caller walks the whole form as before.
 *
 * What crosses declarations is the table of the file's top-level functions, which a call reaches
 * by name (helpers.ts). A names-only hint read from the text (topNames.ts) says which names the
 * file defines: a call to one defined further down lowers ahead to it. A function whose name the
 * text uses nowhere else is dropped once walked, one whose summary is known keeps only its
 * parameters. Every answer the table gave is checked at the end against the whole file's table;
 * where one differs (the hint missed a definition, a name is defined twice, a dropped function is
 * called), or the lowering declines, the streamed walk gives up.
 */
import { NO_CLIENTS } from './clients.js';
import { flowsInOrder } from './helpers.js';
import type { Fn, Stmt } from './ir.js';
import { Body, newState, objectList, type Container, type TopFunctions, type WalkState } from './scope.js';
import type { Flow } from './types.js';
import { execTop, MAX_DEPTH, type WalkInput } from './walk.js';

/**
 * The file's top-level statements, one declaration (what one top-level statement lowers to) per
 * call, undefined at the end; it throws LOWERING_DECLINED where the lowering declines.
 */
export type TopLevel = () => readonly Stmt[] | undefined;

/** Inputs of a streamed walk: walkFlows's, with the declarations handed out one at a time. */
export interface StreamInput extends Omit<WalkInput, 'body'> {
  readonly text: string;
  readonly next: TopLevel;
  /** The names the text seems to define as top-level functions (topNames.ts). */
  readonly hinted: ReadonlySet<string>;
  /** How often the text writes each hinted name, where a language reads it cheaper than wordCounts. */
  readonly counts?: (names: ReadonlySet<string>) => Map<string, number>;
}

/**
 * The flows of the text, as walkFlows gives them for its whole form; undefined when unsure,
 * 'declined' when the lowering declined (the caller need not try the same lowering again).
 */
export function walkStreamed(input: StreamInput): Flow[] | 'declined' | undefined {
  const s = newState(input.language, input.read, input.types, input.clients ?? NO_CLIENTS);
  const table = new TopTable(s, input);
  try {
    table.walk();
  } catch {
    // A declined lowering, a dropped function called: the whole form will be walked instead.
    return table.declined ? 'declined' : undefined;
  }
  return table.answeredAsWhole() ? flowsInOrder(s) : undefined;
}

/**
 * Thrown by a `TopLevel` where its lowering declines as the whole lowering would (the caller then
 * parses with Lezer at once instead of trying the same lowering again).
 */
export const LOWERING_DECLINED = new Error('the top-level lowering declined');

/** Thrown when the table cannot answer as the whole file's table would. */
const UNSURE = new Error('the streamed walk cannot answer as the whole walk');

/** What a lookup answered besides a definition's offset, and a name not asked yet. */
const NONE = -1;
const TWICE = -2;
const UNASKED = -3;

const NO_BODY: readonly Stmt[] = [];

/**
 * What the table knows of one name, in one entry rather than a map each (the functions the walk
 * sees, the whole file's definitions, the answers given, the dropped names): a call to a name
 * costs one lookup.
 */
class Entry {
  /** The function as the walk sees it: undefined when absent (dropped, or not lowered yet), null when defined twice. */
  live: Fn | null | undefined = undefined;
  /** The definition as the whole file's table holds it: its offset, TWICE, or NONE. */
  defined = NONE;
  /** The first answer given for the name, or UNASKED. */
  answered = UNASKED;
  /** Lookups by the walk itself (not a summary's): at most one per call written in the text. */
  calls = 0;
  dropped = false;
  constructor(
    /** Whether the text seems to define the name at the top (topNames.ts). */
    readonly hinted: boolean,
  ) {}
}

/**
 * The top-level functions by name, filled as declarations are lowered, and the driver of the
 * walk. The walk reads it from its top container (walk.ts helperAt). Not a Map subclass: with
 * `get` overridden, the Python benchmark's streamed walk ran 26% slower than the whole one.
 */
class TopTable implements TopFunctions {
  readonly #s: WalkState;
  readonly #input: StreamInput;
  readonly #top: Container = new Body([], undefined, this, true);
  readonly #names = new Map<string, Entry>();
  /** Lowered ahead of the walk (a call reached a function defined further down). */
  readonly #ahead = objectList<readonly Stmt[]>();
  #ended = false;
  /** Whether the lowering declined (LOWERING_DECLINED). */
  declined = false;
  #uses: Map<string, number> | undefined;

  constructor(s: WalkState, input: StreamInput) {
    this.#s = s;
    this.#input = input;
  }

  walk(): void {
    const s = this.#s;
    s.within.at = this.#top;
    for (;;) {
      const decl = this.#ahead.shift() ?? this.#lower();
      if (decl === undefined) return;
      for (const st of decl) execTop(s, st);
      this.#walked(decl);
    }
  }

  /** Whether every name looked up got the answer the whole file's table gives. */
  answeredAsWhole(): boolean {
    for (const e of this.#names.values())
      if (e.answered !== UNASKED && e.answered !== e.defined) return false;
    return true;
  }

  get(name: string): Fn | null | undefined {
    const e = this.#entry(name);
    let hit = e.live;
    if (hit === undefined) {
      if (e.dropped) throw UNSURE;
      if (e.hinted) hit = this.#lowerTo(e);
    }
    if (e.answered === UNASKED) e.answered = hit === undefined ? NONE : hit === null ? TWICE : hit.at;
    if (this.#s.summary === undefined) e.calls++;
    return hit;
  }

  #entry(name: string): Entry {
    let e = this.#names.get(name);
    if (e === undefined) this.#names.set(name, (e = new Entry(this.#input.hinted.has(name))));
    return e;
  }

  /** Lowers ahead until the entry's name is defined or the text ends. */
  #lowerTo(e: Entry): Fn | null | undefined {
    while (e.live === undefined) {
      const decl = this.#lower();
      if (decl === undefined) return undefined;
      this.#ahead.push(decl);
    }
    return e.live;
  }

  /** The next declaration, its top-level functions entered in the table. */
  #lower(): readonly Stmt[] | undefined {
    if (this.#ended) return undefined;
    let decl: readonly Stmt[] | undefined;
    try {
      decl = this.#input.next();
    } catch (e) {
      this.declined = e === LOWERING_DECLINED;
      throw e;
    }
    if (decl === undefined) {
      this.#ended = true;
      return undefined;
    }
    for (const st of decl) if (st.k === 'fn' && st.fn.name !== undefined) this.#define(st.fn.name, st.fn);
    return decl;
  }

  #define(name: string, fn: Fn): void {
    const e = this.#entry(name);
    if (e.defined !== NONE) {
      e.defined = TWICE;
      e.live = null;
      e.dropped = false;
    } else {
      e.defined = fn.at;
      e.live = fn;
    }
  }

  /**
   * A declaration walked: its functions are dropped, or kept as their summary when it is known,
   * unless a later call may still need a body; then the declaration stays in the tables.
   */
  #walked(decl: readonly Stmt[]): void {
    const s = this.#s;
    let keep = false;
    for (const st of decl) {
      if (st.k !== 'fn' || st.fn.name === undefined) continue;
      const f = st.fn;
      const name = st.fn.name;
      const e = this.#names.get(name);
      if (e === undefined || e.live !== f) continue;
      // Named once (its definition), or every other time by a call already walked: no later call
      // can reach it. A summary walk's lookups are not counted (it walks calls the walk walks
      // again), and a name a lookup did not count (a nested function of the same name answered
      // first, a word in a comment) keeps it. Were a later call to reach it after all, the walk
      // would be unsure (UNSURE), never wrong.
      const uses = this.#usesOf(name);
      if (uses < 2 || e.calls >= uses - 1) {
        e.live = undefined;
        e.dropped = true;
        continue;
      }
      const summary = s.summaries.get(f);
      if (summary === undefined || summary === 'pending') {
        keep = true;
        continue;
      }
      const stub: Fn =
        f.receiver !== undefined
          ? { name, at: f.at, params: f.params, receiver: f.receiver, body: NO_BODY }
          : { name, at: f.at, params: f.params, body: NO_BODY };
      s.summaries.set(stub, summary);
      const returned = s.returned.get(f);
      if (returned !== undefined) s.returned.set(stub, returned);
      e.live = stub;
    }
    if (!keep) forget(s, decl, 0);
  }

  /** How often the text names a hinted function (its definition included); unhinted: always kept. */
  #usesOf(name: string): number {
    if (this.#uses === undefined) {
      const { counts, hinted, text } = this.#input;
      this.#uses = counts !== undefined ? counts(hinted) : wordCounts(text, hinted);
    }
    return this.#uses.get(name) ?? Infinity;
  }
}

/** Takes a walked body's functions out of the summaries, so they can be collected. */
function forget(s: WalkState, body: readonly Stmt[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const st of body)
    if (st.k === 'block') forget(s, st.body, depth + 1);
    else if (st.k === 'fn') {
      s.summaries.delete(st.fn);
      s.returned.delete(st.fn);
      forget(s, st.fn.body, depth + 1);
    }
}

/** Word characters (ASCII letters, digits, `_`) by character code: a table read per character. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;

const isWordChar = (c: number): boolean => c < 128 && WORD_CHAR[c] === 1;

/** A word's hash, as wordCounts computes it character by character. */
function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** Names longer than this are compared without the length filter (none is in practice). */
const LENGTH_SLOTS = 64;

/** A regular expression's word character (`\w` without the `u` flag), as WORD_CHAR reads one. */
const WORD = /^\w$/;

/**
 * Names starting with at most this many distinct characters are counted by a regular expression:
 * past it most words are candidates, and a match each costs more than the loop.
 */
const FEW_FIRSTS = 8;

/**
 * How often each of `names` occurs in `text` as a whole word of ASCII letters, digits and `_`.
 * A name with any other character counts 0 and is dropped once walked: a call to it then makes
 * the walk unsure, never wrong. When the names start with few characters (a file's `handleN` and
 * `auditN`), a regular expression finds the words starting with one of them: its native code
 * passes over the others, where a loop in JavaScript costs about 30 to 65 instructions a
 * character (callgrind, the Python benchmark's 10,000-line file: 9 M instructions a pass instead
 * of 22 M). With names starting with many characters (every letter: 43 M instead of 29 M),
 * wordsByLoop.
 */
export function wordCounts(text: string, names: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  let firsts = '';
  for (const name of names) {
    counts.set(name, 0);
    const first = name.charAt(0);
    if (WORD.test(first) && !firsts.includes(first)) firsts += first;
  }
  if (firsts === '') return counts;
  if (firsts.length > FEW_FIRSTS) return wordsByLoop(text, names, counts);
  // Each character of `firsts` is a word character: none needs escaping in a class. `test` finds
  // each word without a match array or a string: the word is where the match ends, back to its
  // start (the \b before it), and is compared in place with the names of its hash.
  const words = new RegExp(`\\b[${firsts}]\\w*`, 'g');
  const byHash = namesByHash(names);
  while (words.test(text)) {
    const end = words.lastIndex;
    let start = end - 1;
    let h = 0;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    const candidates = byHash.get(h);
    if (candidates !== undefined)
      for (const name of candidates)
        if (name.length === end - start && text.startsWith(name, start))
          counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The names by hashOf. */
function namesByHash(names: ReadonlySet<string>): Map<number, string[]> {
  const byHash = new Map<number, string[]>();
  for (const name of names) {
    const h = hashOf(name);
    const list = byHash.get(h);
    if (list === undefined) byHash.set(h, [name]);
    else list.push(name);
  }
  return byHash;
}

/**
 * wordCounts in one pass over the characters, no string per word: a word is hashed as it is
 * read, and looked up only when some name has its first character and its length (on the Go
 * benchmark file a lookup per word made the pass 1.05 ms instead of 0.76); it is compared only
 * with the names of the same hash (by first letter, a file's hundreds of `handleN` made every
 * word starting with `h` compare with all). `counts` holds every name at 0.
 */
function wordsByLoop(
  text: string,
  names: ReadonlySet<string>,
  counts: Map<string, number>,
): Map<string, number> {
  const byHash = namesByHash(names);
  const firsts = new Uint8Array(128);
  const lengths = new Uint8Array(LENGTH_SLOTS + 1);
  for (const name of names) {
    const first = name.charCodeAt(0);
    if (first < 128) firsts[first] = 1;
    lengths[Math.min(name.length, LENGTH_SLOTS)] = 1;
  }
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    if (!isWordChar(first)) {
      i++;
      continue;
    }
    let h = first;
    let j = i + 1;
    let c: number;
    while (j < length && (c = text.charCodeAt(j)) < 128 && WORD_CHAR[c] === 1) {
      h = (Math.imul(h, 31) + c) | 0;
      j++;
    }
    if (firsts[first] === 1 && lengths[Math.min(j - i, LENGTH_SLOTS)] === 1) {
      const candidates = byHash.get(h);
      if (candidates !== undefined)
        for (const name of candidates)
          if (name.length === j - i && text.startsWith(name, i))
            counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    i = j;
  }
  return counts;
}
