/**
 * The option parsing every subcommand shares: strict `parseArgs` with positionals, negative
 * values kept with their option, and a parser's complaint (an unknown option, a missing value)
 * turned into a one-line usage error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A subcommand's options and positionals; an unknown option or a missing value is a UsageError. */
export function parseOptions<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: joinNegativeValues(args), allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError(e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));
  }
}

/**
 * `--max-file-size-kb -1` reads to `parseArgs` as two options ("argument is ambiguous"); joined
 * as `--max-file-size-kb=-1`, the value reaches its own check and a message that says what is
 * wrong with it.
 */
export function joinNegativeValues(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const next = args[i + 1];
    if (arg.startsWith('--') && !arg.includes('=') && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
