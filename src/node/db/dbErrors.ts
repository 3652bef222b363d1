/**
 * Driver failures as one line naming the masked URL. Each engine maps its own error codes to a
 * failure kind; the wording (and the password scrubbing) lives here once.
 */
import { DbError } from './session.js';
import type { Connection } from './url.js';

export type DbFailure =
  'unreachable' | 'auth' | 'roleRefused' | 'databaseDenied' | 'noDatabase' | 'noTable' | 'denied' | 'timeout';

/** Node's own socket and DNS codes, which every driver passes through. */
export const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'ECONNRESET',
]);

export interface FailureContext {
  readonly conn: Connection;
  /** What was being read: a table or query, else the database. */
  readonly on: string;
  readonly defaultPort: number;
  /** For `unreachable`: the code or cause shown in brackets. */
  readonly detail: string;
}

function reason(failure: DbFailure, c: FailureContext): string {
  const { conn, on } = c;
  switch (failure) {
    case 'unreachable':
      return `cannot reach ${conn.host}:${conn.port ?? c.defaultPort} (${c.detail})`;
    case 'auth':
      return `authentication failed for user "${conn.user}" (wrong password?)`;
    case 'roleRefused':
      return `the server refused user "${conn.user}" (pg_hba.conf or role)`;
    case 'databaseDenied':
      return `user "${conn.user}" may not use database "${conn.database}"`;
    case 'noDatabase':
      return `database "${conn.database}" does not exist`;
    case 'noTable':
      return `${on} does not exist`;
    case 'denied':
      return `permission denied reading ${on}`;
    case 'timeout':
      return `${on} exceeded the statement timeout (--timeout)`;
  }
}

/** The error to throw: a known failure in plain words, anything else with the driver's message. */
export function dbError(failure: DbFailure | undefined, c: FailureContext, message: string): DbError {
  const text = failure === undefined ? `${c.on}: ${message}` : reason(failure, c);
  return new DbError(scrub(`${c.conn.masked}: ${text}`, c.conn.password));
}

/** Removes a password from any text (driver messages could quote it). */
export function scrub(text: string, password: string | undefined): string {
  const line = text.split('\n')[0] ?? '';
  return password === undefined || password === '' ? line : line.split(password).join('***');
}
