/**
 * The one rule for a cell that says "no value": SQL's `NULL`, MySQL's `\N`, `N/A`, pandas'
 * `NaN` and Python's `None`, in any case, spaces around ignored. The dataset profiler, the
 * header sniffer, the record counter (bytes) and the database counting query (SQL) all use
 * these members, so a cell means the same thing whether a header is sniffed or records are
 * counted.
 */

/** The markers, upper case (comparison ignores case). */
export const NULL_MARKERS: readonly string[] = ['NULL', '\\N', 'N/A', 'NAN', 'NONE'];

/** The longest marker in bytes: longer values never need the byte comparison. */
export const NULL_MARKER_MAX_BYTES = Math.max(...NULL_MARKERS.map((m) => m.length));

const UPPER = new Set(NULL_MARKERS);
// The markers are ASCII, so one UTF-16 unit is one byte.
const MARKER_BYTES = NULL_MARKERS.map((m) => Array.from({ length: m.length }, (_, k) => m.charCodeAt(k)));

/** Whether a cell's text is a null marker. */
export function isNullMarker(text: string): boolean {
  const t = text.trim();
  return t.length <= NULL_MARKER_MAX_BYTES && UPPER.has(t.toUpperCase());
}

/** ASCII lower case to upper; other bytes as they are. */
const upper = (b: number): number => (b >= 97 && b <= 122 ? b - 32 : b);

/** Whether bytes [s, e), already trimmed, are a null marker. Byte-level, no allocation. */
export function isNullMarkerBytes(buf: Uint8Array, s: number, e: number): boolean {
  const len = e - s;
  if (len > NULL_MARKER_MAX_BYTES) return false;
  for (const marker of MARKER_BYTES) {
    if (marker.length !== len) continue;
    let k = 0;
    while (k < len && upper(buf[s + k] as number) === marker[k]) k++;
    if (k === len) return true;
  }
  return false;
}

/** Characters a fully masked value is made of (`****`, `***-****`). */
const MASK_ONLY = /^[*\s-]*$/;

/**
 * Whether a cell carries nothing: empty, a null marker, or only mask characters. The record
 * counter's `identifying` is the byte form of its negation.
 */
export function carriesNothing(text: string): boolean {
  return MASK_ONLY.test(text) || isNullMarker(text);
}
