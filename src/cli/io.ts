import { readFileSync } from 'node:fs';

/**
 * What a subcommand may touch of the outside world. `main.ts` passes the real process; tests
 * pass a capturing stand-in and a fixture directory as `cwd`, so every subcommand runs
 * in-process.
 */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** Exit codes of PRODUCT.md §5. */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure that ends the command with exit code 2 and a one-line reason on stderr. */
export class UsageError extends Error {}

/** Reads a file the user pointed us at (`what`: "config", "baseline"); unreadable is a usage error. */
export function readUserFile(path: string, shown: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${shown}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
