/**
 * Opening files the user (or a repository) points us at: regular files only, with an optional
 * size cap checked on the open descriptor before any byte is read. A FIFO opened for reading
 * blocks until a writer appears, and `/dev/zero` never ends, so both are refused here, once,
 * for every reader. The open is non-blocking so that refusing a FIFO cannot itself hang.
 */
import { constants, promises as fs } from 'node:fs';

/** Thrown for a path that exists but is not a regular file, or is larger than allowed. */
export class NotRegularFileError extends Error {
  readonly code: 'ENOTREG' | 'ETOOBIG';
  readonly path: string;
  constructor(path: string, code: 'ENOTREG' | 'ETOOBIG', message: string) {
    super(message);
    this.name = 'NotRegularFileError';
    this.code = code;
    this.path = path;
  }
}

// O_NONBLOCK makes opening a FIFO with no writer return at once; on a regular file it changes
// nothing. Windows has no such flag (and no FIFOs in the file system). The scan's reader
// (readText.ts) opens with the same flags.
export const OPEN_NONBLOCKING = constants.O_RDONLY | ((constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0);

function check(path: string, isFile: boolean, size: number, maxBytes: number): void {
  if (!isFile)
    throw new NotRegularFileError(
      path,
      'ENOTREG',
      'not a regular file (pipes, FIFOs, devices and sockets are not read; save the data to a file first)',
    );
  if (size > maxBytes)
    throw new NotRegularFileError(path, 'ETOOBIG', `larger than the ${maxBytes}-byte limit (${size} bytes)`);
}

/** Opens `path` for reading if it is a regular file of at most `maxBytes`; the caller closes it. */
export async function openRegularFile(
  path: string,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<{ readonly handle: fs.FileHandle; readonly size: number }> {
  const handle = await fs.open(path, OPEN_NONBLOCKING);
  try {
    const stat = await handle.stat();
    check(path, stat.isFile(), stat.size, maxBytes);
    return { handle, size: stat.size };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
