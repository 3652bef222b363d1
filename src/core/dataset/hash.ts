/**
 * A 64-bit hash of a byte range, as two 32-bit halves, for de-duplicating records and counting
 * distinct persons. Two independent multiplicative lanes with murmur3 finalisers: with a few
 * million records the chance of any collision stays around 1e-7.
 */

/** Output slots: hashBytes writes the halves here to avoid allocating per record. */
export const hashOut = new Uint32Array(2);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes bytes [start, end) of `buf` into `hashOut[0]` (high) and `hashOut[1]` (low). */
export function hashBytes(buf: Uint8Array, start: number, end: number, seed = 0): void {
  let h1 = 0x811c9dc5 ^ seed;
  let h2 = 0x27d4eb2f ^ seed;
  for (let i = start; i < end; i++) {
    const b = buf[i] as number;
    h1 = Math.imul(h1 ^ b, 0x01000193);
    h2 = Math.imul(h2 + b + 0x9e37, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  const len = end - start;
  hashOut[0] = fmix(h1 ^ len);
  hashOut[1] = fmix(h2 ^ Math.imul(len, 0x27d4eb2f));
}
