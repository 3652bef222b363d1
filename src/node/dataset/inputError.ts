/**
 * One place that turns whatever a reader threw (an errno, a zlib code, a library's internal
 * message) into one line a user can act on. Readers throw `InputError` for problems they
 * understand; everything else is translated here. The file itself is named by the caller
 * (the report part, or `file: reason` on stderr), so reasons never repeat the path.
 */
import { messageOf } from '../../core/errors.js';

/** A problem with one input file, described for the user (never holding dataset values). */
export class InputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InputError';
  }
}

const ERRNO: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error while reading',
  ESPIPE: 'not a regular file (pipes are not read; save the data to a file first)',
};

// Library messages that mean "this file is corrupt", translated so no raw internals reach users.
const LIBRARY: readonly (readonly [RegExp, string])[] = [
  [
    /outside the bounds of the DataView|out of range|beyond buffer length/i,
    'corrupt or truncated (a read past the end of its data)',
  ],
  [/BigInt/i, 'corrupt (a number in its metadata is out of range)'],
  [/Maximum call stack size exceeded/i, 'nested too deeply to read'],
  [
    /Invalid (?:code point|array length|typed array length|string length)/i,
    'corrupt (an impossible size or character in its data)',
  ],
];

/** The one-line reason for a failure to read a file. */
export function describeInputError(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const err = e as NodeJS.ErrnoException | undefined;
  const code = typeof err?.code === 'string' ? err.code : undefined;
  if (code !== undefined && ERRNO[code] !== undefined) return ERRNO[code];
  const message = messageOf(e).split('\n')[0] ?? '';
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return `not valid compressed data (${message})`;
  for (const [pattern, reason] of LIBRARY) if (pattern.test(message)) return reason;
  if (code === 'ENOTREG' || code === 'ETOOBIG') return message;
  if (code === 'ENOSPC') return 'no space left on the device of the temporary folder';
  // Unknown library text may quote the input (V8's JSON errors do): quoted parts and long
  // digit runs are dropped so no value reaches stderr or CI logs.
  const safe = message.replace(/"[^"]*"|'[^']*'|“[^”]*”/g, '…').replace(/\d{5,}/g, '…');
  return safe.length > 200 ? `${safe.slice(0, 200)}…` : safe;
}
