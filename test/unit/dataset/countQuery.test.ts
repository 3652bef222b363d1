/** The counting query's text, its one-row result read back, and connection URLs. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Parser } from 'node-sql-parser';
import { makePlan } from '../../../src/core/dataset/plan.js';
import { buildCountQuery } from '../../../src/core/dataset/sql/countQuery.js';
import { DIALECTS, DIALECT_IDS, type DialectId } from '../../../src/core/dataset/sql/dialect.js';
import { CountRowError, checkNotes, tallyFromRow } from '../../../src/core/dataset/sql/tally.js';
import { maskUrl, parseConnectionUrl } from '../../../src/node/db/url.js';

const plan = makePlan(
  3,
  [
    { index: 0, category: 'name', legalClass: 'C' },
    { index: 1, category: 'id_number', legalClass: 'C' },
    { index: 2, category: 'health', legalClass: 'B', identifying: false },
  ],
  1,
  true,
  (c) => c === 'health',
);
const columns = ['姓名', 'id"card', 'diagnosis'];

test('identifiers are quoted in each dialect, a quote inside doubled', () => {
  const { sql } = buildCountQuery(
    { source: { table: ['public', 'users'] }, columns, plan },
    DIALECTS.postgres,
  );
  assert.match(sql, /CAST\("id""card" AS TEXT\)/);
  assert.match(sql, /FROM "public"\."users"/);
  const my = buildCountQuery({ source: { table: ['users'] }, columns, plan }, DIALECTS.mariadb).sql;
  assert.match(my, /CONVERT\(`id"card` USING utf8mb4\) COLLATE utf8mb4_nopad_bin/);
  const tricky = buildCountQuery(
    { source: { table: ['u'] }, columns: ['a`b', 'x', 'y'], plan },
    DIALECTS.mysql,
  ).sql;
  assert.match(tricky, /`a``b`/);
});

test('a name that cannot be quoted safely is refused, not concatenated', () => {
  assert.throws(
    () => buildCountQuery({ source: { table: ['t'] }, columns: ['a`b', 'x', 'y'], plan }, DIALECTS.spark),
    /cannot be quoted safely/,
  );
  assert.doesNotThrow(() =>
    buildCountQuery({ source: { table: ['t'] }, columns: ['ab', 'x', 'y'], plan }, DIALECTS.spark),
  );
});

test('duplicates are removed with DISTINCT over every column, and not with --no-dedupe', () => {
  const withDedupe = buildCountQuery({ source: { table: ['t'] }, columns, plan }, DIALECTS.postgres).sql;
  assert.match(withDedupe, /SELECT DISTINCT \* FROM src/);
  const noDedupe = buildCountQuery(
    { source: { table: ['t'] }, columns, plan: { ...plan, dedupe: false } },
    DIALECTS.postgres,
  ).sql;
  assert.doesNotMatch(noDedupe, /DISTINCT \*/);
});

