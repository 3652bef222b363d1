/**
 * How the lexicon's scorer compares the detector's category with a label: a finer product
 * category counts for the coarser label the held-out splits were written with (an ID-card image
 * is identity-document data, a face is biometric), never the other way round, and no other
 * pair of categories counts as one (`docs/detection-rulings.md`, "ID-card images").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agrees, tally, type Tally } from '../../support/lexicon.js';

describe('lexicon scoring', () => {
  it('counts a finer product category as its coarser label', () => {
    assert.ok(agrees('id_number', 'id_card_image'));
    assert.ok(agrees('biometric', 'face'));
    assert.ok(agrees('id_card_image', 'id_card_image'));
  });

  it('does not count a coarser category for a finer label, nor unrelated ones', () => {
    assert.ok(!agrees('id_card_image', 'id_number'));
    assert.ok(!agrees('face', 'biometric'));
    assert.ok(!agrees('name', 'id_card_image'));
    assert.ok(!agrees('none', 'id_card_image'));
    assert.ok(!agrees('id_number', 'face'));
  });

  it('tallies the finer category as a hit and a false alarm on none as one', () => {
    const t: Tally = { tp: 0, fp: 0, fn: 0 };
    tally(t, 'id_number', 'id_card_image');
    tally(t, 'id_card_image', 'id_number');
    tally(t, 'none', 'id_card_image');
    assert.deepEqual(t, { tp: 1, fp: 2, fn: 1 });
  });
});
