/**
 * How a run reports files it could not read: as parts that carry `errors` (so the report and
 * the exit code say the result is incomplete), or, when nothing at all could be read, as one
 * rejection that lists every file and its reason.
 */
import type { DatasetPart } from '../../core/dataset/assess.js';

/** A part for a file that could not be read at all: no columns, no counts, the reason. */
export function failedPart(file: string, bytes: number, reason: string): DatasetPart {
  return {
    file,
    format: 'unread',
    encoding: '',
    bytes,
    columns: [],
    personKey: null,
    records: 0,
    malformed: 0,
    notes: [],
    errors: [reason],
  };
}

/** The inputs held no file of a dataset format. */
export class NoDatasetFilesError extends Error {
  constructor(readonly paths: readonly string[]) {
    super(
      `no dataset files in ${paths.join(', ')} (looked for .csv .tsv .txt .psv .dat .tab .json .jsonl .ndjson .xlsx .parquet .sql, each optionally .gz)`,
    );
    this.name = 'NoDatasetFilesError';
  }
}

/** Not one input file could be read; `failures` names each with its reason. */
export class DatasetReadError extends Error {
  constructor(readonly failures: readonly { readonly file: string; readonly reason: string }[]) {
    const first = failures[0];
    super(
      `${first?.file ?? 'input'}: ${first?.reason ?? 'unreadable'}${failures.length > 1 ? ` (and ${failures.length - 1} more files)` : ''}`,
    );
    this.name = 'DatasetReadError';
  }
}
