import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typeTextAt } from '../../../src/core/scan/code/tsMembers.js';
import { typescriptExtractor, typescriptReference } from '../../../src/core/scan/code/typescript.js';
import { scanText } from '../../../src/core/scan/index.js';

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

describe("a TypeORM entity's comment is its fields' owner description", () => {
  const text = [
    "@Entity({ comment: '会员表' })",
    'export class Entry {',
    "  @Column({ comment: '名称' }) name: string;",
    '  constructor(private readonly mobile: string) {}',
    '}',
    "@Entity('t_shop', { comment: '门店' })",
    'export class Shop { @Column() address: string; }',
    // Negatives: an entity without a comment, a class decorated otherwise.
    '@Entity()',
    'export class Plain { @Column() name: string; }',
    "@Injectable({ comment: '服务' })",
    'export class Service { name: string; }',
  ].join('\n');
  for (const extractor of [typescriptExtractor, typescriptReference]) {
    it(extractor === typescriptReference ? 'the reference walk' : 'the buffer walk', () => {
      const result = extractor.extract(text, { path: 'a.entity.ts' });
      assert.ok(result.ok);
      const described = result.fields
        .filter((f) => f.role === 'declaration')
        .map((f) => `${f.owner ?? ''}.${f.name}: ${f.ownerComment ?? '-'}`);
      assert.deepEqual(described, [
        'Entry.name: 会员表',
        'Entry.mobile: 会员表',
        'Shop.address: 门店',
        'Plain.name: -',
        'Service.name: -',
      ]);
    });
  }

  it('a name and an address of a member entity are personal, of a shop not', () => {
    const code = [
      "@Entity({ comment: '会员' }) export class Entry { @Column() name: string; @Column() address: string; }",
      "@Entity({ comment: '门店' }) export class Branch { @Column() name: string; @Column() address: string; }",
    ].join('\n');
    const found = scanText(code, { path: 'a.entity.ts' }).findings.map((f) => `${f.owner ?? ''}.${f.field}`);
    assert.deepEqual(found, ['Entry.name', 'Entry.address']);
  });
});
