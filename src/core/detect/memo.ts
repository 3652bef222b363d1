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
