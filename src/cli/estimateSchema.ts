/**
 * `pilens estimate [schema.sql] --table T --emit-sql DIALECT` prints the counting query for an
 * engine pilens does not connect to; `--counts result.json|csv` reads its one-row result back
 * into the same report. The columns come from the DDL (names, types, comments) or `--map`.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { assessTallies, type DatasetPart } from '../core/dataset/assess.js';
import { nameDetectorClassifier } from '../core/dataset/headerClassifier.js';
import { IDENTIFYING_FALLBACK_NOTE } from '../core/dataset/keys.js';
import type { EstimateReport } from '../core/dataset/report.js';
import { buildCountQuery } from '../core/dataset/sql/countQuery.js';
import { dialectOf, EMIT_DIALECTS, type SqlDialect } from '../core/dataset/sql/dialect.js';
import { planSchema, tableFromMap, tablesFromDdl, type SchemaTable } from '../core/dataset/sql/schemaPlan.js';
import { approximationNote } from '../core/dataset/sql/nearThreshold.js';
import {
  approximatePersons,
  approximatingDialect,
  checkNotes,
  tallyFromRow,
  type CountRow,
} from '../core/dataset/sql/tally.js';
import { assessOptionsOf, type EstimateOptions } from '../node/dataset/estimate.js';
import { splitTable } from '../node/db/estimateDb.js';
import type { ColumnProfile } from '../core/dataset/profile.js';
import type { ValueCheck } from '../core/dataset/sql/countQuery.js';

/** A bad schema, dialect or counts file: one line, exit 2. */
export class SchemaInputError extends Error {}

export interface SchemaRequest {
  readonly ddl?: string | undefined;
  readonly table?: string | undefined;
  readonly dialect?: string | undefined;
  readonly counts?: string | undefined;
  readonly exact: boolean;
}

/** Without values, an ID-number column is checked as resident IDs (the share says how many are). */
function schemaChecks(columns: readonly ColumnProfile[]): Map<number, ValueCheck> {
  return new Map(
    columns.filter((c) => c.category === 'id_number').map((c) => [c.index, 'resident_id' as const]),
  );
}

