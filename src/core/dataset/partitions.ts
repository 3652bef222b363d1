/**
 * Radix-partitioned hash buffers: records and persons are appended as (hash, payload) triples
 * to one of 64 partitions chosen by the hash's top bits, and de-duplicated partition by
 * partition later. Appending is sequential and each partition's set fits in cache, which is far
 * cheaper than inserting into one large table; counters merge by handing over their arrays, and
 * partitions can be de-duplicated on separate threads.
 *
 * With a run store, memory is capped: when the buffers hold `budget` triples they are
 * de-duplicated, sorted and written out as a run (runs.ts), and the count merges the runs.
 */
import { HashSet64 } from './hashSet.js';
import { arrayReader, mergeRuns, sortTriples, type RunInfo, type RunReader, type RunStore } from './runs.js';

export const PARTITION_BITS = 6;
export const PARTITIONS = 1 << PARTITION_BITS;
const SHIFT = 32 - PARTITION_BITS;

/** Runs merged into one when this many of the same level pile up (size-tiered merging). */
const MERGE_FANIN = 8;

export class HashPartitions {
  readonly #cur: Uint32Array[] = [];
  readonly #len = new Int32Array(PARTITIONS);
  /** Arrays received from other counters or left by compaction, per partition. */
  readonly #sealed: Uint32Array[][] = [];
  #inMemory = 0;
  /** Triples written to runs (distinct within each run). */
  #spilled = 0;
  /** Triples in the last run that merged every run: the distinct count so far, at that time. */
  #base = 0;
  #runs: RunInfo[] = [];
  readonly #store: RunStore | undefined;
  readonly #budget: number;

  /** `budget`: triples held in memory before they are de-duplicated, sorted and written as a run to `store`. */
  constructor(store?: RunStore, budget = 1 << 21) {
    this.#store = store;
    this.#budget = budget;
    for (let p = 0; p < PARTITIONS; p++) {
      this.#cur.push(new Uint32Array(96));
      this.#sealed.push([]);
    }
  }

  /** Triples held (duplicates included until de-duplicated), in memory or in runs. */
  get entries(): number {
    return this.#inMemory + this.#spilled;
  }

  /** Whether a store takes the overflow (then memory never grows past the budget). */
  get spills(): boolean {
    return this.#store !== undefined;
  }

  /** Whether anything was written out: counting then merges runs instead of partitions. */
  get spilled(): boolean {
    return this.#runs.length > 0;
  }

  get store(): RunStore | undefined {
    return this.#store;
  }

