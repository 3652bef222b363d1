/**
 * Issue 9, item 4: a Django `contacts = ManyToManyField(Contact)` holds no data of its own, and
 * in a workspace scan its usages elsewhere (`case.contacts.add(...)`) and a serializer nesting
 * its records are read as the relation (`detect/relationNames.ts`), not as a person's contact
 * list. Alone, or where the name is a list of records in code, they read as before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { field, found, type WorkspaceFile } from '../../support/workspaceFindings.js';

const models: WorkspaceFile = {
  path: 'cases/models.py',
  candidates: [
    field('Case', 'name', 'models.CharField'),
    field('Case', 'contacts', 'models.ManyToManyField'),
  ],
};
const usages = [
  field('case', 'contacts', undefined, undefined, 'usage'),
  field('CaseSerializer', 'contacts', 'ContactSerializer'),
  field('profile', 'phone', undefined, undefined, 'usage'),
];

describe('usages of a relation to many records the workspace declares (relationNames.ts)', () => {
  it('a usage of the relation and a serializer nesting its records are not a contact list', () => {
    const read = found(usages, [models, { path: 'cases/views.py', candidates: usages }]);
    assert.equal(read.get('case.contacts'), undefined);
    assert.equal(read.get('CaseSerializer.contacts'), undefined);
    assert.equal(read.get('profile.phone')?.category, 'contact');
  });

  it('read alone, or where the name is declared as a list of records in code, they stay', () => {
    assert.equal(found(usages).get('case.contacts')?.category, 'contacts_list');
    const phoneBook: WorkspaceFile = {
      path: 'User.java',
      candidates: [field('User', 'name', 'String'), field('User', 'contacts', 'List<Contact>')],
    };
    const read = found(usages, [phoneBook, { path: 'Views.java', candidates: usages }]);
    assert.equal(read.get('case.contacts')?.category, 'contacts_list');
  });
});
