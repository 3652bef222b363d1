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

/** Up to six strings naming one entry (unused places left undefined). */
export type Key6 = readonly [
  string | undefined,
  string | undefined,
  string | undefined,
  string | undefined,
  string | undefined,
  string | undefined,
];

/** A per-vocabulary memo keyed by several strings, without joining them into one key. */
export interface TupleMemo<T> {
  get(vocab: CompiledVocabulary, keys: readonly (string | undefined)[], compute: () => T): T;
}

type Level = Map<string | undefined, unknown>;

/**
 * Creates a memo over string tuples holding at most `bound` entries per vocabulary. Nested maps
 * hash each part where it already lives (extractor strings), so a lookup allocates nothing.
 */
export function boundedTupleMemo<T>(bound: number): TupleMemo<T> {
  const tables = new WeakMap<CompiledVocabulary, { root: Level; size: number }>();
  return {
    get(vocab, keys, compute) {
      let table = tables.get(vocab);
      if (table === undefined) {
        table = { root: new Map(), size: 0 };
        tables.set(vocab, table);
      }
      let level = table.root;
      const last = keys.length - 1;
      for (let i = 0; i < last; i++) {
        let next = level.get(keys[i]) as Level | undefined;
        if (next === undefined) {
          next = new Map();
          level.set(keys[i], next);
        }
        level = next;
      }
      const leaf = keys[last];
      const hit = level.get(leaf);
      if (hit !== undefined || level.has(leaf)) return hit as T;
      if (table.size >= bound) {
        table.root = new Map();
        table.size = 0;
        return this.get(vocab, keys, compute);
      }
      const value = compute();
      level.set(leaf, value);
      table.size++;
      return value;
    },
  };
}