/** The chosen table of the DDL (or of `--map`), with its plan. */
async function resolveTable(req: SchemaRequest, options: EstimateOptions, cwd: string): Promise<SchemaTable> {
  if (req.ddl === undefined) {
    if (Object.keys(options.map ?? {}).length === 0 || req.table === undefined)
      throw new SchemaInputError('give the schema: a DDL file, or --table NAME with --map column=category…');
    return tableFromMap(req.table, options.map ?? {});
  }
  const file = path.resolve(cwd, req.ddl);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new SchemaInputError(`${req.ddl}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const tables = tablesFromDdl(text);
  if (tables.length === 0) throw new SchemaInputError(`${req.ddl}: no CREATE TABLE found`);
  const wanted = req.table === undefined ? undefined : splitTable(req.table).at(-1);
  const t =
    wanted === undefined
      ? tables.length === 1
        ? tables[0]
        : undefined
      : tables.find((x) => x.name === wanted);
  if (t === undefined)
    throw new SchemaInputError(
      wanted === undefined
        ? `${req.ddl}: ${tables.length} tables; choose one with --table (${tables.map((x) => x.name).join(', ')})`
        : `${req.ddl}: no table ${wanted}`,
    );
  return t;
}

function plan(req: SchemaRequest, table: SchemaTable, options: EstimateOptions) {
  return planSchema(table, {
    classifyHeader: options.classifyHeader ?? nameDetectorClassifier(options.reading),
    map: options.map,
    decisions: options.decisions,
    reading: options.reading,
    dedupe: options.dedupe ?? true,
    personKey: options.personKey,
  });
}

/** The counting query for `--emit-sql`, with a header naming the table and the approximation. */
export async function emitSql(req: SchemaRequest, options: EstimateOptions, cwd: string): Promise<string> {
  const d: SqlDialect | undefined = dialectOf(req.dialect ?? '');
  if (d === undefined) throw new SchemaInputError(`--emit-sql must be one of ${EMIT_DIALECTS.join(', ')}`);
  const table = await resolveTable(req, options, cwd);
  const p = plan(req, table, options);
  const source = { table: req.table !== undefined ? splitTable(req.table) : [table.name] };
  let query;
  try {
    query = buildCountQuery(
      { source, columns: p.names, plan: p.plan, checks: schemaChecks(p.columns), approx: !req.exact },
      d,
    );
  } catch (e) {
    throw new SchemaInputError((e as Error).message);
  }
  const mapped = p.columns.filter((c) => c.category !== null).map((c) => `${c.name}=${String(c.category)}`);
  return [
    `-- pilens estimate --emit-sql ${d.id}: table ${source.table.join('.')} (${d.title})`,
    `-- columns counted: ${mapped.length > 0 ? mapped.join(', ') : 'none (no PI column found: check --map)'}`,
    ...(query.approx !== undefined
      ? ['-- pieces and the tier are exact; persons are approximate (--exact for COUNT(DISTINCT))']
      : []),
    '-- run it where the data is, save the one-row result as JSON or CSV, then:',
    `--   pilens estimate ${req.ddl ?? ''} --table ${source.table.join('.')} --counts result.json`.replace(
      / {2,}/g,
      ' ',
    ),
    query.sql,
    '',
  ].join('\n');
}

/** Reads a `--counts` file: a JSON object (or a one-element array), or a CSV header and one row. */
export async function readCountsFile(file: string): Promise<CountRow> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new SchemaInputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let v: unknown;
    try {
      v = JSON.parse(trimmed);
    } catch {
      throw new SchemaInputError(`${file}: not valid JSON`);
    }
    const row = Array.isArray(v) ? (v as unknown[])[0] : v;
    if (typeof row !== 'object' || row === null || (Array.isArray(v) && v.length !== 1))
      throw new SchemaInputError(`${file}: expected one result row (an object)`);
    return row as CountRow;
  }
  const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length !== 2) throw new SchemaInputError(`${file}: expected a CSV header and one row`);
  const cells = (l: string): string[] => l.split(/[,\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const header = cells(lines[0] ?? '');
  const values = cells(lines[1] ?? '');
  if (header.length !== values.length)
    throw new SchemaInputError(`${file}: the row and the header differ in width`);
  return Object.fromEntries(header.map((h, i) => [h, values[i] ?? '']));
}

/** The command that prints the exact counting query for the table a result came from. */
function exactCommand(req: SchemaRequest, table: string, row: CountRow): string {
  const dialect = approximatingDialect(row)?.id ?? 'DIALECT';
  return `pilens estimate ${req.ddl ?? ''} --table ${table} --emit-sql ${dialect} --exact`.replace(
    / {2,}/g,
    ' ',
  );
}

/** The report from a `--counts` file. */
export async function reportFromCounts(
  req: SchemaRequest,
  options: EstimateOptions,
  cwd: string,
): Promise<EstimateReport> {
  const table = await resolveTable(req, options, cwd);
  const p = plan(req, table, options);
  const file = path.resolve(cwd, req.counts ?? '');
  const row = await readCountsFile(file);
  let read;
  try {
    read = tallyFromRow(row, p.plan);
  } catch (e) {
    throw new SchemaInputError(`${req.counts ?? ''}: ${(e as Error).message}`);
  }
  const dialect = dialectOf(req.dialect ?? '');
  const label = req.table ?? table.name;
  const part: DatasetPart = {
    file: `${label} (counts from ${path.basename(file)})`,
    format: 'counts',
    encoding: 'database',
    bytes: 0,
    columns: p.columns,
    personKey: p.plan.personKey >= 0 ? (p.names[p.plan.personKey] ?? null) : null,
    records: read.records,
    malformed: 0,
    notes: [
      'columns classified from the schema (names, types, comments) without values; counted by the engine',
      ...(approximatePersons(row)
        ? [approximationNote(read.tally.persons, approximatingDialect(row), exactCommand(req, label, row))]
        : []),
      ...checkNotes(row, schemaChecks(p.columns), p.names),
      ...(p.plan.identifyingFallback ? [IDENTIFYING_FALLBACK_NOTE] : []),
    ],
    source: {
      engine: dialect?.title ?? 'SQL engine',
      table: label,
      counted: 'counts-file',
    },
  };
  return assessTallies([part], [read.tally], assessOptionsOf(options));
}
