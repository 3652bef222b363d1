/**
 * Issue 9 (session 16, branch `det-work`): a person's record that holds a staff number or a hire
 * date is an employee's file whatever it is named (`User` beside `workNumber`): it opens the
 * employment terms an employee's record opens, and lends nothing else. An admin account's
 * department, with no such mark beside it, stays the organisation's structure. A student number
 * (学号), like a staff number (工号), is an online identifier.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evidenceDetail } from '../../../src/shared/evidenceText.js';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import { classifyTable } from './classifyTable.js';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function field(owner: string, name: string, comment?: string, declaredType = 'String'): FieldCandidate {
  return {
    name,
    owner,
    range: NOWHERE,
    role: 'declaration',
    declaredType,
    ...(comment !== undefined ? { comment } : {}),
  };
}

/** The category each field of one record gets, by field name. */
function classify(
  owner: string,
  fields: readonly (readonly [string, string?])[],
): Map<string, string | undefined> {
  const candidates = fields.map(([name, comment]) => field(owner, name, comment));
  const found = classifyCandidates(candidates);
  return new Map(candidates.map((c, k) => [c.name, found[k]?.category]));
}

describe('a person’s record with a staff number or a hire date is an employee’s file', () => {
  it('opens the employment terms beside a staff number (工号)', () => {
    const got = classify('User', [
      ['mobile', '手机号码'],
      ['departmentId'],
      ['workNumber', '工号'],
      ['correctionTime', '转正时间'],
    ]);
    assert.equal(got.get('departmentId'), 'education_work');
    assert.equal(got.get('correctionTime'), 'education_work');
  });

  it('opens them beside a hire date, and says which field showed it', () => {
    const candidates = [
      field('SysUser', 'Account', '账号'),
      field('SysUser', 'PosLevel', '职级'),
      field('SysUser', 'JoinDate', '入职日期', 'DateTime?'),
      field('SysUser', 'time_of_entry'),
    ];
    const found = classifyCandidates(candidates);
    const level = found[1];
    assert.equal(level?.category, 'education_work');
    const why = level.evidence.find((e) => e.detail.includes('which marks an employment record'));
    assert.ok(why !== undefined, 'the finding names the mark');
    assert.equal(why.matched, 'time_of_entry');
    assert.equal(evidenceDetail(why, 'zh'), '同一记录含有“time_of_entry”，表明这是任职记录');
  });

  it('lends nothing but the domain’s terms: the account’s own fields stay the account’s', () => {
    const got = classify('User', [
      ['workNumber', '工号'],
      ['Introduction', '个人简介'],
      ['Signature', '电子签名'],
      ['level'],
    ]);
    assert.equal(got.get('Introduction'), undefined);
    assert.equal(got.get('Signature'), undefined);
    assert.equal(got.get('level'), undefined);
  });

  it('leaves an admin account’s department alone when nothing marks an employee', () => {
    const got = classify('SysUser', [
      ['userName', '用户账号'],
      ['deptId'],
      ['department'],
      ['loginDate', '最后登录时间'],
    ]);
    assert.equal(got.get('deptId'), undefined);
    assert.equal(got.get('department'), undefined);
  });

  it('reads no mark from a member’s join date or a thing’s work number', () => {
    assert.equal(
      classify('GroupMember', [['userId'], ['joinDate'], ['department']]).get('department'),
      undefined,
    );
    assert.equal(classify('Device', [['workNumber'], ['departmentId']]).get('departmentId'), undefined);
  });
});

classifyTable('a student number is how the school knows the student, as a staff number is', [
  { name: 'student_no', owner: 'Student', type: 'varchar(20)', expect: 'online_id' },
  { name: 'stuid', owner: 'Score', type: 'Integer', comment: '学号', expect: 'online_id' },
  { name: 'card', owner: 'User', type: 'String', comment: '学号', expect: 'online_id' },
  // The national school-roll number and the class a student is in stay their schooling.
  { name: 'school_roll_no', owner: 'Student', type: 'varchar(20)', expect: 'education_work' },
  { name: 'xjh', owner: 'student', type: 'varchar(20)', comment: '全国学籍号', expect: 'education_work' },
]);

describe('a student number still marks a minor’s record', () => {
  it('keeps the minor flag on the online identifier', () => {
    const found = classifyCandidates([field('Student', 'student_no', undefined, 'varchar(20)')]);
    assert.equal(found[0]?.category, 'online_id');
    assert.equal(found[0].minor, true);
  });
});
