/**
 * Shared by the single-thread and parallel CSV paths: from a sample of UTF-8 bytes, the
 * dialect, the header, the column profile and the counting plan.
 */
import type { CsvDialect } from '../../core/dataset/csvScan.js';
import { planFromProfile } from '../../core/dataset/keys.js';
import type { CountPlan } from '../../core/dataset/plan.js';
import type { ColumnProfile } from '../../core/dataset/profile.js';
import { looksLikeHeader, sampleRows, sniffDialect } from '../../core/dataset/sniff.js';
import { profileTable, type SinkOptions } from '../../core/dataset/tableSink.js';

export interface CsvPreparation {
  readonly dialect: CsvDialect;
  readonly header: string[] | null;
  readonly columns: ColumnProfile[];
  readonly plan: CountPlan & { readonly identifyingFallback: boolean };
  readonly personKey: string | null;
}

/** Prepares counting from the first bytes of a delimited file (`complete`: the whole file). */
export function prepareCsv(
  sample: Uint8Array,
  complete: boolean,
  options: SinkOptions,
  delimiter?: string,
): CsvPreparation {
  const dialect =
    delimiter !== undefined ? { delimiter: delimiter.charCodeAt(0), quote: 0x22 } : sniffDialect(sample);
  const limit = options.sampleRows ?? 1000;
  let rows = sampleRows(sample, dialect, limit + 1, complete);
  const known = options.classifyHeader;
  const hasHeader = looksLikeHeader(rows, known);
  const header = hasHeader ? (rows[0] ?? null) : null;
  if (hasHeader) rows = rows.slice(1);
  const columns = profileTable(options, header, rows);
  const width = header?.length ?? Math.max(0, ...rows.slice(0, 100).map((r) => r.length));
  const plan = planFromProfile(columns, {
    columnCount: width,
    dedupe: options.dedupe,
    personKey: options.personKey,
    isSensitive: options.isSensitive,
  });
  const personKey = plan.personKey >= 0 ? (columns[plan.personKey]?.name ?? null) : null;
  return { dialect, header, columns, plan, personKey };
}
