import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parser } from '@lezer/javascript';
import { bridgeGrammarGaps, mayHaveGrammarGaps } from '../../../src/core/scan/code/tsGrammarGaps.js';

const ts = parser.configure({ dialect: 'ts' });
const tsx = parser.configure({ dialect: 'ts jsx' });

function errorCount(text: string, jsx: boolean): number {
  let errors = 0;
  (jsx ? tsx : ts).parse(text).iterate({
    enter(node) {
      if (node.type.isError) errors++;
    },
  });
  return errors;
}

describe('bridgeGrammarGaps: valid TypeScript the parser does not read', () => {
  const bridged: readonly (readonly [string, string, boolean])[] = [
    ['a quoted module declaration', "declare module '@scope/pkg' {\n  interface M { a: string }\n}", false],
    [
      'an arrow type predicate',
      'export const isNil = (v: unknown): v is null | undefined => v == null',
      false,
    ],
    ['an arrow assertion', 'const check = (v: unknown): asserts v is string => {}', false],
    ['a shorthand module declaration', "declare module 'vue3-json-viewer';\nlet a = 1", false],
    ['a shorthand module declaration without a semicolon', 'declare module "pkg"\nlet a = 1', false],
    ['a default-exported interface', 'export default interface Name {\n  given: string\n}', false],
    ['an inline type modifier in an export list', "export { A, type B, type C as D } from './b'", false],
    ['a UMD global declaration', 'export as namespace notifyjs;\nexport = Notify;', false],
    ['an import of a CommonJS module', "import Notify = require('notifyjs');\nlet n = 1", false],
    ['a JSX comment child', 'const a = (\n  <div>\n    {/* <Chart>\n    </Chart> */}\n  </div>\n)', true],
  ];
  for (const [label, text, jsx] of bridged) {
    it(`reads ${label}, keeping every offset and line`, () => {
      const out = bridgeGrammarGaps(text, jsx);
      assert.equal(out.length, text.length);
      assert.equal(out.split('\n').length, text.split('\n').length);
      assert.ok(errorCount(text, jsx) > 0, 'the original needs error recovery');
      assert.equal(errorCount(out, jsx), 0);
    });
    it(`tells ${label} may need a bridge`, () => {
      assert.equal(mayHaveGrammarGaps(text, jsx), true);
    });
  }

  const untouched: readonly (readonly [string, string, boolean])[] = [
    ['an arrow body holding only a comment', 'const f = () => {/* noop */}', true],
    ['a class body holding only a comment', 'class A extends B<T> {/* empty */}', false],
    ['a JSX-looking comment in a .ts file', 'const a = x > y\n{/* c */}', false],
    ['a plain module name', 'declare module Foo { }', false],
    ['an exported value named type, renamed', 'export { type as kind, type }', false],
    ['an ordinary default export', 'export default class A {}', false],
    ['an ordinary import', "import x from 'x'", false],
    ['a word "is" in a string', "const s = 'this is fine'", false],
  ];
  for (const [label, text, jsx] of untouched) {
    it(`leaves ${label} unchanged`, () => {
      assert.equal(bridgeGrammarGaps(text, jsx), text);
    });
  }

  it('tells in one pass that a model file needs no bridge, whatever words its comments hold', () => {
    const text = [
      '/** The type of member: this is where a type is declared, by default. */',
      'export interface Member {',
      '  realName: string; // required, namespace-free',
      '  kind?: MemberType;',
      '}',
      'export const isMember = (v: Member): boolean => v.kind !== undefined;',
    ].join('\n');
    assert.equal(mayHaveGrammarGaps(text, false), false);
    assert.equal(mayHaveGrammarGaps(text, true), false);
    assert.equal(bridgeGrammarGaps(text, true), text);
  });
});
