/**
 * Differential test: the hand-written DDL reader against node-sql-parser's AST. Each
 * `CREATE TABLE` statement of the fixtures is handed to node-sql-parser on its own; on every
 * statement that parser accepts, both must agree on the column list (and, for MySQL, where
 * node-sql-parser reports locations, on each column's offset).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'node-sql-parser';
import { sqlDdlExtractor } from '../../../src/core/scan/formats/sql.js';
import { LineIndex } from '../../../src/core/text/lines.js';
import { fieldsOf, fixture } from './helpers.js';

const parser = new Parser();

interface ReferenceColumn {
  name: string;
  offset?: number;
}

/** `CREATE … TABLE … ;` statements (ending at a `;` that ends its line) and their offsets. */
function createStatements(text: string): { sql: string; offset: number }[] {
  const found: { sql: string; offset: number }[] = [];
  const pattern = /CREATE\s+(?:TEMPORARY\s+)?TABLE[\s\S]*?;(?=[ \t]*(?:--[^\n]*)?$)/gim;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push({ sql: match[0], offset: match.index });
  }
  return found;
}

function referenceColumns(sql: string, database: string): ReferenceColumn[] | undefined {
  let ast: unknown;
  try {
    ast = parser.astify(sql, { database, parseOptions: { includeLocations: true } });
  } catch {
    return undefined; // node-sql-parser rejects this statement; nothing to compare
  }
  const statement = (Array.isArray(ast) ? ast[0] : ast) as { create_definitions?: unknown[] };
  const columns: ReferenceColumn[] = [];
  for (const definition of statement.create_definitions ?? []) {
    const def = definition as {
      resource?: string;
      column?: { column?: unknown; loc?: { start: { offset: number } } };
    };
    if (def.resource !== 'column' || def.column === undefined) continue;
    const raw = def.column.column;
    const name = typeof raw === 'string' ? raw : (raw as { expr: { value: string } }).expr.value;
    columns.push(def.column.loc ? { name, offset: def.column.loc.start.offset } : { name });
  }
  return columns;
}

const cases: [file: string, database: string][] = [
  ['mysql-legacy-hr.sql', 'mysql'],
  ['mysql-hotel-pms.sql', 'mysql'],
  ['postgres-crm.sql', 'postgresql'],
  ['sqlite-app.sql', 'sqlite'],
  ['oracle-hospital.sql', 'postgresql'], // node-sql-parser has no Oracle dialect
];

describe('SQL DDL reader agrees with node-sql-parser', () => {
  let compared = 0;
  for (const [file, database] of cases) {
    it(`${file} (${database})`, () => {
      const text = fixture(`sql/${file}`);
      const lines = new LineIndex(text);
      const ours = fieldsOf(sqlDdlExtractor, text, file);
      for (const { sql, offset } of createStatements(text)) {
        const reference = referenceColumns(sql, database);
        if (reference === undefined) continue;
        compared++;
        const from = lines.positionAt(offset).line;
        const to = lines.positionAt(offset + sql.length).line;
        const mine = ours.filter((f) => f.range.start.line >= from && f.range.start.line <= to);
        assert.deepEqual(
          mine.map((f) => f.name),
          reference.map((c) => c.name),
          sql.slice(0, 60),
        );
        reference.forEach((column, index) => {
          const field = mine[index];
          if (column.offset === undefined || field === undefined) return;
          // node-sql-parser's offset points at the opening quote; ours at the name inside it
          const quoted = /[`"]/.test(sql[column.offset] ?? '') ? 1 : 0;
          assert.equal(lines.offsetAt(field.range.start), offset + column.offset + quoted, column.name);
        });
      }
    });
  }
  it('compared a meaningful share of the fixture statements', () => {
    assert.ok(compared >= 10, `only ${compared} statements were accepted by node-sql-parser`);
  });
});
