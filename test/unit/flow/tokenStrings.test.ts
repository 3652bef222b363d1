// String literal contents in the Kotlin and C# lowering (flow/lang/tokenExpr.ts `stringExpr`),
// prefix and quotes stripped by hand, against the two patterns they replaced: the same content
// for a table of literals and for random strings of prefixes, quotes and letters.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stringExpr } from '../../../src/core/flow/lang/tokenExpr.js';
import type { Token } from '../../../src/core/scan/code/cfamilyTokens.js';

const reference = (raw: string): string => raw.replace(/^[$@]*(?:"""|"|')/, '').replace(/(?:"""|"|')$/, '');

/** The content `stringExpr` gives a literal without template holes (C# reads `$` strings for holes). */
function content(raw: string): string | undefined {
  const tok: Token = { kind: 'string', from: 0, to: raw.length, text: raw, newlineBefore: false };
  const e = stringExpr('kotlin', tok);
  return e.k === 'lit' ? e.str : undefined;
}

describe('string literal contents of the token lowering', () => {
  test('a table of literals', () => {
    const table: [string, string][] = [
      ['"phone"', 'phone'],
      ["'c'", 'c'],
      ['"""multi\nline"""', 'multi\nline'],
      ['@"C:\\dir"', 'C:\\dir'],
      ['""', ''],
      ['"', ''],
      ['"a""', 'a"'],
      ['abc', 'abc'],
      ['$"x"', 'x'],
      ['$@"""x"""', 'x'],
    ];
    for (const [raw, want] of table) assert.equal(content(raw), want, raw);
  });

  test('random strings give what the patterns gave', () => {
    const alphabet = ['@', '"', "'", 'a', '"""', '\\'];
    let state = 11;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 2000; round++) {
      const raw = Array.from({ length: next() % 8 }, () => alphabet[next() % alphabet.length] ?? '').join('');
      assert.equal(content(raw), reference(raw), JSON.stringify(raw));
    }
  });
});
