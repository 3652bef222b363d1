import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { RESERVED_SYM, symOf, TS_SYMBOLS } from '../../../src/core/scan/code/tsSymbols.js';
import { TK, tokenizeTs, type TsTokens } from '../../../src/core/scan/code/tsTokens.js';

/**
 * The TypeScript tokenizer gives each token a symbol (tsSymbols.ts) so the reader compares
 * numbers instead of slicing names: a token's symbol must name exactly its text, and every word
 * the parse tests for must have one, or `P.word()` would never equal it.
 */

function tokens(text: string): TsTokens {
  const t = tokenizeTs(text);
  assert.ok(t, 'tokenized');
  return t;
}

/** Text and symbol text of every token before the end. */
function listed(text: string): [string, string][] {
  const t = tokens(text);
  return Array.from({ length: t.count - 1 }, (_, k): [string, string] => [
    text.slice(t.from[k], t.to[k]),
    TS_SYMBOLS[t.sym[k] ?? 0] ?? '?',
  ]);
}

describe('tsSymbols', () => {
  it('finds keywords and contextual words, not names that share their length and ends', () => {
    assert.deepEqual(listed('return retrun returns Return _return in inx readonly readOnly'), [
      ['return', 'return'],
      ['retrun', ''],
      ['returns', ''],
      ['Return', ''],
      ['_return', ''],
      ['in', 'in'],
      ['inx', ''],
      ['readonly', 'readonly'],
      ['readOnly', ''],
    ]);
  });

  it('gives punctuators the longest match (`>` alone), and strings, numbers and templates no symbol but `}`', () => {
    assert.deepEqual(listed("a ??= b?.c ?.5 >>= 'in' `x${y}z` 1"), [
      ['a', ''],
      ['??=', '??='],
      ['b', ''],
      ['?.', '?.'],
      ['c', ''],
      ['?', '?'],
      ['.5', ''],
      ['>', '>'],
      ['>', '>'],
      ['=', '='],
      ["'in'", ''],
      ['`', ''],
      ['${', ''],
      ['y', ''],
      ['}', '}'],
      ['`', ''],
      ['1', ''],
    ]);
  });

  it('matches two- and three-character punctuators in place, up to the end of the text', () => {
    assert.deepEqual(listed('a !== b != !c ... d ?? e ='), [
      ['a', ''],
      ['!==', '!=='],
      ['b', ''],
      ['!=', '!='],
      ['!', '!'],
      ['c', ''],
      ['...', '...'],
      ['d', ''],
      ['??', '??'],
      ['e', ''],
      ['=', '='],
    ]);
  });

  it('marks the reserved words only', () => {
    assert.equal(RESERVED_SYM[symOf('class')], 1);
    assert.equal(RESERVED_SYM[symOf('typeof')], 1);
    assert.equal(RESERVED_SYM[symOf('readonly')], 0);
    assert.equal(RESERVED_SYM[symOf('(')], 0);
    assert.equal(RESERVED_SYM[0], 0);
  });

  it('reads `/` after a keyword as a regular expression, after a name as a division', () => {
    assert.equal(tokens('return /a/g').kind[1], TK.REGEXP);
    assert.equal(tokens('returnx / a / g').kind[1], TK.PUNCT);
    assert.equal(tokens('x) / a / g').kind[2], TK.PUNCT);
  });

  it('has a symbol, fitting a byte, for every word the parse compares a token with', () => {
    assert.ok(TS_SYMBOLS.length < 256);
    const dir = path.join(process.cwd(), 'src/core/scan/code');
    const files = readdirSync(dir).filter((f) => /^tsParse\w*\.ts$/.test(f));
    assert.ok(files.length >= 4);
    for (const f of files) {
      const source = readFileSync(path.join(dir, f), 'utf8');
      for (const [, word] of source.matchAll(/'([a-z]+)'/g))
        assert.notEqual(symOf(word ?? ''), 0, `${f}: '${word ?? ''}' has no symbol`);
    }
  });
});
