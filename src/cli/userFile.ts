/** The one reader for files the user or the repository points the CLI at (config, baseline). */
import { readTextFile } from '../node/readText.js';
import { UsageError } from './io.js';

/**
 * Caps on the files a repository names for the scan. Generous for real files (a baseline of
 * 100k findings is ~25 MB), small enough that a hostile one cannot exhaust memory.
 */
export const USER_FILE_MAX_BYTES = {
  config: 1024 * 1024,
  baseline: 64 * 1024 * 1024,
  // `pilens estimate --format json` of a folder of many files (`--estimate`).
  estimate: 64 * 1024 * 1024,
} as const;

/**
 * Reads a file the user or the repository pointed us at (`what`: "config", "baseline") through
 * the one reader for such files: regular files only, capped. Anything else is a usage error
 * naming the file.
 */
export function readUserFile(path: string, shown: string, what: keyof typeof USER_FILE_MAX_BYTES): string {
  const maxBytes = USER_FILE_MAX_BYTES[what];
  const read = readTextFile(path, maxBytes);
  if (read.kind === 'text') return read.text;
  const why =
    read.kind === 'error'
      ? read.message
      : read.reason === 'binary'
        ? 'binary, not JSON'
        : `larger than ${maxBytes / 1024} KB`;
  throw new UsageError(`cannot read ${what} ${shown}: ${why}`);
}
