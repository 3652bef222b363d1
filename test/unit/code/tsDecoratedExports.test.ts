import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parser } from '@lezer/javascript';
import {
  blankDecoratedExports,
  decoratedExportKeywords,
} from '../../../src/core/scan/code/tsDecoratedExports.js';
import { typescriptExtractor } from '../../../src/core/scan/code/typescript.js';
import { declarations, extractFlat, lines } from './helpers.js';

const tsParser = parser.configure({ dialect: 'ts' });

function errorCount(text: string): number {
  let errors = 0;
  tsParser.parse(text).iterate({
    enter(node) {
      if (node.type.isError) errors++;
    },
  });
  return errors;
}

describe('blankDecoratedExports: the text the TypeScript parser sees', () => {
  const blanked: readonly (readonly [string, string, string])[] = [
    ['export class', "@Entity('t')\nexport class A {}", "@Entity('t')\n       class A {}"],
    [
      'export default class',
      '@Dec()\n\n  export default class A {}',
      '@Dec()\n\n                 class A {}',
    ],
    ['export abstract class', '@Dec\r\nexport abstract class A {}', '@Dec\r\n       abstract class A {}'],
    [
      'several decorators',
      "@Entity()\n@Index(['a'])\nexport class A {}",
      "@Entity()\n@Index(['a'])\n       class A {}",
    ],
    [
      'a decorator spanning lines',
      '@Table({\n  timestamps: true,\n})\nexport class A {}',
      '@Table({\n  timestamps: true,\n})\n       class A {}',
    ],
    [
      'a multi-line decorator holding strings with brackets',
      '@Entity({\n  name: \'t(\',\n  comment: "表)",\n})\nexport class A {}',
      '@Entity({\n  name: \'t(\',\n  comment: "表)",\n})\n       class A {}',
    ],
    ['a comment between', '@Dec()\n// note\nexport class A {}', '@Dec()\n// note\n       class A {}'],
    [
      'a multi-line decorator with comments and template literals (a NestJS module)',
      '@Module({\n  imports: [\n    // plugin\n    A.forRoot({ cwd: `${d}/x)` }), /* ) */\n  ],\n})\nexport class AppModule {}',
      '@Module({\n  imports: [\n    // plugin\n    A.forRoot({ cwd: `${d}/x)` }), /* ) */\n  ],\n})\n       class AppModule {}',
    ],
    [
      'a string continued over lines',
      "@Table({\n  name: 't\\\n)',\n})\nexport class A {}",
      "@Table({\n  name: 't\\\n)',\n})\n       class A {}",
    ],
  ];
  for (const [label, text, expected] of blanked) {
    it(`blanks ${label} after a decorator line, keeping every offset`, () => {
      const out = blankDecoratedExports(text);
      assert.equal(out, expected);
      assert.equal(out.length, text.length);
      assert.ok(errorCount(text) > 0, 'the original layout needs error recovery');
      assert.equal(errorCount(out), 0);
    });
  }

  const untouched: readonly (readonly [string, string])[] = [
    ['no decorator', 'export class A {}'],
    ['a statement before', 'const a = f()\nexport class A {}'],
    ['an anonymous default class', '@Dec()\nexport default class {}'],
    ['an export that is not a class', '@Dec()\nexport const a = 1'],
    ['a JSDoc tag line', '/**\n * @deprecated\n */\nexport class A {}'],
    ['the decorator-after-export form', "export @Entity('t') class A {}"],
    ['a call that is not a decorator', 'register(\n  a,\n)\nexport class A {}'],
    ['an unbalanced decorator', '@Table({\n  name: 1,\nexport class A {}'],
    ['a decorator line inside a statement', 'x = 1\n@Dec\nconst a = 2\nexport class A {}'],
  ];
  for (const [label, text] of untouched) {
    it(`leaves ${label} unchanged`, () => {
      assert.equal(blankDecoratedExports(text), text);
    });
  }

  it('finds the blanked keywords as offset ranges, for the reader to skip', () => {
    assert.deepEqual(decoratedExportKeywords("@Entity('t')\nexport class A {}"), [13, 19]);
    assert.deepEqual(
      decoratedExportKeywords('@Dec()\nexport\tdefault class A {}\n@Dec()\nexport class B {}'),
      [7, 21, 40, 46],
    );
    assert.deepEqual(decoratedExportKeywords('@Dec() foo();\nexport class A {}'), []);
  });

  it('extracts the same fields either way (the extractor reads the original text)', () => {
    const text = lines(
      "@Entity('t_user')",
      'export class User {',
      "  @Column({ comment: '身份证号' }) idCard!: string;",
      '}',
    );
    assert.deepEqual(declarations(extractFlat(typescriptExtractor, text, 'user.entity.ts')), [
      { at: '2:31-37', name: 'idCard', owner: 'User', type: 'string', comment: '身份证号' },
    ]);
  });
});
