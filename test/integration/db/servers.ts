/**
 * Real PostgreSQL and MariaDB servers for the `db` step: Debian's packages (installed when
 * missing), started on 127.0.0.1 on a free port with a throw-away data directory, as the
 * packages' own unprivileged users when run as root. `stop()` removes everything; an exit hook
 * does the same when the process ends another way.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';

export const DB_PACKAGES = [
  { pkg: 'postgresql', why: 'a real PostgreSQL server for the database estimate tests' },
  { pkg: 'mariadb-server', why: 'a real MariaDB server for the database estimate tests' },
  { pkg: 'sqlite3', why: 'an independent SQLite writer for the SQLite estimate tests' },
];

export interface Server {
  /** Connection URL of the test user (password included: tests only). */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** A second user with no rights on the test tables. */
  readonly reader: { readonly user: string; readonly password: string };
  stop(): Promise<void>;
}

const isRoot = process.getuid?.() === 0;
const cleanups = new Set<() => void>();
process.on('exit', () => {
  for (const c of cleanups) c();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    for (const c of cleanups) c();
    process.exit(130);
  });

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      s.close(() => {
        resolve(port);
      });
    });
  });
}

function sh(cmd: string, args: readonly string[], as?: string, options: SpawnSyncOptions = {}): string {
  const [c, a] = isRoot && as !== undefined ? ['runuser', ['-u', as, '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(c, a, { encoding: 'utf8', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${String(r.stderr).slice(-800)}`);
  return String(r.stdout);
}

function tempDir(prefix: string, owner?: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (isRoot && owner !== undefined) sh('chown', [owner, dir]);
  return dir;
}

async function until<T>(what: string, attempt: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await attempt();
    } catch (e) {
      if (Date.now() - started > timeoutMs) throw new Error(`${what} did not start: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/** Installs the Debian packages when missing (apt, like the test host's tools). */
export async function ensureServers(): Promise<void> {
  // A dynamic import: the installer is an ES module with top-level await.
  const installer = await import('../../../scripts/vscode-host/install.mjs');
  await installer.ensureAptPackages(DB_PACKAGES);
}

function postgresBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const v = versions.find((x) => existsSync(join(base, x, 'bin', 'initdb')));
  if (v === undefined) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
  return join(base, v, 'bin');
}

/** Starts PostgreSQL in a temporary cluster with password authentication. */
export async function startPostgres(): Promise<Server> {
  const bin = postgresBin();
  const dir = tempDir('pilens-pg-', 'postgres');
  const data = join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, `${password}\n`);
  if (isRoot) sh('chown', ['postgres', pwfile]);
  chmodSync(pwfile, 0o600);
  const port = await freePort();
  const remove = (): void => {
    spawnSync(
      isRoot ? 'runuser' : join(bin, 'pg_ctl'),
      isRoot
        ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']
        : ['-D', data, '-m', 'immediate', 'stop'],
      { stdio: 'ignore' },
    );
    rmSync(dir, { recursive: true, force: true });
  };
  cleanups.add(remove);
  try {
    sh(
      join(bin, 'initdb'),
      [
        '-D',
        data,
        '-U',
        'pilens',
        '--auth=scram-sha-256',
        `--pwfile=${pwfile}`,
        '--no-sync',
        '-E',
        'UTF8',
        '--locale=C',
      ],
      'postgres',
    );
    sh(
      join(bin, 'pg_ctl'),
      [
        '-D',
        data,
        '-l',
        join(dir, 'log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
        'start',
      ],
      'postgres',
    );
  } catch (e) {
    remove();
    cleanups.delete(remove);
    throw e;
  }
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'pilens', password, database: 'postgres' });
  await until('PostgreSQL', () => admin.connect());
  const reader = { user: 'reader', password: randomBytes(8).toString('hex') };
  await admin.query('CREATE DATABASE pilens');
  await admin.query(`CREATE ROLE reader LOGIN PASSWORD '${reader.password}'`);
  await admin.end();
  return {
    url: `postgresql://pilens:${password}@127.0.0.1:${port}/pilens`,
    host: '127.0.0.1',
    port,
    user: 'pilens',
    password,
    database: 'pilens',
    reader,
    stop: () => {
      remove();
      cleanups.delete(remove);
      return Promise.resolve();
    },
  };
}

/** Starts MariaDB in a temporary data directory, listening on 127.0.0.1 only. */
export async function startMariadb(): Promise<Server> {
  const dir = tempDir('pilens-maria-', 'mysql');
  const data = join(dir, 'data');
  const socket = join(dir, 'sock');
  const port = await freePort();
  const userArgs = isRoot ? ['--user=mysql'] : [];
  sh(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${data}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...userArgs,
    ],
    isRoot ? undefined : undefined,
    { cwd: dir },
  );
  const child = spawn(
    existsSync('/usr/sbin/mariadbd') ? '/usr/sbin/mariadbd' : 'mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      '--skip-networking=0',
      `--pid-file=${join(dir, 'pid')}`,
      `--log-error=${join(dir, 'err.log')}`,
      '--innodb-flush-log-at-trx-commit=0',
      ...userArgs,
    ],
    { stdio: 'ignore' },
  );
  const remove = (): void => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  cleanups.add(remove);
  const password = randomBytes(12).toString('hex');
  const reader = { user: 'reader', password: randomBytes(8).toString('hex') };
  try {
    const admin = await until('MariaDB', () => mysql.createConnection({ socketPath: socket, user: 'root' }));
    for (const q of [
      'CREATE DATABASE pilens CHARACTER SET utf8mb4',
      `CREATE USER 'pilens'@'%' IDENTIFIED BY '${password}'`,
      "GRANT ALL ON pilens.* TO 'pilens'@'%'",
      `CREATE USER 'reader'@'%' IDENTIFIED BY '${reader.password}'`,
      "GRANT USAGE ON *.* TO 'reader'@'%'",
    ])
      await admin.query(q);
    await admin.end();
  } catch (e) {
    remove();
    cleanups.delete(remove);
    throw e;
  }
  return {
    url: `mariadb://pilens:${password}@127.0.0.1:${port}/pilens`,
    host: '127.0.0.1',
    port,
    user: 'pilens',
    password,
    database: 'pilens',
    reader,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      }
      remove();
      cleanups.delete(remove);
    },
  };
}
