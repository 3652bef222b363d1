/**
 * Counting over the whole input (法释〔2017〕10号 Art. 11(2)–(3); docs/legal-basis.md): a piece
 * is a record carrying PI, counted once under its strictest class; exact duplicates removed
 * unless de-duplication is off (judged on field values, whatever the quoting); records with
 * nothing identifying are not counted; distinct persons by the plan's key.
 * Counters are mergeable: workers count byte ranges and the parent merges, sets included.
 */
import { canonicalRecord } from './canonical.js';
import type { CsvRecord } from './csvScan.js';
import { hashBytes, hashOut, type HashKey } from './hash.js';
import {
  dedupePartition,
  dedupeTriples,
  forEachDistinct,
  HashPartitions,
  PARTITIONS,
  type PartitionResult,
} from './partitions.js';
import type { RunInfo, RunStore } from './runs.js';
import { identifying } from './identifying.js';
import { CARD_BIT, CLASS_CODE, CLASS_SHIFT, type CountPlan } from './plan.js';

export { identifying } from './identifying.js';

/** A counter's mergeable state: plain data with transferable arrays. */
export interface CountState {
  rows: number;
  malformed: number;
  /** Records with no identifying value in any PI column. */
  withoutPi: number;
  /** Records carrying PI, duplicates included. */
  withPi: number;
  /** Without de-duplication: record count per packed mask. */
  maskCounts: Record<number, number>;
  /** With de-duplication: (hash, packed mask) triples, arrays per partition. */
  records: Uint32Array[][];
  /** (hash, flags) triples, arrays per partition; flags: 1 sensitive PI, 2 face data. */
  persons: Uint32Array[][];
  /** Runs already written to the shared run store (none from worker threads). */
  recordRuns: RunInfo[];
  personRuns: RunInfo[];
  bytes: number;
}

/**
 * How a counter hashes and where it spills. `key` is the run's secret hash key (the node layer
 * draws it at random; workers of one run share it so their hashes merge). With `store`, each
 * of the record and person buffers writes a sorted run of distinct hashes whenever it holds
 * `budget` triples, so memory stays flat whatever the number of records. Counters that merge
 * share one store.
 */
export interface CounterSetup {
  readonly key: HashKey;
  readonly store?: RunStore | undefined;
  readonly budget?: number | undefined;
  /**
   * Without a store: de-duplicate the buffers in place once they hold this many triples (the
   * threshold doubles when little was removed). Default 4,000,000; a worker counting one range
   * uses less, so repeated records never grow its buffers.
   */
  readonly compactAt?: number | undefined;
}

/**
 * For counts that never leave memory (no store: profiling, tests). Whatever reaches disk is
 * hashed under the random key the node layer passes with its store.
 */
export const IN_MEMORY_SETUP: CounterSetup = { key: [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344] };

// Persons hash under a key derived from the run's key, so a person key and a one-column
// record with the same bytes do not share a hash.
const PERSON_TWEAK = 0x5eed;
export const PERSON_SENSITIVE = 1;
export const PERSON_FACE = 2;
/** Compact (de-duplicate) the buffers when they hold this many triples, so memory follows distinct records. */
const COMPACT_AT = 4_000_000;
// Local bindings: under a CommonJS loader, imported names are property reads on every call.
const hash = hashBytes;
const out = hashOut;

/** The counts after de-duplication. */
export interface CountSummary {
  readonly distinctRecords: number;
  readonly maskCounts: ReadonlyMap<number, number>;
  readonly persons: { readonly all: number; readonly sensitive: number; readonly face: number };
}

/** A partition's counts once de-duplicated. */
type InstalledPartition = PartitionResult;

/** Adds up per-partition counts. */
function sumCounts(results: readonly InstalledPartition[]): CountSummary {
  const maskCounts = new Map<number, number>();
  let distinctRecords = 0;
  let all = 0;
  let sensitive = 0;
  let face = 0;
  for (const r of results) {
    for (const [k, v] of r.maskCounts) maskCounts.set(k, (maskCounts.get(k) ?? 0) + v);
    distinctRecords += r.distinctRecords;
    all += r.distinctPersons;
    sensitive += r.sensitive;
    face += r.face;
  }
  return { distinctRecords, maskCounts, persons: { all, sensitive, face } };
}

export class RecordCounter {
  readonly plan: CountPlan;
  rows = 0;
  malformed = 0;
  withoutPi = 0;
  withPi = 0;
  bytes = 0;
  readonly #records: HashPartitions;
  readonly #persons: HashPartitions;
  readonly #maskCounts = new Map<number, number>();
  readonly #bits: Int32Array;
  readonly #classes: Int32Array;
  readonly #cols: Int32Array;
  readonly #identifying: Uint8Array;
  readonly #key: HashKey;
  /** Per planned column: 1 card number, 2 card authorisation (expiry, CVV, PIN), 0 neither. */
  readonly #card: Uint8Array;
  #compactAt = COMPACT_AT;
  #summary: CountSummary | null = null;
  #installed = new Array<InstalledPartition | undefined>(PARTITIONS);
  #final = false;

