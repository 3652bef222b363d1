// The compiled vocabulary is loaded from generated data (snapshot.generated.ts); it must be
// what a fresh compile of the vocabulary data gives, and the snapshot must round-trip.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileVocabulary, type CompiledVocabulary } from '../../../src/core/detect/vocabulary/compile.js';
import {
  DETECTION_CONTEXT,
  VOCABULARY_DATA,
  defaultVocabulary,
} from '../../../src/core/detect/vocabulary/index.js';
import { VOCABULARY_SNAPSHOT } from '../../../src/core/detect/vocabulary/snapshot.generated.js';
import { vocabularyFromSnapshot, vocabularySnapshot } from '../../../src/core/detect/vocabulary/snapshot.js';

const fresh = compileVocabulary(VOCABULARY_DATA, DETECTION_CONTEXT);

/** The loaded phrase maps decode on demand: copied into plain Maps (decoding every entry) to compare. */
function plain(vocab: CompiledVocabulary): CompiledVocabulary {
  return {
    ...vocab,
    byLastToken: new Map(vocab.byLastToken),
    hanByLastChar: new Map(vocab.hanByLastChar),
  };
}

describe('vocabulary snapshot', () => {
  it('is current (run `npm run gen` after changing the vocabulary or its compiler)', () => {
    assert.deepEqual(VOCABULARY_SNAPSHOT, vocabularySnapshot(fresh), 'snapshot.generated.ts is stale');
  });

  it('loads into exactly the compiled vocabulary', () => {
    assert.deepStrictEqual(plain(vocabularyFromSnapshot(VOCABULARY_SNAPSHOT)), fresh);
    assert.deepStrictEqual(plain(defaultVocabulary()), fresh);
  });

  it('keeps the order the matcher relies on (longest phrase first, insertion order of maps)', () => {
    const loaded = vocabularyFromSnapshot(vocabularySnapshot(fresh));
    assert.deepEqual([...loaded.byLastToken.keys()], [...fresh.byLastToken.keys()]);
    for (const [last, list] of fresh.byLastToken)
      assert.deepEqual(
        loaded.byLastToken.get(last)?.map((p) => p.tokens.join(' ')),
        list.map((p) => p.tokens.join(' ')),
      );
    assert.deepEqual(
      loaded.mixedTerms.map((t) => t.term),
      fresh.mixedTerms.map((t) => t.term),
    );
  });

  it('looks up an entry before and after decoding it, and answers unknown keys', () => {
    const loaded = vocabularyFromSnapshot(vocabularySnapshot(fresh));
    const [key, list] = [...fresh.byLastToken][0] ?? [];
    assert.ok(key !== undefined && list !== undefined);
    assert.equal(loaded.byLastToken.has(key), true);
    assert.deepStrictEqual(loaded.byLastToken.get(key), list);
    assert.equal(loaded.byLastToken.get(key), loaded.byLastToken.get(key), 'decoded once, then shared');
    assert.equal(loaded.byLastToken.get('no-such-token'), undefined);
    assert.equal(loaded.byLastToken.has('no-such-token'), false);
    assert.equal(loaded.byLastToken.size, fresh.byLastToken.size);
    assert.deepEqual([...loaded.hanByLastChar.keys()], [...fresh.hanByLastChar.keys()]);
  });

  it('writes a meaning used by several phrases once', () => {
    const loaded = vocabularyFromSnapshot(vocabularySnapshot(fresh));
    const [key, meanings] = [...loaded.pinyinSuffixes][0] ?? [];
    assert.ok(key !== undefined && meanings !== undefined);
    const phrase = loaded.byLastToken.get(key)?.find((p) => p.tokens.length === 1);
    assert.ok(phrase?.meanings.includes(meanings[0] ?? fail()));
  });

  it('a stale snapshot fails the comparison: one phrase more changes it', () => {
    const changed = compileVocabulary(
      [
        ...VOCABULARY_DATA,
        { category: 'contact', terms: [{ strength: 'strong', en: ['snapshot_probe_phone'] }] },
      ],
      DETECTION_CONTEXT,
    );
    assert.notEqual(vocabularySnapshot(changed), vocabularySnapshot(fresh));
    assert.notDeepStrictEqual(plain(vocabularyFromSnapshot(vocabularySnapshot(changed))), fresh);
  });

  it('refuses a snapshot of another layout, a cut one or one with a bad digit', () => {
    const snapshot = vocabularySnapshot(fresh);
    assert.throws(() => vocabularyFromSnapshot({ ...snapshot, layout: 0 }), /layout 0.*npm run gen/);
    assert.throws(
      () => vocabularyFromSnapshot({ ...snapshot, codes: snapshot.codes.slice(0, -40) }),
      /truncated or corrupt/,
    );
    assert.throws(
      () => vocabularyFromSnapshot({ ...snapshot, codes: `${snapshot.codes}A` }),
      /trailing data/,
    );
    assert.throws(() => vocabularyFromSnapshot({ ...snapshot, codes: `!${snapshot.codes}` }), /corrupt/);
  });

  it('refuses a string the table cannot hold', () => {
    const withNewline = compileVocabulary(
      [...VOCABULARY_DATA, { category: 'contact', terms: [{ strength: 'strong', zh: ['电话\n号码'] }] }],
      DETECTION_CONTEXT,
    );
    assert.throws(() => vocabularySnapshot(withNewline), /a newline/);
  });
});

function fail(): never {
  throw new Error('no meaning');
}
