/**
 * File names in and around the estimate: which files the command offers itself for (the
 * formats and their extensions are `src/node/dataset/formats.ts`), and the report's paths made
 * workspace-relative before they are shown or exported (an absolute path would publish the
 * user's home directory with the report). Pure.
 */
import type { EstimateReport } from '../../core/dataset/report.js';
import { isDatasetName, offeredExtensions } from '../../node/dataset/formats.js';

/** Rows in a SQL file: `INSERT INTO` or PostgreSQL's `COPY … FROM stdin`. A schema has neither. */
const SQL_ROWS = /\binsert\s+(?:ignore\s+)?into\b|\bcopy\s+\S+[^;]*\bfrom\s+stdin\b/i;

/**
 * Whether an open file is itself a dataset to estimate: a data file, or a SQL dump that holds
 * rows. A `.sql` schema (DDL only) is not: estimating it would count nothing, silently. `head`
 * is the start of the file's text (a dump's first rows come early).
 */
export function isDatasetDocument(path: string, head: string): boolean {
  if (!isDatasetName(path)) return false;
  return !/\.sql$/i.test(path) || SQL_ROWS.test(head);
}

/** The glob of files the editor offers to estimate from the workspace (any `.gz` too). */
export const DATASET_GLOB = `**/*.{${[...offeredExtensions(), 'gz'].join(',')}}`;

/** Project files that share a data file's extension but never hold a dataset. */
const PROJECT_FILES =
  /(?:^|\/)(?:package(?:-lock)?|tsconfig[^/]*|jsconfig|composer|\.?pilens[^/]*|[^/]*\.schema|\.eslintrc|\.prettierrc|launch|settings|extensions)\.json$/i;

/** Whether a workspace file is worth offering as a dataset (config files are not). */
export function isOfferedDataFile(path: string): boolean {
  return isDatasetName(path) && !PROJECT_FILES.test(path);
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
