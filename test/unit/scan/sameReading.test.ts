/**
 * A candidate that reads the same as an earlier one of its record (everything but its range) takes
 * that one's verdicts at its own range (sameReading.ts, classifyCandidates.ts); one that reads
 * differently, however named, is read on its own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultVocabulary } from '../../../src/core/detect/vocabulary/index.js';
import { classifyCandidates } from '../../../src/core/scan/classifyCandidates.js';
import { Twins } from '../../../src/core/scan/sameReading.js';
import type { FieldCandidate } from '../../../src/core/types.js';

const OPTIONS = { vocabulary: defaultVocabulary() };

let line = 0;
/** A candidate on a line of its own (each call one line further down). */
function field(name: string, owner: string | undefined, more: Partial<FieldCandidate> = {}): FieldCandidate {
  const at = line++;
  return {
    name,
    range: { start: { line: at, character: 2 }, end: { line: at, character: 2 + name.length } },
    role: 'declaration',
    ...(owner !== undefined ? { owner } : {}),
    ...more,
  };
}

// `Record` says nothing of a person: its `password` is a person's only beside `realName`.
const member = (): FieldCandidate[] => [
  field('realName', 'Record', { declaredType: 'string', comment: '真实姓名' }),
  field('password', 'Record', { declaredType: 'string' }),
  field('status', 'Record', { declaredType: 'number' }),
];

describe('candidates that read the same', () => {
  it('a repeated field of a record takes the first one’s verdict at its own range', () => {
    const record = [...member(), ...member()];
    const classified = classifyCandidates(record, OPTIONS);
    assert.equal(classified[4]?.category, 'credential', 'the sibling reading reaches the repeat');
    for (let k = 3; k < 6; k++) {
      const first = classified[k - 3];
      assert.deepEqual(
        classified[k],
        first === undefined ? undefined : { ...first, range: record[k]?.range },
      );
    }
  });

  it('a field of the same name that reads differently is read on its own', () => {
    const record = [
      field('xm', 't_ry', { declaredType: 'varchar(50)', comment: '姓名' }),
      field('xm', 't_ry', { declaredType: 'varchar(50)', comment: '项目' }),
    ];
    const [name, project] = classifyCandidates(record, OPTIONS);
    assert.equal(name?.category, 'name');
    assert.notEqual(project?.category, 'name');
  });

  it('owner-less repeats too, and not across records', () => {
    const candidates = [
      field('idCardNo', undefined, { role: 'usage' }),
      field('idCardNo', 'Order', { role: 'usage' }),
      field('idCardNo', undefined, { role: 'usage' }),
    ];
    const classified = classifyCandidates(candidates, OPTIONS);
    assert.deepEqual(classified[2], { ...classified[0], range: candidates[2]?.range });
    assert.equal(classified[1]?.owner, 'Order');
  });
});

describe('Twins', () => {
  it('names the first candidate of the group read the same, and none for another reading', () => {
    const candidates = [
      field('phone', 'User'),
      field('phone', 'User', { comment: '备注' }),
      field('phone', 'User'),
      field('phone', 'User'),
    ];
    const twins = new Twins(candidates);
    assert.deepEqual(
      candidates.map((_, k) => twins.of(k)),
      [-1, -1, 0, 0],
    );
    twins.reset();
    assert.equal(twins.of(3), -1, 'a new group starts afresh');
  });
});
