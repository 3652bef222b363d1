/**
 * Issue 9, item 4: a Django `contacts = ManyToManyField(Contact)` holds no data of its own, and
 * in a workspace scan its usages elsewhere (`case.contacts.add(...)`) and a serializer nesting
 * its records are read as the relation (`detect/relationNames.ts`), not as a person's contact
 * list. Alone, or where the name is a list of records in code, they read as before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workspaceOfCandidates, type WorkspaceFile } from '../../../src/core/detect/workspaceContext.js';
import { defaultVocabulary } from '../../../src/core/detect/vocabulary/index.js';
import { classifyRecords } from '../../../src/core/scan/recordMemo.js';
import type { FieldCandidate, FieldRole, Finding } from '../../../src/core/types.js';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function field(
  owner: string | undefined,
  name: string,
  declaredType?: string,
  comment?: string,
  role: FieldRole = 'declaration',
): FieldCandidate {
  return {
    name,
    range: NOWHERE,
    role,
    ...(owner !== undefined ? { owner } : {}),
    ...(declaredType !== undefined ? { declaredType } : {}),
    ...(comment !== undefined ? { comment } : {}),
  };
}

const vocabulary = defaultVocabulary();

/** Findings of `candidates` read in the workspace of `files` (or alone), by field name. */
function found(
  candidates: readonly FieldCandidate[],
  files?: WorkspaceFile[],
): Map<string, Finding | undefined> {
  const workspace = files === undefined ? undefined : workspaceOfCandidates(files, vocabulary);
  const { classified } = classifyRecords(
    candidates,
    { vocabulary, contestedReading: 'strict', ...(workspace !== undefined ? { workspace } : {}) },
    undefined,
  );
  return new Map(candidates.map((c, k) => [`${c.owner ?? ''}.${c.name}`, classified[k]]));
}

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
