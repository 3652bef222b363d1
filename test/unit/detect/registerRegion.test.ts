/**
 * A household register's region code or police district, and an address record's number, name no
 * one's registration or dwelling (references, as `city_code` is); the registered place itself is
 * read as before: 户籍地址 an address (the legal reference's address row lists it), 户籍所在地
 * household registration.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldCategory } from '../../support/fieldCategory.js';

const cases: readonly [name: string, comment: string, category: string][] = [
  ['hjqh', '户籍区划', 'none'],
  ['hjzrq', '户籍责任区', 'none'],
  ['zzbh', '住址编号', 'none'],
  ['hjdz', '户籍地址', 'address'],
  ['hjszd', '户籍所在地', 'household_registration'],
  ['xzd', '现住地', 'address'],
];

for (const [name, comment, category] of cases) {
  test(`person.${name} // ${comment} is ${category}`, () => {
    assert.equal(fieldCategory(name, 'person', comment), category);
  });
}
