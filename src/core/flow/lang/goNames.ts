/**
 * Every name and string content of a Go text's tokens, read once per text: each identifier's
 * and string literal's interned string by its token, and how often the text writes each name.
 * The lowering reads a name by its token index (goCursor.ts `nameAt`) and the streamed walk's
 * hinted counts come from the same pass (goUses.ts). Before, the lowering compared each name it
 * read with a recent one, character by character (about 12 M instructions a call on the flow
 * benchmark's 10,000-line file), and the counts read every token again (5.7 M).
 *
 * A name is read four characters at a time, as bytes: its first eight characters and its length
 * are its key, compared whole, and only a longer one's rest is compared again. Read one by one,
 * each `charCodeAt` tested the string's representation again (fifteen to thirty instructions a
 * character, hashed and compared). The bytes are the text's where it is all ASCII (TextEncoder,
 * one byte a character at its own offset); otherwise the names' and strings' characters are
 * copied, any beyond ASCII as a mark, and a name holding one is looked up by its string.
 */
import { GK, type GoTokens } from '../../scan/code/goTokens.js';

const { IDENT, STRING } = GK;

/** `stringContent` (goCursor.ts) reads at most this much of a literal. */
const LITERAL_PREFIX = 400;

/** Characters of a name in its key (two words of four bytes). */
const KEYED = 8;

/** The bits of a word holding `n` of a name's characters (n < 4; four or more: all of it). */
const LOW = [0, 0xff, 0xffff, 0xffffff] as const;

/** A byte beyond ASCII in any of a word's four characters (the copy's mark included). */
const HIGH = 0x80808080 | 0;

/** The copy's mark for a character beyond ASCII. */
const MARK = 0x80;

const ENCODER = new TextEncoder();

/** The names and string contents of one text's tokens. */
export interface GoNames {
  /**
   * Each token's name (an identifier) or content (a string literal, quotes stripped, at most its
   * first 400 characters read) as an index of `strings`; 0 for other tokens.
   */
  readonly ids: Int32Array;
  /** The distinct names and contents by index, one string each; index 0 is none. */
  readonly strings: readonly string[];
  /** How many identifier tokens write each index's string (string literals are no uses). */
  readonly uses: Int32Array;
  /** The open-addressed table of the indexes of ASCII strings, by their key's hash (`goNameIndex`). */
  readonly slots: Int32Array;
  /** The indexes of the strings beyond ASCII, by string. */
  readonly marked: ReadonlyMap<string, number>;
}

/** The names and string contents of `tokens`, cut from `text`. */
export function goNames(text: string, tokens: GoTokens): GoNames {
  // About one distinct name or content per 64 tokens (1,724 in the benchmark's 91,000): a table
  // at most a quarter full, grown past half.
  let size = 1024;
  while (size < (tokens.count >> 6) * 4) size *= 2;
  const t: Table = {
    text,
    view: new DataView(bytesOf(text, tokens).buffer),
    slots: new Int32Array(size),
    hashes: new Int32Array(indexes(size)),
    lengths: new Int32Array(indexes(size)),
    starts: new Int32Array(indexes(size)),
    first: new Int32Array(indexes(size)),
    second: new Int32Array(indexes(size)),
    uses: new Int32Array(indexes(size)),
    strings: [''],
    marked: new Map(),
  };
  const ids = new Int32Array(tokens.count);
  readTokens(t, tokens, ids);
  return { ids, strings: t.strings, uses: t.uses, slots: t.slots, marked: t.marked };
}

/** How many indexes the arrays by index of `slots` slots hold: the table grows past half full. */
const indexes = (slots: number): number => (slots >> 1) + 2;

/**
 * The open-addressed table of one pass (linear probing): each slot an index or 0, and by index
 * (typed arrays of half as many, which the table grows before it fills) the key's hash, length and first two
 * words, where the text first holds it, its uses and its string.
 */
interface Table {
  readonly text: string;
  /** The bytes of the names and strings, eight bytes past the text's end (read a word at a time). */
  readonly view: DataView;
  slots: Int32Array;
  hashes: Int32Array;
  lengths: Int32Array;
  starts: Int32Array;
  first: Int32Array;
  second: Int32Array;
  uses: Int32Array;
  readonly strings: string[];
  /** The indexes of names and contents holding a character beyond ASCII, by string. */
  readonly marked: Map<string, number>;
}

/**
 * One byte a character at its offset, at least where a name or a string's content is: the
 * text's own bytes when it is all ASCII, else those characters copied, any beyond ASCII as MARK.
 */
function bytesOf(text: string, tokens: GoTokens): Uint8Array {
  const bytes = new Uint8Array(text.length + KEYED);
  if (ENCODER.encodeInto(text, bytes.subarray(0, text.length)).read === text.length) return bytes;
  // Not ASCII: what was encoded is off its offsets past the first other character; the tokens'
  // bytes are written again (a word read past a name's end is masked, whatever it holds).
  const { count, kind, from, to } = tokens;
  for (let i = 0; i < count; i++) {
    const k = kind[i];
    if (k !== IDENT && k !== STRING) continue;
    const b = Math.min(to[i] ?? 0, (from[i] ?? 0) + LITERAL_PREFIX);
    for (let j = from[i] ?? 0; j < b; j++) {
      const c = text.charCodeAt(j);
      bytes[j] = c < 0x80 ? c : MARK;
    }
  }
  return bytes;
}

