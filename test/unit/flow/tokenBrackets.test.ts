// The bracket partners the Kotlin and C# lowering reads (flow/lang/tokenCursor.ts `closing`), from a
// table filled in one pass, against the per-bracket scan they replaced: the same partner for every
// token of balanced, unbalanced and mismatched bracket sequences.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Token } from '../../../src/core/scan/code/cfamilyTokens.js';
import { InternedNames } from '../../../src/core/flow/lang/interned.js';
import { closing, type Cursor } from '../../../src/core/flow/lang/tokenCursor.js';

/** The scan `closing` was: the first token that empties the stack of closers grown from `open`. */
function reference(t: readonly Token[], open: number): number {
  const pairs = new Map([
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
  ]);
  const stack: string[] = [];
  for (let j = open; j < t.length; j++) {
    const x = t[j]?.text ?? '';
    const close = pairs.get(x);
    if (close !== undefined) stack.push(close);
    else if (x === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return j;
    }
  }
  return t.length;
}

const token = (text: string, i: number): Token => ({
  kind: /\w/.test(text) ? 'ident' : 'punct',
  from: i,
  to: i + 1,
  text,
  newlineBefore: false,
});

const cursor = (t: readonly Token[]): Cursor => ({
  lang: 'kotlin',
  t,
  i: 0,
  depth: 0,
  block: () => [],
  dotted: '?',
  strings: new InternedNames(),
});

describe('bracket partners of the token lowering', () => {
  test('every token of random bracket sequences has the partner the scan finds', () => {
    const alphabet = ['(', ')', '[', ']', '{', '}', 'a', 'toString', ','];
    let state = 7;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648);
    for (let round = 0; round < 300; round++) {
      const t = Array.from({ length: 1 + (next() % 40) }, (_, i) =>
        token(alphabet[next() % alphabet.length] ?? 'a', i),
      );
      const c = cursor(t);
      for (let open = 0; open < t.length; open++)
        assert.equal(
          closing(c, open),
          reference(t, open),
          `${t.map((x) => x.text).join(' ')} @${String(open)}`,
        );
    }
  });

  test('nested and unclosed brackets', () => {
    const t = '( [ { } ] ( ) ( a'.split(' ').map(token);
    const c = cursor(t);
    assert.deepEqual(
      [0, 1, 2, 5, 7].map((i) => closing(c, i)),
      [t.length, 4, 3, 6, t.length],
    );
  });
});
