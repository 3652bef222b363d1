/**
 * `pilens estimate <url> --table …` against real PostgreSQL and MariaDB servers (Debian's,
 * started here on loopback in temporary folders; see servers.ts), compared with the same rows
 * estimated from CSV files: records, pieces, persons and tier must agree. Then the failures a
 * user meets: unreachable host, wrong password, unknown table, no permission, a timeout, an
 * unsupported engine — one line, exit 2, never the password.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { figures, fileReport, pilens, type Report } from './estimateRun.js';
import { buildFixtures, residentsDdl, type FixtureTable, fixtureTable } from './fixture.js';
import { ensureServers, freePort, startMariadb, startPostgres, type Server } from './servers.js';

let fixtures: Awaited<ReturnType<typeof buildFixtures>>;
before(async () => {
  fixtures = await buildFixtures();
});
after(() => {
  fixtures.cleanup();
});
const table = (name: string): FixtureTable => fixtureTable(fixtures, name);
const MAP = ['--map', 'f7=marital_orientation'];

const ddlType = (engine: 'pg' | 'maria', c: FixtureTable['columns'][number]): string =>
  c.type === 'int' ? 'INTEGER' : engine === 'pg' ? 'TEXT' : 'VARCHAR(200)';

/** The test user's connection, as a user's own client would open it. */
async function pgClient(s: Server): Promise<pg.Client> {
  const client = new pg.Client({
    host: s.host,
    port: s.port,
    user: s.user,
    password: s.password,
    database: s.database,
  });
  await client.connect();
  return client;
}

function mariadbClient(s: Server): Promise<mysql.Connection> {
  return mysql.createConnection({
    host: s.host,
    port: s.port,
    user: s.user,
    password: s.password,
    database: s.database,
    charset: 'utf8mb4',
    supportBigNumbers: true,
    decimalNumbers: true,
  });
}

async function loadPostgres(s: Server): Promise<void> {
  const client = await pgClient(s);
  for (const t of fixtures.tables) {
    const cols = t.columns.map((c) => `"${c.name}" ${ddlType('pg', c)}`).join(', ');
    await client.query(`CREATE TABLE "${t.name}" (${cols})`);
    for (const c of t.columns)
      if (c.comment !== undefined)
        await client.query(`COMMENT ON COLUMN "${t.name}"."${c.name}" IS '${c.comment}'`);
    for (let i = 0; i < t.rows.length; i += 500) {
      const batch = t.rows.slice(i, i + 500);
      const w = t.columns.length;
      const values = batch
        .map((_, r) => `(${t.columns.map((_c, k) => `$${r * w + k + 1}`).join(', ')})`)
        .join(', ');
      await client.query(`INSERT INTO "${t.name}" VALUES ${values}`, batch.flat());
    }
  }
  await client.query('ANALYZE');
  await client.end();
}

async function loadMariadb(s: Server): Promise<void> {
  const c = await mariadbClient(s);
  for (const t of fixtures.tables) {
    const cols = t.columns
      .map(
        (col) =>
          `\`${col.name}\` ${ddlType('maria', col)}${col.comment !== undefined ? ` COMMENT '${col.comment}'` : ''}`,
      )
      .join(', ');
    await c.query(`CREATE TABLE \`${t.name}\` (${cols}) CHARACTER SET utf8mb4`);
    for (let i = 0; i < t.rows.length; i += 500)
      await c.query(`INSERT INTO \`${t.name}\` VALUES ?`, [t.rows.slice(i, i + 500)]);
  }
  await c.end();
}

/** Runs one query on the server as a user would in its own client; returns its one row. */
async function onPostgres(s: Server, sql: string): Promise<unknown> {
  const client = await pgClient(s);
  const result = await client.query(sql);
  await client.end();
  assert.equal(result.rows.length, 1);
  return result.rows[0];
}

async function onMariadb(s: Server, sql: string): Promise<unknown> {
  const c = await mariadbClient(s);
  const [rows] = await c.query(sql);
  await c.end();
  assert.ok(Array.isArray(rows) && rows.length === 1);
  return rows[0];
}

