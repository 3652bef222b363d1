/**
 * The SQL terms a counting plan turns into, shared by the counting queries (countQuery.ts, and
 * hashedCountQuery.ts for DuckDB's own runs): per planned column k, a flag `p{k}` that is 1 when
 * its value identifies; conditions over those flags (identifies, of a class, with category bits,
 * card data); and the validity checks made on planned columns. Source columns are `c1`, `c2`, …
 */
import type { CategoryKey } from '../../law/schema.js';
import { NULL_MARKERS } from '../../text/nullMarkers.js';
import type { CountPlan } from '../plan.js';
import type { SqlDialect } from './dialect.js';

/** A validity check the query makes on a planned column. */
export type ValueCheck = 'resident_id' | 'mobile';

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
/** 1 when the condition holds, else 0. */
export const flag = (cond: string): string => `CASE WHEN ${cond} THEN 1 ELSE 0 END`;

/** The source column at index i. */
export const col = (i: number): string => `c${i + 1}`;

export interface PlanTerms {
  /** `CASE … END AS p{k}` per planned column. */
  readonly flags: readonly string[];
  /** The record identifies someone (a flag of an identifying column is set). */
  readonly identifies: string;
  readonly ofClass: (cls: string) => string;
  /** A flag of a column whose category bit is in `bits` is set. */
  readonly withBits: (bits: number) => string;
  readonly cardNumber: string;
  readonly cardAuth: string;
  /** The checks on planned columns, and each one's test on a present value. */
  readonly checks: readonly (readonly [number, ValueCheck, string])[];
}

/** The terms of a plan in a dialect (checks on columns the plan does not count are dropped). */
export function planTerms(
  plan: CountPlan,
  d: SqlDialect,
  checks: ReadonlyMap<number, ValueCheck> | undefined,
): PlanTerms {
  const flags = plan.columns.map((c, k) => `${flag(presentIn(d, col(c.index)))} AS p${k}`);
  const anyOf = (pick: (k: number) => boolean): string =>
    `(${or(
      plan.columns
        .map((_, k) => k)
        .filter(pick)
        .map((k) => `p${k}`),
    )}) > 0`;
  const bitOf = (k: number): number => 1 << plan.categories.indexOf(plan.columns[k]?.category as CategoryKey);
  const planned = [...(checks ?? new Map<number, ValueCheck>())].filter(([i]) =>
    plan.columns.some((c) => c.index === i),
  );
  return {
    flags,
    identifies: anyOf((k) => plan.columns[k]?.identifying !== false),
    ofClass: (cls) => anyOf((k) => (plan.columns[k]?.legalClass ?? 'C') === cls),
    withBits: (bits) => anyOf((k) => (bitOf(k) & bits) !== 0),
    cardNumber: anyOf((k) => plan.columns[k]?.card === 'number'),
    cardAuth: anyOf((k) => plan.columns[k]?.card === 'auth'),
    checks: planned.map(([i, kind]) => {
      const v = `TRIM(${col(i)})`;
      const ok =
        kind === 'mobile'
          ? d.matches(v, MOBILE_CLASSES)
          : `${d.matches(v, RESIDENT_ID_CLASSES)} AND ${residentIdChecksum(v, d)}`;
      return [i, kind, ok] as const;
    }),
  };
}

/**
 * The aggregates over de-duplicated records (records with PI, pieces per class, card records,
 * records per category); `sum(cond)` writes the sum of one condition.
 */
export function countedAggregates(plan: CountPlan, t: PlanTerms, sum: (cond: string) => string): string[] {
  const { identifies, ofClass } = t;
  return [
    `${sum(identifies)} AS ${RESULT.distinct}`,
    `${sum(`${identifies} AND ${ofClass('A')}`)} AS ${RESULT.piecesA}`,
    `${sum(`${identifies} AND NOT (${ofClass('A')}) AND ${ofClass('B')}`)} AS ${RESULT.piecesB}`,
    `${sum(`${identifies} AND NOT (${ofClass('A')}) AND NOT (${ofClass('B')})`)} AS ${RESULT.piecesC}`,
    `${sum(`${identifies} AND ${t.cardNumber} AND ${t.cardAuth}`)} AS ${RESULT.card}`,
    ...plan.categories.map(
      (c, bit) => `${sum(`${identifies} AND ${t.withBits(1 << bit)}`)} AS ${RESULT.category(c)}`,
    ),
  ];
}

/** Whether a text value identifies: the file reader's test (see countQuery.ts), in SQL. */
export function presentIn(d: SqlDialect, v: string): string {
  return (
    `(${v} IS NOT NULL AND UPPER(TRIM(${v})) NOT IN (${['', ...NULL_MARKERS].map((t) => d.literal(t)).join(', ')})` +
    ` AND REPLACE(REPLACE(REPLACE(${v}, ${d.literal('*')}, ''), ${d.literal('-')}, ''), ${d.literal(' ')}, '') <> '')`
  );
}

/** The GB 11643 check character of a well-formed 18-character ID equals its last character. */
function residentIdChecksum(v: string, d: SqlDialect): string {
  const total = WEIGHTS.map((w, i) => `${d.toInt(d.substr(v, i + 1, 1))} * ${w}`).join(' + ');
  return `${d.substr(d.literal('10X98765432'), `${d.mod(`(${total})`, '11')} + 1`, 1)} = UPPER(${d.substr(v, 18, 1)})`;
}
