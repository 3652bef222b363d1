/**
 * The number encoding of the vocabulary snapshot (./snapshot.ts): unsigned base-64
 * variable-length digits as in source maps (five bits a digit, the sixth says another follows),
 * a reader over them, and a map that decodes an entry the first time it is looked up.
 */

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const MORE = 32;

const DIGIT_VALUE: readonly number[] = (() => {
  const values = new Array<number>(128).fill(-1);
  for (let i = 0; i < DIGITS.length; i++) values[DIGITS.charCodeAt(i)] = i;
  return values;
})();

/** The digits of a non-negative integer. */
export function writeDigits(n: number): string {
  let s = '';
  let rest = n;
  do {
    const low = rest % MORE;
    rest = Math.floor(rest / MORE);
    s += DIGITS.charAt(rest > 0 ? low + MORE : low);
  } while (rest > 0);
  return s;
}

/** Reads numbers and table strings from a position; throws on a corrupt or cut stream. */
export class SnapshotReader {
  readonly #table: readonly string[];
  readonly #codes: string;
  #at = 0;

  constructor(strings: string, codes: string) {
    this.#table = strings.split('\n');
    this.#codes = codes;
  }

  get position(): number {
    return this.#at;
  }

  num(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const d = DIGIT_VALUE[this.#codes.charCodeAt(this.#at++)] ?? -1;
      if (d < 0) throw new Error('vocabulary snapshot: truncated or corrupt');
      n += (d % MORE) * scale;
      if (d < MORE) return n;
      scale *= MORE;
    }
  }

  str(): string {
    const s = this.#table[this.num()];
    if (s === undefined) throw new Error('vocabulary snapshot: no such string');
    return s;
  }

  strs(): string[] {
    const list = new Array<string>(this.num());
    for (let i = 0; i < list.length; i++) list[i] = this.str();
    return list;
  }

  skipNums(count: number): void {
    for (let i = 0; i < count; i++) this.num();
  }

  /** Steps over a length-prefixed body; returns where the body starts. */
  skipSized(): number {
    const length = this.num();
    const start = this.#at;
    this.#at += length;
    if (this.#at > this.#codes.length) throw new Error('vocabulary snapshot: truncated or corrupt');
    return start;
  }

  /** Runs `read` from `position`, then returns to where this reader was. */
  at<T>(position: number, read: (reader: SnapshotReader) => T): T {
    const saved = this.#at;
    this.#at = position;
    try {
      return read(this);
    } finally {
      this.#at = saved;
    }
  }

  /** Checks that the whole stream was read. */
  end(): void {
    if (this.#at !== this.#codes.length) throw new Error('vocabulary snapshot: trailing data');
  }
}

/**
 * A read-only map whose entries (a string key, then a length-prefixed body) are located at
 * construction and decoded on first lookup. Iteration decodes every entry, in written order.
 */
export class DecodedOnDemand<V> implements ReadonlyMap<string, V> {
  readonly #reader: SnapshotReader;
  readonly #decode: (reader: SnapshotReader) => V;
  readonly #starts = new Map<string, number>();
  readonly #decoded = new Map<string, V>();

  constructor(reader: SnapshotReader, decode: (reader: SnapshotReader) => V) {
    this.#reader = reader;
    this.#decode = decode;
    for (let n = reader.num(); n > 0; n--) {
      const key = reader.str();
      this.#starts.set(key, reader.skipSized());
    }
  }

  get size(): number {
    return this.#starts.size;
  }

  has(key: string): boolean {
    return this.#starts.has(key);
  }

  get(key: string): V | undefined {
    const done = this.#decoded.get(key);
    if (done !== undefined) return done;
    const start = this.#starts.get(key);
    if (start === undefined) return undefined;
    const value = this.#reader.at(start, this.#decode);
    this.#decoded.set(key, value);
    return value;
  }

  *entries(): MapIterator<[string, V]> {
    for (const key of this.#starts.keys()) yield [key, this.#value(key)];
  }

  keys(): MapIterator<string> {
    return this.#starts.keys();
  }

  *values(): MapIterator<V> {
    for (const key of this.#starts.keys()) yield this.#value(key);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  #value(key: string): V {
    const value = this.get(key);
    if (value === undefined) throw new Error(`vocabulary snapshot: no entry ${key}`);
    return value;
  }
}
