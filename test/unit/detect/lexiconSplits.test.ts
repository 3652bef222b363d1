/**
 * The lexicon's splits stay independent: a held-out split shares no repository with the split
 * that is tuned on, nor with the other held-out split, and no split holds a repository reserved
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

describe('field lexicon splits', () => {
  const train = loadLexicon('train');
  const blind = loadLexicon('blind');
  const blind2 = loadLexicon('blind2');

  it('share no repository between the tuned split and either held-out split', () => {
    assert.deepEqual(shared(sources(train), sources(blind)), []);
    assert.deepEqual(shared(sources(train), sources(blind2)), []);
    assert.deepEqual(shared(sources(blind), sources(blind2)), []);
  });

  it('finds a repository shared between two splits (the check can fail)', () => {
    const moved = { ...(blind2[0] as LexiconRecord), source: (train[0] as LexiconRecord).source };
    assert.deepEqual(shared(sources(train), sources([moved])), [moved.source.toLowerCase()]);
  });

  it('use no reserved repository', () => {
    const reserved = new Set(RESERVED.map((r) => r.toLowerCase()));
    for (const split of [train, blind, blind2]) assert.deepEqual(shared(sources(split), reserved), []);
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
});
