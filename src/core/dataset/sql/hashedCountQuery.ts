/**
 * The counting query for a run pilens makes itself on a machine's files (`--engine duckdb`):
 * the figures of countQuery.ts, but no value reaches an operator that may write to disk.
 *
 * DuckDB spills hash tables and materialised WITH queries to its temporary folder when memory
 * runs short, unencrypted (its temp_file_encryption needs the httpfs extension's crypto), while
 * the product's rule is that temporary files never hold raw personal data: the built-in reader's
 * spill holds keyed hashes only. So the first projection, which streams row by row and never
 * spills, computes each record's flags and check results from its values and replaces the values
 * by keyed hashes: the person key's, and the whole record's (each value length-prefixed, NULL
 * marked, so two different records never encode alike) for duplicates. Everything after it —
 * the GROUP BY that folds duplicates, the distinct count of persons — holds hashes and 0/1 flags
 * only, and the query reads its source once (no WITH query named twice).
 *
 * The hash is MD5 over a random per-run key followed by the text, 128 bits: without the key,
 * which lives only in the query text in memory, a spilled hash cannot be matched against a
 * dictionary of phone or ID numbers; MD5's known collision attacks need the attacker to know
 * the whole input, key included; an accidental collision among a billion values has odds near
 * 1e-21 (the built-in reader keys a 64-bit hash).
 */
import { sourceColumns, sourceFrom, type CountQueryInput } from './countQuery.js';
import type { SqlDialect } from './dialect.js';
import { col, countedAggregates, flag, planTerms, presentIn, RESULT } from './planTerms.js';

/** A per-run key: at least 128 bits as lower-case hex (drawn by the node layer, never stored). */
const KEY = /^[0-9a-f]{32,}$/;

/** The dialect's keyed hash under `key`, refusing a dialect without one or a weak key. */
export function keyedHasher(d: SqlDialect, key: string): NonNullable<SqlDialect['keyed']> {
  if (d.keyed === undefined) throw new Error(`${d.title} has no keyed hash for a hashed count`);
  if (!KEY.test(key)) throw new Error('a hash key is at least 32 lower-case hex digits');
  return d.keyed;
}

/** The whole record, encoded so that two different records never give the same text, hashed. */
function recordHash(d: SqlDialect, key: string, count: number): string {
  const { hash, bytes } = keyedHasher(d, key);
  const parts = Array.from(
    { length: count },
    (_, i) => `COALESCE(${d.text(bytes(col(i)))} || ':' || ${col(i)}, '-')`,
  );
  return hash(key, parts.length > 0 ? parts.join(' || ') : "''");
}

/**
 * Builds the hashed counting query for a plan (never with the approximate distinct: the engine
 * counts on one machine, exactly). Its result has the columns of buildCountQuery's.
 */
export function buildHashedCountQuery(input: CountQueryInput, d: SqlDialect, key: string): string {
  const { plan, columns } = input;
  const { hash } = keyedHasher(d, key);
  const t = planTerms(plan, d, input.checks);
  const keyed = plan.personKey >= 0;
  const present = (v: string): string => presentIn(d, v);

  const keyCols = keyed
    ? [`${hash(key, col(plan.personKey))} AS k`, `${flag(present(col(plan.personKey)))} AS pk`]
    : [];
  const checkCols = t.checks.flatMap(([i, , ok]) => [
    `${flag(present(col(i)))} AS x${i}`,
    `CASE WHEN ${present(col(i))} THEN ${flag(ok)} ELSE 0 END AS v${i}`,
  ]);
  const perRow = [...keyCols, ...checkCols, ...t.flags];
  const names = [
    ...(keyed ? ['k', 'pk'] : []),
    ...t.checks.flatMap(([i]) => [`x${i}`, `v${i}`]),
    ...plan.columns.map((_, k) => `p${k}`),
  ];
  // One row per distinct record, with how many times it occurs: its flags depend on its values only.
  const folded = plan.dedupe
    ? `  SELECT ${[...names, 'COUNT(*) AS n'].join(', ')}\n  FROM h\n  GROUP BY ${['rh', ...names].join(', ')}`
    : `  SELECT ${[...names, '1 AS n'].join(', ')}\n  FROM h`;

  const weighted = (cond: string): string => `SUM(CASE WHEN ${cond} THEN n ELSE 0 END)`;
  const person = (extra: string): string =>
    keyed ? `COUNT(DISTINCT CASE WHEN ${t.identifies} AND pk = 1${extra} THEN k END)` : '0';
  const aggregates = [
    `SUM(n) AS ${RESULT.records}`,
    `${weighted(t.identifies)} AS ${RESULT.withPi}`,
    `${person('')} AS ${RESULT.persons}`,
    `${person(` AND ${t.withBits(plan.sensitiveBits)}`)} AS ${RESULT.personsSensitive}`,
    `${person(` AND ${t.withBits(plan.faceBits)}`)} AS ${RESULT.personsFace}`,
    ...t.checks.flatMap(([i]) => [
      `${weighted(`x${i} = 1`)} AS ${RESULT.checked(i)}`,
      `${weighted(`v${i} = 1`)} AS ${RESULT.valid(i)}`,
    ]),
    `0 AS ${RESULT.approx}`,
    // Over folded records each counts once; without dedupe each row is its own record (n = 1).
    ...countedAggregates(plan, t, (cond) => `SUM(${flag(cond)})`),
  ];
  return [
    '-- pilens: counts of personal information (one row of aggregates); values are hashed with a per-run key before any step that may spill to disk',
    'WITH h AS (',
    `  SELECT\n    ${[...perRow, ...(plan.dedupe ? [`${recordHash(d, key, columns.length)} AS rh`] : [])].join(',\n    ') || '1 AS one'}`,
    `  FROM (\n    SELECT\n      ${sourceColumns(d, columns).replaceAll('\n', '\n  ')}\n    FROM ${sourceFrom(d, input.source)}\n  ) src`,
    '), g AS (',
    folded,
    ')',
    `SELECT\n  ${aggregates.join(',\n  ')}\nFROM g`,
  ].join('\n');
}
