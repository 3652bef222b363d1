import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { literalContent } from '../../../src/core/flow/lang/lezer.js';
import { merge, source } from '../../../src/core/flow/taint.js';

describe('merge (taint.ts)', () => {
  it('adds categories up, sorted, without repeats', () => {
    const a = source(['whereabouts', 'credit'], 0, 'a');
    const b = source(['property', 'credit'], 5, 'b');
    assert.deepEqual(merge(a, b)?.categories, ['credit', 'property', 'whereabouts']);
    assert.deepEqual(merge(b, a)?.categories, ['credit', 'property', 'whereabouts']);
  });
  it('keeps the list of the side that already holds the other', () => {
    const a = source(['credit', 'whereabouts'], 0, 'a');
    const b = source(['credit'], 5, 'b');
    assert.equal(merge(a, b)?.categories, a.categories);
    assert.equal(merge(b, a)?.categories, a.categories);
    assert.equal(merge(b, a)?.path, b.path);
  });
  it('is de-identified only when both sides are', () => {
    const a = { ...source(['whereabouts'], 0, 'a'), deidentified: true };
    assert.equal(merge(a, source(['whereabouts'], 1, 'b'))?.deidentified, false);
    assert.equal(merge(a, a)?.deidentified, true);
  });
});

describe('literalContent (lezer.ts)', () => {
  it('strips prefixes and one or three quotes', () => {
    assert.equal(literalContent('"phone"'), 'phone');
    assert.equal(literalContent("f'{a} b'"), '{a} b');
    assert.equal(literalContent('rb"""x\ny"""'), 'x\ny');
    assert.equal(literalContent('`t`'), 't');
    assert.equal(literalContent('""'), '');
  });
  it('keeps an unclosed literal whole and reads at most 400 characters', () => {
    assert.equal(literalContent('"abc'), 'abc');
    assert.equal(literalContent('"""ab""'), 'ab""');
    assert.equal(literalContent(`"${'x'.repeat(500)}"`), 'x'.repeat(399));
    assert.equal(literalContent('phone'), 'phone');
  });
});
