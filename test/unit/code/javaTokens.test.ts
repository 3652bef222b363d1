import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIRST_CONTEXTUAL, JAVA_SYMBOLS } from '../../../src/core/scan/code/javaSymbols.js';
import { JK, tokenizeJava, type JavaTokens } from '../../../src/core/scan/code/javaTokens.js';

/**
 * The Java tokenizer keeps symbols, not strings (javaSymbols.ts): keywords and contextual words
 * are found without slicing the name, and the tokens' `text` (what the flow lowering reads) is
 * made from them on demand. Both must say what slicing every token said.
 */

function tokens(text: string): JavaTokens {
  const t = tokenizeJava(text);
  assert.ok(t, 'tokenized');
  return t;
}

/** Kind and text of every token before the end. */
function listed(text: string): [number, string][] {
  const t = tokens(text);
  return Array.from({ length: t.count }, (_, k): [number, string] => [t.kind[k] ?? -1, t.text[k] ?? '']);
}

const { IDENT, KEYWORD, PUNCT, STRING, NUMBER } = JK;

describe('javaTokens symbols', () => {
  it('tells keywords from names that share their length, first and last letters', () => {
    assert.deepEqual(listed('private package provides protected pckage privateX _private'), [
      [KEYWORD, 'private'],
      [KEYWORD, 'package'],
      [KEYWORD, 'provides'],
      [KEYWORD, 'protected'],
      [IDENT, 'pckage'],
      [IDENT, 'privateX'],
      [IDENT, '_private'],
    ]);
  });

  it('keeps contextual words names, with a symbol the reader can ask about', () => {
    const t = tokens('record var sealed records Var');
    assert.deepEqual(
      Array.from({ length: t.count }, (_, k) => t.kind[k]),
      [IDENT, IDENT, IDENT, IDENT, IDENT],
    );
    assert.deepEqual(
      Array.from({ length: t.count }, (_, k) => JAVA_SYMBOLS[t.sym[k] ?? 0]),
      ['record', 'var', 'sealed', '', ''],
    );
    for (let k = 0; k < 3; k++) assert.ok((t.sym[k] ?? 0) >= FIRST_CONTEXTUAL);
  });

  it('reads operators longest first, `>` alone unless an assignment follows', () => {
    assert.deepEqual(
      listed('a >>>= b >> c ->d::e ... @interface X').map(([, w]) => w),
      ['a', '>>>=', 'b', '>', '>', 'c', '->', 'd', '::', 'e', '...', '@interface', 'X'],
    );
  });

  it('gives literals no text and every other token its source', () => {
    const text = 'int 姓名 = "x" + 12L; /* c */ char c = \'a\';';
    const t = tokens(text);
    for (let k = 0; k < t.count; k++) {
      const kind = t.kind[k];
      const source = text.slice(t.from[k], t.to[k]);
      if (kind === STRING || kind === NUMBER || kind === JK.CHAR) assert.equal(t.text[k], '');
      else assert.equal(t.text[k], source);
      if (kind === PUNCT || kind === KEYWORD) assert.equal(JAVA_SYMBOLS[t.sym[k] ?? 0], source);
    }
    assert.equal(t.text[t.count], '', 'the end token');
  });
});
