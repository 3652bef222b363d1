/**
 * Adapts rows of strings (JSON, XLSX, Parquet, SQL readers) to the byte-level record the
 * counter reads, so every format is counted by the same code.
 */
import { emptyRecord, type CsvRecord } from './csvScan.js';

const encoder = new TextEncoder();

export class RowEncoder {
  #record: CsvRecord = emptyRecord(new Uint8Array(4096));

  /** Encodes the fields, separated by U+001F so that ["ab","c"] and ["a","bc"] hash apart. */
  encode(fields: readonly string[], malformed = false): CsvRecord {
    const r = this.#record;
    if (fields.length > r.starts.length) {
      const size = Math.max(fields.length, r.starts.length * 2);
      r.starts = new Int32Array(size);
      r.ends = new Int32Array(size);
      r.quoted = new Uint8Array(size);
    }
    let p = 0;
    for (let i = 0; i < fields.length; i++) {
      const text = fields[i] ?? '';
      // Worst case 3 UTF-8 bytes per UTF-16 unit, plus the separator.
      if (p + text.length * 3 + 1 > r.buf.length) {
        const bigger = new Uint8Array(Math.max(r.buf.length * 2, p + text.length * 3 + 1));
        bigger.set(r.buf.subarray(0, p));
        r.buf = bigger;
      }
      r.starts[i] = p;
      p += encoder.encodeInto(text, r.buf.subarray(p)).written;
      r.ends[i] = p;
      r.buf[p++] = 0x1f;
    }
    r.count = fields.length;
    r.start = 0;
    r.end = p;
    r.malformed = malformed;
    return r;
  }
}