for (const engine of ['PostgreSQL', 'MariaDB'] as const) {
  describe(`estimate in ${engine}`, () => {
    let server: Server;
    before(async () => {
      await ensureServers();
      server = engine === 'PostgreSQL' ? await startPostgres() : await startMariadb();
      await (engine === 'PostgreSQL' ? loadPostgres(server) : loadMariadb(server));
    });
    after(async () => server.stop());
    const url = (): string => server.url;

    for (const name of ['residents', 'guests']) {
      test(`table ${name}: the same records, pieces, persons and tier as its CSV file`, async () => {
        const t = table(name);
        const run = await pilens(
          'estimate',
          url(),
          '--table',
          t.name,
          '--format',
          'json',
          ...MAP.filter(() => t.name === 'guests'),
        );
        assert.equal(run.code, 0, run.stderr);
        const db = JSON.parse(run.stdout) as Report;
        const file = await fileReport(t, ...(t.name === 'guests' ? MAP : []));
        assert.deepEqual(figures(db), figures(file));
        assert.ok(db.records > 0 && (db.pieces.C ?? 0) + (db.pieces.B ?? 0) > 0);
        assert.deepEqual(db.parts[0]?.source, {
          engine,
          database: server.database,
          table: t.name,
          counted: 'in-database',
        });
        assert.doesNotMatch(run.stdout, new RegExp(server.password));
      });
    }

    test('two tables sharing persons: each person counted once, as the file estimate of both CSVs', async () => {
      const run = await pilens(
        'estimate',
        url(),
        '--table',
        'residents',
        '--table',
        'contacts',
        '--format',
        'json',
      );
      assert.equal(run.code, 0, run.stderr);
      const db = JSON.parse(run.stdout) as Report;
      const both = await pilens(
        'estimate',
        table('residents').csv,
        table('contacts').csv,
        '--format',
        'json',
      );
      const file = JSON.parse(both.stdout) as Report;
      assert.deepEqual(figures(db), figures(file));
      // Added up, the two tables would count the 2,000 shared persons twice.
      const alone = JSON.parse(
        (await pilens('estimate', url(), '--table', 'residents', '--format', 'json')).stdout,
      ) as Report;
      assert.equal(db.persons, alone.persons);
      assert.ok(!db.parts.some((p) => p.notes.some((n) => /added up/.test(n))));
    });

    test('duplicates are removed, and kept with --no-dedupe, as in the file', async () => {
      const t = table('residents');
      const db = JSON.parse(
        (await pilens('estimate', url(), '--table', 'residents', '--format', 'json', '--no-dedupe')).stdout,
      ) as Report;
      const file = await fileReport(t, '--no-dedupe');
      assert.deepEqual(figures(db), figures(file));
      const deduped = JSON.parse(
        (await pilens('estimate', url(), '--table', 'residents', '--format', 'json')).stdout,
      ) as Report;
      assert.equal(deduped.counts.duplicates, 3);
      assert.equal(db.counts.duplicates, 0);
    });

    test('a column comment in the catalog is evidence, as in a DDL file', async () => {
      const run = await pilens('estimate', url(), '--table', 'guests', '--format', 'json');
      const db = JSON.parse(run.stdout) as Report;
      const f7 = db.parts[0]?.columns.find((c) => c.name === 'f7');
      assert.ok(
        f7?.evidence.some((e) => e.includes('婚姻')),
        JSON.stringify(f7),
      );
      assert.ok(db.columns.some((c) => c.name === 'f7' && c.category === 'marital_orientation'));
      // Its CSV twin has no comment: the column is not PI there.
      const file = await fileReport(table('guests'));
      assert.ok(!file.columns.some((c) => c.name === 'f7'));
    });

    test('the query of --query is counted like a table, and only aggregates are read', async () => {
      const q =
        engine === 'PostgreSQL'
          ? 'SELECT * FROM residents WHERE "序号" <= 1000'
          : 'SELECT * FROM residents WHERE `序号` <= 1000';
      const run = await pilens('estimate', url(), '--query', q, '--format', 'json');
      assert.equal(run.code, 0, run.stderr);
      const r = JSON.parse(run.stdout) as Report;
      assert.equal(r.records, 1003); // rows 1 to 1,000 and the three duplicates of rows 1 and 2
      assert.equal(r.parts[0]?.source?.query, true);
      assert.ok(r.parts[0].notes.some((n) => /well-formed resident ID/.test(n)));
    });

    test('the session is read-only: a writing query fails and changes nothing', async () => {
      const q =
        engine === 'PostgreSQL'
          ? 'SELECT * FROM residents FOR UPDATE'
          : 'SELECT * FROM residents WHERE `序号` = 1 FOR UPDATE';
      const run = await pilens('estimate', url(), '--query', q);
      if (engine === 'PostgreSQL') {
        assert.equal(run.code, 2);
        assert.match(run.stderr, /read-only/);
      }
      const after = JSON.parse(
        (await pilens('estimate', url(), '--table', 'residents', '--format', 'json')).stdout,
      ) as Report;
      assert.equal(after.records, table('residents').rows.length);
    });

    test(`--emit-sql ${engine === 'PostgreSQL' ? 'postgres' : 'mysql'} run on the server and read back with --counts: the live estimate`, async () => {
      const ddl = residentsDdl(fixtures);
      const dialect = engine === 'PostgreSQL' ? 'postgres' : 'mysql';
      const emitted = await pilens('estimate', ddl, '--emit-sql', dialect);
      assert.equal(emitted.code, 0, emitted.stderr);
      const row =
        engine === 'PostgreSQL'
          ? await onPostgres(server, emitted.stdout)
          : await onMariadb(server, emitted.stdout);
      const counts = join(fixtures.dir, `${dialect}-result.json`);
      writeFileSync(counts, JSON.stringify(row));
      const back = await pilens('estimate', ddl, '--counts', counts, '--format', 'json');
      assert.equal(back.code, 0, back.stderr);
      const live = JSON.parse(
        (await pilens('estimate', url(), '--table', 'residents', '--format', 'json')).stdout,
      ) as Report;
      const fromCounts = JSON.parse(back.stdout) as Report;
      assert.deepEqual(figures(fromCounts), figures(live));
      assert.equal(fromCounts.parts[0]?.source?.counted, 'counts-file');
    });

    test('a wrong password: one line, exit 2, the password never echoed', async () => {
      const wrong = url().replace(server.password, 'S3cretWrong');
      const run = await pilens('estimate', wrong, '--table', 'residents');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /authentication failed/);
      assert.doesNotMatch(run.stderr, /S3cretWrong/);
      assert.match(run.stderr, /:\*\*\*@/);
      assert.equal(run.stderr.trim().split('\n').length, 1);
    });

    test('an unreachable host: one line, exit 2', async () => {
      const port = await freePort();
      const run = await pilens(
        'estimate',
        url().replace(`:${server.port}/`, `:${port}/`),
        '--table',
        'residents',
      );
      assert.equal(run.code, 2);
      assert.match(run.stderr, /cannot reach 127\.0\.0\.1/);
      assert.doesNotMatch(run.stderr, new RegExp(server.password));
    });

    test('an unknown table: one line, exit 2', async () => {
      const run = await pilens('estimate', url(), '--table', 'no_such_table');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /no_such_table does not exist/);
      assert.equal(run.stdout, '');
    });

    test('a user without rights on the table: one line, exit 2', async () => {
      const reader = url().replace(
        `${server.user}:${server.password}`,
        `${server.reader.user}:${server.reader.password}`,
      );
      const run = await pilens('estimate', reader, '--table', 'residents');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /permission denied|does not exist \(or is not visible|may not use database/);
      assert.doesNotMatch(run.stderr, new RegExp(server.reader.password));
    });

    test('a statement over --timeout stops: one line, exit 2', async () => {
      const q = engine === 'PostgreSQL' ? 'SELECT pg_sleep(5) AS x' : 'SELECT SLEEP(5) AS x';
      const run = await pilens('estimate', url(), '--query', q, '--timeout', '1');
      if (engine === 'PostgreSQL') {
        assert.equal(run.code, 2);
        assert.match(run.stderr, /statement timeout/);
      } else {
        // MariaDB's SLEEP is interrupted by max_statement_time and returns 1 instead of failing.
        assert.ok(run.code === 0 || /statement timeout/.test(run.stderr), run.stderr);
      }
    });
  });
}

