import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { matchGlob, matchWildcard } from '../../../src/core/config/glob.js';
import { parseConfig, untrustedView } from '../../../src/core/config/parse.js';
import { pilensConfigSchema } from '../../../src/core/config/schema.js';

describe('config: parseConfig', () => {
  it('accepts a full configuration with comments and trailing commas', () => {
    const text = `{
      // team vocabulary
      "vocabulary": { "property": { "en": ["member_card_no"], "zh": ["会员卡号"], "pinyin": ["hykh"] } },
      "negatives": { "en": ["order_contact_template"], "zh": ["门店电话"] },
      "ignores": ["**/generated/**", "*.min.js"],
      "overrides": [{ "field": "cust_*", "owner": "t_customer", "category": "name" }, { "field": "sfzh_hash", "category": "none" }],
      "contestedReading": "lenient",
      "minimumConfidence": "medium",
      "includeUsages": false,
      "personOwners": ["t_ry"],
    }`;
    const result = parseConfig(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    assert.equal(result.config.contestedReading, 'lenient');
    assert.equal(result.config.overrides?.length, 2);
  });

  const invalid: [string, string, string, string][] = [
    [
      'unknown category',
      '{ "overrides": [{ "field": "x", "category": "phone" }] }',
      'overrides.0.category',
      '"phone"',
    ],
    [
      'regex-looking pattern',
      '{ "overrides": [{ "field": "(a+)+$", "category": "name" }] }',
      'overrides.0.field',
      '"(a+)+$"',
    ],
    ['bad reading', '{ "contestedReading": "loose" }', 'contestedReading', '"loose"'],
    ['unknown key', '{ "ignore": [] }', '', '"ignore"'],
    ['wrong type', '{ "includeUsages": "yes" }', 'includeUsages', '"yes"'],
    [
      'unknown vocabulary category',
      '{ "vocabulary": { "phones": { "en": ["x"] } } }',
      'vocabulary',
      '"phones"',
    ],
  ];
  for (const [title, text, path, offending] of invalid) {
    it(`reports ${title} at the offending text`, () => {
      const result = parseConfig(text);
      if (result.ok) throw new Error('accepted invalid config');
      const error = result.errors[0];
      assert.ok(error !== undefined);
      assert.ok(error.path.startsWith(path), `${error.path} starts with ${path}`);
      assert.equal(text.slice(error.offset, error.offset + error.length), offending);
      assert.ok(error.message.length > 0);
    });
  }

  it('reports JSON syntax errors with an offset', () => {
    const text = '{ "ignores": ["a" "b"] }';
    const result = parseConfig(text);
    if (result.ok) throw new Error('accepted invalid JSON');
    assert.match(result.errors[0]?.message ?? '', /comma/);
    assert.equal(result.errors[0]?.offset, 18);
  });

  it('reports an empty file', () => {
    assert.equal(parseConfig('').ok, false);
  });

  it('drops workspace patterns in untrusted mode and keeps words', () => {
    const text =
      '{ "ignores": ["**"], "overrides": [{ "field": "*", "category": "none" }], "negatives": { "en": ["x"] } }';
    const result = parseConfig(text, { untrusted: true });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    assert.equal(result.config.ignores, undefined);
    assert.equal(result.config.overrides, undefined);
    assert.deepEqual(result.config.negatives, { en: ['x'] });
    assert.deepEqual(untrustedView({ ignores: ['a'], contestedReading: 'strict' }), {
      contestedReading: 'strict',
    });
  });

  it('is representable as JSON Schema with descriptions', () => {
    const schema = z.toJSONSchema(pilensConfigSchema) as {
      properties: Record<string, { description?: string } | undefined>;
    };
    assert.ok(schema.properties['overrides']?.description);
    assert.ok(schema.properties['contestedReading']?.description);
  });
});

describe('config: bounded pattern matching', () => {
  const wild: [string, string, boolean][] = [
    ['cust_*', 'cust_name', true],
    ['cust_*', 'CUST_NAME', true],
    ['cust_*', 'customer', false],
    ['*_no', 'id_card_no', true],
    ['*card*', 'idCardNo', true],
    ['sfzh', 'sfzh', true],
    ['sfzh', 'sfzh2', false],
    ['*', '', true],
  ];
  for (const [p, s, expected] of wild) {
    it(`field pattern ${p} ${expected ? 'matches' : 'does not match'} ${s}`, () => {
      assert.equal(matchWildcard(p, s), expected);
    });
  }
  const globs: [string, string, boolean][] = [
    ['**/generated/**', 'src/generated/a.ts', true],
    ['**/generated/**', 'generated/a.ts', true],
    ['*.min.js', 'web/app.min.js', true],
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/x/a.ts', false],
    ['src/**/*.ts', 'src/x/y/a.ts', true],
    ['dist', 'dist/a.js', true],
    ['dist', 'src/distance.ts', false],
    ['test/fixtures/**', 'test/fixtures/corpus/a.sql', true],
    ['?.ts', 'ab.ts', false],
  ];
  for (const [p, s, expected] of globs) {
    it(`glob ${p} ${expected ? 'matches' : 'does not match'} ${s}`, () => {
      assert.equal(matchGlob(p, s), expected);
    });
  }
  it('stays linear on hostile patterns', () => {
    const subject = 'a'.repeat(20_000);
    assert.equal(matchWildcard('*a*a*a*a*a*a*a*a*a*a*b', subject), false);
    assert.equal(matchGlob('**/*a*a*a*a*a*a*b', subject), false);
  });
});
