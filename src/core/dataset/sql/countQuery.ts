/**
 * The counting query: one SELECT that computes, where the data lives, what the file counter
 * computes record by record (count.ts) — records with PI, exact duplicates removed, records
 * with nothing identifying, pieces under each record's strictest class, pieces per category,
 * card records, distinct persons (all, sensitive, face) — plus the share of well-formed
 * resident IDs and mobile numbers. It returns one row of aggregates: no row of the table
 * leaves the database.
 *
 * "Identifying" is the file reader's test (identifying.ts): not NULL, not empty once trimmed,
 * not a null marker (`text/nullMarkers.ts`), not only mask characters (`*`, `-`, spaces).
 */
import type { CountPlan } from '../plan.js';
import type { SqlDialect } from './dialect.js';
import { col, countedAggregates, flag, planTerms, presentIn, RESULT, type ValueCheck } from './planTerms.js';

export { MOBILE_CLASSES, presentIn, RESIDENT_ID_CLASSES, RESULT, type ValueCheck } from './planTerms.js';

/** Where the rows come from: a table (name parts, e.g. schema and table) or a user's SELECT. */
export type CountSource = { readonly table: readonly string[] } | { readonly query: string };

export interface CountQueryInput {
  readonly source: CountSource;
  /** Every column of the source in order (duplicates are judged on all of them). */
  readonly columns: readonly string[];
  /** The plan from the profile (planFromProfile): indices into `columns`. */
  readonly plan: CountPlan;
  /** Checks per column index (from the profile's value kinds). */
  readonly checks?: ReadonlyMap<number, ValueCheck> | undefined;
  /** Use the engine's approximate distinct count for persons (when it has one). */
  readonly approx?: boolean | undefined;
}

export interface CountQuery {
  readonly sql: string;
  /** The approximate distinct function used for persons, with its error; absent when exact. */
  readonly approx?: string;
}

const sum = (cond: string): string => `SUM(${flag(cond)})`;

/** Builds the counting query for a plan in a dialect. */
export function buildCountQuery(input: CountQueryInput, d: SqlDialect): CountQuery {
  const { plan, columns } = input;
  const from = sourceFrom(d, input.source);
  const present = (v: string): string => presentIn(d, v);
  const src = sourceColumns(d, columns);
  const t = planTerms(plan, d, input.checks);
  const { flags, identifies } = t;
  const key = plan.personKey;
  const keyed = key >= 0;

  // The approximate count is only used when asked and the engine has one.
  const approx = input.approx === true ? d.approx : undefined;
  const distinct = (e: string): string => (approx !== undefined ? approx.call(e) : `COUNT(DISTINCT ${e})`);
  const person = (extra: string): string =>
    keyed ? distinct(`CASE WHEN ${identifies} AND pk = 1${extra} THEN k END`) : '0';

  const checkExprs = t.checks.flatMap(([i, , ok]) => [
    `${sum(present(col(i)))} AS ${RESULT.checked(i)}`,
    `SUM(CASE WHEN ${present(col(i))} THEN CASE WHEN ${ok} THEN 1 ELSE 0 END ELSE 0 END) AS ${RESULT.valid(i)}`,
  ]);

  const all = [
    `COUNT(*) AS ${RESULT.records}`,
    `${sum(identifies)} AS ${RESULT.withPi}`,
    `${person('')} AS ${RESULT.persons}`,
    `${person(` AND ${t.withBits(plan.sensitiveBits)}`)} AS ${RESULT.personsSensitive}`,
    `${person(` AND ${t.withBits(plan.faceBits)}`)} AS ${RESULT.personsFace}`,
    ...checkExprs,
    `${approx !== undefined ? 1 : 0} AS ${RESULT.approx}`,
    ...(approx !== undefined ? [`${d.literal(d.id)} AS ${RESULT.approxEngine}`] : []),
  ];
  const counted = countedAggregates(plan, t, sum);
  const keyCols = keyed ? [`${col(key)} AS k`, `${flag(present(col(key)))} AS pk`] : [];
  const checkCols = t.checks.map(([i]) => col(i));
  const allFlags = [...keyCols, ...checkCols, ...flags];
  const rows = plan.dedupe ? '(SELECT DISTINCT * FROM src) r' : 'src';
  const sql = [
    '-- pilens: counts of personal information (one row of aggregates; no row leaves the database)',
    ...(approx !== undefined ? [`-- persons: ${approx.label}`] : []),
    'WITH src AS (',
    `  SELECT\n    ${src}\n  FROM ${from}`,
    `), fa AS ${d.materialized ?? ''}(`,
    `  SELECT\n    ${allFlags.length > 0 ? allFlags.join(',\n    ') : '1 AS one'}\n  FROM src`,
    `), fd AS ${d.materialized ?? ''}(`,
    `  SELECT\n    ${flags.length > 0 ? flags.join(',\n    ') : '1 AS one'}\n  FROM ${rows}`,
    ')',
    'SELECT a.*, d.*',
    `FROM (\n  SELECT\n    ${all.join(',\n    ')}\n  FROM fa\n) a`,
    `CROSS JOIN (\n  SELECT\n    ${counted.join(',\n    ')}\n  FROM fd\n) d`,
  ].join('\n');
  return { sql, ...(approx !== undefined ? { approx: approx.label } : {}) };
}

/** Every column of the source as text, aliased `c1`, `c2`, … by position. */
export function sourceColumns(d: SqlDialect, columns: readonly string[]): string {
  return columns.map((c, i) => `${d.text(d.quoteIdent(c))} AS c${i + 1}`).join(',\n    ');
}

/** The FROM target of a source: the quoted table, or the user's SELECT as a subquery `q`. */
export function sourceFrom(d: SqlDialect, source: CountSource): string {
  return 'query' in source
    ? `(\n${source.query.trim().replace(/;\s*$/, '')}\n) q`
    : source.table.map((p) => d.quoteIdent(p)).join('.');
}
