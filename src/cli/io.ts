import { messageOf } from '../core/errors.js';

/**
 * What a subcommand may touch of the outside world. `main.ts` passes the real process; tests
 * pass a capturing stand-in and a fixture directory as `cwd`, so every subcommand runs
 * in-process.
 */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown };
  /** `isTTY`: progress lines are drawn only on a terminal (the real stderr says so). */
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
}

/** Exit codes of the CLI, as CONTRIBUTING.md and docs/ci.md document them. */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  /** Ctrl-C stopped a database or DuckDB count (`estimate`), as a shell reports SIGINT. */
  interrupted: 130,
} as const;

/** A failure that ends the command with exit code 2 and a one-line reason on stderr. */
export class UsageError extends Error {}

/** One subcommand: its arguments (after the name) in, its exit code out. */
export type Command = (args: readonly string[], io: CliIO) => Promise<number>;

/**
 * Runs `command`, turning a thrown UsageError into exit 2 with its one line on stderr; anything
 * else is a bug, still one line and exit 2 rather than a stack dump. Never throws. Each lazily
 * loaded bundle (see runCli.ts) guards its own commands: a UsageError class is one per bundle.
 * `prefix` starts each line: `estimate` names itself (`pilens estimate: …`) on every line it
 * writes, its usage errors included.
 */
export async function runGuarded(
  command: Command,
  args: readonly string[],
  io: CliIO,
  prefix = 'pilens',
): Promise<number> {
  try {
    return await command(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${prefix}: ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`${prefix}: internal error: ${messageOf(e)}\n`);
    return EXIT.usage;
  }
}
