// The hinted names' counts of a Go text from the fast reader's tokens (goUses.ts): identifier
// tokens only; words in comments and strings do not count.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { goNameCounts } from '../../../src/core/flow/goUses.js';
import { goNames } from '../../../src/core/flow/lang/goNames.js';
import { tokenizeGo } from '../../../src/core/scan/code/goTokens.js';

function counts(text: string, names: string[]): Record<string, number> {
  const tokens = tokenizeGo(text);
  assert.ok(tokens !== undefined);
  return Object.fromEntries(goNameCounts(goNames(text, tokens), new Set(names)));
}

describe('goNameCounts', () => {
  test('identifiers, whole names only', () => {
    const text = [
      'func audit(x string) {}',
      'func audit2(y string) {',
      '\taudit(y)',
      '\th.audit2(y)',
      '\treAudit := audit2',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(counts(text, ['audit', 'audit2', 'gone']), { audit: 2, audit2: 3, gone: 0 });
  });

  test('comments and strings are no uses', () => {
    const text = ['func audit(x string) {}', '// audit', 'var s = "audit"', ''].join('\n');
    assert.deepEqual(counts(text, ['audit']), { audit: 1 });
  });
});
