/**
 * The canonical bytes of a delimited record, so that exact duplicates are judged on values, not
 * on how they were quoted: `"a",b` and `a,b` are the same record. The canonical form quotes a
 * field only when it must (it holds the delimiter, a line break, or starts with the quote), so
 * an unquoted record's own bytes are already canonical and are hashed in place; only records with
 * a quoted field are rewritten here.
 */
import type { CsvRecord } from './csvScan.js';

const LF = 10;
const CR = 13;

let scratch = new Uint8Array(1024);

function needsQuotes(buf: Uint8Array, start: number, end: number, d: number, q: number): boolean {
  if (start < end && buf[start] === q) return true;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c === d || c === LF || c === CR) return true;
  }
  return false;
}

/**
 * Writes the canonical bytes of a well-formed record with quoted fields into a scratch buffer
 * (reused: valid until the next call) and returns it with its length. The delimiter and quote
 * bytes are read from the record itself (a quoted field is preceded by the quote, and every
 * field but the last is followed by the delimiter, after the closing quote if quoted).
 */
export function canonicalRecord(r: CsvRecord): { bytes: Uint8Array; length: number } {
  const buf = r.buf;
  // The raw record is an upper bound: canonical fields only lose quotes.
  if (scratch.length < r.end - r.start) scratch = new Uint8Array(2 * (r.end - r.start));
  const out = scratch;
  let n = 0;
  for (let i = 0; i < r.count; i++) {
    const s = r.starts[i] as number;
    const e = r.ends[i] as number;
    const kind = r.quoted[i] as number;
    if (i > 0) out[n++] = buf[(r.ends[i - 1] as number) + (r.quoted[i - 1] === 0 ? 0 : 1)] as number;
    if (kind === 0) {
      out.set(buf.subarray(s, e), n);
      n += e - s;
      continue;
    }
    const q = buf[s - 1] as number;
    const d = i + 1 < r.count ? (buf[e + 1] as number) : i > 0 ? (out[n - 1] as number) : -1;
    // A field starting with a doubled quote starts with a quote once collapsed.
    const quote = needsQuotes(buf, s, e, d, q) || (kind === 2 && buf[s] === q);
    if (quote) {
      out[n++] = q;
      out.set(buf.subarray(s, e), n);
      n += e - s;
      out[n++] = q;
    } else if (kind === 1) {
      out.set(buf.subarray(s, e), n);
      n += e - s;
    } else {
      for (let k = s; k < e; k++) {
        const c = buf[k] as number;
        out[n++] = c;
        if (c === q) k++; // a doubled quote collapses to one
      }
    }
  }
  return { bytes: out, length: n };
}
