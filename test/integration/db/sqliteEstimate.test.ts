/**
 * `pilens estimate sqlite:FILE --table …` on a database file written by Debian's `sqlite3`
 * shell (an independent writer), compared with the same rows estimated from CSV files; the file
 * is read, never written; and the failures a user meets, each one line with exit 2.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { figures, fileReport, pilens, type Report } from './estimateRun.js';
import { buildFixtures, residentsDdl, type FixtureTable, fixtureTable } from './fixture.js';
import { ensureServers } from './servers.js';

let fixtures: Awaited<ReturnType<typeof buildFixtures>>;
let file: string;
const table = (name: string): FixtureTable => fixtureTable(fixtures, name);
/** SQLite has no column comments: the guests' f7 is mapped by hand, in both estimates. */
const MAP = ['--map', 'f7=marital_orientation'];

const literal = (v: string | null): string => (v === null ? 'NULL' : `'${v.replaceAll("'", "''")}'`);

/** The fixture tables as one SQL script for the sqlite3 shell. */
function script(): string {
  const out = ['BEGIN;'];
  for (const t of fixtures.tables) {
    const cols = t.columns.map((c) => `"${c.name}" ${c.type === 'int' ? 'INTEGER' : 'TEXT'}`);
    out.push(`CREATE TABLE "${t.name}" (${cols.join(', ')});`);
    for (const r of t.rows) out.push(`INSERT INTO "${t.name}" VALUES (${r.map(literal).join(', ')});`);
  }
  out.push('COMMIT;');
  return out.join('\n');
}

const digest = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

before(async () => {
  await ensureServers();
  fixtures = await buildFixtures();
  file = join(fixtures.dir, 'pi.sqlite');
  const shell = spawnSync('sqlite3', [file], { input: script(), encoding: 'utf8' });
  assert.equal(shell.status, 0, shell.stderr);
});
after(() => {
  fixtures.cleanup();
});

describe('estimate in SQLite', () => {
  const url = (): string => `sqlite:${file}`;

  for (const name of ['residents', 'guests']) {
    test(`table ${name}: the same records, pieces, persons and tier as its CSV file`, async () => {
      const t = table(name);
      const map = t.name === 'guests' ? MAP : [];
      const run = await pilens('estimate', url(), '--table', t.name, '--format', 'json', ...map);
      assert.equal(run.code, 0, run.stderr);
      const db = JSON.parse(run.stdout) as Report;
      assert.deepEqual(figures(db), figures(await fileReport(t, ...map)));
      assert.ok(db.records > 0 && (db.pieces.C ?? 0) + (db.pieces.B ?? 0) > 0);
      assert.deepEqual(db.parts[0]?.source, {
        engine: 'SQLite',
        database: file,
        table: t.name,
        counted: 'in-database',
      });
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
    const both = await pilens('estimate', table('residents').csv, table('contacts').csv, '--format', 'json');
    assert.deepEqual(figures(JSON.parse(run.stdout) as Report), figures(JSON.parse(both.stdout) as Report));
  });

  test('duplicates are removed, and kept with --no-dedupe, as in the file', async () => {
    const t = table('residents');
    const kept = await pilens('estimate', url(), '--table', 'residents', '--format', 'json', '--no-dedupe');
    assert.deepEqual(figures(JSON.parse(kept.stdout) as Report), figures(await fileReport(t, '--no-dedupe')));
    const deduped = await pilens('estimate', url(), '--table', 'residents', '--format', 'json');
    assert.equal((JSON.parse(deduped.stdout) as Report).counts.duplicates, 3);
  });

  test('the query of --query is counted like a table', async () => {
    const run = await pilens(
      'estimate',
      url(),
      '--query',
      'SELECT * FROM residents WHERE "序号" <= 1000',
      '--format',
      'json',
    );
    assert.equal(run.code, 0, run.stderr);
    const r = JSON.parse(run.stdout) as Report;
    assert.equal(r.records, 1003); // rows 1 to 1,000 and the three duplicates of rows 1 and 2
    assert.equal(r.parts[0]?.source?.query, true);
  });

  test('--emit-sql sqlite run in the sqlite3 shell and read back with --counts: the live estimate', async () => {
    const ddl = residentsDdl(fixtures);
    const emitted = await pilens('estimate', ddl, '--emit-sql', 'sqlite');
    assert.equal(emitted.code, 0, emitted.stderr);
    const shell = spawnSync('sqlite3', ['-readonly', '-json', file], {
      input: emitted.stdout,
      encoding: 'utf8',
    });
    assert.equal(shell.status, 0, shell.stderr);
    const rows = JSON.parse(shell.stdout) as unknown[];
    assert.equal(rows.length, 1);
    const counts = join(fixtures.dir, 'sqlite-result.json');
    writeFileSync(counts, JSON.stringify(rows[0]));
    const back = await pilens('estimate', ddl, '--counts', counts, '--format', 'json');
    assert.equal(back.code, 0, back.stderr);
    const live = await pilens('estimate', url(), '--table', 'residents', '--format', 'json');
    assert.deepEqual(figures(JSON.parse(back.stdout) as Report), figures(JSON.parse(live.stdout) as Report));
  });

  test('the file is only read: a writing query fails, and the file and its folder are unchanged', async () => {
    const before = digest(file);
    const listing = readdirSync(fixtures.dir).sort();
    assert.equal((await pilens('estimate', url(), '--table', 'residents')).code, 0);
    const write = await pilens('estimate', url(), '--query', 'DELETE FROM residents RETURNING *');
    assert.equal(write.code, 2);
    assert.equal(write.stderr.trim().split('\n').length, 1);
    assert.equal(digest(file), before);
    assert.deepEqual(readdirSync(fixtures.dir).sort(), listing);
  });

  test('a file that is not a database, a missing file, an unknown table, an empty query: one line, exit 2', async () => {
    const junk = join(fixtures.dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database, just text\n'.repeat(100));
    const cases: [string[], RegExp][] = [
      [
        ['estimate', `sqlite:${junk}`, '--table', 'residents'],
        /junk\.sqlite: cannot open the database file \(file is not a database\)/,
      ],
      [
        ['estimate', `sqlite:${join(fixtures.dir, 'missing.sqlite')}`, '--table', 'residents'],
        /missing\.sqlite: cannot open the database file/,
      ],
      [['estimate', url(), '--table', 'no_such_table'], /no_such_table does not exist/],
      [['estimate', url(), '--query', 'SELECT * FROM residents WHERE 1 = 0'], /the query returns no rows/],
    ];
    for (const [args, message] of cases) {
      const run = await pilens(...args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1);
      assert.equal(run.stdout, '');
    }
  });
});
