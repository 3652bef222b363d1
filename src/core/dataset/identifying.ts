/** Whether a field's bytes carry anything that could identify someone. */

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
    if (
      len === 4 &&
      (a === 78 || a === 110) &&
      (buf[s + 1] === 85 || buf[s + 1] === 117) &&
      (buf[s + 2] === 76 || buf[s + 2] === 108) &&
      (buf[s + 3] === 76 || buf[s + 3] === 108)
    )
      return false; // NULL
    if (len === 3 && (a === 78 || a === 110) && buf[s + 1] === 47 && (buf[s + 2] === 65 || buf[s + 2] === 97))
      return false; // N/A
  }
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b !== STAR && b !== SPACE && b !== DASH) return true;
  }
  return false;
}
