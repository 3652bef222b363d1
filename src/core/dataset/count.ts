/**
 * Counting over the whole input (legal-reference.md §8.6): a piece is a record carrying PI,
 * counted once under its strictest class; exact duplicates removed unless de-duplication is
 * off; records with nothing identifying are not counted; distinct persons by the plan's key.
 * Counters are mergeable: workers count byte ranges and the parent merges, sets included.
 */
import type { CsvRecord } from './csvScan.js';
import { hashBytes, hashOut } from './hash.js';
import { HashSet64 } from './hashSet.js';
import { CLASS_CODE, CLASS_SHIFT, type CountPlan } from './plan.js';

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
  /** With de-duplication: (hash, mask) entries of distinct PI records. */
  records: Uint32Array;
  /** (hash, flags) entries of distinct persons; flags: 1 sensitive PI, 2 face data. */
  persons: Uint32Array;
  bytes: number;
}

const SEED_PERSON = 0x5eed;
export const PERSON_SENSITIVE = 1;
export const PERSON_FACE = 2;

/** Counts all, sensitive and face persons in a person set. */
export function countPersons(set: HashSet64): { all: number; sensitive: number; face: number } {
  let sensitive = 0;
  let face = 0;
  set.forEachValue((v) => {
    if ((v & PERSON_SENSITIVE) !== 0) sensitive++;
    if ((v & PERSON_FACE) !== 0) face++;
  });
  return { all: set.size, sensitive, face };
}
// Local bindings: under a CommonJS loader, imported names are property reads on every call.
const hash = hashBytes;
const out = hashOut;

export class RecordCounter {
  readonly plan: CountPlan;
  rows = 0;
  malformed = 0;
  withoutPi = 0;
  withPi = 0;
  bytes = 0;
  readonly #records: HashSet64;
  readonly #persons: HashSet64;
  readonly #maskCounts = new Map<number, number>();
  readonly #bits: Int32Array;
  readonly #classes: Int32Array;
  readonly #cols: Int32Array;
  readonly #identifying: Uint8Array;

  /** `expectedRecords` presizes the sets (an estimate from the file size saves rehashing). */
  constructor(plan: CountPlan, expectedRecords = 4096) {
    this.plan = plan;
    this.#records = new HashSet64(plan.dedupe ? expectedRecords : 16);
    this.#persons = new HashSet64(plan.personKey >= 0 ? expectedRecords : 16);
    this.#cols = Int32Array.from(plan.columns.map((c) => c.index));
    this.#identifying = Uint8Array.from(plan.columns.map((c) => (c.identifying === false ? 0 : 1)));
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
    const cols = this.#cols;
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k] as number;
      if (c >= r.count || !identifying(buf, r.starts[c] as number, r.ends[c] as number)) continue;
      mask |= this.#bits[k] as number;
      identifies |= this.#identifying[k] as number;
      const code = this.#classes[k] as number;
      if (code < cls) cls = code;
    }
    if (identifies === 0) {
      this.withoutPi++;
      return;
    }
    this.withPi++;
    const packed = (mask | (cls << CLASS_SHIFT)) >>> 0;
    if (plan.dedupe) {
      hash(buf, r.start, r.end);
      this.#records.add(out[0] as number, out[1] as number, packed);
    } else {
      this.#maskCounts.set(packed, (this.#maskCounts.get(packed) ?? 0) + 1);
    }
    const key = plan.personKey;
    if (key >= 0 && key < r.count) {
      const s = r.starts[key] as number;
      const e = r.ends[key] as number;
      if (identifying(buf, s, e)) {
        hash(buf, s, e, SEED_PERSON);
        const hi = out[0] as number;
        const lo = out[1] as number;
        this.#persons.addOr(hi, lo, ((mask & plan.sensitiveBits) !== 0 ? PERSON_SENSITIVE : 0) | ((mask & plan.faceBits) !== 0 ? PERSON_FACE : 0));
      }
    }
  }

  /** Counts `n` malformed rows found by a reader (oversized or unparsable). */
  addMalformed(n: number): void {
    this.rows += n;
    this.malformed += n;
  }

  /** The mergeable state (arrays are fresh copies, safe to transfer). */
  state(): CountState {
    return {
      rows: this.rows,
      malformed: this.malformed,
      withoutPi: this.withoutPi,
      withPi: this.withPi,
      maskCounts: Object.fromEntries(this.#maskCounts),
      records: this.#records.toEntries(),
      persons: this.#persons.toEntries(),
      bytes: this.bytes,
    };
  }

  /** Merges another counter's state (a worker's, or another file's under the same plan). */
  merge(s: CountState): void {
    this.rows += s.rows;
    this.malformed += s.malformed;
    this.withoutPi += s.withoutPi;
    this.withPi += s.withPi;
    this.bytes += s.bytes;
    for (const [k, v] of Object.entries(s.maskCounts)) this.#maskCounts.set(Number(k), (this.#maskCounts.get(Number(k)) ?? 0) + v);
    this.#records.addEntries(s.records);
    this.#persons.orEntries(s.persons);
  }

  /** Calls `fn(packedMask, count)` for each distinct kind of counted record. */
  forEachCounted(fn: (packed: number, count: number) => void): void {
    if (this.plan.dedupe) {
      const counts = new Map<number, number>();
      this.#records.forEachValue((v) => counts.set(v, (counts.get(v) ?? 0) + 1));
      for (const [k, v] of counts) fn(k, v);
    } else {
      for (const [k, v] of this.#maskCounts) fn(k, v);
    }
  }

  get distinctRecords(): number {
    return this.plan.dedupe ? this.#records.size : this.withPi;
  }

  /** Distinct persons by the plan's key; sensitive and face counts among them. */
  get persons(): { all: number; sensitive: number; face: number } {
    return countPersons(this.#persons);
  }

  /** The distinct-person set itself (read-only use: merging across counters). */
  get personSet(): HashSet64 {
    return this.#persons;
  }
}

const STAR = 42;
const SPACE = 32;
const TAB = 9;
const DASH = 45;

/**
 * Whether bytes [s, e) hold something identifying: not empty, not a null marker (`NULL`,
 * `null`, `\N`, `N/A`), not only mask characters (`****`). Byte-level, no allocation.
 */
export function identifying(buf: Uint8Array, s: number, e: number): boolean {
  // Fast path: a value longer than any null marker that starts with a visible non-mask byte.
  const b0 = buf[s];
  if (e - s > 4 && b0 !== SPACE && b0 !== TAB && b0 !== STAR && b0 !== DASH) return true;
  while (s < e && (buf[s] === SPACE || buf[s] === TAB)) s++;
  while (e > s && (buf[e - 1] === SPACE || buf[e - 1] === TAB)) e--;
  const len = e - s;
  if (len === 0) return false;
  if (len <= 4) {
    const a = buf[s] as number;
    if (len === 2 && a === 92 && buf[s + 1] === 78) return false; // \N
    if (len === 4 && (a === 78 || a === 110) && (buf[s + 1] === 85 || buf[s + 1] === 117) && (buf[s + 2] === 76 || buf[s + 2] === 108) && (buf[s + 3] === 76 || buf[s + 3] === 108)) return false; // NULL
    if (len === 3 && (a === 78 || a === 110) && buf[s + 1] === 47 && (buf[s + 2] === 65 || buf[s + 2] === 97)) return false; // N/A
  }
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b !== STAR && b !== SPACE && b !== DASH) return true;
  }
  return false;
}
