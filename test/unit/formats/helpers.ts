import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldCandidate, Range } from '../../../src/core/types.js';
import type { Extractor } from '../../../src/core/scan/extractor.js';
import { LineIndex } from '../../../src/core/text/lines.js';
import { blankMarkers } from '../../support/fixtureMarkers.js';

/** Tests run from the repository root (`npx tsx --test test/unit/formats/*.test.ts`). */
export const FIXTURES = join(process.cwd(), 'test/fixtures/formats');

/** A fixture's text with its `expect:` markers blanked (see test/support/fixtureMarkers.ts). */
export function fixture(relative: string): string {
  return blankMarkers(readFileSync(join(FIXTURES, relative), 'utf8'));
}

/** Runs an extractor that must succeed and returns its fields. */
export function fieldsOf(extractor: Extractor, text: string, path: string): readonly FieldCandidate[] {
  const result = extractor.extract(text, { path });
  if (!result.ok) assert.fail(`${path}: ${result.error}`);
  return result.fields;
}

/** The source text a range covers. */
export function textAt(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** Finds the one field with this owner and name. */
export function field(fields: readonly FieldCandidate[], owner: string, name: string): FieldCandidate {
  const found = fields.filter((f) => f.owner === owner && f.name === name);
  assert.equal(found.length, 1, `expected one ${owner}.${name}, got ${found.length}`);
  return found[0] as FieldCandidate;
}

/**
 * 0-based lines that carry an expectation: inline `expect:` markers, or a sidecar
 * `<file>.expect` with `<1-based line> <category|none>` rows.
 */
export function expectedLines(relative: string): Set<number> {
  const sidecar = join(FIXTURES, `${relative}.expect`);
  const lines = new Set<number>();
  if (existsSync(sidecar)) {
    for (const row of readFileSync(sidecar, 'utf8').split('\n')) {
      const match = /^(\d+)\s+\S/.exec(row.trim());
      if (match) lines.add(Number(match[1]) - 1);
    }
    return lines;
  }
  fixture(relative)
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (/\bexpect:\s*\S/.test(line)) lines.add(index);
    });
  return lines;
}

/** Asserts every name range covers exactly the name as written (quotes excluded). */
export function assertRangesCoverNames(text: string, fields: readonly FieldCandidate[]): void {
  for (const f of fields) {
    assert.equal(f.range.start.line, f.range.end.line, `${f.name} spans lines`);
    assert.equal(textAt(text, f.range), f.name, `range of ${f.owner ?? ''}.${f.name}`);
  }
}

/** Asserts each line with an expectation holds at least one extracted field. */
export function assertMarkedLinesExtracted(relative: string, fields: readonly FieldCandidate[]): void {
  const fieldLines = new Set(fields.map((f) => f.range.start.line));
  for (const line of expectedLines(relative)) {
    assert.ok(fieldLines.has(line), `${relative}:${line + 1} is marked but no field was extracted`);
  }
}
