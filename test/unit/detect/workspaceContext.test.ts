/**
 * Issue 9: what the rest of an application says about a record (`detect/workspaceContext.ts`).
 * A record keyed to a patient record declared in another file, listed by it, or keyed to a
 * record of theirs is part of the patient's clinical file in a workspace scan; a scan of the one
 * file reads as before. Each positive has a negative beside it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  linkOf,
  workspaceOfCandidates,
  type WorkspaceFile,
} from '../../../src/core/detect/workspaceContext.js';
import { defaultVocabulary } from '../../../src/core/detect/vocabulary/index.js';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import { classifyRecords } from '../../../src/core/scan/recordMemo.js';
import type { FieldCandidate, Finding } from '../../../src/core/types.js';

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A record's fields as `[name, declared type]` pairs, made into the candidates an extractor gives. */
function record(owner: string, fields: readonly (readonly [string, string])[]): FieldCandidate[] {
  return fields.map(([name, declaredType]) => ({
    name,
    owner,
    declaredType,
    range: NOWHERE,
    role: 'declaration',
  }));
}

function file(path: string, ...records: FieldCandidate[][]): WorkspaceFile {
  return { path, candidates: records.flat() };
}

const patient = file(
  'src/models/Patient.ts',
  record('Patient', [
    ['id', 'string'],
    ['fullName', 'string'],
    ['careGoals', 'CareGoal[]'],
  ]),
);
/** What makes the workspace a clinical application: records of a patient's prescriptions and diagnoses. */
const clinic = file(
  'src/models/clinical.ts',
  record('Prescription', [
    ['patientId', 'string'],
    ['drug', 'string'],
  ]),
  record('Diagnosis', [
    ['patientId', 'string'],
    ['icd10', 'string'],
  ]),
);
const careGoal = record('CareGoal', [
  ['id', 'string'],
  ['description', 'string'],
  ['dueDate', 'string'],
  ['achieved', 'boolean'],
  ['priority', 'number'],
]);
const encounter = record('Encounter', [
  ['id', 'string'],
  ['patientId', 'string'],
  ['startedAt', 'string'],
]);
const note = record('Note', [
  ['id', 'string'],
  ['encounterId', 'string'],
  ['text', 'string'],
]);

/** The verdicts of one file's records, read in a workspace of `files` or alone. */
function classify(
  candidates: FieldCandidate[],
  files?: readonly WorkspaceFile[],
): Map<string, Finding | undefined> {
  const vocabulary = defaultVocabulary();
  const workspace = files === undefined ? undefined : workspaceOfCandidates(files, vocabulary);
  const found = classifyCandidates(candidates, {
    vocabulary,
    ...(workspace !== undefined ? { workspace } : {}),
  });
  return new Map(candidates.map((c, k) => [`${c.owner ?? ''}.${c.name}`, found[k]]));
}

describe('a record the workspace ties to a patient', () => {
  it('is linked to the patient record that lists it, and its description is their health', () => {
    const files = [patient, clinic, file('src/models/CareGoal.ts', careGoal)];
    const found = classify(careGoal, files).get('CareGoal.description');
    assert.equal(found?.category, 'health');
    assert.equal(found.confidence, 'low');
    // The explanation names the evidence: the record linked to and its file, never data.
    assert.match(
      found.evidence.map((e) => e.detail).join(' '),
      /it is linked to "Patient" \(src\/models\/Patient\.ts\)/,
    );
    assert.equal(classify(careGoal, files).get('CareGoal.dueDate')?.category, 'health');
  });

  it('reads as before in a scan of its own file, without the workspace', () => {
    assert.equal(classify(careGoal).get('CareGoal.description'), undefined);
  });

  it('is not linked outside a clinical application (a patient beside no clinical record)', () => {
    const files = [patient, file('src/models/CareGoal.ts', careGoal)];
    assert.equal(linkOf(workspaceOfCandidates(files, defaultVocabulary()), 'CareGoal'), undefined);
    assert.equal(classify(careGoal, files).get('CareGoal.description'), undefined);
  });

  it('keeps its flags, codes and keys to itself', () => {
    const found = classify(careGoal, [patient, clinic, file('src/models/CareGoal.ts', careGoal)]);
    assert.equal(found.get('CareGoal.achieved'), undefined);
    assert.equal(found.get('CareGoal.priority'), undefined);
    assert.equal(found.get('CareGoal.id'), undefined);
  });

  it('is linked through a record keyed to the patient', () => {
    const files = [
      file('src/models/Patient.ts', record('Patient', [['name', 'string']])),
      clinic,
      file('src/models/Encounter.ts', encounter),
      file('src/models/Note.ts', note),
    ];
    const found = classify(note, files).get('Note.text');
    assert.equal(found?.category, 'health');
    assert.match(
      found.evidence.map((e) => e.detail).join(' '),
      /it is linked to "Encounter", which is linked to "Patient" \(src\/models\/Patient\.ts\)/,
    );
  });

  it('is not linked by a patient keying it: a lookup the patient points to is nobody’s', () => {
    const belief = record('DietBelief', [
      ['code', 'string'],
      ['description', 'string'],
    ]);
    const files = [
      file('src/Patient.ts', record('Patient', [['dietBelief', 'DietBelief']])),
      clinic,
      file('src/DietBelief.ts', belief),
    ];
    assert.equal(classify(belief, files).get('DietBelief.description'), undefined);
  });

  it('is not the patient’s when it is another person’s own record', () => {
    const user = record('User', [
      ['patientId', 'string'],
      ['biography', 'string'],
    ]);
    const files = [patient, clinic, file('src/User.ts', user)];
    assert.equal(classify(user, files).get('User.biography'), undefined);
  });
});

