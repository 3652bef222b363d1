/**
 * Table-driven classification tests: one field per row (name, owner, owner description,
 * declared type, comment) and the category it must get — `undefined` for "not PI".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyName } from '../../../src/core/detect/classifyName.js';

export interface ClassifyCase {
  readonly name: string;
  readonly owner?: string;
  readonly ownerComment?: string;
  readonly type?: string;
  readonly comment?: string;
  readonly expect: string | undefined;
}

/** A `describe` block with one test per case; a finding must also say why it exists. */
export function classifyTable(title: string, cases: readonly ClassifyCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      const where = [
        c.owner && `in ${c.owner}`,
        c.ownerComment && `(${c.ownerComment})`,
        c.comment && `"${c.comment}"`,
      ]
        .filter(Boolean)
        .join(' ');
      it(`${c.name} ${where} → ${c.expect ?? 'not PI'}`, () => {
        const found = classifyName(c.name, {
          ...(c.owner !== undefined ? { owner: c.owner } : {}),
          ...(c.ownerComment !== undefined ? { ownerComment: c.ownerComment } : {}),
          ...(c.type !== undefined ? { declaredType: c.type } : {}),
          ...(c.comment !== undefined ? { comment: c.comment } : {}),
        });
        assert.equal(found?.category, c.expect);
        if (found !== undefined) assert.ok(found.evidence.length > 0, 'a finding says why');
      });
    }
  });
}
