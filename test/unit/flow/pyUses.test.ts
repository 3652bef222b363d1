// The hinted names' counts of a Python text from the scan's tokens (pyUses.ts): the name tokens
// of its code and of its f-strings' fields; words in comments and plain strings do not count.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pythonNameCounts } from '../../../src/core/flow/lang/pyUses.js';
import { readPythonDrafts } from '../../../src/core/scan/code/pyReader.js';

function counts(text: string, names: string[]): Record<string, number> {
  const view = readPythonDrafts(text)?.view;
  assert.ok(view !== undefined);
  return Object.fromEntries(pythonNameCounts(view, new Set(names)));
}

describe('pythonNameCounts', () => {
  test('names in code and in f-string fields, whole names only', () => {
    const text = [
      'def audit(x):',
      '    return x',
      'def audit2(y):',
      '    audit(y)',
      '    print(f"{audit(y)} done")',
      '    re_audit = audit2',
      '',
    ].join('\n');
    assert.deepEqual(counts(text, ['audit', 'audit2', 'gone']), { audit: 3, audit2: 2, gone: 0 });
  });

  test('comments and plain strings are no uses', () => {
    const text = ['def audit(x):', '    return x  # audit', 'log("audit")', ''].join('\n');
    assert.deepEqual(counts(text, ['audit']), { audit: 1 });
  });
});
