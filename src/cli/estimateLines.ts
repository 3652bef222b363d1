/** The one-line messages of `pilens estimate`, shared by its runners. */
import * as path from 'node:path';
import { unmatchedColumnRefs } from '../core/dataset/columnRefs.js';
import type { EstimateReport } from '../core/dataset/report.js';
import { describeInputError } from '../node/dataset/inputError.js';

/** Control characters (a file name could hold them) flattened to spaces: one line on stderr. */
export const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');

/** A failure outside any one file's reading (an explicit path that does not exist, the temporary folder). */
export function inputProblem(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const reason = describeInputError(e);
  if (err.path === undefined) return reason;
  return /pilens-spill-/.test(err.path)
    ? `cannot write temporary files in ${path.dirname(err.path)}: ${reason}`
    : `cannot read ${err.path}: ${reason}`;
}

/** A `--map` or `--key` naming no column of what was read (`files` or `tables`): one line each. */
export function unmatchedRefProblems(
  report: EstimateReport,
  refs: {
    readonly map?: Readonly<Record<string, unknown>> | undefined;
    readonly personKey?: string | undefined;
  },
  read: 'files' | 'tables',
): string[] {
  const named = [
    ...Object.keys(refs.map ?? {}).map((ref) => ['--map', ref] as const),
    ...(refs.personKey !== undefined ? [['--key', refs.personKey] as const] : []),
  ];
  return named
    .filter(([, ref]) => unmatchedColumnRefs(report.parts, [ref]).length > 0)
    .map(([flag, ref]) => `${flag} ${ref}: no column of that name (or number) in the ${read} read`);
}
