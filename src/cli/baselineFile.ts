/** Reading and writing `.pilens-baseline.json` for the CLI. */
import { existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  BASELINE_FILE_NAME,
  parseBaseline,
  serializeBaseline,
  type Baseline,
} from '../core/review/baseline.js';
import { UsageError } from './io.js';
import { readUserFile } from './userFile.js';

/** The baseline path to use: explicit (must exist when `mustExist`), else the default file. */
export function baselinePath(cwd: string, explicit: string | undefined): string {
  return resolve(cwd, explicit ?? BASELINE_FILE_NAME);
}

/** Reads a baseline; `undefined` when the file does not exist and `mustExist` is false. */
export function readBaselineFile(cwd: string, path: string, mustExist: boolean): Baseline | undefined {
  const shown = relative(cwd, path) || path;
  if (!existsSync(path)) {
    if (mustExist) throw new UsageError(`baseline file not found: ${shown}`);
    return undefined;
  }
  const parsed = parseBaseline(readUserFile(path, shown, 'baseline'));
  if (!parsed.ok) throw new UsageError(`invalid baseline ${shown}: ${parsed.error}`);
  return parsed.baseline;
}

/** Writes the baseline; a path that cannot be written is a usage error naming it. */
export function writeBaselineFile(path: string, baseline: Baseline, shown = path): void {
  try {
    writeFileSync(path, serializeBaseline(baseline), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot write baseline ${shown}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
