// The Go token lowering's symbols (flow/lang/goLowerSyms.ts), recorded by the tokenizer as it
// cuts each token (`GoTokens.sym`): every operator and keyword the reader cuts gets the number of its own text, and names (`true`,
// `false`, words spelled like keywords but longer or shorter), literals and the end get 0.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { symbolText } from '../../../src/core/flow/lang/goLowerSyms.js';
import { GK, GO_KEYWORDS, tokenizeGo } from '../../../src/core/scan/code/goTokens.js';

const OPERATORS =
  '+ - * / % & | ^ < > = ! ( ) [ ] { } , ; : . ~ && || <- << >> &^ ++ -- == != <= >= := += -= *= /= %= &= |= ^= <<= >>= &^= ...';

/** Each operator and keyword token's text as its symbol gives it back, and every other token's 0. */
function check(text: string): number {
  const tokens = tokenizeGo(text);
  assert.ok(tokens !== undefined);
  const sym = tokens.sym;
  let named = 0;
  for (let i = 0; i < tokens.count; i++) {
    const k = tokens.kind[i];
    const written = text.slice(tokens.from[i], tokens.to[i]);
    if (k === GK.OP || k === GK.KEYWORD) {
      assert.equal(symbolText(sym[i] ?? 0), written, `token ${String(i)} ${written}`);
      named++;
    } else assert.equal(sym[i], 0, `token ${String(i)} ${written}`);
  }
  assert.equal(sym[tokens.count], 0);
  return named;
}

describe('Go lowering symbols', () => {
  test('every operator, each alone and run together as the reader cuts them', () => {
    const spaced = OPERATORS.split(' ');
    assert.equal(check(spaced.join(' ')), spaced.length);
    check(`x${OPERATORS.replace(/ /g, 'x')}x`);
  });

  test('every keyword', () => {
    const words = [...GO_KEYWORDS];
    assert.equal(check(words.join('\n')), words.length);
  });

  test('NEG names spelled near keywords, true and false, literals', () => {
    assert.equal(check('gotos got g fo fore ifs typ types true false nil make "func" `map` 1.5 \'r\''), 0);
  });
});
