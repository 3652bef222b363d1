/**
 * The typed arrays a fast TypeScript read fills and drops (tokens, bracket matches, the node
 * buffer as it is written, the walk's tree links), kept from one scan to the next instead of
 * allocated afresh: about 5 MB per 10,000-line file, outside the JS heap, that the garbage
 * collector had to sweep and the system to zero (issue 8). Only memory is reused: every slot a
 * read looks at is written by that read, and each array is handed out as a view of exactly the
 * length asked for, so a read sees what a fresh array would show it.
 *
 * Ownership: a scan borrows a scratch (`borrowScratch`) and gives it back (`returnScratch`)
 * once nothing it returns points into it; what outlives the scan (the node buffer a memo
 * builds Lezer's tree from) is copied out first. A read while the scratch is out (re-entrant or
 * nested) gets a scratch of its own, so two reads never share arrays.
 */
export class TsScratch {
  #bytes: Uint8Array[] = [];
  #ints: Int32Array[] = [];

  /** Byte array number `slot`, at least `length` long (its contents are stale). */
  bytes(slot: number, length: number): Uint8Array {
    const kept = this.#bytes[slot];
    if (kept !== undefined && kept.length >= length) return kept;
    const made = new Uint8Array(length);
    this.#bytes[slot] = made;
    return made;
  }

  /** Int32 array number `slot`, at least `length` long (its contents are stale). */
  ints(slot: number, length: number): Int32Array {
    const kept = this.#ints[slot];
    if (kept !== undefined && kept.length >= length) return kept;
    const made = new Int32Array(length);
    this.#ints[slot] = made;
    return made;
  }

  /** Keeps `array` (grown by its user) as slot `slot` for the next read. */
  keepBytes(slot: number, array: Uint8Array): void {
    this.#bytes[slot] = array;
  }

  /** Keeps `array` (grown by its user) as slot `slot` for the next read. */
  keepInts(slot: number, array: Int32Array): void {
    this.#ints[slot] = array;
  }
}

/** Byte slots: the tokens' kinds, symbols and line-break flags. */
export const BYTE = { KIND: 0, SYM: 1, NL: 2 } as const;
/** Int32 slots: token offsets, bracket matches, the node buffer, the tree links. */
export const INT = { FROM: 0, TO: 1, MATCH: 2, NODES: 3, PARENT: 4, FIRST: 5, NEXT: 6 } as const;

let idle: TsScratch | undefined = new TsScratch();

/** The shared scratch, or a new one while it is out. */
export function borrowScratch(): TsScratch {
  const scratch = idle ?? new TsScratch();
  idle = undefined;
  return scratch;
}

/** Gives a scratch back for the next read; nothing may point into its arrays any more. */
export function returnScratch(scratch: TsScratch): void {
  idle = scratch;
}
