/**
 * SQL dialects the counting query is written in. Only what the query needs differs between
 * engines: quoting identifiers and strings, casting to text (byte-exact, so duplicates and
 * persons are judged as the file reader judges them), a regular expression, integer casts,
 * modulo and distinct counts (exact, or the engine's approximation with its error).
 */

export const DIALECT_IDS = [
  'postgres',
  'mysql',
  'mariadb',
  'sqlite',
  'duckdb',
  'trino',
  'spark',
  'clickhouse',
  'maxcompute',
  'bigquery',
  'snowflake',
] as const;
export type DialectId = (typeof DIALECT_IDS)[number];

/** The dialects `--emit-sql` prints (the ones pilens connects to itself are counted in place). */
export const EMIT_DIALECTS: readonly DialectId[] = [
  'trino',
  'spark',
  'clickhouse',
  'maxcompute',
  'bigquery',
  'snowflake',
  'duckdb',
  'postgres',
  'mysql',
  'sqlite',
];

/** An engine's approximate distinct count and its documented error. */
export interface ApproxDistinct {
  /** `fn(x)` → the SQL call. */
  readonly call: (expr: string) => string;
  /** The function's name and error bound as its documentation states it. */
  readonly label: string;
  /**
   * The documented relative error (standard error, rsd or average relative error as the engine
   * states it); absent when the engine documents none.
   */
  readonly relativeError?: number;
}

export interface SqlDialect {
  readonly id: DialectId;
  readonly title: string;
  /** Quotes one identifier part; throws when the name cannot be quoted safely in this dialect. */
  quoteIdent(name: string): string;
  /** A string literal for fixed text (never user input). */
  literal(text: string): string;
  /** The value as text, compared byte for byte. */
  text(expr: string): string;
  /** Whether text matches a whole-string pattern given as character classes (`[0-9]`, `1`). */
  matches(expr: string, classes: readonly string[]): string;
  toInt(expr: string): string;
  mod(a: string, b: string): string;
  substr(expr: string, start: number | string, length: number): string;
  /** The approximate distinct count, when the engine has one. */
  readonly approx?: ApproxDistinct;
  /**
   * The word after `name AS` that makes a WITH query computed once, where the engine would
   * otherwise inline it into every expression that names its columns (PostgreSQL 12+ inlines a
   * WITH query named once, and then re-evaluates each flag in every SUM of the counting query:
   * twice the time on a million-row table in test/bench/dbScale.ts).
   */
  readonly materialized?: string;
  /**
   * Keyed hashing, for an engine pilens runs itself whose temporary files must hold no values
   * (hashedCountQuery.ts): a 128-bit hash of a secret key followed by text, and a text's length
   * in bytes.
   */
  readonly keyed?: {
    readonly hash: (key: string, expr: string) => string;
    readonly bytes: (expr: string) => string;
  };
}

const doubled =
  (q: string) =>
  (name: string): string =>
    q + name.split(q).join(q + q) + q;

