/**
 * The classifier's caches must never change an answer: shared verdicts still name their own
 * owner, owner readings keyed by shape read like fresh ones, word lookups agree with indexOf,
 * and tables stay bounded.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyField } from '../../../src/core/detect/classify.js';
import { vocabularyFor } from '../../../src/core/detect/custom.js';
import { MISS, TupleMemo } from '../../../src/core/detect/memo.js';
import { readOwner } from '../../../src/core/detect/ownerReading.js';
import { defaultVocabulary } from '../../../src/core/detect/vocabulary/index.js';
import { containsAny, occurrencesIn } from '../../../src/core/detect/wordIndex.js';
import type { FieldCandidate } from '../../../src/core/types.js';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
const field = (name: string, owner?: string, ownerComment?: string): FieldCandidate => ({
  name,
  range,
  role: 'declaration',
  ...(owner !== undefined ? { owner } : {}),
  ...(ownerComment !== undefined ? { ownerComment } : {}),
});

describe('verdicts shared between owners of one shape', () => {
  it('name each finding’s own owner in its evidence', () => {
    // `balance` is gated by an account-like owner, so its evidence names the owner.
    const a = classifyField(field('balance', 'wallet_account_17'));
    const b = classifyField(field('balance', 'wallet_account_18'));
    assert.equal(a?.category, 'property');
    assert.equal(b?.category, 'property');
    assert.ok(a.evidence.some((e) => e.matched === 'wallet_account_17'));
    assert.ok(b.evidence.some((e) => e.matched === 'wallet_account_18'));
    assert.ok(!b.evidence.some((e) => e.matched === 'wallet_account_17'));
  });
  it('keep owners of different shapes apart', () => {
    assert.equal(classifyField(field('phone', 'store_12'))?.category, undefined);
    assert.equal(classifyField(field('phone', 'customer_12'))?.category, 'contact');
  });
});

describe('owner readings keyed by what they depend on', () => {
  const vocab = defaultVocabulary();
  it('share a reading across numbered record names and descriptions', () => {
    const a = readOwner(field('x', 't_member_1', '会员1'), vocab);
    const b = readOwner(field('x', 't_member_2', '会员2'), vocab);
    assert.equal(a.signature, b.signature);
    assert.equal(a.context?.kind, 'person');
  });
  it('do not share across different words or Chinese', () => {
    const person = readOwner(field('x', 't_jbxx_3', '会员'), vocab);
    const store = readOwner(field('x', 't_jbxx_3', '门店信息表'), vocab);
    assert.notEqual(person.signature, store.signature);
    assert.equal(store.context?.kind, 'nonperson');
  });
  it('keep digits that belong to a word (`b2b`)', () => {
    const a = readOwner(field('x', 'b2b_order'), vocab);
    const b = readOwner(field('x', 'b3b_order'), vocab);
    assert.notEqual(a.signature, b.signature);
  });
});

describe('word lookups agree with indexOf', () => {
  const list = ['会员', '会员卡', '门店', '员工'];
  for (const text of ['会员卡与门店会员', '员工会员', '没有', '', '门店门店']) {
    it(JSON.stringify(text), () => {
      const expected = list
        .filter((w) => text.includes(w))
        .map((word) => ({ word, at: text.lastIndexOf(word) }));
      assert.deepEqual(occurrencesIn(text, list), expected);
      assert.equal(
        containsAny(text, list),
        list.some((w) => text.includes(w)),
      );
    });
  }
});

describe('TupleMemo', () => {
  const vocab = defaultVocabulary();
  it('finds what was stored, including undefined parts and null values', () => {
    const memo = new TupleMemo<string | null>(10);
    assert.equal(memo.find(vocab, 'a', undefined, 'c', undefined, 'e', undefined), MISS);
    memo.store(vocab, 'a', undefined, 'c', undefined, 'e', undefined, null);
    assert.equal(memo.find(vocab, 'a', undefined, 'c', undefined, 'e', undefined), null);
    assert.equal(memo.find(vocab, 'a', undefined, 'c', undefined, 'e', 'f'), MISS);
  });
  it('empties itself past its bound', () => {
    const memo = new TupleMemo<number>(3);
    for (let k = 0; k < 4; k++) memo.store(vocab, String(k), '', '', '', '', '', k);
    assert.equal(memo.find(vocab, '0', '', '', '', '', ''), MISS);
    assert.equal(memo.find(vocab, '3', '', '', '', '', ''), 3);
  });
  it('keeps no entry of an emptied table under the last prefix it walked', () => {
    // Lookups share the prefix (a, b, c); the table empties while that prefix is the kept one.
    const memo = new TupleMemo<number>(3);
    for (let k = 0; k < 3; k++) memo.store(vocab, 'a', 'b', 'c', String(k), '', '', k);
    assert.equal(memo.find(vocab, 'a', 'b', 'c', '0', '', ''), 0);
    memo.store(vocab, 'a', 'b', 'c', '3', '', '', 3);
    assert.equal(memo.find(vocab, 'a', 'b', 'c', '0', '', ''), MISS, 'emptied: no stale entry');
    assert.equal(memo.find(vocab, 'a', 'b', 'c', '3', '', ''), 3);
    assert.equal(memo.find(vocab, 'a', 'b', 'x', '3', '', ''), MISS);
  });
  it('keeps the tables of two vocabularies apart under one prefix', () => {
    const other = vocabularyFor({ personOwners: ['kehu'] });
    assert.notEqual(other, vocab);
    const memo = new TupleMemo<string>(10);
    memo.store(vocab, 'a', 'b', 'c', 'd', 'e', 'f', 'default');
    assert.equal(memo.find(other, 'a', 'b', 'c', 'd', 'e', 'f'), MISS);
    memo.store(other, 'a', 'b', 'c', 'd', 'e', 'f', 'custom');
    assert.equal(memo.find(vocab, 'a', 'b', 'c', 'd', 'e', 'f'), 'default');
    assert.equal(memo.find(other, 'a', 'b', 'c', 'd', 'e', 'f'), 'custom');
  });
});
