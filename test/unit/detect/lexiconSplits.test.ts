/**
 * The lexicon's splits stay independent: a held-out split shares no repository with the split
 * that is tuned on, nor with another held-out split, and no split holds a repository reserved
 * for the independent evaluation. Only the records are read here, never the detector's answers
 * for the held-out splits (those are measured by `npm run eval -- --lexicon`, not locked).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCategoryKey } from '../../../src/core/law/categories.js';
import { loadLexicon, recordKey, type LexiconRecord } from '../../support/lexicon.js';

/** Repositories reserved for the independent evaluation (issue 9); no split may use them. */
const RESERVED = [
  'yangzongzhuan/RuoYi-Vue',
  'yangzongzhuan/RuoYi',
  'macrozheng/mall',
  'YunaiV/ruoyi-vue-pro',
  'jeecgboot/JeecgBoot',
  'linlinjava/litemall',
  'crmeb/CRMEB',
  'go-admin-team/go-admin',
  'openimsdk/chat',
  'openimsdk/protocol',
  'buqiyuan/nest-admin',
  'apache/answer',
  'sahat/hackathon-starter',
  'saleor/saleor',
  'calcom/cal.com',
  'openemr/openemr',
  'swagger-api/swagger-petstore',
];

const sources = (records: readonly LexiconRecord[]): Set<string> =>
  new Set(records.map((r) => r.source.toLowerCase()));

const shared = (a: Set<string>, b: Set<string>): string[] => [...a].filter((s) => b.has(s)).sort();

/** The lexicon's format keys (`test/fixtures/lexicon/README.md`, Record). */
const FORMATS = new Set([
  'sql',
  'java',
  'go',
  'proto',
  'openapi',
  'jsonschema',
  'python',
  'prisma',
  'typescript',
  'typeorm',
  'mongoose',
  'graphql',
  'csharp',
  'kotlin',
]);

/**
 * The keys of the records that are not well-formed: a category that is neither a legal-model
 * key nor `none`, a format the lexicon does not know, or a key (source, file, owner, field)
 * that an earlier record already has.
 */
function malformed(records: readonly LexiconRecord[]): string[] {
  const seen = new Set<string>();
  const bad: string[] = [];
  for (const r of records) {
    const key = recordKey(r);
    const category = r.category === 'none' || isCategoryKey(r.category);
    if (!category || !FORMATS.has(r.format) || seen.has(key)) bad.push(key);
    seen.add(key);
  }
  return bad;
}

describe('field lexicon splits', () => {
  const train = loadLexicon('train');
  const blind = loadLexicon('blind');
  const blind2 = loadLexicon('blind2');
  const blind3 = loadLexicon('blind3');
  const splits = { train, blind, blind2, blind3 };

  it('share no repository between any two splits', () => {
    const names = Object.keys(splits) as (keyof typeof splits)[];
    for (const [i, a] of names.entries())
      for (const b of names.slice(i + 1))
        assert.deepEqual(shared(sources(splits[a]), sources(splits[b])), [], `${a} and ${b}`);
  });

  it('finds a repository shared between two splits (the check can fail)', () => {
    const moved = { ...(blind2[0] as LexiconRecord), source: (train[0] as LexiconRecord).source };
    assert.deepEqual(shared(sources(train), sources([moved])), [moved.source.toLowerCase()]);
  });

  it('use no reserved repository', () => {
    const reserved = new Set(RESERVED.map((r) => r.toLowerCase()));
    for (const split of Object.values(splits)) assert.deepEqual(shared(sources(split), reserved), []);
  });

  it('give blind2 unique records labelled with the legal model’s categories or none', () => {
    assert.ok(blind2.length > 3000, 'blind2 holds thousands of fields');
    assert.ok(sources(blind2).size >= 30, 'blind2 comes from at least 30 repositories');
    assert.equal(new Set(blind2.map(recordKey)).size, blind2.length);
    const invalid = blind2.filter((r) => r.category !== 'none' && !isCategoryKey(r.category));
    assert.deepEqual(invalid.map(recordKey), []);
    assert.ok(blind2.some((r) => r.category !== 'none'));
    assert.equal(isCategoryKey('personal_stuff'), false);
  });

  it('give blind3 well-formed records from many repositories, files and formats', () => {
    assert.ok(blind3.length >= 4500, 'blind3 holds thousands of fields');
    assert.ok(sources(blind3).size >= 30, 'blind3 comes from at least 30 repositories');
    assert.ok(new Set(blind3.map((r) => `${r.source} ${r.file}`)).size >= 200, 'and 200 files');
    assert.ok(new Set(blind3.map((r) => r.format)).size >= 13, 'in 13 formats');
    assert.deepEqual(malformed(blind3), []);
    assert.ok(blind3.some((r) => r.category !== 'none'));
    assert.ok(blind3.some((r) => r.category === 'none'));
  });

  it('finds a malformed record (the check can fail)', () => {
    const good = blind3[0] as LexiconRecord;
    const wrongCategory = { ...good, category: 'personal_stuff' };
    const wrongFormat = { ...good, name: `${good.name}_x`, format: 'cobol' };
    assert.deepEqual(malformed([good]), []);
    assert.deepEqual(malformed([good, wrongCategory]), [recordKey(good)]);
    assert.deepEqual(malformed([wrongFormat]), [recordKey(wrongFormat)]);
    assert.deepEqual(malformed([good, { ...good }]), [recordKey(good)]);
  });
});