test('persons are exact unless an approximation is asked for, which is labelled', () => {
  const exact = buildCountQuery({ source: { table: ['t'] }, columns, plan }, DIALECTS.trino);
  assert.match(exact.sql, /COUNT\(DISTINCT CASE WHEN/);
  assert.equal(exact.approx, undefined);
  const approx = buildCountQuery({ source: { table: ['t'] }, columns, plan, approx: true }, DIALECTS.trino);
  assert.match(approx.sql, /approx_distinct\(CASE WHEN/);
  assert.match(approx.approx ?? '', /2\.3 %/);
  // PostgreSQL has no approximation: exact whatever is asked.
  assert.equal(
    buildCountQuery({ source: { table: ['t'] }, columns, plan, approx: true }, DIALECTS.postgres).approx,
    undefined,
  );
});

test('every dialect writes the result columns the tally reads', () => {
  for (const id of DIALECT_IDS) {
    const { sql } = buildCountQuery(
      { source: { table: ['t'] }, columns, plan, checks: new Map([[1, 'resident_id' as const]]) },
      DIALECTS[id],
    );
    for (const name of [
      'records',
      'with_pi',
      'distinct_with_pi',
      'pieces_a',
      'pieces_b',
      'pieces_c',
      'persons',
      'cat_health',
      'checked_2',
      'valid_2',
    ])
      assert.match(sql, new RegExp(`AS ${name}\\b`), `${id}: ${name}`);
  }
});

/**
 * The grammar of node-sql-parser each dialect's query is parsed with. MariaDB's query is the
 * MySQL one (the parser's own MariaDB grammar rejects valid window-free SELECTs it accepts as
 * MySQL). Three have no grammar of their own there and are proved otherwise: SQLite and DuckDB
 * run the query for real in the database tests, and ClickHouse's is parsed with the Trino grammar
 * (the same ANSI SELECT; its engine-specific calls are plain function calls to a parser).
 */
const GRAMMAR: Readonly<Record<DialectId, string | undefined>> = {
  postgres: 'postgresql',
  mysql: 'mysql',
  mariadb: 'mysql',
  sqlite: undefined,
  duckdb: 'postgresql',
  trino: 'trino',
  spark: 'hive',
  clickhouse: 'trino',
  maxcompute: 'hive',
  bigquery: 'bigquery',
  snowflake: 'snowflake',
};

test("every dialect's query parses as one SELECT in that dialect's grammar", () => {
  const parser = new Parser();
  // Plain names: the parser does not read a doubled quote inside an identifier (quoting is
  // tested above).
  const plain = ['姓名', 'id_card', 'diagnosis'];
  for (const id of DIALECT_IDS) {
    const grammar = GRAMMAR[id];
    if (grammar === undefined) continue; // SQLite: executed in sqliteEstimate.test.ts
    for (const approx of [false, true]) {
      const { sql } = buildCountQuery(
        {
          source: { table: ['db', 't'] },
          columns: plain,
          plan,
          checks: new Map([[1, 'resident_id' as const]]),
          approx,
        },
        DIALECTS[id],
      );
      // node-sql-parser's grammar lacks PostgreSQL 12's `AS MATERIALIZED`; the query itself runs
      // on a real PostgreSQL in dbEstimate.test.ts.
      const ast = parser.astify(sql.replaceAll(' AS MATERIALIZED (', ' AS ('), { database: grammar });
      const statements = Array.isArray(ast) ? ast : [ast];
      assert.equal(statements.length, 1, `${id}${approx ? ' approx' : ''}`);
      assert.equal(statements[0]?.type, 'select', id);
    }
  }
  // The parser is not lenient: a broken query fails in the same grammar.
  assert.throws(() => parser.astify('SELECT SUM(CASE WHEN x THEN 1 END AS n FROM t', { database: 'trino' }));
});

test('a --query is counted as a subquery, its trailing semicolon dropped', () => {
  const { sql } = buildCountQuery(
    { source: { query: 'SELECT * FROM users;' }, columns, plan },
    DIALECTS.postgres,
  );
  assert.match(sql, /FROM \(\nSELECT \* FROM users\n\) q/);
});

const row = {
  RECORDS: '10',
  with_pi: 8,
  distinct_with_pi: 7n,
  pieces_a: null,
  pieces_b: 2,
  pieces_c: 5,
  card_records: 0,
  persons: 6,
  persons_sensitive: 2,
  persons_face: 0,
  cat_name: 7,
  cat_id_number: 7,
  cat_health: 2,
  checked_2: 7,
  valid_2: 6,
};

test('the one-row result becomes a tally, column names in any case, NULL as 0', () => {
  const { tally, records } = tallyFromRow(row, plan);
  assert.equal(records, 10);
  assert.deepEqual(tally.pieces, { A: 0, B: 2, C: 5 });
  assert.equal(tally.withoutPi, 2);
  assert.equal(tally.distinct, 7);
  assert.deepEqual(tally.persons, { all: 6, sensitive: 2, face: 0 });
  assert.equal(tally.keyed, true);
  assert.deepEqual(checkNotes(row, new Map([[1, 'resident_id']]), columns), [
    'column id"card: 6 of 7 values are well-formed resident ID numbers (18 characters, GB 11643 check character)',
  ]);
});

test('a result missing a column, or holding something not a count, is refused', () => {
  const missing: Record<string, unknown> = { ...row };
  delete missing.cat_health;
  assert.throws(() => tallyFromRow(missing, plan), CountRowError);
  assert.throws(() => tallyFromRow({ ...row, persons: -1 }, plan), /not a count/);
  assert.throws(() => tallyFromRow({ ...row, persons: '1.5' }, plan), /not a count/);
  assert.throws(() => tallyFromRow({ ...row, with_pi: 11 }, plan), /exceeds/);
});

test('a URL password is masked; a URL without one is left as is', () => {
  assert.equal(maskUrl('postgresql://app:s3cr%40t@db:5432/crm'), 'postgresql://app:***@db:5432/crm');
  assert.equal(maskUrl('mysql://app@db/crm?password=x&ssl=1'), 'mysql://app@db/crm?password=***&ssl=1');
  assert.equal(maskUrl('postgresql://db/crm'), 'postgresql://db/crm');
});

test('connection URLs: engines, databases, and failures that never hold the password', () => {
  const c = parseConnectionUrl('mariadb://app:pw@127.0.0.1:3307/crm');
  assert.deepEqual(
    [c.engine, c.host, c.port, c.user, c.password, c.database],
    ['mysql', '127.0.0.1', 3307, 'app', 'pw', 'crm'],
  );
  assert.equal(parseConnectionUrl('sqlite:///tmp/x.db').database, '/tmp/x.db');
  assert.throws(
    () => parseConnectionUrl('oracle://a:hunter2@h/db'),
    (e: Error) => /unsupported engine "oracle"/.test(e.message) && !e.message.includes('hunter2'),
  );
  assert.throws(
    () => parseConnectionUrl('postgresql://a:hunter2@h/'),
    (e: Error) => /name the database/.test(e.message) && !e.message.includes('hunter2'),
  );
});

test('PostgreSQL computes the flag queries once (MATERIALIZED); other engines get plain WITH', () => {
  const pg = buildCountQuery({ source: { table: ['t'] }, columns, plan }, DIALECTS.postgres).sql;
  assert.match(pg, /fa AS MATERIALIZED \(/);
  assert.match(pg, /fd AS MATERIALIZED \(/);
  for (const id of ['trino', 'mysql', 'sqlite', 'duckdb'] as const) {
    const sql = buildCountQuery({ source: { table: ['t'] }, columns, plan }, DIALECTS[id]).sql;
    assert.doesNotMatch(sql, /MATERIALIZED/, id);
    assert.match(sql, /fa AS \(/, id);
  }
});
