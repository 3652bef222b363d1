/**
 * A keyed 64-bit hash of a byte range, as two 32-bit halves, for de-duplicating records and
 * counting distinct persons. Two murmur3-style lanes with different constants consume four
 * bytes per step; with a few million records the chance of any collision stays around 1e-7.
 *
 * The key (four 32-bit words) is drawn at random for every run by the node layer and never
 * stored: the same phone number hashes differently in every run, so a dictionary of hashes
 * computed in advance recovers nothing. Spilled hashes are also
 * encrypted on disk (src/node/dataset/spill.ts).
 */

/** A hash key: four 32-bit words. */
export type HashKey = readonly [number, number, number, number];

/** Output slots: hashBytes writes the halves here to avoid allocating per record. */
export const hashOut = new Uint32Array(2);

// The two most recent buffers' views: the counter alternates between a file chunk and the
// scratch buffer of a normalised (quoted) record.
let view: DataView = new DataView(new ArrayBuffer(0));
let previous: DataView = view;

/**
 * Hashes bytes [start, end) of `buf` under the key (k0…k3) into `hashOut[0]` (high) and
 * `hashOut[1]` (low). The key words are plain arguments: the counter's hot loop passes numbers
 * it holds, with no array read per record.
 */
export function hashBytes(
  buf: Uint8Array,
  start: number,
  end: number,
  k0: number,
  k1: number,
  k2: number,
  k3: number,
): void {
  // A DataView reads four bytes in one call, much faster than four indexed loads; it is
  // cached per underlying buffer (the last two).
  if (view.buffer !== buf.buffer) {
    const other = previous.buffer === buf.buffer ? previous : new DataView(buf.buffer);
    previous = view;
    view = other;
  }
  const v = view;
  const base = buf.byteOffset;
  let h1 = 0x9747b28c ^ k0;
  let h2 = 0x3c6ef372 ^ k1;
  let i = base + start;
  const last = base + end;
  const stop = last - 3;
  for (; i < stop; i += 4) {
    let k = v.getUint32(i, true);
    let j = k;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, 0x1b873593);
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    j = Math.imul(j, 0x85ebca77);
    j = (j << 13) | (j >>> 19);
    h2 ^= Math.imul(j, 0xc2b2ae3d);
    h2 = (h2 << 17) | (h2 >>> 15);
    h2 = (Math.imul(h2, 9) + 0x27d4eb2f) | 0;
  }
  let k = 0;
  for (let s = 0; i < last; i++, s += 8) k |= v.getUint8(i) << s;
  const len = end - start;
  const kk = Math.imul(k, 0xcc9e2d51);
  h1 ^= Math.imul((kk << 15) | (kk >>> 17), 0x1b873593) ^ len;
  h2 ^= Math.imul(k + 0x165667b1, 0x85ebca77) ^ Math.imul(len, 0x27d4eb2f);
  // The second half of the key goes in through one more mixing round of each lane.
  h1 = Math.imul(h1 ^ k2, 0xcc9e2d51) ^ (h2 >>> 15);
  h2 = Math.imul(h2 ^ k3, 0x1b873593) ^ (h1 >>> 13);
  hashOut[0] = fmix(h1 ^ (h2 >>> 7));
  hashOut[1] = fmix(h2 ^ (h1 >>> 11));
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
