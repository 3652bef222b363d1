/**
 * The CLI's standard output, guarded: a write that fails (the reader closed the pipe, the disk
 * is full, stdout was closed) stops further output instead of throwing an uncaught exception
 * with a stack trace. A closed pipe is the reader's choice (`pilens scan | head`), so the
 * command's exit code stands; any other failure means the result was lost, so the exit code
 * becomes 2 with one line on stderr.
 */
import { EXIT } from './io.js';

interface Writable {
  write(text: string, cb?: (e?: Error | null) => void): boolean;
  on(event: 'error', listener: (e: NodeJS.ErrnoException) => void): unknown;
}

export interface GuardedOutput {
  write(text: string): boolean;
  /** Waits for pending output, then returns the exit code to use given the command's. */
  finish(code: number): Promise<number>;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EBADF: 'standard output is closed',
  EIO: 'input/output error',
  EDQUOT: 'disk quota exceeded',
};

/** Wraps `stream` (process.stdout); `stderr` receives the one-line reason of a failure. */
export function guardOutput(stream: Writable, stderr: { write(text: string): unknown }): GuardedOutput {
  let failure: NodeJS.ErrnoException | undefined;
  const fail = (e: unknown): void => {
    failure ??= e as NodeJS.ErrnoException;
  };
  stream.on('error', fail);
  return {
    write(text) {
      if (failure !== undefined) return false;
      try {
        return stream.write(text);
      } catch (e) {
        fail(e);
        return false;
      }
    },
    async finish(code) {
      if (failure === undefined)
        await new Promise<void>((resolve) => {
          try {
            stream.write('', (e) => {
              if (e) fail(e);
              resolve();
            });
          } catch (e) {
            fail(e);
            resolve();
          }
        });
      if (failure === undefined || failure.code === 'EPIPE') return code;
      const why = REASONS[failure.code ?? ''] ?? failure.message.split('\n')[0];
      stderr.write(`pilens: cannot write the output (${why}); the result was not written\n`);
      return EXIT.usage;
    },
  };
}
