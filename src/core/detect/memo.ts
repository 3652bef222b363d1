/**
 * Bounded memo tables for the classifier's pure readings. A scan reads the same owner, comment
 * and identifier many times (every column of a table shares its owner), so each reading is kept
 * per compiled vocabulary, and each table is emptied when it grows past its bound: memory stays
 * flat however many files a workspace scan reads.
 */
import type { CompiledVocabulary } from './vocabulary/compile.js';

/** A per-vocabulary memo: `get(vocab, key, compute)` computes once per key until the bound. */
export interface Memo<T> {
  get(vocab: CompiledVocabulary, key: string, compute: () => T): T;
}

/** Creates a memo holding at most `bound` entries per vocabulary. */
export function boundedMemo<T>(bound: number): Memo<T> {
  const tables = new WeakMap<CompiledVocabulary, Map<string, T>>();
  return {
    get(vocab, key, compute) {
      let table = tables.get(vocab);
      if (table === undefined) {
        table = new Map();
        tables.set(vocab, table);
      }
      const hit = table.get(key);
      if (hit !== undefined || table.has(key)) return hit as T;
      if (table.size >= bound) table.clear();
      const value = compute();
      table.set(key, value);
      return value;
    },
  };
}

/** Returned by `find` when an entry is absent (entries may themselves be `undefined` or `null`). */
export const MISS: unique symbol = Symbol('miss');

type Part = string | undefined;
type Level = Map<Part, unknown>;

function down(level: Level | undefined, part: Part): Level | undefined {
  return level?.get(part) as Level | undefined;
}

function make(level: Level, part: Part): Level {
  let next = level.get(part) as Level | undefined;
  if (next === undefined) {
    next = new Map();
    level.set(part, next);
  }
  return next;
}

/**
 * A per-vocabulary memo keyed by up to six strings (pass `undefined` for unused places), held in
 * nested maps: each part is hashed where it already lives (extractor strings), so a lookup
 * allocates nothing. At most `bound` entries per vocabulary; the table empties past it.
 *
 * Put the parts that change least first: consecutive lookups often share the first three (the
 * fields of one record share their owner's reading), so the level under the last three-part
 * prefix is kept and a lookup with the same prefix walks only the remaining three levels.
 */
export class TupleMemo<T> {
  readonly #bound: number;
  readonly #tables = new WeakMap<CompiledVocabulary, { root: Level; size: number }>();
  #lastVocab: CompiledVocabulary | undefined;
  #lastTable: { root: Level; size: number } | undefined;
  /** The level under the prefix (#a, #b, #c) of the last lookup, in `#lastTable`; undefined when none. */
  #prefix: Level | undefined;
  #a: Part;
  #b: Part;
  #c: Part;

  constructor(bound: number) {
    this.#bound = bound;
  }

  /** The entry for these parts, or `MISS`. */
  find(vocab: CompiledVocabulary, a: Part, b: Part, c: Part, d: Part, e: Part, f: Part): T | typeof MISS {
    const level = down(down(this.#under(vocab, a, b, c, false), d), e);
    if (level === undefined) return MISS;
    const hit = level.get(f);
    return hit !== undefined || level.has(f) ? (hit as T) : MISS;
  }

  /** Stores the entry for these parts. */
  store(vocab: CompiledVocabulary, a: Part, b: Part, c: Part, d: Part, e: Part, f: Part, value: T): void {
    const table = this.#table(vocab);
    if (table.size >= this.#bound) {
      table.root = new Map();
      table.size = 0;
      this.#prefix = undefined;
    }
    const level = make(make(this.#under(vocab, a, b, c, true) as Level, d), e);
    level.set(f, value);
    table.size++;
  }

  /** The level under (a, b, c), made when `create`; the last one is kept for the next lookup. */
  #under(vocab: CompiledVocabulary, a: Part, b: Part, c: Part, create: boolean): Level | undefined {
    const table = this.#table(vocab);
    if (this.#prefix !== undefined && this.#a === a && this.#b === b && this.#c === c) return this.#prefix;
    const level = create ? make(make(make(table.root, a), b), c) : down(down(down(table.root, a), b), c);
    this.#prefix = level;
    this.#a = a;
    this.#b = b;
    this.#c = c;
    return level;
  }

  #table(vocab: CompiledVocabulary): { root: Level; size: number } {
    if (vocab === this.#lastVocab && this.#lastTable !== undefined) return this.#lastTable;
    let table = this.#tables.get(vocab);
    if (table === undefined) {
      table = { root: new Map(), size: 0 };
      this.#tables.set(vocab, table);
    }
    this.#lastVocab = vocab;
    this.#lastTable = table;
    // The kept prefix belongs to the previous vocabulary's table.
    this.#prefix = undefined;
    return table;
  }
}
