/** Whether a field's bytes carry anything that could identify someone. */
import { isNullMarkerBytes, NULL_MARKER_MAX_BYTES } from '../text/nullMarkers.js';

const STAR = 42;
const SPACE = 32;
const TAB = 9;
const DASH = 45;

/**
 * Whether bytes [s, e) hold something identifying: not empty, not a null marker
 * (`text/nullMarkers.ts`), not only mask characters (`****`). Byte-level, no allocation.
 */
export function identifying(buf: Uint8Array, s: number, e: number): boolean {
  // Fast path: a value longer than any null marker that starts with a visible non-mask byte.
  const b0 = buf[s];
  if (e - s > NULL_MARKER_MAX_BYTES && b0 !== SPACE && b0 !== TAB && b0 !== STAR && b0 !== DASH) return true;
  while (s < e && (buf[s] === SPACE || buf[s] === TAB)) s++;
  while (e > s && (buf[e - 1] === SPACE || buf[e - 1] === TAB)) e--;
  if (e === s || isNullMarkerBytes(buf, s, e)) return false;
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b !== STAR && b !== SPACE && b !== DASH) return true;
  }
  return false;
}
