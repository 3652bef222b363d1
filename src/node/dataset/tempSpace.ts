/**
 * The temporary disk of a count: spill files are capped in total (a hostile or huge input must
 * not fill the disk, as a gzip bomb of PI rows would), and a full disk or the cap stops the run with
 * one line that names the input file being counted. The spill folder is removed either way.
 */

/** 10 GiB: hundreds of millions of distinct records (20 million peaked at 0.5 GB, test/bench/spill.ts). */
export const DEFAULT_MAX_TEMP_BYTES = 10 * 2 ** 30;

/** The count needs more temporary disk than it may or can use; `file` is the input being counted. */
export class TempSpaceError extends Error {
  constructor(
    reason: string,
    readonly file?: string,
  ) {
    super(reason);
    this.name = 'TempSpaceError';
  }

  /** The same error, naming the input file (the first to name it wins). */
  forFile(file: string): TempSpaceError {
    return this.file === undefined ? new TempSpaceError(this.message, file) : this;
  }
}

const size = (bytes: number): string =>
  bytes >= 2 ** 30
    ? `${Number((bytes / 2 ** 30).toFixed(2))} GiB`
    : `${Number((bytes / 2 ** 20).toFixed(1))} MiB`;

/** The error for a write that would take the spill files past `maxBytes`. */
export function tempCapError(maxBytes: number): TempSpaceError {
  return new TempSpaceError(
    `counting needs more than ${size(maxBytes)} of temporary files (the cap; raise it with --max-temp-gb); nothing was left behind`,
  );
}

/** A disk-full (or quota) error while writing spill files in `dir` as a TempSpaceError; null for other errors. */
export function tempWriteError(e: unknown, dir: string): TempSpaceError | null {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code !== 'ENOSPC' && code !== 'EDQUOT') return null;
  return new TempSpaceError(
    `no space left for temporary counting files in ${dir} (set TMPDIR to a larger disk); nothing was left behind`,
  );
}
