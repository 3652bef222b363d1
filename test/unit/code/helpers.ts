import assert from 'node:assert/strict';
import type { Extractor } from '../../../src/core/scan/extractor.js';
import type { FieldCandidate } from '../../../src/core/types.js';

/** A candidate flattened for comparison: `line:start-end` plus what the extractor knows. */
export interface Flat {
  readonly at: string;
  readonly name: string;
  readonly role?: 'usage';
  readonly owner?: string;
  readonly type?: string;
  readonly comment?: string;
}

export function flatten(c: FieldCandidate): Flat {
  const { start, end } = c.range;
  assert.equal(start.line, end.line, `${c.name} spans lines`);
  return {
    at: `${start.line}:${start.character}-${end.character}`,
    name: c.name,
    ...(c.role === 'usage' ? { role: 'usage' as const } : {}),
    ...(c.owner !== undefined ? { owner: c.owner } : {}),
    ...(c.declaredType !== undefined ? { type: c.declaredType } : {}),
    ...(c.comment !== undefined ? { comment: c.comment } : {}),
  };
}

/** Extracts and flattens, failing the test when the extractor reports an error. */
export function extractFlat(extractor: Extractor, text: string, path: string): Flat[] {
  const result = extractor.extract(text, { path });
  if (!result.ok) assert.fail(`${extractor.id} failed: ${result.error}`);
  for (const c of result.fields) {
    // The range must cover exactly the reported name in the text.
    const line = text.split(/\r?\n/)[c.range.start.line] ?? '';
    assert.equal(line.slice(c.range.start.character, c.range.end.character), c.name, `range of ${c.name}`);
  }
  return result.fields.map(flatten);
}

/** Only the declarations (usages are tested separately). */
export function declarations(flat: readonly Flat[]): Flat[] {
  return flat.filter((f) => f.role !== 'usage');
}

/** Only the usages. */
export function usages(flat: readonly Flat[]): Flat[] {
  return flat.filter((f) => f.role === 'usage');
}

/** Joins lines so fixtures in tests read like the source they stand for. */
export function lines(...rows: string[]): string {
  return rows.join('\n');
}
