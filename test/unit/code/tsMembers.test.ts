import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typeTextAt } from '../../../src/core/scan/code/tsMembers.js';

describe('typeTextAt: an annotation’s type, sliced once', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['a colon and a space', 'x: string;', 'string'],
    ['no blank after the colon', 'x:string;', 'string'],
    ['a line break and a tab', 'x:\n\tstring | null;', 'string | null'],
    ['a no-break and an ideographic space', 'x:\u00a0\u3000Date;', 'Date'],
    ['only blanks', 'x:   ;', ''],
    ['no colon (kept as written)', 'x=  string;', '=  string'],
  ];
  for (const [label, text, expected] of cases) {
    it(`reads ${label}`, () => {
      const from = 1;
      const to = text.indexOf(';');
      assert.equal(typeTextAt(text, from, to), expected);
      // The definition it replaces: slice, drop the colon, trimStart.
      const raw = text.slice(from, to);
      assert.equal(expected, raw.startsWith(':') ? raw.slice(1).trimStart() : raw);
    });
  }
});
