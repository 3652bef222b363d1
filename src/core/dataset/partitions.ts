/**
 * Radix-partitioned hash buffers: records and persons are appended as (hash, payload) triples
 * to one of 64 partitions chosen by the hash's top bits, and de-duplicated partition by
 * partition later. Appending is sequential and each partition's set fits in cache, which is far
 * cheaper than inserting into one large table; counters merge by handing over their arrays, and
 * partitions can be de-duplicated on separate threads.
 */
import { HashSet64 } from './hashSet.js';

export const PARTITION_BITS = 6;
export const PARTITIONS = 1 << PARTITION_BITS;
const SHIFT = 32 - PARTITION_BITS;

/**
 * Where partitions go when memory is full: the node layer supplies files, so memory stays flat
 * in the number of records; without a store, counters compact in memory instead.
 */
export interface PartitionStore {
  append(p: number, triples: Uint32Array): void;
  read(p: number): Uint32Array[];
  rewrite(p: number, triples: Uint32Array): void;
}

export class HashPartitions {
  readonly #cur: Uint32Array[] = [];
  readonly #len = new Int32Array(PARTITIONS);
  /** Arrays received from other counters or left by compaction, per partition. */
  readonly #sealed: Uint32Array[][] = [];
  #total = 0;
  #inMemory = 0;
  readonly #store: PartitionStore | undefined;
  readonly #budget: number;
  /** Whether anything went to the store (until then, de-duplicated partitions stay in memory). */
  #spilled = false;

  /** `budget`: triples held in memory before spilling to `store`. */
  constructor(store?: PartitionStore, budget = 1 << 21) {
    this.#store = store;
    this.#budget = budget;
    for (let p = 0; p < PARTITIONS; p++) {
      this.#cur.push(new Uint32Array(96));
      this.#sealed.push([]);
    }
  }

  /** Triples held (duplicates included until de-duplicated), in memory or spilled. */
  get entries(): number {
    return this.#total;
  }

  get spills(): boolean {
    return this.#store !== undefined;
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
    this.#total++;
    if (++this.#inMemory >= this.#budget && this.#store !== undefined) this.#spill(this.#store);
  }

  #memoryArrays(p: number): Uint32Array[] {
    const n = this.#len[p] as number;
    const sealed = this.#sealed[p] as Uint32Array[];
    return n > 0 ? [...sealed, (this.#cur[p] as Uint32Array).subarray(0, n)] : [...sealed];
  }

  /** Partition `p`'s arrays of triples (views; valid until the next change). */
  arrays(p: number): Uint32Array[] {
    const spilled = this.#store?.read(p) ?? [];
    return [...spilled, ...this.#memoryArrays(p)];
  }

  /**
   * Hands over every partition's arrays (no copy of in-memory arrays: this buffer must not be
   * used afterwards). The arrays' buffers can be transferred to another thread.
   */
  take(): Uint32Array[][] {
    const out: Uint32Array[][] = [];
    for (let p = 0; p < PARTITIONS; p++) out.push(this.arrays(p));
    return out;
  }

  /** Adopts another buffer's arrays (no copy). */
  append(parts: readonly (readonly Uint32Array[])[]): void {
    for (let p = 0; p < PARTITIONS && p < parts.length; p++) {
      for (const a of parts[p] ?? []) {
        if (a.length === 0) continue;
        (this.#sealed[p] as Uint32Array[]).push(a);
        this.#total += a.length / 3;
        this.#inMemory += a.length / 3;
      }
    }
    if (this.#inMemory >= this.#budget && this.#store !== undefined) this.#spill(this.#store);
  }

  /** Replaces partition `p` with already de-duplicated triples (written back when spilling). */
  replace(p: number, triples: Uint32Array): void {
    for (const a of this.arrays(p)) this.#total -= a.length / 3;
    for (const a of this.#memoryArrays(p)) this.#inMemory -= a.length / 3;
    this.#cur[p] = new Uint32Array(96);
    this.#len[p] = 0;
    this.#total += triples.length / 3;
    if (this.#store !== undefined && this.#spilled) {
      this.#store.rewrite(p, triples);
      this.#sealed[p] = [];
    } else {
      this.#sealed[p] = triples.length > 0 ? [triples] : [];
      this.#inMemory += triples.length / 3;
    }
  }

  #spill(store: PartitionStore): void {
    this.#spilled = true;
    for (let p = 0; p < PARTITIONS; p++) {
      for (const a of this.#memoryArrays(p)) store.append(p, a);
      this.#sealed[p] = [];
      this.#len[p] = 0;
    }
    this.#inMemory = 0;
  }
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