describe('a record linked to a record of no sensitive domain', () => {
  it('stays a thing: a product linked to an order', () => {
    const product = record('Product', [
      ['orderId', 'string'],
      ['description', 'string'],
    ]);
    const files = [
      file('src/Order.ts', record('Order', [['items', 'Product[]']])),
      file('src/Product.ts', product),
    ];
    const context = workspaceOfCandidates(files, defaultVocabulary());
    assert.equal(linkOf(context, 'Product'), undefined);
    assert.equal(classify(product, files).get('Product.description'), undefined);
  });
});

describe('workspaceOfCandidates', () => {
  it('links records by typed relations, keys and lists, and never a person record itself', () => {
    const context = workspaceOfCandidates(
      [
        patient,
        clinic,
        file('src/CareGoal.ts', careGoal),
        file('src/Encounter.ts', encounter),
        file('src/Note.ts', note),
      ],
      defaultVocabulary(),
    );
    assert.deepEqual(linkOf(context, 'CareGoal'), {
      domain: 'clinical',
      person: 'Patient',
      path: 'src/models/Patient.ts',
    });
    assert.equal(linkOf(context, 'Encounter')?.person, 'Patient');
    assert.equal(linkOf(context, 'Note')?.through, 'Encounter');
    assert.equal(linkOf(context, 'Patient'), undefined);
    assert.equal(linkOf(context, undefined), undefined);
  });

  it('reads table names and plural keys as the record they name', () => {
    const visits = record('t_patient_visits', [
      ['patient_id', 'bigint'],
      ['complaint_text', 'text'],
    ]);
    const context = workspaceOfCandidates(
      [
        file('db/patient.sql', record('t_patients', [['name', 'varchar(50)']])),
        file('db/visits.sql', visits),
      ],
      defaultVocabulary(),
    );
    assert.equal(
      linkOf(context, 't_patient_visits'),
      undefined,
      'a patient word in the name: a person record',
    );
    const exams = record('exam_result', [['patient_id', 'bigint']]);
    const linked = workspaceOfCandidates(
      [
        file('db/patient.sql', record('t_patients', [['name', 'varchar(50)']])),
        clinic,
        file('db/exam.sql', exams),
      ],
      defaultVocabulary(),
    );
    assert.equal(linkOf(linked, 'exam_result')?.person, 't_patients');
  });
});

describe('the verdict memo of a re-scan', () => {
  it('is not reused under another workspace context', () => {
    const vocabulary = defaultVocabulary();
    const options = { vocabulary, contestedReading: 'strict' as const };
    const workspace = workspaceOfCandidates(
      [patient, clinic, file('src/models/CareGoal.ts', careGoal)],
      vocabulary,
    );
    const alone = classifyRecords(careGoal, options, undefined);
    assert.equal(alone.classified[1], undefined);
    const linked = classifyRecords(careGoal, { ...options, workspace }, alone.memo);
    assert.equal(linked.classified[1]?.category, 'health');
    // And back: the same record without the workspace reads as before, memo or not.
    assert.equal(classifyRecords(careGoal, options, linked.memo).classified[1], undefined);
  });
});
