// classifyName: the name detector for a name without a position (a column header, a table row).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyField } from '../../../src/core/detect/classify.js';
import { classifyName } from '../../../src/core/detect/classifyName.js';

describe('classifyName', () => {
  it('classifies a bare name as a declared field, its range the name on line 0', () => {
    const f = classifyName('id_card_no');
    assert.equal(f?.category, 'id_number');
    assert.equal(f.role, 'declaration');
    assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } });
  });

  it('does not flag a name that is not personal information', () => {
    assert.equal(classifyName('created_at'), undefined);
    assert.equal(classifyName('status', { owner: 'orders' }), undefined);
  });

  it('reads the context as classifyField reads a candidate', () => {
    const context = { owner: 'Patient', comment: '诊断结果' } as const;
    const viaName = classifyName('result', context);
    const viaField = classifyField({
      name: 'result',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } },
      role: 'declaration',
      ...context,
    });
    assert.deepEqual(viaName, viaField);
    assert.equal(
      classifyName('result', { role: 'usage', ...context })?.role,
      viaField === undefined ? undefined : 'usage',
    );
  });
});
