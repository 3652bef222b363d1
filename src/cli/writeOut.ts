/** Where a document command's output goes: standard output, or `--out FILE` with one line saying so. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Rendered } from '../core/report/formats.js';
import { UsageError, type CliIO } from './io.js';

/**
 * Writes `out` to `file` (relative to the cwd) and prints `${what} written to FILE`, or prints
 * `out` when no file is given (a binary document always has one: the argument parsers see to it).
 */
export function writeDocument(io: CliIO, out: Rendered, file: string | undefined, what: string): void {
  if (file === undefined) {
    io.stdout.write(typeof out === 'string' ? out : '');
    return;
  }
  const target = resolve(io.cwd, file);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`cannot write ${file}: ${err.code ?? err.message}`);
  }
  io.stdout.write(`${what} written to ${relative(io.cwd, target) || target}\n`);
}
