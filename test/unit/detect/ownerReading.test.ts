/**
 * The owner readings shared by a record's fields (ownerReading.ts): `readRecordOwner` reads a
 * record's owner as `readOwner` reads it for a field named '' (what the record passes of
 * classifyCandidates.ts asked before), siblings included, and the readings kept by the owner
 * strings as written answer as a fresh reading does, whatever order owners are asked in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readOwner, readRecordOwner } from '../../../src/core/detect/ownerReading.js';
import { defaultVocabulary } from '../../../src/core/detect/vocabulary/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const field = (name: string, owner?: string, more: Partial<FieldCandidate> = {}): FieldCandidate => ({
  name,
  range,
  role: 'declaration',
  ...(owner !== undefined ? { owner } : {}),
  ...more,
});
const vocab = defaultVocabulary();

describe('owner readings', () => {
  it("a record's owner reads as a field named '' of it does, siblings included", () => {
    const fields = [
      field('diagnosis', 'InpatientRecord'),
      field('xm', 't_lk', { ownerComment: '酒店入住登记表' }),
      field('user.phone', 'Order'),
      field('reason', 'Visit', { siblings: ['patient_id', 'diagnosis'] }),
    ];
    for (const f of fields) {
      assert.deepEqual(readRecordOwner(f, vocab), readOwner({ ...f, name: '' }, vocab), f.name);
      const siblings = ['hotel', 'check_in'];
      assert.deepEqual(
        readRecordOwner(f, vocab, siblings),
        readOwner({ ...f, name: '', siblings }, vocab),
        `${f.name} with siblings`,
      );
    }
    // The dotted prefix is the field's, not the record's.
    assert.notDeepEqual(
      readOwner(fields[2] as FieldCandidate, vocab),
      readRecordOwner(fields[2] as FieldCandidate, vocab),
    );
  });

  it('asked in any order, an owner reads the same', () => {
    const owners = ['Patient', 'StoreInfo', 'Patient', 'hotel_room', 'StoreInfo', 'Patient'];
    const first = new Map(owners.map((o) => [o, readOwner(field('x', o), vocab)]));
    for (const o of [...owners].reverse()) assert.equal(readOwner(field('y', o), vocab), first.get(o), o);
    assert.equal(first.get('Patient')?.context?.kind, 'person');
    assert.equal(first.get('StoreInfo')?.context?.kind, 'nonperson');
  });
});
