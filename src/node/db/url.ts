/**
 * Connection URLs for `pilens estimate <url>`: which engine, where, which database, and the
 * URL with its password masked for every message (a password is never echoed).
 */

export type Engine = 'postgresql' | 'mysql' | 'sqlite';

export interface Connection {
  readonly engine: Engine;
  /** The URL as given (holds the password: pass it to the driver only). */
  readonly url: string;
  /** The URL with any password replaced by `***`: the only form that is printed. */
  readonly masked: string;
  readonly host: string;
  readonly port: number | undefined;
  readonly user: string;
  readonly password: string | undefined;
  /** The database (for SQLite the file path). */
  readonly database: string;
  /** Query parameters (e.g. `sslmode`), for the driver. */
  readonly params: ReadonlyMap<string, string>;
}

/** A URL that is not one pilens connects to; the message never holds the password. */
export class ConnectionUrlError extends Error {}

const SCHEMES: Readonly<Record<string, Engine>> = {
  'postgres:': 'postgresql',
  'postgresql:': 'postgresql',
  'mysql:': 'mysql',
  'mariadb:': 'mysql',
  'sqlite:': 'sqlite',
};

/** Whether an estimate input is a connection URL rather than a path (`scheme://…`, or `sqlite:`). */
export function isConnectionUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^sqlite:/i.test(input);
}

/** The URL with the password (and anything that looks like one in the query) masked. */
export function maskUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@?#]*):[^@/?#]*@/i, '$1:***@')
    .replace(/([?&](?:password|pass|pwd)=)[^&#]*/gi, '$1***');
}

/** Parses a connection URL; throws ConnectionUrlError naming the masked URL. */
export function parseConnectionUrl(url: string): Connection {
  const masked = maskUrl(url);
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const engine = SCHEMES[scheme];
  if (engine === undefined)
    throw new ConnectionUrlError(
      `${masked}: unsupported engine "${scheme.replace(/:$/, '')}" (pilens connects to postgresql://, mysql://, mariadb:// and sqlite:; for other engines use --emit-sql)`,
    );
  if (engine === 'sqlite') {
    // sqlite:///abs/path, sqlite://rel/path or sqlite:path
    const file = decodeURIComponent(url.replace(/^sqlite:(?:\/\/)?/i, ''));
    if (file === '') throw new ConnectionUrlError(`${masked}: no database file`);
    return {
      engine,
      url,
      masked,
      host: '',
      port: undefined,
      user: '',
      password: undefined,
      database: file,
      params: new Map(),
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConnectionUrlError(`${masked}: not a valid URL`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database === '' || database.includes('/'))
    throw new ConnectionUrlError(`${masked}: name the database in the path (…/DATABASE)`);
  const port = parsed.port === '' ? undefined : Number(parsed.port);
  const params = new Map<string, string>();
  for (const [k, v] of parsed.searchParams) params.set(k, v);
  return {
    engine,
    url,
    masked,
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || 'localhost',
    port,
    user: decodeURIComponent(parsed.username),
    password: parsed.password === '' ? undefined : decodeURIComponent(parsed.password),
    database,
    params,
  };
}
