// Meta test: every category of the legal model states every trait (value shape, datable, coded,
// how it identifies, person-key rank) in the vocabulary file beside its terms, once, and the
// schema refuses a row or a table that leaves one out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import {
  CATEGORY_TRAITS,
  categoriesWith,
  categoryTraitsSchema,
  statedOnce,
} from '../../../src/core/detect/vocabulary/traits.js';
import { ALL_CATEGORY_KEYS, categoryKeySchema } from '../../../src/core/law/schema.js';

const REQUIRED = ['valueShape', 'datable', 'coded', 'identifies'] as const;

describe('category traits', () => {
  it('every category states every required trait', () => {
    assert.deepEqual(Object.keys(CATEGORY_TRAITS).sort(), [...ALL_CATEGORY_KEYS].sort());
    for (const key of ALL_CATEGORY_KEYS)
      for (const trait of REQUIRED) assert.ok(trait in CATEGORY_TRAITS[key], `${key}.${trait}`);
  });

  it('refuses a row without a trait, and a trait the schema does not know', () => {
    const row = { valueShape: 'text', datable: false, coded: false, identifies: 'record' };
    assert.equal(categoryTraitsSchema.safeParse(row).success, true);
    const withoutCoded = Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'coded'));
    assert.equal(categoryTraitsSchema.safeParse(withoutCoded).success, false);
    assert.equal(categoryTraitsSchema.safeParse({ ...row, datable: 'yes' }).success, false);
    assert.equal(categoryTraitsSchema.safeParse({ ...row, textual: true }).success, false);
  });

  it('refuses a table that leaves a category out', () => {
    const withoutName = Object.fromEntries(Object.entries(CATEGORY_TRAITS).filter(([k]) => k !== 'name'));
    assert.equal(z.record(categoryKeySchema, categoryTraitsSchema).safeParse(withoutName).success, false);
  });

  it('refuses a category whose traits two vocabulary files state', () => {
    const row = CATEGORY_TRAITS.name;
    assert.doesNotThrow(() => {
      statedOnce([{ name: row }, { contact: CATEGORY_TRAITS.contact }]);
    });
    assert.throws(() => {
      statedOnce([{ name: row }, { name: row }]);
    }, /traits of name are stated twice/);
  });

  it('what makes a record a person’s also identifies on its own; a licence plate only the latter', () => {
    const record = categoriesWith((t) => t.identifies === 'record');
    const alone = categoriesWith((t) => t.identifies !== 'no');
    assert.deepEqual([...record].sort(), ['contact', 'id_number', 'name']);
    for (const key of record) assert.ok(alone.has(key), key);
    assert.ok(alone.has('vehicle') && !record.has('vehicle'));
    assert.ok(!alone.has('health'));
  });

  it('an ID number ranks above a phone as the person key; other categories are never the key', () => {
    const id = CATEGORY_TRAITS.id_number.personKey;
    const phone = CATEGORY_TRAITS.contact.personKey;
    assert.ok(id !== undefined && phone !== undefined && id.rank > phone.rank);
    assert.equal(CATEGORY_TRAITS.name.personKey, undefined);
  });
});
