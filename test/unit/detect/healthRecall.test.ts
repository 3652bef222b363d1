/**
 * Issue 9, session 16 (branch `det-health`): clinical records' fields that name themselves by
 * the record (`detect/recordDomain.ts`, `detect/domainField.ts`). Each rule with a negative
 * beside it; names are unlike the lexicon's own records.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import { classifyTable } from './classifyTable.js';

classifyTable('the name of a clinical record named for what the person has or is given names it', [
  { name: 'name', owner: 'PatientAllergy', type: 'String', expect: 'health' },
  { name: 'title', owner: 'PatientTreatmentPlan', type: 'string', expect: 'health' },
  { name: 'name', owner: 'Immunization', type: 'string', expect: 'health' },
  // A drug or an allergen catalogue is no one's record, a patient's or an encounter's name is not
  // what they have, and a relation named `name` is another record.
  { name: 'name', owner: 'Drug', type: 'String', expect: undefined },
  { name: 'name', owner: 'AllergenCatalog', type: 'String', expect: undefined },
  { name: 'title', owner: 'Encounter', type: 'string', expect: undefined },
  { name: 'name', owner: 'PatientAllergy', type: 'fields.Many2One', expect: undefined },
]);

classifyTable('when a patient was diagnosed, admitted or treated is theirs, even named as a stamp', [
  { name: 'hypertensionDiagnosedAt', owner: 'PatientMedicalHistory', type: 'Instant?', expect: 'health' },
  { name: 'admitted_on', owner: 'inpatient_stay', type: 'date', expect: 'health' },
  // The row's own stamps stay out, and another domain's record does not read clinical events.
  { name: 'recordedAt', owner: 'PatientMedicalHistory', type: 'Instant?', expect: undefined },
  { name: 'created_on', owner: 'inpatient_stay', type: 'date', expect: undefined },
  { name: 'treatedAt', owner: 'SupportTicket', type: 'Date', expect: undefined },
]);

describe('a thing’s weight described as 重量 is no body measurement, whoever the record names', () => {
  const read = (comment: string): string | undefined =>
    classifyCandidates([
      field('receiverName', 'ParcelRequest', 'String'),
      field('receiverPhone', 'ParcelRequest', 'String'),
      field('weight', 'ParcelRequest', 'Integer', comment),
    ])[2]?.category;
  it('a parcel’s 物品重量 beside the receiver’s name is not their health', () => {
    assert.equal(read('物品重量'), undefined);
  });
  it('a person’s 体重 beside their name is', () => {
    assert.equal(read('体重'), 'health');
  });
});

function field(name: string, owner: string, declaredType: string, comment?: string): FieldCandidate {
  return {
    name,
    owner,
    declaredType,
    role: 'declaration',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    ...(comment !== undefined ? { comment } : {}),
  };
}

classifyTable('a template of a clinical document is no one’s record (模板 after the term)', [
  { name: 'tplName', owner: 'CaseTemplateVO', type: 'String', comment: '病历模板名称', expect: undefined },
  { name: 'smsTpl', owner: 'NoticeConfig', type: 'String', comment: '短信模板', expect: undefined },
  // The record itself, described without the template, is still the patient's, and a fingerprint
  // template is the person's fingerprint.
  { name: 'finger_tpl', owner: 'staff_biometric', type: 'blob', comment: '指纹模板', expect: 'biometric' },
  { name: 'caseText', owner: 'OutpatientCase', type: 'String', comment: '病历内容', expect: 'health' },
]);

classifyTable('a clinical record’s metadata and search helpers keep the row, not the patient', [
  { name: 'metaData', owner: 'PatientMedicalHistory', type: 'String', expect: undefined },
  { name: 'search_help', owner: 'InpatientMedication', type: 'varchar(255)', expect: undefined },
  // What the record says of the patient is still theirs.
  { name: 'discontinued', owner: 'InpatientMedication', type: 'boolean', expect: 'health' },
]);
