/**
 * File names in and around the estimate: which explorer entries the command offers itself for,
 * and the report's paths made workspace-relative before they are shown or exported (an
 * absolute path would publish the user's home directory with the report). Pure.
 */
import type { EstimateReport } from '../../core/dataset/report.js';

/** Extensions the engine reads (see src/node/dataset/input.ts), optionally gzip-compressed. */
const DATASET_EXTENSIONS = /\.(csv|tsv|psv|tab|txt|dat|json|jsonl|ndjson|xlsx|parquet|sql)(\.gz)?$/i;

/** Whether `path` names something the estimate reads: a dataset file, or any folder. */
export function isDatasetTarget(path: string, isFolder: boolean): boolean {
  return isFolder || DATASET_EXTENSIONS.test(path);
}

/** A copy of `report` whose part files go through `label` (a `#table` suffix is kept). */
export function relativizeReport(report: EstimateReport, label: (file: string) => string): EstimateReport {
  return {
    ...report,
    parts: report.parts.map((p) => {
      const hash = p.file.indexOf('#');
      const file = hash < 0 ? label(p.file) : `${label(p.file.slice(0, hash))}${p.file.slice(hash)}`;
      return { ...p, file };
    }),
  };
}
