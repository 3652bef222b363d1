/**
 * A table's counting plan from its schema alone (a DDL file, or the user's `--map`), for
 * engines pilens does not connect to: columns are classified from their names, declared types
 * and comments exactly as `pilens scan` reads the DDL, with no values to confirm them.
 */
import { sqlDdlExtractor } from '../../scan/formats/sql.js';
import type { CategoryKey } from '../../law/schema.js';
import { isSensitiveCategory } from '../assess.js';
import { planFromProfile } from '../keys.js';
import type { CountPlan } from '../plan.js';
import { profileColumns, type ColumnCatalog, type ColumnProfile, type HeaderClassifier } from '../profile.js';
import type { Decision } from '../../config/decisionSchema.js';
import type { ContestId, ContestedReading } from '../../law/schema.js';
import { classFor } from '../../law/categories.js';

export interface SchemaTable {
  readonly name: string;
  readonly comment?: string | undefined;
  readonly columns: readonly {
    readonly name: string;
    readonly declaredType?: string;
    readonly comment?: string;
  }[];
}

/** The tables of a DDL text, columns in order, with their types and comments. */
export function tablesFromDdl(text: string): SchemaTable[] {
  const result = sqlDdlExtractor.extract(text, { path: 'schema.sql', languageId: 'sql' });
  if (!result.ok) throw new Error(result.error);
  const tables = new Map<
    string,
    { name: string; comment?: string; columns: SchemaTable['columns'][number][] }
  >();
  for (const f of result.fields) {
    if (f.role !== 'declaration' || f.owner === undefined) continue;
    let t = tables.get(f.owner);
    if (t === undefined) {
      t = {
        name: f.owner,
        ...(f.ownerComment !== undefined ? { comment: f.ownerComment } : {}),
        columns: [],
      };
      tables.set(f.owner, t);
    }
    if (t.columns.some((c) => c.name === f.name)) continue;
    t.columns.push({
      name: f.name,
      ...(f.declaredType !== undefined ? { declaredType: f.declaredType } : {}),
      ...(f.comment !== undefined ? { comment: f.comment } : {}),
    });
  }
  return [...tables.values()];
}

export interface SchemaPlanOptions {
  readonly classifyHeader: HeaderClassifier;
  readonly map?: Readonly<Record<string, CategoryKey | 'none'>> | undefined;
  readonly decisions?: readonly Decision[] | undefined;
  readonly reading?: ContestedReading | undefined;
  readonly dedupe: boolean;
  readonly personKey?: string | undefined;
}

/** Profiles a schema's columns (names, types, comments; no values) and plans the count. */
export function planSchema(
  table: SchemaTable,
  options: SchemaPlanOptions,
): { columns: ColumnProfile[]; plan: CountPlan & { identifyingFallback: boolean }; names: string[] } {
  const names = table.columns.map((c) => c.name);
  const catalog = new Map<string, ColumnCatalog>(
    table.columns.map((c) => [c.name, { declaredType: c.declaredType, comment: c.comment }]),
  );
  const profiled = profileColumns({
    header: names,
    rows: [],
    classifyHeader: options.classifyHeader,
    owner: table.name,
    overrides: options.map,
    decisions: options.decisions,
    reading: options.reading,
    catalog,
    ownerComment: table.comment,
  });
  const columns = profiled.map((c) => asResidentIds(c, options.reading ?? 'strict'));
  const plan = planFromProfile(columns, {
    columnCount: names.length,
    dedupe: options.dedupe,
    personKey: options.personKey,
    isSensitive: (c) => isSensitiveCategory(c, options.reading),
  });
  return { columns, plan, names };
}

/**
 * Without values, an ID-number column may hold resident IDs, whose reading is contested (a
 * file's values settle it): it is counted as resident-ID information under the chosen reading,
 * as the strict reading counts more rather than less, and the query's check reports how many
 * values are well-formed resident IDs.
 */
function asResidentIds(c: ColumnProfile, reading: ContestedReading): ColumnProfile {
  if (c.category !== 'id_number' || c.contest !== undefined) return c;
  const contest: ContestId = 'resident_id_info';
  const legalClass = classFor('id_number', { contest, reading });
  return {
    ...c,
    contest,
    legalClass,
    evidence: [
      ...c.evidence,
      `no values to read: counted as resident-ID information (contested), class ${String(legalClass)} under the ${reading} reading; the query checks how many values are resident IDs`,
    ],
  };
}

/** A table made of the `--map` columns only (no DDL): duplicates are then judged on those columns. */
export function tableFromMap(name: string, map: Readonly<Record<string, CategoryKey | 'none'>>): SchemaTable {
  return { name, columns: Object.keys(map).map((c) => ({ name: c })) };
}
