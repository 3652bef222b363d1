// One string per distinct name, literal and callee of a lowering (flow/lang/interned.ts): the
// same text gives the same string object, other texts their own.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InternedNames } from '../../../src/core/flow/lang/interned.js';
import { literalContent } from '../../../src/core/flow/lang/lezer.js';

describe('interned names of a lowering', () => {
  const text = 'log.info(member); log.warn(member); logs.info(mobile); lag';

  test('a name read twice is one string, equal to its slice', () => {
    const names = new InternedNames();
    const first = names.name(text, 9, 15);
    const again = names.name(text, 27, 33);
    assert.equal(first, 'member');
    assert.ok(Object.is(first, again));
  });

  test('NEG names of the same length and ends are told apart', () => {
    const names = new InternedNames();
    assert.equal(names.name(text, 0, 3), 'log');
    assert.equal(names.name(text, text.length - 3, text.length), 'lag');
    assert.equal(names.name(text, 46, 52), 'mobile');
    assert.equal(names.name(text, 36, 40), 'logs');
  });

  test('the table grows past its first slots and keeps every name (and sizes itself from a hint)', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `handle${String(i)}`);
    const text = words.join(' ');
    for (const names of [new InternedNames(), new InternedNames(3000)]) {
      const first = new Map<string, string>();
      let from = 0;
      for (const w of words) {
        first.set(w, names.name(text, from, from + w.length));
        from += w.length + 1;
      }
      from = 0;
      for (const w of words) {
        const again = names.name(text, from, from + w.length);
        assert.equal(again, w);
        assert.ok(Object.is(again, first.get(w)), w);
        from += w.length + 1;
      }
    }
  });

  test('callees are joined once, without `this` or an empty receiver', () => {
    const names = new InternedNames();
    const a = names.joined('log', 'info');
    assert.equal(a, 'log.info');
    assert.ok(Object.is(a, names.joined('log', 'info')));
    assert.equal(names.joined('this', 'audit'), 'audit');
    assert.equal(names.joined('', 'audit'), 'audit');
    assert.equal(names.called('req.getBody'), 'req.getBody()');
  });

  test('paths keep `this` and are joined once (Kotlin, C#)', () => {
    const names = new InternedNames();
    const a = names.path('this', 'audit');
    assert.equal(a, 'this.audit');
    assert.ok(Object.is(a, names.path('this', 'audit')));
    assert.equal(names.path('', 'audit'), 'audit');
    assert.equal(names.path('?', 'x'), '?.x');
  });

  test('a literal read in place is literalContent of its slice', () => {
    const long = `"${'x'.repeat(500)}"`;
    const table = [
      '"phone"',
      "'id'",
      'f"name {n}"',
      'rb"raw"',
      '"""doc"""',
      "'''doc'''",
      '""',
      '"',
      'u"open',
      '`tpl`',
      'plain',
      '"a""',
      '"""',
      long,
      `'${'y'.repeat(398)}'`,
    ];
    for (const raw of table) {
      const text = `(${raw})`;
      const names = new InternedNames();
      assert.equal(names.literal(text, 1, text.length - 1), literalContent(raw), raw);
    }
  });

  test('NEG literals of the same length and quotes are told apart, and equal ones shared', () => {
    const text = '"mobile" "member" "mobile"';
    const names = new InternedNames();
    const first = names.literal(text, 0, 8);
    assert.equal(first, 'mobile');
    assert.equal(names.literal(text, 9, 17), 'member');
    assert.ok(Object.is(first, names.literal(text, 18, 26)));
  });
});
