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
import type { CategoryKey } from '../../law/schema.js';
import { NULL_MARKERS } from '../../text/nullMarkers.js';
import type { CountPlan } from '../plan.js';
import type { SqlDialect } from './dialect.js';

/** Where the rows come from: a table (name parts, e.g. schema and table) or a user's SELECT. */
export type CountSource = { readonly table: readonly string[] } | { readonly query: string };

/** A validity check the query makes on a planned column. */
export type ValueCheck = 'resident_id' | 'mobile';

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

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const DIGIT = '[0-9]';
/** GB 11643: 17 digits (the first not 0) and a check character. */
export const RESIDENT_ID_CLASSES: readonly string[] = ['[1-9]', ...Array<string>(16).fill(DIGIT), '[0-9Xx]'];
/** A mainland mobile number: 11 digits starting 13–19. */
export const MOBILE_CLASSES: readonly string[] = ['1', '[3-9]', ...Array<string>(9).fill(DIGIT)];

/** The result's column names (lower case; read back case-insensitively). */
export const RESULT = {
  records: 'records',
  withPi: 'with_pi',
  distinct: 'distinct_with_pi',
  piecesA: 'pieces_a',
  piecesB: 'pieces_b',
  piecesC: 'pieces_c',
  card: 'card_records',
  persons: 'persons',
  personsSensitive: 'persons_sensitive',
  personsFace: 'persons_face',
  /** 1 when persons were counted with the engine's approximate distinct. */
  approx: 'approx_persons',
  /** The dialect whose approximation counted persons (so a result read back knows its error). */
  approxEngine: 'approx_engine',
  category: (key: CategoryKey): string => `cat_${key}`,
  checked: (column: number): string => `checked_${column + 1}`,
  valid: (column: number): string => `valid_${column + 1}`,
} as const;

const or = (terms: readonly string[]): string => (terms.length === 0 ? '0' : terms.join(' + '));
const flag = (cond: string): string => `CASE WHEN ${cond} THEN 1 ELSE 0 END`;
const sum = (cond: string): string => `SUM(${flag(cond)})`;

/** Builds the counting query for a plan in a dialect. */
export function buildCountQuery(input: CountQueryInput, d: SqlDialect): CountQuery {
  const { plan, columns } = input;
  const col = (i: number): string => `c${i + 1}`;
  const from = sourceFrom(d, input.source);
  const present = (v: string): string => presentIn(d, v);
  const src = sourceColumns(d, columns);

  // Per planned column k: p_k is 1 when its value identifies (present), else 0.
  const flags = plan.columns.map((c, k) => `${flag(present(col(c.index)))} AS p${k}`);
  const p = (k: number): string => `p${k}`;
  const anyOf = (pick: (k: number) => boolean): string =>
    `(${or(
      plan.columns
        .map((_, k) => k)
        .filter(pick)
        .map(p),
    )}) > 0`;
  const identifies = anyOf((k) => plan.columns[k]?.identifying !== false);
  const ofClass = (cls: string): string => anyOf((k) => (plan.columns[k]?.legalClass ?? 'C') === cls);
  const bitOf = (k: number): number => 1 << plan.categories.indexOf(plan.columns[k]?.category as CategoryKey);
  const withBits = (bits: number): string => anyOf((k) => (bitOf(k) & bits) !== 0);
  const key = plan.personKey;
  const keyed = key >= 0;

  // The approximate count is only used when asked and the engine has one.
  const approx = input.approx === true ? d.approx : undefined;
  const distinct = (e: string): string => (approx !== undefined ? approx.call(e) : `COUNT(DISTINCT ${e})`);
  const person = (extra: string): string =>
    keyed ? distinct(`CASE WHEN ${identifies} AND pk = 1${extra} THEN k END`) : '0';

  const checks = [...(input.checks ?? new Map<number, ValueCheck>())].filter(([i]) =>
    plan.columns.some((c) => c.index === i),
  );
  const checkExprs = checks.flatMap(([i, kind]) => {
    const v = `TRIM(${col(i)})`;
    const ok =
      kind === 'mobile'
        ? d.matches(v, MOBILE_CLASSES)
        : `${d.matches(v, RESIDENT_ID_CLASSES)} AND ${residentIdChecksum(v, d)}`;
    return [
      `${sum(present(col(i)))} AS ${RESULT.checked(i)}`,
      `SUM(CASE WHEN ${present(col(i))} THEN CASE WHEN ${ok} THEN 1 ELSE 0 END ELSE 0 END) AS ${RESULT.valid(i)}`,
    ];
  });

  const all = [
    `COUNT(*) AS ${RESULT.records}`,
    `${sum(identifies)} AS ${RESULT.withPi}`,
    `${person('')} AS ${RESULT.persons}`,
    `${person(` AND ${withBits(plan.sensitiveBits)}`)} AS ${RESULT.personsSensitive}`,
    `${person(` AND ${withBits(plan.faceBits)}`)} AS ${RESULT.personsFace}`,
    ...checkExprs,
    `${approx !== undefined ? 1 : 0} AS ${RESULT.approx}`,
    ...(approx !== undefined ? [`${d.literal(d.id)} AS ${RESULT.approxEngine}`] : []),
  ];
  const cardNumber = anyOf((k) => plan.columns[k]?.card === 'number');
  const cardAuth = anyOf((k) => plan.columns[k]?.card === 'auth');
  const counted = [
    `${sum(identifies)} AS ${RESULT.distinct}`,
    `${sum(`${identifies} AND ${ofClass('A')}`)} AS ${RESULT.piecesA}`,
    `${sum(`${identifies} AND NOT (${ofClass('A')}) AND ${ofClass('B')}`)} AS ${RESULT.piecesB}`,
    `${sum(`${identifies} AND NOT (${ofClass('A')}) AND NOT (${ofClass('B')})`)} AS ${RESULT.piecesC}`,
    `${sum(`${identifies} AND ${cardNumber} AND ${cardAuth}`)} AS ${RESULT.card}`,
    ...plan.categories.map(
      (c, bit) => `${sum(`${identifies} AND ${withBits(1 << bit)}`)} AS ${RESULT.category(c)}`,
    ),
  ];
  const keyCols = keyed ? [`${col(key)} AS k`, `${flag(present(col(key)))} AS pk`] : [];
  const checkCols = checks.map(([i]) => col(i));
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

/** Whether a text value identifies: the file reader's test (see the header comment), in SQL. */
export function presentIn(d: SqlDialect, v: string): string {
  return (
    `(${v} IS NOT NULL AND UPPER(TRIM(${v})) NOT IN (${['', ...NULL_MARKERS].map((t) => d.literal(t)).join(', ')})` +
    ` AND REPLACE(REPLACE(REPLACE(${v}, ${d.literal('*')}, ''), ${d.literal('-')}, ''), ${d.literal(' ')}, '') <> '')`
  );
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

/** The GB 11643 check character of a well-formed 18-character ID equals its last character. */
function residentIdChecksum(v: string, d: SqlDialect): string {
  const total = WEIGHTS.map((w, i) => `${d.toInt(d.substr(v, i + 1, 1))} * ${w}`).join(' + ');
  return `${d.substr(d.literal('10X98765432'), `${d.mod(`(${total})`, '11')} + 1`, 1)} = UPPER(${d.substr(v, 18, 1)})`;
}
