/**
 * An open-addressing hash set of 64-bit keys, each with a 32-bit payload, stored flat in one
 * Uint32Array (12 bytes a slot, load ≤ 0.7): the de-duplication set for millions of records in
 * tens of megabytes. Sets from several workers merge by transferring their entries.
 */
export class HashSet64 {
  #slots: Uint32Array;
  #mask: number;
  #size = 0;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity / 0.7) cap *= 2;
    this.#slots = new Uint32Array(cap * 3);
    this.#mask = cap - 1;
  }

  get size(): number {
    return this.#size;
  }

  /** The payload stored with the key, or undefined. */
  get(hi: number, lo: number): number | undefined {
    const at = this.#slotFor(hi, lo);
    return at >= 0 ? this.#slots[at + 2] : undefined;
  }

  /** Adds the key; returns false if it was already present (the payload is then left as is). */
  add(hi: number, lo: number, value = 0): boolean {
    const at = this.#slotFor(hi, lo);
    if (at >= 0) return false;
    this.#claim(~at, hi, lo, value);
    return true;
  }

  /** Adds the key, or ORs `flags` into the payload of the key already present. Returns whether it was new. */
  addOr(hi: number, lo: number, flags: number): boolean {
    const at = this.#slotFor(hi, lo);
    if (at >= 0) {
      this.#slots[at + 2] = (this.#slots[at + 2] as number) | flags;
      return false;
    }
    this.#claim(~at, hi, lo, flags);
    return true;
  }

  /**
   * Linear probing: the slot offset holding the key, or `~offset` of the empty slot where it
   * belongs (grown first if adding one more would pass the load limit).
   */
  #slotFor(hi: number, lo: number): number {
    // (0, 0) marks an empty slot, so a zero key is nudged; with 64-bit keys this costs nothing.
    if (hi === 0 && lo === 0) lo = 1;
    if (this.#size + 1 > (this.#mask + 1) * 0.7) this.#grow();
    const slots = this.#slots;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.#mask;
    for (;;) {
      const at = i * 3;
      const h = slots[at] as number;
      const l = slots[at + 1] as number;
      if (h === 0 && l === 0) return ~at;
      if (h === hi >>> 0 && l === lo >>> 0) return at;
      i = (i + 1) & this.#mask;
    }
  }

  #claim(at: number, hi: number, lo: number, value: number): void {
    this.#slots[at] = hi === 0 && lo === 0 ? 0 : hi;
    this.#slots[at + 1] = hi === 0 && lo === 0 ? 1 : lo;
    this.#slots[at + 2] = value;
    this.#size++;
  }

  /** Merges packed entries, OR-ing payloads of keys present in both. */
  orEntries(entries: Uint32Array): void {
    for (let o = 0; o + 2 < entries.length; o += 3)
      this.addOr(entries[o] as number, entries[o + 1] as number, entries[o + 2] ?? 0);
  }

  /** Calls `fn(value)` for every entry. */
  forEachValue(fn: (value: number) => void): void {
    const slots = this.#slots;
    for (let at = 0; at < slots.length; at += 3) {
      if (slots[at] !== 0 || slots[at + 1] !== 0) fn(slots[at + 2] as number);
    }
  }

  /** The entries as triples, calling `fn(value)` for each on the way (one pass over the table). */
  toEntriesVisiting(fn: (value: number) => void): Uint32Array {
    const out = new Uint32Array(this.#size * 3);
    const slots = this.#slots;
    let o = 0;
    for (let at = 0; at < slots.length; at += 3) {
      if (slots[at] !== 0 || slots[at + 1] !== 0) {
        const v = slots[at + 2] as number;
        out[o++] = slots[at] as number;
        out[o++] = slots[at + 1] as number;
        out[o++] = v;
        fn(v);
      }
    }
    return out;
  }

  /** The entries packed as (hi, lo, value) triples, for transfer to another thread. */
  toEntries(): Uint32Array {
    return this.toEntriesVisiting(() => undefined);
  }

  /** Adds packed entries; returns how many were already present. */
  addEntries(entries: Uint32Array): number {
    let present = 0;
    for (let o = 0; o + 2 < entries.length; o += 3) {
      if (!this.add(entries[o] as number, entries[o + 1] as number, entries[o + 2])) present++;
    }
    return present;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Uint32Array(old.length * 2);
    this.#mask = this.#mask * 2 + 1;
    this.#size = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] !== 0 || old[at + 1] !== 0) this.add(old[at] as number, old[at + 1] as number, old[at + 2]);
    }
  }
}
