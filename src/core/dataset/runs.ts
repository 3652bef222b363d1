/**
 * Sorted runs of distinct (hash, payload) triples: what a counter writes out when its memory
 * budget is full, so memory stays flat in the number of rows and disk grows with distinct
 * values only, whatever the input's size or duplicates. A run is de-duplicated before it is
 * written and sorted by the 64-bit hash; runs are merged by streaming, a chunk at a time, keeping one
 * triple per hash (payloads OR-ed). The node layer stores runs in encrypted temporary files.
 */

/** Where runs go: the node layer supplies files; tests use memory. */
export interface RunStore {
  /** A new run: triples are written in hash order, then `finish` returns the run's id. */
  create(): RunWriter;
  /** Reads run `id` from its start. */
  open(id: number): RunReader;
  remove(id: number): void;
}

export interface RunWriter {
  write(triples: Uint32Array): void;
  finish(): number;
}

/** A source of triples in hash order, a chunk at a time; null at the end. */
export interface RunReader {
  next(): Uint32Array | null;
  close(): void;
}

/** A stored run: its id, how many triples it holds, and its merge level. */
export interface RunInfo {
  readonly id: number;
  readonly count: number;
  readonly level: number;
}

/** A reader over triples already in memory (sorted). */
export function arrayReader(triples: Uint32Array): RunReader {
  let done = triples.length === 0;
  return {
    next: () => {
      if (done) return null;
      done = true;
      return triples;
    },
    close: () => undefined,
  };
}

/**
 * Sorts distinct triples by hash. The 64-bit keys are sorted as a BigUint64Array (the engine's
 * native numeric sort, no comparator, no BigInt made) and the payloads found again by `payload`.
 */
export function sortTriples(triples: Uint32Array, payload: (hi: number, lo: number) => number): Uint32Array {
  const n = triples.length / 3;
  const keys = new Uint32Array(n * 2);
  // Little-endian: a 64-bit word is (low half, high half).
  for (let i = 0, o = 0; i < n; i++, o += 3) {
    keys[2 * i] = triples[o + 1] as number;
    keys[2 * i + 1] = triples[o] as number;
  }
  new BigUint64Array(keys.buffer).sort();
  const out = new Uint32Array(n * 3);
  for (let i = 0, o = 0; i < n; i++, o += 3) {
    const hi = keys[2 * i + 1] as number;
    const lo = keys[2 * i] as number;
    out[o] = hi;
    out[o + 1] = lo;
    out[o + 2] = payload(hi, lo);
  }
  return out;
}

const OUT_CHUNK = 1 << 14;

/** One input of a merge: its reader, current chunk and position. */
interface Cursor {
  readonly reader: RunReader;
  chunk: Uint32Array;
  at: number;
}

function less(a: Cursor, b: Cursor): boolean {
  const ah = a.chunk[a.at] as number;
  const bh = b.chunk[b.at] as number;
  return ah < bh || (ah === bh && (a.chunk[a.at + 1] as number) < (b.chunk[b.at + 1] as number));
}

/** Restores the min-heap property from position i down. */
function siftDown(heap: Cursor[], i: number): void {
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) return;
    const r = l + 1;
    const m = r < n && less(heap[r] as Cursor, heap[l] as Cursor) ? r : l;
    if (!less(heap[m] as Cursor, heap[i] as Cursor)) return;
    [heap[i], heap[m]] = [heap[m] as Cursor, heap[i] as Cursor];
    i = m;
  }
}

/**
 * Merges sorted readers into one sorted stream of distinct triples (payloads of the same hash
 * OR-ed), handed to `emit` in chunks (each chunk valid only during the call). Memory: one chunk
 * per reader plus one output chunk. Closes the readers.
 */
export function mergeRuns(readers: readonly RunReader[], emit: (triples: Uint32Array) => void): void {
  const heap: Cursor[] = [];
  try {
    for (const reader of readers) {
      const chunk = reader.next();
      if (chunk !== null && chunk.length > 0) heap.push({ reader, chunk, at: 0 });
    }
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
    const out = new Uint32Array(OUT_CHUNK * 3);
    let o = 0;
    // The triple being gathered: written out once a different hash comes up.
    let pending = false;
    let ph = 0;
    let pl = 0;
    let pv = 0;
    while (heap.length > 0) {
      const top = heap[0] as Cursor;
      const hi = top.chunk[top.at] as number;
      const lo = top.chunk[top.at + 1] as number;
      const v = top.chunk[top.at + 2] as number;
      if (pending && ph === hi && pl === lo) pv = (pv | v) >>> 0;
      else {
        if (pending) {
          if (o === out.length) {
            emit(out);
            o = 0;
          }
          out[o] = ph;
          out[o + 1] = pl;
          out[o + 2] = pv;
          o += 3;
        }
        pending = true;
        ph = hi;
        pl = lo;
        pv = v;
      }
      advance(heap, top);
    }
    if (pending) {
      if (o === out.length) {
        emit(out);
        o = 0;
      }
      out[o] = ph;
      out[o + 1] = pl;
      out[o + 2] = pv;
      o += 3;
    }
    if (o > 0) emit(out.subarray(0, o));
  } finally {
    for (const r of readers) r.close();
  }
}

function advance(heap: Cursor[], top: Cursor): void {
  top.at += 3;
  if (top.at >= top.chunk.length) {
    const next = top.reader.next();
    if (next === null || next.length === 0) {
      const last = heap.pop() as Cursor;
      if (heap.length === 0 || last === top) return;
      heap[0] = last;
      siftDown(heap, 0);
      return;
    }
    top.chunk = next;
    top.at = 0;
  }
  siftDown(heap, 0);
}
