/**
 * A place's record keeps the place's phone and e-mail (issue 9, session 22, branch
 * `det-precision2`; the lead's ruling that a store's or a hotel's phone is not a person's): a
 * location someone visited (`ContactDiaryLocation`) or a venue is named for the place.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldCategory } from '../../support/fieldCategory.js';

const category = fieldCategory;

describe('a place’s contact details', () => {
  it('are the place’s', () => {
    assert.equal(category('phoneNumber', 'ContactDiaryLocation'), 'none');
    assert.equal(category('emailAddress', 'DefaultContactDiaryLocation'), 'none');
    assert.equal(category('email', 'VenueDTO'), 'none');
  });

  it('leave a person’s phone, and a named person’s phone in a place’s record', () => {
    assert.equal(category('phoneNumber', 'ContactDiaryPerson'), 'contact');
    assert.equal(category('phone', 'Member'), 'contact');
    assert.equal(category('ownerPhone', 'Location'), 'contact');
  });
});