  constructor(plan: CountPlan, setup: CounterSetup) {
    this.plan = plan;
    this.#key = setup.key;
    this.#compactAt = setup.compactAt ?? COMPACT_AT;
    this.#records = new HashPartitions(setup.store, setup.budget);
    this.#persons = new HashPartitions(setup.store, setup.budget);
    this.#cols = Int32Array.from(plan.columns.map((c) => c.index));
    this.#identifying = Uint8Array.from(plan.columns.map((c) => (c.identifying === false ? 0 : 1)));
    this.#card = Uint8Array.from(
      plan.columns.map((c) => (c.card === 'number' ? 1 : c.card === 'auth' ? 2 : 0)),
    );
    this.#bits = Int32Array.from(plan.columns.map((c) => 1 << plan.categories.indexOf(c.category)));
    // A flag (minor_u14) counts under its content's class: C unless another column says more.
    this.#classes = Int32Array.from(plan.columns.map((c) => CLASS_CODE[c.legalClass ?? 'C']));
  }

  /** Counts one record whose fields are byte ranges (the CSV fast path and the generic path). */
  add(r: CsvRecord): void {
    this.rows++;
    const plan = this.plan;
    if (r.malformed || (plan.columnCount > 0 && r.count !== plan.columnCount)) {
      this.malformed++;
      return;
    }
    const buf = r.buf;
    let mask = 0;
    let cls = 3;
    let identifies = 0;
    let card = 0;
    const cols = this.#cols;
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k] as number;
      if (c >= r.count || !identifying(buf, r.starts[c] as number, r.ends[c] as number)) continue;
      mask |= this.#bits[k] as number;
      identifies |= this.#identifying[k] as number;
      card |= this.#card[k] as number;
      const code = this.#classes[k] as number;
      if (code < cls) cls = code;
    }
    if (identifies === 0) {
      this.withoutPi++;
      return;
    }
    this.withPi++;
    this.#summary = null;
    const packed = (mask | (cls << CLASS_SHIFT) | (card === 3 ? CARD_BIT : 0)) >>> 0;
    const k = this.#key;
    if (plan.dedupe) {
      // Unquoted records are hashed in place; quoted ones by value (`"a",b` equals `a,b`).
      if (r.quotedFields === 0) hash(buf, r.start, r.end, k[0], k[1], k[2], k[3]);
      else {
        const c = canonicalRecord(r);
        hash(c.bytes, 0, c.length, k[0], k[1], k[2], k[3]);
      }
      this.#records.push(out[0] as number, out[1] as number, packed);
    } else {
      this.#maskCounts.set(packed, (this.#maskCounts.get(packed) ?? 0) + 1);
    }
    const key = plan.personKey;
    if (key >= 0 && key < r.count) {
      const s = r.starts[key] as number;
      const e = r.ends[key] as number;
      if (identifying(buf, s, e)) {
        hash(buf, s, e, k[0] ^ PERSON_TWEAK, k[1] ^ PERSON_TWEAK, k[2], k[3]);
        this.#persons.push(
          out[0] as number,
          out[1] as number,
          ((mask & plan.sensitiveBits) !== 0 ? PERSON_SENSITIVE : 0) |
            ((mask & plan.faceBits) !== 0 ? PERSON_FACE : 0),
        );
      }
    }
    if (this.#records.entries + this.#persons.entries >= this.#compactAt && !this.#records.spills)
      this.compact();
  }

  /** Counts `n` malformed rows found by a reader (oversized or unparsable). */
  addMalformed(n: number): void {
    this.rows += n;
    this.malformed += n;
  }

  /** De-duplicates the buffers in place; the threshold rises when little was removed. */
  compact(): void {
    for (const parts of [this.#records, this.#persons]) {
      for (let p = 0; p < PARTITIONS; p++) parts.replace(p, dedupeTriples(parts.arrays(p)));
    }
    this.#compactAt = Math.max(this.#compactAt, 2 * (this.#records.entries + this.#persons.entries));
  }

  /**
   * The mergeable state. Moves the hash arrays out (no copy): the counter must not be used
   * afterwards. The arrays' buffers may be transferred to another thread.
   */
  state(): CountState {
    if (this.#final) throw new Error('this counter was finished without keeping its hashes');
    return {
      rows: this.rows,
      malformed: this.malformed,
      withoutPi: this.withoutPi,
      withPi: this.withPi,
      maskCounts: Object.fromEntries(this.#maskCounts),
      records: this.#records.take(),
      persons: this.#persons.take(),
      recordRuns: this.#records.takeRuns(),
      personRuns: this.#persons.takeRuns(),
      bytes: this.bytes,
    };
  }

  /** Merges another counter's state (a worker's, or another file's under the same plan). */
  merge(s: CountState): void {
    if (this.#final)
      throw new Error('this counter was finished without keeping its hashes; nothing can be merged into it');
    this.rows += s.rows;
    this.malformed += s.malformed;
    this.withoutPi += s.withoutPi;
    this.withPi += s.withPi;
    this.bytes += s.bytes;
    for (const [k, v] of Object.entries(s.maskCounts))
      this.#maskCounts.set(Number(k), (this.#maskCounts.get(Number(k)) ?? 0) + v);
    this.#records.append(s.records, s.recordRuns);
    this.#persons.append(s.persons, s.personRuns);
    this.#summary = null;
  }

  /** Whether hashes were written out: the count then merges runs, on this thread. */
  get spilled(): boolean {
    return this.#records.spilled || this.#persons.spilled;
  }

  /** Partition p's arrays, for de-duplication on another thread (only when nothing spilled). */
  partitionArrays(p: number): { records: Uint32Array[]; persons: Uint32Array[] } {
    return { records: this.#records.arrays(p), persons: this.#persons.arrays(p) };
  }

  /**
   * Installs partition p de-duplicated elsewhere (a worker thread). Once every partition is
   * installed, the summary is ready without de-duplicating again.
   */
  installPartition(p: number, r: PartitionResult): void {
    this.#records.replace(p, r.records);
    this.#persons.replace(p, r.persons);
    // Results without hashes (not kept) finish the counter: nothing can be merged into it later.
    if (r.records.length / 3 < r.distinctRecords || r.persons.length / 3 < r.distinctPersons)
      this.#final = true;
    this.#installed[p] = { ...r, records: new Uint32Array(0), persons: new Uint32Array(0) };
    // (Array.every would skip the holes of a sparse array: count instead.)
    if (this.#installed.filter((x) => x !== undefined).length === PARTITIONS) {
      this.#summary = this.#finish(sumCounts(this.#installed as InstalledPartition[]));
      this.#installed = new Array<InstalledPartition | undefined>(PARTITIONS);
    }
  }

  /** De-duplicates (once) and summarises. */
  /**
   * `keep` false drops the hashes once counted (the last use of a counter): nothing can be
   * merged into it afterwards, and no de-duplicated partitions are written back.
   */
  summary(keep = true): CountSummary {
    if (this.#summary !== null) return this.#summary;
    if (this.spilled) {
      this.#summary = this.#finish(this.#spilledSummary());
      if (!keep) {
        this.#final = true;
        this.#records.dropRuns();
        this.#persons.dropRuns();
      }
      return this.#summary;
    }
    const results: InstalledPartition[] = [];
    for (let p = 0; p < PARTITIONS; p++) {
      const r = dedupePartition(this.#records.arrays(p), this.#persons.arrays(p), keep);
      this.#records.replace(p, r.records);
      this.#persons.replace(p, r.persons);
      results.push(r);
    }
    if (!keep) this.#final = true;
    this.#summary = this.#finish(sumCounts(results));
    return this.#summary;
  }

  /** Counts by streaming through the merged runs (and memory); the runs are kept. */
  #spilledSummary(): CountSummary {
    const maskCounts = new Map<number, number>();
    let distinctRecords = 0;
    forEachDistinct([this.#records], (_hi, _lo, v) => {
      distinctRecords++;
      maskCounts.set(v, (maskCounts.get(v) ?? 0) + 1);
    });
    const persons = countPersons([this.#persons]);
    return { distinctRecords, maskCounts, persons };
  }

  #finish(s: CountSummary): CountSummary {
    return this.plan.dedupe
      ? s
      : { ...s, distinctRecords: this.withPi, maskCounts: new Map(this.#maskCounts) };
  }

  /** Calls `fn(packedMask, count)` for each distinct kind of counted record. */
  forEachCounted(fn: (packed: number, count: number) => void): void {
    for (const [k, v] of this.summary().maskCounts) fn(k, v);
  }

  get distinctRecords(): number {
    return this.summary().distinctRecords;
  }

  /** Distinct persons by the plan's key; sensitive and face counts among them. */
  get persons(): { all: number; sensitive: number; face: number } {
    return this.summary().persons;
  }

  /** The person hashes (for the union across files; summarised first). */
  get personHashes(): HashPartitions {
    this.summary();
    return this.#persons;
  }
}

/** Distinct persons held by `bags` together, with the sensitive and face counts among them. */
export function countPersons(bags: readonly HashPartitions[]): {
  all: number;
  sensitive: number;
  face: number;
} {
  let all = 0;
  let sensitive = 0;
  let face = 0;
  forEachDistinct(bags, (_hi, _lo, v) => {
    all++;
    if ((v & PERSON_SENSITIVE) !== 0) sensitive++;
    if ((v & PERSON_FACE) !== 0) face++;
  });
  return { all, sensitive, face };
}
