/**
 * Distinct persons across several sources counted apart (files or tables with different
 * columns): the file reader merges their person hashes, so a person in two of them counts once;
 * this one query does the same where the data lives. Each source gives its person keys — the
 * key's value where the record identifies someone and the key itself is present, as the counting
 * query has it — with whether the record holds sensitive or face information; one row of three
 * counts comes back.
 */
import type { CategoryKey } from '../../law/schema.js';
import { sourceColumns, sourceFrom, type CountQueryInput } from './countQuery.js';
import { keyedHasher } from './hashedCountQuery.js';
import { presentIn, RESULT } from './planTerms.js';
import type { SqlDialect } from './dialect.js';

/** One source's person rows (`k`, `s`, `f`), or null when its plan has no person key. */
function personRows(input: CountQueryInput, d: SqlDialect, key: string | undefined): string | null {
  const { plan } = input;
  if (plan.personKey < 0) return null;
  const col = (i: number): string => `c${i + 1}`;
  const present = (k: number): string => presentIn(d, col(plan.columns[k]?.index ?? 0));
  const anyOf = (pick: (k: number) => boolean): string => {
    const terms = plan.columns
      .map((_, k) => k)
      .filter(pick)
      .map(present);
    return terms.length === 0 ? '1 = 0' : `(${terms.join(' OR ')})`;
  };
  const bit = (k: number): number => 1 << plan.categories.indexOf(plan.columns[k]?.category as CategoryKey);
  const flag = (mask: number): string => `CASE WHEN ${anyOf((k) => (bit(k) & mask) !== 0)} THEN 1 ELSE 0 END`;
  const k = key === undefined ? col(plan.personKey) : keyedHasher(d, key).hash(key, col(plan.personKey));
  return (
    `SELECT ${k} AS k, ${flag(plan.sensitiveBits)} AS s, ${flag(plan.faceBits)} AS f\n` +
    `FROM (\n  SELECT\n    ${sourceColumns(d, input.columns)}\n  FROM ${sourceFrom(d, input.source)}\n) t\n` +
    `WHERE ${anyOf((k) => plan.columns[k]?.identifying !== false)} AND ${presentIn(d, col(plan.personKey))}`
  );
}

/**
 * The query counting distinct persons across `inputs` (its columns are named as the counting
 * query's: persons, persons_sensitive, persons_face); null unless every input has a person key
 * (without one, persons are bounded by records instead, and no union is needed). With a `key`,
 * each person key is hashed with it as it is read, so the distinct count, which may spill to
 * disk, holds hashes only (see hashedCountQuery.ts).
 */
export function buildPersonsUnionQuery(
  inputs: readonly CountQueryInput[],
  d: SqlDialect,
  key?: string,
): string | null {
  const rows = inputs.map((i) => personRows(i, d, key));
  if (rows.length === 0 || rows.some((r) => r === null)) return null;
  return [
    '-- pilens: distinct persons across sources counted apart (one row of aggregates; no row leaves the database)',
    `SELECT COUNT(DISTINCT k) AS ${RESULT.persons},`,
    `  COUNT(DISTINCT CASE WHEN s = 1 THEN k END) AS ${RESULT.personsSensitive},`,
    `  COUNT(DISTINCT CASE WHEN f = 1 THEN k END) AS ${RESULT.personsFace}`,
    `FROM (\n${rows.join('\nUNION ALL\n')}\n) u`,
  ].join('\n');
}

/** Distinct persons, and among them those with sensitive or face information. */
export interface PersonCounts {
  readonly all: number;
  readonly sensitive: number;
  readonly face: number;
}

/** The persons query's one row (column names read case-insensitively, as engines fold them). */
export function personsFromRow(row: Readonly<Record<string, unknown>>): PersonCounts {
  const lower = new Map(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v]));
  const n = (key: string): number => Number(lower.get(key) ?? 0);
  return { all: n(RESULT.persons), sensitive: n(RESULT.personsSensitive), face: n(RESULT.personsFace) };
}
