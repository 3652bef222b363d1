/**
 * Reading the counting query's one row back (from a driver, or a `--counts` file) into the
 * tally the assessment adds up, and the validity checks into report notes.
 */
import type { CountTally } from '../assess.js';
import type { CountPlan } from '../plan.js';
import { RESULT, type ValueCheck } from './countQuery.js';
import { dialectOf, type SqlDialect } from './dialect.js';

/** A result row: column name (any case) → number, numeric string, or null. */
export type CountRow = Readonly<Record<string, unknown>>;

/** Thrown when a result lacks a column or holds something that is not a count. */
export class CountRowError extends Error {}

function reader(row: CountRow): (name: string) => number {
  const lower = new Map(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v]));
  return (name) => {
    if (!lower.has(name)) throw new CountRowError(`the result has no column ${name}`);
    const v = lower.get(name);
    // SUM over no rows is NULL; drivers return big counts as strings or bigints.
    if (v === null || v === undefined || v === '') return 0;
    const n =
      typeof v === 'bigint'
        ? Number(v)
        : typeof v === 'number'
          ? v
          : typeof v === 'string'
            ? Number(v.trim())
            : NaN;
    if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n))
      throw new CountRowError(`the result's column ${name} is not a count`);
    return n;
  };
}

/** The tally of one counted table from the query's row. */
export function tallyFromRow(row: CountRow, plan: CountPlan): { tally: CountTally; records: number } {
  const n = reader(row);
  const records = n(RESULT.records);
  const withPi = n(RESULT.withPi);
  if (withPi > records) throw new CountRowError(`${RESULT.withPi} exceeds ${RESULT.records}`);
  const byCategory: Record<string, number> = {};
  for (const c of plan.categories) byCategory[c] = n(RESULT.category(c));
  const keyed = plan.personKey >= 0;
  return {
    records,
    tally: {
      withPi,
      withoutPi: records - withPi,
      distinct: plan.dedupe ? n(RESULT.distinct) : withPi,
      pieces: { A: n(RESULT.piecesA), B: n(RESULT.piecesB), C: n(RESULT.piecesC) },
      byCategory,
      cardRecords: n(RESULT.card),
      persons: keyed
        ? { all: n(RESULT.persons), sensitive: n(RESULT.personsSensitive), face: n(RESULT.personsFace) }
        : { all: 0, sensitive: 0, face: 0 },
      keyed,
    },
  };
}

/** Whether the row says persons were counted approximately (absent: exact). */
export function approximatePersons(row: CountRow): boolean {
  const v = Object.entries(row).find(([k]) => k.toLowerCase() === RESULT.approx)?.[1];
  return v === 1 || v === '1' || v === 1n || v === true;
}

/** The dialect whose approximation counted persons, when the row names one it knows. */
export function approximatingDialect(row: CountRow): SqlDialect | undefined {
  const v = Object.entries(row).find(([k]) => k.toLowerCase() === RESULT.approxEngine)?.[1];
  return typeof v === 'string' ? dialectOf(v.trim()) : undefined;
}

/** One line per checked column: how many of its values are well-formed (never a value). */
export function checkNotes(
  row: CountRow,
  checks: ReadonlyMap<number, ValueCheck>,
  names: readonly string[],
): string[] {
  const n = reader(row);
  const notes: string[] = [];
  for (const [i, kind] of checks) {
    const checked = n(RESULT.checked(i));
    if (checked === 0) continue;
    const valid = n(RESULT.valid(i));
    const what =
      kind === 'resident_id'
        ? 'well-formed resident ID numbers (18 characters, GB 11643 check character)'
        : 'well-formed mainland mobile numbers (11 digits, 13–19)';
    notes.push(`column ${names[i] ?? String(i + 1)}: ${valid} of ${checked} values are ${what}`);
  }
  return notes;
}
