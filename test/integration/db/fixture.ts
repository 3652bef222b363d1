/**
 * The rows both sides count: the demo's synthetic residents and hotel stays (checksum-valid
 * resident IDs and mobile numbers that belong to nobody), plus the cases counting must get
 * right — exact duplicates, empty and NULL values, masked values, records with nothing
 * identifying, persons found in two tables — written once as CSV and loaded into each server.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureTable {
  readonly name: string;
  readonly columns: readonly {
    readonly name: string;
    readonly type: 'int' | 'text';
    readonly comment?: string;
  }[];
  /** Rows as CSV fields; null is SQL NULL (an empty CSV field). */
  readonly rows: readonly (readonly (string | null)[])[];
  readonly csv: string;
}

function parse(csv: string): string[][] {
  return csv
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
}

/** Writes the CSV files into a temporary folder; `cleanup` removes it. */
export async function buildFixtures(): Promise<{ dir: string; tables: FixtureTable[]; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'pilens-dbfix-'));
  // A dynamic import: the generator is an ES module.
  const { writeSampleDatasets } = await import('../../../scripts/lib/sampleDataset.mjs');
  const [residentsCsv, staysCsv] = writeSampleDatasets(join(dir, 'gen')) as [string, string];
  const [rHead, ...rRows] = parse(readFileSync(residentsCsv, 'utf8'));
  const [sHead, ...sRows] = parse(readFileSync(staysCsv, 'utf8'));
  const residents: (string | null)[][] = rRows.slice(0, 3000);
  // Exact duplicates (the same 序号 too), a masked ID with no phone, rows with nothing identifying.
  residents.push([...(residents[0] ?? [])], [...(residents[1] ?? [])], [...(residents[1] ?? [])]);
  residents.push(['9001', null, '男', '330203********1234', null, null]);
  residents.push(['9002', null, '女', null, null, null]);
  residents.push(['9003', '', '女', '***', 'NULL', '  ']);
  const stays: (string | null)[][] = sRows.map((r, i) => [...r, i % 3 === 0 ? '已婚' : '未婚']);
  stays.push([...(stays[5] ?? [])]);
  const tables: FixtureTable[] = [
    {
      name: 'residents',
      columns: (rHead ?? []).map((n, i) => ({ name: n, type: i === 0 ? 'int' : 'text' })),
      rows: residents,
      csv: join(dir, 'residents.csv'),
    },
    {
      name: 'guests',
      columns: [
        ...(sHead ?? []).map((n) => ({ name: n, type: 'text' as const })),
        // A name that says nothing: the catalog's comment is the evidence.
        { name: 'f7', type: 'text', comment: '婚姻状况' },
      ],
      rows: stays,
      csv: join(dir, 'guests.csv'),
    },
    {
      // Names and ID numbers of residents 1,000–2,999 again: another table, the same persons.
      name: 'contacts',
      columns: [1, 3].map((i) => ({ name: rHead?.[i] ?? `c${i}`, type: 'text' as const })),
      rows: residents.slice(1000, 3000).map((r) => [r[1] ?? null, r[3] ?? null]),
      csv: join(dir, 'contacts.csv'),
    },
  ];
  for (const t of tables)
    writeFileSync(
      t.csv,
      [t.columns.map((c) => c.name).join(','), ...t.rows.map((r) => r.map((v) => v ?? '').join(','))].join(
        '\n',
      ) + '\n',
    );
  return {
    dir,
    tables,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The fixture table of that name; fails the test when the fixtures have none. */
export function fixtureTable(fixtures: { tables: readonly FixtureTable[] }, name: string): FixtureTable {
  const t = fixtures.tables.find((x) => x.name === name);
  assert.ok(t !== undefined, `fixture table ${name}`);
  return t;
}

/** The residents table's DDL, as a user would give it for --emit-sql; returns its path. */
export function residentsDdl(fixtures: { dir: string; tables: readonly FixtureTable[] }): string {
  const file = join(fixtures.dir, 'residents.sql');
  const residents = fixtures.tables.find((t) => t.name === 'residents');
  if (residents === undefined) throw new Error('no residents table in the fixtures');
  const cols = residents.columns.map((c) => `  \`${c.name}\` ${c.type === 'int' ? 'INT' : 'VARCHAR(200)'}`);
  writeFileSync(file, `CREATE TABLE residents (\n${cols.join(',\n')}\n);\n`);
  return file;
}
