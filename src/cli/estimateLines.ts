/** The one-line messages of `pilens estimate`, shared by its runners. */
import * as path from 'node:path';
import { unmatchedColumnRefs } from '../core/dataset/columnRefs.js';
import type { EstimateReport } from '../core/dataset/report.js';
import { describeInputError } from '../node/dataset/inputError.js';
import type { Progress } from '../node/dataset/input.js';
import type { CliIO } from './io.js';

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

/**
 * The estimate's progress line (`pilens estimate: 42 % of 118.0 MB`), rewritten in place on a
 * terminal's stderr and left out elsewhere (logs and CI stay clean); `clear` erases it.
 */
export function progressLine(stderr: CliIO['stderr']): {
  readonly onProgress: ((p: Progress) => void) | undefined;
  clear(): void;
} {
  const tty = stderr.isTTY === true;
  let last = -1;
  return {
    onProgress: tty
      ? (p) => {
          const pct = p.bytesTotal > 0 ? Math.floor((p.bytesDone / p.bytesTotal) * 100) : 100;
          if (pct === last) return;
          last = pct;
          stderr.write(`\rpilens estimate: ${pct} % of ${(p.bytesTotal / 1048576).toFixed(1)} MB`);
        }
      : undefined,
    clear: () => {
      if (tty && last >= 0) stderr.write('\r\x1b[K');
    },
  };
}
