// The editor's workspace records (issue 9): one file read again at a time, the links made
// again from all files, and the context kept as the same object while its links do not change.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkOf } from '../../../src/core/detect/workspaceContext.js';
import { WorkspaceRecords } from '../../../src/shared/workspaceRecords.js';

const PATIENT = 'export interface Patient {\n  id: string;\n  careGoals: CareGoal[];\n}\n';
const CARE_GOAL = 'export interface CareGoal {\n  id: string;\n  description: string;\n}\n';
const CLINICAL =
  'export interface Prescription {\n  patientId: string;\n  drug: string;\n}\n' +
  'export interface Diagnosis {\n  patientId: string;\n  icd10: string;\n}\n';

function clinic(): WorkspaceRecords {
  const records = new WorkspaceRecords();
  records.read('patient', PATIENT, { path: 'src/patient.ts' }, {});
  records.read('careGoal', CARE_GOAL, { path: 'src/careGoal.ts' }, {});
  records.read('clinical', CLINICAL, { path: 'src/clinical.ts' }, {});
  return records;
}

describe('WorkspaceRecords', () => {
  it('links a record listed by a Patient of a clinical application', () => {
    const records = clinic();
    assert.equal(records.relink({}), true);
    assert.deepEqual(linkOf(records.context, 'CareGoal'), {
      domain: 'clinical',
      person: 'Patient',
      path: 'src/patient.ts',
    });
  });

  it('keeps the same context while the links stay the same, and says so', () => {
    const records = clinic();
    records.relink({});
    const first = records.context;
    records.read('careGoal', CARE_GOAL.replace('description', 'summary'), { path: 'src/careGoal.ts' }, {});
    assert.equal(records.relink({}), false);
    assert.equal(records.context, first);
  });

  it('drops the link when the file that made it changes or goes', () => {
    const records = clinic();
    records.relink({});
    records.read(
      'patient',
      PATIENT.replace('careGoals: CareGoal[];', 'name: string;'),
      { path: 'src/patient.ts' },
      {},
    );
    assert.equal(records.relink({}), true);
    assert.equal(linkOf(records.context, 'CareGoal'), undefined);

    const again = clinic();
    again.relink({});
    again.forget('patient');
    assert.equal(again.relink({}), true);
    assert.equal(again.context, undefined);
  });

  it('links the same whatever order the files were read in', () => {
    const other = 'export interface Patient {\n  id: string;\n  goals: CareGoal[];\n}\n';
    const files: [string, string][] = [
      ['a', PATIENT],
      ['b', other],
      ['c', CARE_GOAL],
      ['d', CLINICAL],
    ];
    const keys = (order: [string, string][]): string => {
      const records = new WorkspaceRecords();
      for (const [key, text] of order) records.read(key, text, { path: `src/${key}.ts` }, {});
      records.relink({});
      return JSON.stringify([...(records.context?.links ?? [])]);
    };
    assert.equal(keys(files), keys([...files].reverse()));
    assert.match(keys(files), /src\/a\.ts/);
  });

  it('keeps only the files a full read listed', () => {
    const records = clinic();
    records.retainOnly(new Set(['careGoal', 'clinical']));
    assert.equal(records.size, 2);
    records.relink({});
    assert.equal(records.context, undefined);
  });

  it('holds no records of a file without any, nor of an unreadable one', () => {
    const records = new WorkspaceRecords();
    records.read('readme', '# notes\n', { path: 'README.md' }, {});
    records.read('gone', undefined, { path: 'src/gone.ts' }, {});
    assert.equal(records.size, 0);
    assert.equal(records.relink({}), false);
    assert.equal(records.context, undefined);
  });
});
