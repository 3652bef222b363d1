/** The one-line messages of `pilens estimate`, shared by its runners. */
import * as path from 'node:path';
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
