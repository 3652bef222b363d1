// String literal contents in the Kotlin and C# lowering (flow/lang/tokenExpr.ts `stringExpr`),
// prefix and quotes stripped by hand, against the two patterns they replaced: the same content
// for a table of literals and for random strings of prefixes, quotes and letters.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TokenLanguage } from '../../../src/core/flow/lang/tokenCursor.js';
import { expression, stringExpr } from '../../../src/core/flow/lang/tokenExpr.js';
import { tokenize, type Token } from '../../../src/core/scan/code/cfamilyTokens.js';
import type { Expr } from '../../../src/core/flow/ir.js';
import { InternedNames } from '../../../src/core/flow/lang/interned.js';

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

/** A hole read as the lowering once read every hole: tokenized, shifted to `at`, one expression. */
function holeReference(lang: TokenLanguage, hole: string, at: number): Expr {
  const t = tokenize(hole)
    .filter((x) => x.kind !== 'comment')
    .map((x) => ({ ...x, from: x.from + at, to: x.to + at, newlineBefore: false }));
  return expression({ lang, t, i: 0, depth: 0, block: () => [], dotted: '?', strings: new InternedNames() });
}

describe('string template holes of the token lowering', () => {
  // A hole that is one name or a dotted chain of names is read without tokenizing: it must read
  // as tokenizing would, keywords and literal words included, and any other hole is tokenized.
  const HOLES = [
    'level',
    'x1',
    '_id',
    'this',
    'base',
    'null',
    'true',
    'default',
    'if',
    'when',
    'object',
    'switch',
    'new',
    'await',
    'typeof',
    'throw',
    'is',
    'in',
    'as',
    'u.email',
    'member.realName',
    'a.b.c',
    'this.phone',
    'base.Phone',
    'null.x',
    'if.x',
    'x.in',
    'a..b',
    'a.',
    '.a',
    'a.1b',
    'a.b c',
    'a?.b',
    'a.b(c)',
    'a.b.mask(phone)',
    'mask(phone)',
    'level * 2',
    'x:N2',
    '',
  ];

  test('Kotlin ${…} and $name holes', () => {
    for (const hole of HOLES) {
      const raw = `"a \${${hole}} b"`;
      const tok: Token = { kind: 'string', from: 100, to: 100 + raw.length, text: raw, newlineBefore: false };
      const e = stringExpr('kotlin', tok);
      assert.deepEqual(e.k === 'concat' ? e.parts[0] : e, holeReference('kotlin', hole, 100 + 5), hole);
      if (!/^[A-Za-z_]\w*$/.test(hole)) continue;
      const short = `"a $${hole} b"`;
      const e2 = stringExpr('kotlin', { ...tok, text: short, to: 100 + short.length });
      assert.deepEqual(e2.k === 'concat' ? e2.parts[0] : e2, holeReference('kotlin', hole, 100 + 4), hole);
    }
  });

  test('C# {…} holes', () => {
    for (const hole of HOLES) {
      const raw = `$"a {${hole}} b"`;
      const tok: Token = { kind: 'string', from: 50, to: 50 + raw.length, text: raw, newlineBefore: false };
      const e = stringExpr('csharp', tok);
      assert.deepEqual(e.k === 'concat' ? e.parts[0] : e, holeReference('csharp', hole, 50 + 5), hole);
    }
  });
});