  push(hi: number, lo: number, value: number): void {
    const p = hi >>> SHIFT;
    let arr = this.#cur[p] as Uint32Array;
    const n = this.#len[p] as number;
    if (n + 3 > arr.length) {
      const bigger = new Uint32Array(arr.length * 2);
      bigger.set(arr);
      this.#cur[p] = arr = bigger;
    }
    arr[n] = hi;
    arr[n + 1] = lo;
    arr[n + 2] = value;
    this.#len[p] = n + 3;
    if (++this.#inMemory >= this.#budget && this.#store !== undefined) this.#flush(this.#store);
  }

  #memoryArrays(p: number): Uint32Array[] {
    const n = this.#len[p] as number;
    const sealed = this.#sealed[p] as Uint32Array[];
    return n > 0 ? [...sealed, (this.#cur[p] as Uint32Array).subarray(0, n)] : [...sealed];
  }

  /** Partition `p`'s in-memory arrays of triples (views; valid until the next change). Runs are not included. */
  arrays(p: number): Uint32Array[] {
    return this.#memoryArrays(p);
  }

  /**
   * Hands over every partition's in-memory arrays (no copy: this buffer must not be used
   * afterwards). The arrays' buffers can be transferred to another thread.
   */
  take(): Uint32Array[][] {
    const out: Uint32Array[][] = [];
    for (let p = 0; p < PARTITIONS; p++) out.push(this.#memoryArrays(p));
    return out;
  }

  /** Hands over the runs (the store must be shared with whoever adopts them). */
  takeRuns(): RunInfo[] {
    const runs = this.#runs;
    this.#runs = [];
    this.#spilled = 0;
    this.#base = 0;
    return runs;
  }

  /** Adopts another buffer's arrays (no copy) and runs (kept in the same store). */
  append(parts: readonly (readonly Uint32Array[])[], runs: readonly RunInfo[] = []): void {
    for (let p = 0; p < PARTITIONS && p < parts.length; p++) {
      for (const a of parts[p] ?? []) {
        if (a.length === 0) continue;
        (this.#sealed[p] as Uint32Array[]).push(a);
        this.#inMemory += a.length / 3;
      }
    }
    if (runs.length > 0) {
      if (this.#store === undefined) throw new Error('spilled hashes can only join a counter that spills');
      // Adopted runs go first, oldest level first, so tiered merging still sees equal levels together.
      this.#runs = [...runs, ...this.#runs].sort((a, b) => b.level - a.level);
      for (const r of runs) this.#spilled += r.count;
    }
    if (this.#inMemory >= this.#budget && this.#store !== undefined) this.#flush(this.#store);
  }

  /** Replaces partition `p`'s in-memory triples with already de-duplicated ones. */
  replace(p: number, triples: Uint32Array): void {
    for (const a of this.#memoryArrays(p)) this.#inMemory -= a.length / 3;
    this.#cur[p] = new Uint32Array(96);
    this.#len[p] = 0;
    this.#sealed[p] = triples.length > 0 ? [triples] : [];
    this.#inMemory += triples.length / 3;
  }

  /** The in-memory triples, de-duplicated and sorted by hash (partition by partition: the top bits order them). */
  #sortedMemory(): Uint32Array[] {
    const out: Uint32Array[] = [];
    for (let p = 0; p < PARTITIONS; p++) {
      const set = distinctSet(this.#memoryArrays(p));
      if (set.size > 0) out.push(sortTriples(set.toEntries(), (hi, lo) => set.get(hi, lo) ?? 0));
    }
    return out;
  }

  /** Writes memory out as one run and clears it; merges runs as they pile up. */
  #flush(store: RunStore): void {
    const w = store.create();
    let count = 0;
    for (const t of this.#sortedMemory()) {
      w.write(t);
      count += t.length / 3;
    }
    for (let p = 0; p < PARTITIONS; p++) {
      this.#sealed[p] = [];
      this.#len[p] = 0;
      // Partition buffers that grew for a burst are not kept at that size.
      if ((this.#cur[p] as Uint32Array).length > 1 << 16) this.#cur[p] = new Uint32Array(96);
    }
    this.#inMemory = 0;
    this.#runs.push({ id: w.finish(), count, level: 0 });
    this.#spilled += count;
    this.#tidy(store);
  }

  /**
   * Keeps disk linear in distinct values and the merge fan-in small: the last MERGE_FANIN runs
   * of one level merge into a run of the next level; and when the runs hold more than twice
   * the last full merge (plus a few budgets), all of them merge into one, whose size is the
   * distinct count so far.
   */
  #tidy(store: RunStore): void {
    if (this.#spilled > 2 * this.#base + MERGE_FANIN * this.#budget) {
      const merged = this.#merge(store, this.#runs);
      this.#runs = [{ ...merged, level: Number.MAX_SAFE_INTEGER }];
      this.#base = merged.count;
      return;
    }
    for (;;) {
      const n = this.#runs.length;
      const level = this.#runs[n - 1]?.level;
      if (level === undefined || n < MERGE_FANIN) return;
      const tail = this.#runs.slice(n - MERGE_FANIN);
      if (!tail.every((r) => r.level === level)) return;
      const merged = this.#merge(store, tail);
      this.#runs = [...this.#runs.slice(0, n - MERGE_FANIN), { ...merged, level: level + 1 }];
    }
  }

  /** Merges runs into a new one and removes them. */
  #merge(store: RunStore, runs: readonly RunInfo[]): RunInfo {
    const w = store.create();
    let count = 0;
    mergeRuns(
      runs.map((r) => store.open(r.id)),
      (t) => {
        w.write(t);
        count += t.length / 3;
      },
    );
    const id = w.finish();
    for (const r of runs) {
      store.remove(r.id);
      this.#spilled -= r.count;
    }
    this.#spilled += count;
    return { id, count, level: 0 };
  }

  /** Readers over everything held, each sorted by hash: the runs, then memory. */
  readers(): RunReader[] {
    const store = this.#store;
    const fromRuns = store === undefined ? [] : this.#runs.map((r) => store.open(r.id));
    return [...fromRuns, ...this.#sortedMemory().map(arrayReader)];
  }

  /** Removes the runs (the count is finished with them). */
  dropRuns(): void {
    for (const r of this.#runs) this.#store?.remove(r.id);
    this.#runs = [];
    this.#spilled = 0;
    this.#base = 0;
  }
}

/**
 * Calls `fn` for every distinct triple (payloads OR-ed) held by `bags` together, in hash order,
 * streaming: memory holds a chunk per run.
 */
export function forEachDistinct(
  bags: readonly HashPartitions[],
  fn: (hi: number, lo: number, value: number) => void,
): void {
  mergeRuns(
    bags.flatMap((b) => b.readers()),
    (t) => {
      for (let o = 0; o < t.length; o += 3) fn(t[o] as number, t[o + 1] as number, t[o + 2] as number);
    },
  );
}

/** A set of the distinct keys in `arrays`; payloads of the same key are OR-ed. */
export function distinctSet(arrays: readonly Uint32Array[]): HashSet64 {
  const set = new HashSet64(arrays.reduce((n, a) => n + a.length / 3, 0));
  for (const a of arrays) set.orEntries(a);
  return set;
}

/** The distinct triples of `arrays`. */
export function dedupeTriples(arrays: readonly Uint32Array[]): Uint32Array {
  return distinctSet(arrays).toEntries();
}

/** What de-duplicating one partition yields. */
export interface PartitionResult {
  /** Distinct record triples and person triples (empty when not kept). */
  readonly records: Uint32Array;
  readonly persons: Uint32Array;
  readonly distinctRecords: number;
  readonly distinctPersons: number;
  /** Distinct records per packed mask, as [mask, count] pairs. */
  readonly maskCounts: [number, number][];
  readonly sensitive: number;
  readonly face: number;
}

/**
 * De-duplicates one partition of records and of persons (flags: 1 sensitive, 2 face). With
 * `keep` false only the counts are returned, which is all a finished count needs.
 */
export function dedupePartition(
  records: readonly Uint32Array[],
  persons: readonly Uint32Array[],
  keep = true,
): PartitionResult {
  const masks = new Map<number, number>();
  const countMask = (v: number): void => void masks.set(v, (masks.get(v) ?? 0) + 1);
  let sensitive = 0;
  let face = 0;
  const countFlags = (v: number): void => {
    if ((v & 1) !== 0) sensitive++;
    if ((v & 2) !== 0) face++;
  };
  const rs = distinctSet(records);
  const ps = distinctSet(persons);
  let r: Uint32Array = new Uint32Array(0);
  let q: Uint32Array = new Uint32Array(0);
  if (keep) {
    r = rs.toEntriesVisiting(countMask);
    q = ps.toEntriesVisiting(countFlags);
  } else {
    rs.forEachValue(countMask);
    ps.forEachValue(countFlags);
  }
  return {
    records: r,
    persons: q,
    distinctRecords: rs.size,
    distinctPersons: ps.size,
    maskCounts: [...masks],
    sensitive,
    face,
  };
}