/** Backtick quoting for engines whose escape rules differ: names holding a backtick or backslash are refused. */
const strictBacktick = (name: string): string => {
  if (/[`\\\u0000-\u001f]/.test(name))
    throw new Error(`the column or table name ${JSON.stringify(name)} cannot be quoted safely`);
  return '`' + name + '`';
};

const standardLiteral = (text: string): string => `'${text.split("'").join("''")}'`;
/** For engines where a backslash escapes inside string literals. */
const backslashLiteral = (text: string): string => `'${text.split('\\').join('\\\\').split("'").join("''")}'`;

const regex = (classes: readonly string[]): string => `^${classes.join('')}$`;

function base(
  id: DialectId,
  title: string,
  parts: Partial<SqlDialect> & Pick<SqlDialect, 'text'>,
): SqlDialect {
  return {
    id,
    title,
    quoteIdent: doubled('"'),
    literal: standardLiteral,
    matches: (e, c) => `${e} ~ ${standardLiteral(regex(c))}`,
    toInt: (e) => `CAST(${e} AS INTEGER)`,
    mod: (a, b) => `MOD(${a}, ${b})`,
    substr: (e, s, n) => `SUBSTR(${e}, ${s}, ${n})`,
    ...parts,
  };
}

const mysqlLike = (id: 'mysql' | 'mariadb', title: string, collation: string): SqlDialect =>
  base(id, title, {
    quoteIdent: doubled('`'),
    literal: backslashLiteral,
    // A binary collation: `ABC` and `abc` are two values, as in the file reader.
    text: (e) => `(CONVERT(${e} USING utf8mb4) COLLATE ${collation})`,
    matches: (e, c) => `${e} REGEXP ${backslashLiteral(regex(c))}`,
    toInt: (e) => `CAST(${e} AS UNSIGNED)`,
  });

/** Every dialect by id. */
export const DIALECTS: Readonly<Record<DialectId, SqlDialect>> = {
  postgres: base('postgres', 'PostgreSQL', {
    text: (e) => `CAST(${e} AS TEXT)`,
    materialized: 'MATERIALIZED ',
  }),
  mysql: mysqlLike('mysql', 'MySQL', 'utf8mb4_bin'),
  // MariaDB's no-pad binary collation: `a` and `a ` stay two values.
  mariadb: mysqlLike('mariadb', 'MariaDB', 'utf8mb4_nopad_bin'),
  sqlite: base('sqlite', 'SQLite', {
    text: (e) => `CAST(${e} AS TEXT)`,
    // GLOB takes the same character classes, is case-sensitive and matches the whole string.
    matches: (e, c) => `${e} GLOB ${standardLiteral(c.join(''))}`,
    mod: (a, b) => `(${a} % ${b})`,
  }),
  // Exact distinct counts: DuckDB's approximation (HyperLogLog) carries no documented bound, and
  // one machine counts distinct values exactly at DuckDB's scale.
  duckdb: base('duckdb', 'DuckDB', {
    text: (e) => `CAST(${e} AS VARCHAR)`,
    matches: (e, c) => `regexp_full_match(${e}, ${standardLiteral(regex(c))})`,
    mod: (a, b) => `(${a} % ${b})`,
    keyed: { hash: (key, e) => `md5_number(${standardLiteral(key)} || ${e})`, bytes: (e) => `strlen(${e})` },
  }),
  trino: base('trino', 'Trino / Presto', {
    text: (e) => `CAST(${e} AS VARCHAR)`,
    matches: (e, c) => `regexp_like(${e}, ${standardLiteral(regex(c))})`,
    approx: {
      call: (e) => `approx_distinct(${e})`,
      label: 'approx_distinct (standard error 2.3 %)',
      relativeError: 0.023,
    },
  }),
  spark: base('spark', 'Spark SQL / Hive', {
    quoteIdent: strictBacktick,
    literal: backslashLiteral,
    text: (e) => `CAST(${e} AS STRING)`,
    matches: (e, c) => `${e} RLIKE ${backslashLiteral(regex(c))}`,
    toInt: (e) => `CAST(${e} AS INT)`,
    mod: (a, b) => `(${a} % ${b})`,
    approx: {
      call: (e) => `approx_count_distinct(${e})`,
      label: 'approx_count_distinct (HyperLogLog++, relative standard deviation 5 %, the default rsd)',
      relativeError: 0.05,
    },
  }),
  clickhouse: base('clickhouse', 'ClickHouse', {
    quoteIdent: strictBacktick,
    literal: backslashLiteral,
    text: (e) => `toString(${e})`,
    matches: (e, c) => `match(${e}, ${backslashLiteral(regex(c))})`,
    toInt: (e) => `toInt32(${e})`,
    mod: (a, b) => `(${a} % ${b})`,
    substr: (e, s, n) => `substring(${e}, ${s}, ${n})`,
    approx: {
      call: (e) => `uniqCombined(${e})`,
      label:
        'uniqCombined (HyperLogLog, precision 17 by default; ClickHouse states no error figure: use --exact near a threshold)',
    },
  }),
  maxcompute: base('maxcompute', 'MaxCompute (ODPS)', {
    quoteIdent: strictBacktick,
    literal: backslashLiteral,
    text: (e) => `CAST(${e} AS STRING)`,
    matches: (e, c) => `${e} RLIKE ${backslashLiteral(regex(c))}`,
    toInt: (e) => `CAST(${e} AS BIGINT)`,
    mod: (a, b) => `(${a} % ${b})`,
    approx: {
      call: (e) => `APPROX_DISTINCT(${e})`,
      label: 'APPROX_DISTINCT (MaxCompute documents an error of 5 %)',
      relativeError: 0.05,
    },
  }),
  bigquery: base('bigquery', 'BigQuery', {
    quoteIdent: strictBacktick,
    literal: backslashLiteral,
    text: (e) => `CAST(${e} AS STRING)`,
    matches: (e, c) => `REGEXP_CONTAINS(${e}, ${backslashLiteral(regex(c))})`,
    toInt: (e) => `CAST(${e} AS INT64)`,
    approx: {
      call: (e) => `APPROX_COUNT_DISTINCT(${e})`,
      label:
        'APPROX_COUNT_DISTINCT (HyperLogLog++; an estimate, BigQuery states no bound: use --exact near a threshold)',
    },
  }),
  snowflake: base('snowflake', 'Snowflake', {
    literal: backslashLiteral,
    text: (e) => `CAST(${e} AS VARCHAR)`,
    matches: (e, c) => `REGEXP_LIKE(${e}, ${backslashLiteral(regex(c))})`,
    approx: {
      call: (e) => `APPROX_COUNT_DISTINCT(${e})`,
      label: 'APPROX_COUNT_DISTINCT (HyperLogLog, average relative error 1.62 % per Snowflake)',
      relativeError: 0.0162,
    },
  }),
};

/** The dialect of an id, or undefined. */
export function dialectOf(id: string): SqlDialect | undefined {
  return (DIALECT_IDS as readonly string[]).includes(id) ? DIALECTS[id as DialectId] : undefined;
}