test('--emit-sql duckdb runs in DuckDB over the CSV, and --counts gives the CSV estimate', async () => {
  const t = table('residents');
  const ddl = residentsDdl(fixtures);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(
    `CREATE TABLE residents AS SELECT * FROM read_csv('${t.csv.replaceAll("'", "''")}', header = true, all_varchar = true)`,
  );
  // DuckDB counts persons exactly (its dialect has no approximation), with or without --exact.
  for (const flags of [[], ['--exact']]) {
    const emitted = await pilens('estimate', ddl, '--emit-sql', 'duckdb', ...flags);
    assert.equal(emitted.code, 0, emitted.stderr);
    assert.doesNotMatch(emitted.stdout, /approx_count_distinct|approx_distinct/);
    const rows = (await c.runAndReadAll(emitted.stdout)).getRowObjectsJS();
    assert.equal(rows.length, 1);
    const counts = join(fixtures.dir, 'duck-result.json');
    writeFileSync(
      counts,
      JSON.stringify(rows[0], (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)),
    );
    const back = await pilens('estimate', ddl, '--counts', counts, '--format', 'json');
    assert.equal(back.code, 0, back.stderr);
    assert.deepEqual(figures(JSON.parse(back.stdout) as Report), figures(await fileReport(t)));
  }
  c.closeSync();
});

test('--counts refuses a result that is not one row of counts', async () => {
  const ddl = residentsDdl(fixtures);
  const bad = join(fixtures.dir, 'bad.json');
  writeFileSync(bad, JSON.stringify([{ records: 1 }, { records: 2 }]));
  const run = await pilens('estimate', ddl, '--counts', bad);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /one result row/);
  writeFileSync(bad, JSON.stringify({ records: 'x' }));
  assert.match((await pilens('estimate', ddl, '--counts', bad)).stderr, /not a count|no column/);
});

test('an unsupported engine: one line, exit 2, password masked', async () => {
  const run = await pilens('estimate', 'oracle://scott:tiger@db.example/orcl', '--table', 'emp');
  assert.equal(run.code, 2);
  assert.match(run.stderr, /unsupported engine "oracle"/);
  assert.doesNotMatch(run.stderr, /tiger/);
});
