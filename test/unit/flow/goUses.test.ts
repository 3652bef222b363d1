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

  test('long names alike in their first eight characters, names beyond ASCII', () => {
    const text = [
      '// 用户: a text beyond ASCII',
      'func handleMember1(x string) { handleMember12(x) }',
      'func handleMember12(y string) { 用户(y); handleMember1("handleMember1") }',
      'func 用户(z string) {}',
      '',
    ].join('\n');
    const names = ['handleMember1', 'handleMember12', 'handleMember2', '用户'];
    const expected = { handleMember1: 2, handleMember12: 2, handleMember2: 0, 用户: 2 };
    assert.deepEqual(counts(text, names), expected);
    assert.deepEqual(counts(text.replace(/用户/g, 'member').replace(/[^\0-\x7f]/g, 'x'), names.slice(0, 3)), {
      handleMember1: 2,
      handleMember12: 2,
      handleMember2: 0,
    });
  });

  test('comments and strings are no uses', () => {
    const text = ['func audit(x string) {}', '// audit', 'var s = "audit"', ''].join('\n');
    assert.deepEqual(counts(text, ['audit']), { audit: 1 });
  });
});
