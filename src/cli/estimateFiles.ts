/**
 * `--estimate result.json…` of `pilens report` and `pilens inventory`: the results of
 * `pilens estimate --format json`, read through the one reader for user-named files. A file
 * that is unreadable or not such a result ends the command with one line naming it.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { parseEstimateResult, type EstimateResult } from '../core/report/drafts/estimateInput.js';
import { UsageError } from './io.js';
import { readUserFile } from './userFile.js';

/** A dataset path as the documents show it: relative to the cwd when inside it. */
function shownPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** The results of `files` (as the user named them), in order. */
export function readEstimateFiles(files: readonly string[], cwd: string): EstimateResult[] {
  return files.map((shown) => {
    const text = readUserFile(resolve(cwd, shown), shown, 'estimate');
    const parsed = parseEstimateResult(text, shown);
    if (!parsed.ok) throw new UsageError(`--estimate ${shown}: ${parsed.error}`);
    return {
      ...parsed.value,
      parts: parsed.value.parts.map((p) => ({ ...p, file: shownPath(p.file, cwd) })),
    };
  });
}