/** Enters every identifier and string literal of `tokens` in the table, its index in `ids`. */
function readTokens(t: Table, tokens: GoTokens, ids: Int32Array): void {
  const { text, view } = t;
  const { count, kind, from, to } = tokens;
  // The table's arrays in locals, read again when it grows.
  let { slots, lengths, first, second, uses } = t;
  let mask = slots.length - 1;
  for (let i = 0; i < count; i++) {
    const k = kind[i];
    let a: number;
    let b: number;
    if (k === IDENT) {
      a = from[i] ?? 0;
      b = to[i] ?? 0;
    } else if (k === STRING) {
      // As stringContent read it: the opening quote and, when closed, the closing one stripped.
      const start = from[i] ?? 0;
      const end = Math.min(to[i] ?? 0, start + LITERAL_PREFIX);
      a = start + 1;
      b = end - start >= 2 && text.charCodeAt(end - 1) === text.charCodeAt(start) ? end - 1 : end;
    } else continue;
    const length = b - a;
    const w0 = length >= 4 ? view.getInt32(a, true) : view.getInt32(a, true) & (LOW[length] ?? 0);
    const w1 =
      length >= KEYED
        ? view.getInt32(a + 4, true)
        : length > 4
          ? view.getInt32(a + 4, true) & (LOW[length - 4] ?? 0)
          : 0;
    let h = Math.imul(length ^ w0, 0x9e3779b1) ^ Math.imul(w1, 0x85ebca6b);
    let high = w0 | w1;
    for (let j = a + KEYED; j < b; j += 4) {
      const w = b - j >= 4 ? view.getInt32(j, true) : view.getInt32(j, true) & (LOW[b - j] ?? 0);
      high |= w;
      h = Math.imul(h ^ w, 0x9e3779b1);
    }
    let id: number;
    if ((high & HIGH) !== 0) id = marked(t, a, b);
    else
      for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
        id = slots[s] ?? 0;
        if (id === 0) {
          id = add(t, text.slice(a, b), h, a, length, w0, w1);
          slots[s] = id;
          if (id * 2 > mask) grow(t);
          break;
        }
        // The length and the first eight characters are the key; a longer one's rest compared.
        if (
          lengths[id] === length &&
          first[id] === w0 &&
          second[id] === w1 &&
          (length <= KEYED || sameRest(view, (t.starts[id] ?? 0) + KEYED, a + KEYED, length - KEYED))
        )
          break;
      }
    if (t.slots !== slots) {
      ({ slots, lengths, first, second, uses } = t);
      mask = slots.length - 1;
    }
    ids[i] = id;
    if (k === IDENT) uses[id] = (uses[id] ?? 0) + 1;
  }
}

/** A new index for `s`. */
function add(t: Table, s: string, h: number, a: number, length: number, w0: number, w1: number): number {
  const made = t.strings.length;
  t.hashes[made] = h;
  t.lengths[made] = length;
  t.starts[made] = a;
  t.first[made] = w0;
  t.second[made] = w1;
  t.strings.push(s);
  return made;
}

/** Whether the bytes at `x` and at `y` are the same, `length` of them, a word at a time. */
function sameRest(view: DataView, x: number, y: number, length: number): boolean {
  for (let k = 0; k < length; k += 4) {
    const n = length - k;
    const differ = view.getInt32(x + k, true) ^ view.getInt32(y + k, true);
    if ((n >= 4 ? differ : differ & (LOW[n] ?? 0)) !== 0) return false;
  }
  return true;
}

/** The index of a name or content holding a character beyond ASCII, by its string. */
function marked(t: Table, a: number, b: number): number {
  const s = t.text.slice(a, b);
  let id = t.marked.get(s);
  if (id === undefined) {
    t.marked.set(s, (id = add(t, s, 0, a, b - a, 0, 0)));
    // Not in the slots, but the arrays by index are theirs.
    if (id * 2 > t.slots.length - 1) grow(t);
  }
  return id;
}

/** Twice the slots and the arrays by index, every keyed index placed again. */
function grow(t: Table): void {
  const slots = new Int32Array(t.slots.length * 2);
  const mask = slots.length - 1;
  const twice = (a: Int32Array): Int32Array => {
    const b = new Int32Array(indexes(slots.length));
    b.set(a);
    return b;
  };
  t.hashes = twice(t.hashes);
  t.lengths = twice(t.lengths);
  t.starts = twice(t.starts);
  t.first = twice(t.first);
  t.second = twice(t.second);
  t.uses = twice(t.uses);
  for (const id of t.slots) {
    if (id === 0) continue;
    const h = t.hashes[id] ?? 0;
    let s = (h ^ (h >>> 15)) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id;
  }
  t.slots = slots;
}

/**
 * The index of `name` among `names`' strings, 0 where no token holds it: its key from its
 * characters, as `readTokens` reads a token's bytes.
 */
export function goNameIndex(names: GoNames, name: string): number {
  let high = 0;
  const words: number[] = [];
  for (let j = 0; j < name.length; j += 4) {
    let w = 0;
    for (let k = 0; k < 4 && j + k < name.length; k++) {
      const c = name.charCodeAt(j + k);
      high |= c;
      w |= (c & 0xff) << (8 * k);
    }
    words.push(w);
  }
  if (high >= 0x80) return names.marked.get(name) ?? 0;
  const w0 = words[0] ?? 0;
  const w1 = words[1] ?? 0;
  let h = Math.imul(name.length ^ w0, 0x9e3779b1) ^ Math.imul(w1, 0x85ebca6b);
  for (let j = 2; j < words.length; j++) h = Math.imul(h ^ (words[j] ?? 0), 0x9e3779b1);
  const { slots, strings } = names;
  const mask = slots.length - 1;
  for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
    const id = slots[s] ?? 0;
    if (id === 0) return 0;
    if (strings[id] === name) return id;
  }
}
