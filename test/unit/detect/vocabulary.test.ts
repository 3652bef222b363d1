import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contestCategories } from '../../../src/core/law/categories.js';
import { CLASS_A_KEYS, CLASS_B_KEYS, CLASS_C_KEYS } from '../../../src/core/law/schema.js';
import { compileVocabulary } from '../../../src/core/detect/vocabulary/compile.js';
import {
  DETECTION_CONTEXT,
  VOCABULARY_DATA,
  defaultVocabulary,
} from '../../../src/core/detect/vocabulary/index.js';
import { categoryVocabularySchema, contextSchema } from '../../../src/core/detect/vocabulary/schema.js';

describe('vocabulary: data', () => {
  it('every classed category has vocabulary in English, Chinese and pinyin', () => {
    for (const key of [...CLASS_A_KEYS, ...CLASS_B_KEYS, ...CLASS_C_KEYS]) {
      const groups = VOCABULARY_DATA.filter((v) => v.category === key).flatMap((v) => v.terms);
      assert.ok(
        groups.some((g) => (g.en ?? []).length > 0),
        `${key}: English`,
      );
      assert.ok(
        groups.some((g) => (g.zh ?? []).length > 0),
        `${key}: Chinese`,
      );
      assert.ok(
        groups.some((g) => (g.pinyin ?? []).length > 0),
        `${key}: pinyin`,
      );
    }
  });

  it('every contest id sits on its own category and every contest is used', () => {
    const used = new Set<string>();
    for (const v of VOCABULARY_DATA) {
      for (const g of v.terms) {
        if (g.contest === undefined) continue;
        used.add(g.contest);
        assert.ok(contestCategories(g.contest).includes(v.category), `${g.contest} on ${v.category}`);
      }
    }
    assert.deepEqual([...used].sort(), [
      'bare_bank_card',
      'ecommerce_order',
      'financial_credential',
      'historical_location',
      'real_estate_owner',
      'resident_id_info',
      'vehicle_owner',
    ]);
  });

  it('guards the collision table: zw gj mz dz zh zjhm are ambiguous wherever they appear', () => {
    for (const abbr of ['zw', 'gj', 'mz', 'dz', 'zh', 'zjhm']) {
      const groups = VOCABULARY_DATA.flatMap((v) => v.terms).filter((g) => (g.pinyin ?? []).includes(abbr));
      assert.ok(groups.length > 0, abbr);
      assert.ok(
        groups.every((g) => g.strength === 'ambiguous'),
        abbr,
      );
    }
  });

  it('the starting pinyin list is covered', () => {
    const vocab = defaultVocabulary();
    for (const abbr of [
      'gmsfhm',
      'sfzh',
      'xm',
      'lxdh',
      'jtzz',
      'yhkh',
      'csrq',
      'hjdz',
      'sjhm',
      'hphm',
      'hyzk',
      'xjh',
    ]) {
      assert.ok(vocab.byLastToken.has(abbr), abbr);
    }
  });

  it("the brief's negative compounds are listed", () => {
    for (const n of [
      'memory_address',
      'macro_address',
      'email_template',
      'phone_model',
      'name_space',
      'file_name',
      'product_name',
      'email_enabled',
    ]) {
      assert.ok(DETECTION_CONTEXT.negativeCompounds.includes(n), n);
    }
  });
});

describe('vocabulary: validation at load', () => {
  const bad: [string, unknown][] = [
    ['an unknown category', { category: 'phone', terms: [{ strength: 'strong', en: ['x'] }] }],
    [
      'an unknown contest',
      { category: 'property', terms: [{ strength: 'strong', en: ['x'], contest: 'bank' }] },
    ],
    ['an empty phrase', { category: 'name', terms: [{ strength: 'strong', en: [' '] }] }],
    ['no terms', { category: 'name', terms: [] }],
    ['an unknown strength', { category: 'name', terms: [{ strength: 'certain', en: ['x'] }] }],
  ];
  for (const [title, data] of bad) {
    it(`rejects ${title}`, () => {
      assert.equal(categoryVocabularySchema.safeParse(data).success, false);
      assert.throws(() => compileVocabulary([data as never], DETECTION_CONTEXT));
    });
  }
  it('holds the dataset header labels as context data, one lower-case word per English label', () => {
    assert.equal(contextSchema.safeParse(DETECTION_CONTEXT).success, true);
    assert.ok(
      DETECTION_CONTEXT.headerLabels.zh.includes('金额') &&
        DETECTION_CONTEXT.headerLabels.en.includes('remark'),
    );
    const spaced = { ...DETECTION_CONTEXT, headerLabels: { en: ['order no'], zh: [] } };
    assert.equal(contextSchema.safeParse(spaced).success, false);
    assert.equal(contextSchema.safeParse({ ...DETECTION_CONTEXT, headerLabels: undefined }).success, false);
  });
  it('compiles joined spellings and plurals', () => {
    const vocab = defaultVocabulary();
    for (const form of ['idcard', 'idcardno', 'phonenumber', 'addresses', 'emails'])
      assert.ok(vocab.byLastToken.has(form), form);
  });
});
