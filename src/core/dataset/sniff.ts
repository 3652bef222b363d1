/**
 * Guesses a delimited file's dialect and whether its first row is a header, from a sample.
 */
import { CsvScanner, recordFields, type CsvDialect } from './csvScan.js';

export { looksLikeHeader } from './headerRow.js';

const CANDIDATES = [',', '\t', ';', '|', '^', '\x1f', '\x01', ':'];

/**
 * The delimiter whose records in the sample most consistently have the same number (> 1) of
 * fields; ties go to the earlier (more common) candidate. Defaults to comma.
 */
export function sniffDialect(sample: Uint8Array): CsvDialect {
  // 64 KiB holds hundreds of records: enough to judge, cheap to scan eight times.
  sample = sample.subarray(0, 1 << 16);
  let best: { delimiter: number; score: number } = { delimiter: 44, score: 0 };
  for (const c of CANDIDATES) {
    const delimiter = c.charCodeAt(0);
    const counts: number[] = [];
    const scanner = new CsvScanner({ delimiter, quote: 0x22 }, (r) => {
      if (counts.length < 200) counts.push(r.count);
    });
    scanner.push(sample);
    // The sample's last line may be cut short, so it is not ended: it simply doesn't count.
    if (counts.length === 0) {
      scanner.end();
    }
    const freq = new Map<number, number>();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [n, f] of freq) if (f > modeCount || (f === modeCount && n > mode)) [mode, modeCount] = [n, f];
    if (mode < 2) continue;
    const score = (modeCount / counts.length) * 1000 + Math.min(mode, 100);
    if (score > best.score) best = { delimiter, score };
  }
  return { delimiter: best.delimiter, quote: 0x22 };
}

/** Splits a sample into rows of strings (at most `maxRows`), for profiling. */
export function sampleRows(
  sample: Uint8Array,
  dialect: CsvDialect,
  maxRows: number,
  complete: boolean,
): string[][] {
  const rows: string[][] = [];
  const scanner = new CsvScanner(dialect, (r) => {
    if (rows.length < maxRows) rows.push(recordFields(r, dialect.quote));
  });
  scanner.push(sample);
  if (complete) scanner.end();
  return rows;
}
