/**
 * Cancelling a database estimate stops the statement on the server, against real PostgreSQL
 * and MariaDB (servers.ts): a `--query` that sleeps for minutes is started, seen running in the
 * server's own process list, cancelled (an AbortSignal as the editor's Cancel button; SIGINT to
 * the CLI as Ctrl-C), and then the process list must no longer hold it. Closing the connection
 * alone would not pass: both servers keep running a statement whose client has gone.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { CancelledError, estimateDatabase } from '../../../src/node/db/estimateDb.js';
import { ensureServers, startMariadb, startPostgres, type Server } from './servers.js';

const PROBE = 'pilens_cancel_probe';
/** Far longer than any test may take: a statement still there afterwards was not interrupted. */
const SLEEP_S = 600;

interface Engine {
  readonly name: 'PostgreSQL' | 'MariaDB';
  start(): Promise<Server>;
  readonly query: string;
  /** Statements of other sessions now running the probe, read from the server's process list. */
  running(s: Server): Promise<number>;
}

const ENGINES: readonly Engine[] = [
  {
    name: 'PostgreSQL',
    start: startPostgres,
    query: `SELECT pg_sleep(${SLEEP_S}) AS ${PROBE}`,
    async running(s) {
      const c = new pg.Client({
        host: s.host,
        port: s.port,
        user: s.user,
        password: s.password,
        database: s.database,
      });
      await c.connect();
      try {
        const r = await c.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE pid <> pg_backend_pid() AND state = 'active' AND position($1 in query) > 0`,
          [PROBE],
        );
        return r.rows[0]?.n ?? -1;
      } finally {
        await c.end();
      }
    },
  },
  {
    name: 'MariaDB',
    start: startMariadb,
    query: `SELECT SLEEP(${SLEEP_S}) AS ${PROBE}`,
    async running(s) {
      const c = await mysql.createConnection({
        host: s.host,
        port: s.port,
        user: s.user,
        password: s.password,
      });
      try {
        const [rows] = await c.query(
          `SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST
            WHERE ID <> CONNECTION_ID() AND COMMAND = 'Query' AND INSTR(INFO, ?) > 0`,
          [PROBE],
        );
        return Number((rows as { n: number | string }[])[0]?.n ?? -1);
      } finally {
        await c.end();
      }
    },
  },
];

/** Waits until the server runs the probe (bounded, so a test that never gets there fails rather than hangs). */
async function untilRunning(engine: Engine, s: Server): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if ((await engine.running(s)) > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`the probe never ran on ${engine.name}`);
}

for (const engine of ENGINES) {
  describe(`cancel in ${engine.name}`, () => {
    let server: Server;
    before(async () => {
      await ensureServers();
      server = await engine.start();
    });
    after(async () => server.stop());

    test(
      "aborting the estimate (the editor's Cancel) interrupts the statement on the server",
      { timeout: 120_000 },
      async () => {
        const abort = new AbortController();
        const run = estimateDatabase(
          { url: server.url, tables: [], query: engine.query },
          {},
          { signal: abort.signal },
        );
        // Observed below; keep an early failure from being reported as unhandled meanwhile.
        run.catch(() => undefined);
        await untilRunning(engine, server);
        abort.abort();
        await assert.rejects(run, CancelledError);
        assert.equal(await engine.running(server), 0, 'the statement still runs on the server');
      },
    );

    test(
      'Ctrl-C (SIGINT) in the CLI interrupts the statement on the server, exit 130',
      { timeout: 180_000 },
      async () => {
        const root = join(__dirname, '..', '..', '..');
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'estimate', server.url, '--query', engine.query],
          { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        const exited = new Promise<number | null>((r) => {
          child.once('exit', (code) => {
            r(code);
          });
        });
        await untilRunning(engine, server);
        child.kill('SIGINT');
        const code = await exited;
        assert.equal(code, 130, stderr);
        assert.match(stderr, /cancelled; the statement was stopped on the server/);
        assert.doesNotMatch(stderr, new RegExp(server.password));
        assert.equal(await engine.running(server), 0, 'the statement still runs on the server');
      },
    );

    test(
      'without a cancel, the same estimate runs to its end (the probe is a real statement)',
      { timeout: 60_000 },
      async () => {
        const q = engine.query.replace(String(SLEEP_S), '0');
        const report = await estimateDatabase({ url: server.url, tables: [], query: q }, {}, {});
        assert.equal(report.records, 1);
      },
    );
  });
}
