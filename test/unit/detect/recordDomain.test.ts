/**
 * Issue 9: a record about a person in a sensitive domain lends its category to the fields that
 * name none (`detect/recordDomain.ts`, `detect/domainField.ts`). Each positive has a negative
 * beside it: a thing's record, a lookup table, a search, another record a person made, the
 * record's keys and housekeeping, and other parties' fields.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyName } from '../../../src/core/detect/classifyName.js';
import { classifyCandidates } from '../../../src/core/scan/index.js';
import type { FieldCandidate } from '../../../src/core/types.js';
import { classifyTable } from './classifyTable.js';

classifyTable('a patient’s record: its descriptive fields are their health', [
  { name: 'coffee', owner: 'MedicalPatient', type: 'fields.Boolean', expect: 'health' },
  { name: 'number_of_meals', owner: 'MedicalPatient', type: 'fields.Integer', expect: 'health' },
  { name: 'discontinued', owner: 'InpatientMedication', type: 'fields.Boolean', expect: 'health' },
  { name: 'urinary_catheter', owner: 'PatientRounding', type: 'fields.Boolean', expect: 'health' },
  {
    name: 'pos_feature',
    owner: 'history',
    ownerComment: '病人历史诊断记录',
    type: 'varchar(200)',
    expect: 'health',
  },
  { name: 'position', owner: 't_status', ownerComment: '患者病历状态', type: 'tinyint', expect: 'health' },
  // A patient's registration alone is not clinical (a ward, a language), nor a drug catalogue.
  {
    name: 'pos_feature',
    owner: 'patient',
    ownerComment: '病人信息',
    type: 'varchar(200)',
    expect: undefined,
  },
  // The same words in a thing's record, a person's ordinary record, or a product say nothing.
  { name: 'coffee', owner: 'UserProfile', type: 'Boolean', expect: undefined },
  { name: 'discontinued', owner: 'Product', type: 'Boolean', expect: undefined },
  { name: 'floor', owner: 'hospital_department', type: 'int', expect: undefined },
  { name: 'discontinued', owner: 'Medication', type: 'Boolean', expect: undefined },
  // A type named for a row of a record (`…Row`, as generated database types are) is that record.
  { name: 'discontinued', owner: 'InpatientMedicationRow', type: 'boolean', expect: 'health' },
  { name: 'discontinued', owner: 'ProductRow', type: 'boolean', expect: undefined },
]);

classifyTable('an employee’s transfer, training or appraisal record is their work record', [
  { name: 'traincontent', owner: 'Employeetrain', type: 'String', expect: 'education_work' },
  { name: 'reason', owner: 'EmployeeTransfer', type: 'String', expect: 'education_work' },
  { name: 'ecType', owner: 'employeeec', type: 'int(11)', expect: 'education_work' },
  // A bank transfer is not an employee's, and an employee's expense is not their work record.
  { name: 'reason', owner: 'BankTransfer', type: 'String', expect: undefined },
  { name: 'startDate', owner: 'EmployeeRecurringExpense', type: 'Date', expect: undefined },
  // A staff account's other fields are the account's: the employee alone makes no work record.
  { name: 'sZt', owner: 'Staff', type: 'Long', expect: undefined },
  // An overtime record is the employee's work record; an attendance sheet (when someone clocked
  // in, late or early) is not, whoever's it is.
  { name: 'reason', owner: 'EmployeeOvertime', type: 'String', expect: 'education_work' },
  { name: 'late_entry', owner: 'EmployeeAttendance', type: 'Boolean', expect: undefined },
  // An employee's certificate is their qualification; a TLS or a user's certificate is a thing.
  { name: 'issuing_authority', owner: 'EmployeeCertificate', type: 'String', expect: 'education_work' },
  { name: 'issuing_authority', owner: 'SslCertificate', type: 'String', expect: undefined },
  { name: 'issuing_authority', owner: 'UserCertificate', type: 'String', expect: undefined },
]);

classifyTable('the date of an employee’s move or training is their work record; other dates are not', [
  { name: 'removedate', owner: 'Employeeremove', type: 'Date', expect: 'education_work' },
  { name: 'train_date', owner: 'EmployeeTraining', type: 'date', expect: 'education_work' },
  // A date named for the leave is the leave's; a contract's terms are the employee's.
  { name: 'leave_start', owner: 'EmployeeLeave', type: 'date', expect: 'education_work' },
  { name: 'term_years', owner: 'hrm_employee_contract', type: 'int', expect: 'education_work' },
  { name: 'term_years', owner: 'loan_contract', type: 'int', expect: undefined },
  { name: 'create_date', owner: 'EmployeeLeave', type: 'date', expect: undefined },
  // When the row was written, or a month a record covers, says nothing of the event.
  { name: 'record_date', owner: 'hrm_employee_certificate', type: 'Date', expect: undefined },
  { name: 'work_month', owner: 'employee_attendance', type: 'CHAR(6)', expect: undefined },
  // A patient's record keeps its row stamps out (its other dates are theirs, below).
  { name: 'recorded_on', owner: 'InpatientMedication', type: 'date', expect: undefined },
  // A clinical record's dates, whatever their last word, are the patient's, and so are a work
  // record's typed as dates; a bare `…_date` there still needs its event, and a payment's time
  // is not what was paid.
  { name: 'evaluation_start', owner: 'PatientRounding', type: 'fields.DateTime', expect: 'health' },
  { name: 'next_session', owner: 'PatientAmbulatoryCare', type: 'fields.DateTime', expect: 'health' },
  { name: 'course_start', owner: 'Employeetrain', type: 'Date', expect: 'education_work' },
  { name: 'issue_date', owner: 'EmployeeCertificate', type: 'Date', expect: undefined },
  { name: 'date_paid', owner: 'customer_order', type: 'Date', expect: undefined },
]);

classifyTable('what a domain record holds that is not the person’s', [
  // Keys, housekeeping and notes about the row.
  { name: 'eid', owner: 'Employeetrain', type: 'Integer', expect: undefined },
  { name: 'encounter_id', owner: 'PatientRounding', type: 'int', expect: undefined },
  { name: 'create_time', owner: 'MedicalPatient', type: 'datetime', expect: undefined },
  // A date named by its event and `On`, typed as text (`requestedOn: string`), beside a fact kept.
  { name: 'requestedOn', owner: 'PatientRounding', type: 'string', expect: undefined },
  { name: 'rounding_notes', owner: 'PatientRounding', type: 'string', expect: 'health' },
  { name: 'remark', owner: 'Employeetrain', type: 'String', expect: undefined },
  { name: 'sort', owner: 'MedicalPatient', type: 'int', expect: undefined },
  { name: 'code', owner: 'PatientRounding', type: 'fields.Char', expect: undefined },
  // Another party, a relative, a related object, a list of other records.
  { name: 'health_professional', owner: 'PatientRounding', type: 'fields.Many2One', expect: undefined },
  { name: 'brothers_count', owner: 'MedicalPatient', type: 'int', expect: undefined },
  { name: 'dept', owner: 'PatientRounding', type: 'SmsDept', expect: undefined },
  { name: 'procedures', owner: 'PatientRounding', type: 'fields.One2Many', expect: undefined },
  // A lookup table, a search, and another record a patient made are not clinical records.
  { name: 'description', owner: 'encounter_type', type: 'varchar(255)', expect: undefined },
  { name: 'begin', owner: 'PatientQueryParam', type: 'LocalDate', expect: undefined },
  { name: 'mealtime', owner: 'InpatientMealOrder', type: 'fields.Selection', expect: undefined },
]);

describe('the explanation names the record and its domain', () => {
  it('says the owner is a clinical record of a person, at low confidence', () => {
    const found = classifyName('coffee', { owner: 'MedicalPatient', declaredType: 'fields.Boolean' });
    assert.equal(found?.confidence, 'low');
    assert.ok(
      found.evidence.some((e) =>
        e.detail.includes('because "MedicalPatient" is a clinical record of a person'),
      ),
    );
  });
});

describe('sibling fields show a record’s domain', () => {
  const field = (owner: string, name: string): FieldCandidate => ({
    name,
    owner,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    role: 'declaration',
  });
  it('a record named for the patient that holds a diagnosis is clinical', () => {
    const found = classifyCandidates([
      field('patient', 'left_diag'),
      field('patient', 'pos_feature'),
      field('patient', 'create_time'),
    ]);
    assert.equal(found[1]?.category, 'health');
    assert.equal(found[1].confidence, 'low');
    assert.equal(found[2], undefined);
  });
  it('a key to a patient beside a diagnosis does not make the rest clinical', () => {
    const found = classifyCandidates([
      field('Entry', 'patientId'),
      field('Entry', 'leftDiag'),
      field('Entry', 'posFeature'),
    ]);
    assert.equal(found[2], undefined);
  });
  it('a history holding a key to a patient is their medical history', () => {
    const found = classifyCandidates([
      field('History', 'patientId'),
      field('History', 'leftDiag'),
      field('History', 'posFeature'),
    ]);
    assert.equal(found[2]?.category, 'health');
  });
  it('an employee beside a leave makes it their work record; beside an attendance row it does not', () => {
    const leave = classifyCandidates([field('Leave', 'employee'), field('Leave', 'leave_type')]);
    assert.equal(leave[1]?.category, 'education_work');
    const attendance = classifyCandidates([
      field('Attendance', 'employee'),
      field('Attendance', 'late_entry'),
    ]);
    assert.equal(attendance[1], undefined);
  });
  it('a medication record holding a key to a person is that person’s', () => {
    const found = classifyCandidates([
      field('medication', 'user_id'),
      field('medication', 'course_completed'),
    ]);
    assert.equal(found[1]?.category, 'health');
  });
  it('a medication list without a person is a drug catalogue', () => {
    const found = classifyCandidates([
      field('medication', 'manufacturer'),
      field('medication', 'course_completed'),
    ]);
    assert.equal(found[1], undefined);
  });
  it('a dataset’s columns are siblings too', () => {
    const found = classifyName('course_completed', { owner: 'medication', siblings: ['user_id', 'dose'] });
    assert.equal(found?.category, 'health');
    assert.equal(
      classifyName('course_completed', { owner: 'medication', siblings: ['sku', 'price'] }),
      undefined,
    );
  });
});

describe('an order or a payment of a person: what it says was paid is theirs', () => {
  const inRecord = (owner: string, name: string, siblings: readonly string[], declaredType = 'double') =>
    classifyName(name, { owner, declaredType, siblings: [...siblings] });
  it('reads an amount of a payment holding a key to a person, and says which sibling showed it', () => {
    const found = inRecord('MzPayment', 'pmSum', ['pmId', 'patient_id', 'pmTime']);
    assert.equal(found?.category, 'transaction');
    assert.equal(found.confidence, 'low');
    assert.ok(
      found.evidence.some(
        (e) =>
          e.detail.includes('"MzPayment" is a payment record of a person') &&
          e.detail.includes('the same record holds "patient_id"'),
      ),
    );
    assert.equal(inRecord('customer_order', 'cod_sum', ['id'])?.category, 'transaction');
  });
  it('reads an amount of a record named for the payment itself, with no person beside it', () => {
    // `MzPayment`, `OrderVo`, `Payout`, `CoreCmsUserTocash`: the record is one payment, order,
    // refund or withdrawal, and what it says was paid is the payer's, whoever the schema names.
    assert.equal(inRecord('MzPayment', 'pmSum', ['pmId', 'merchant_id', 'sku'])?.category, 'transaction');
    assert.equal(inRecord('OrderVo', 'tax_amount', ['status'])?.category, 'transaction');
    assert.equal(inRecord('Payout', 'amount', ['status'], 'Int')?.category, 'transaction');
    assert.equal(inRecord('Order', 'taxAmount', [], 'Price!')?.category, 'transaction');
  });
  it('leaves a payment word that is not the record’s head, without a person', () => {
    // A payment method's, an order's settings or a payment channel's amounts are the shop's.
    assert.equal(inRecord('Payment', 'handling_sum', ['name', 'code'])?.category, 'transaction');
    assert.equal(inRecord('PaymentMethod', 'handling_sum', ['name', 'code']), undefined);
    assert.equal(inRecord('OrderSetting', 'deliver_sum', ['shop_id']), undefined);
    assert.equal(inRecord('PayChannel', 'rebate_sum', ['code']), undefined);
  });
  it('leaves list prices, the platform’s share, flags and times', () => {
    assert.equal(inRecord('t_order', 'list_sum', ['user_id']), undefined);
    assert.equal(inRecord('t_order', 'app_fee', ['user_id']), undefined);
    assert.equal(inRecord('t_order', 'is_paid', ['user_id'], 'tinyint(1)'), undefined);
    assert.equal(inRecord('t_order', 'settle_time', ['user_id'], 'datetime'), undefined);
    assert.equal(inRecord('t_order', 'goods_name', ['user_id'], 'varchar(64)'), undefined);
    // An order's line is the shop's price list at the time of sale.
    assert.equal(inRecord('OrderItem', 'sale_total', ['user_id']), undefined);
  });
});

describe('a learner’s study record: how far they got is their education record', () => {
  const inRecord = (owner: string, name: string, siblings: readonly string[], declaredType = 'int') =>
    classifyName(name, { owner, declaredType, siblings: [...siblings] });
  it('reads the progress of a person’s lesson, and says why', () => {
    const found = inRecord('user_lesson_record', 'progress', ['user_id', 'lesson_id']);
    assert.equal(found?.category, 'education_work');
    assert.ok(found.evidence.some((e) => e.detail.includes('is a study record of a person ("lesson")')));
    assert.equal(inRecord('exam_answer', 'answer', ['student_id'], 'text')?.category, 'education_work');
  });
  it('leaves a lesson catalogue, a teacher’s lesson, a comment and the record’s times', () => {
    assert.equal(inRecord('lesson', 'progress', ['title', 'price']), undefined);
    assert.equal(inRecord('lesson', 'progress', ['teacher_id', 'title']), undefined);
    assert.equal(inRecord('LessonComment', 'content', ['user_id', 'lesson_id'], 'text'), undefined);
    assert.equal(inRecord('user_lesson_record', 'finish_time', ['user_id'], 'datetime'), undefined);
  });
});
describe('a record word shared with other domains is clinical only about a patient', () => {
  const field = (owner: string, name: string, declaredType?: string): FieldCandidate => ({
    name,
    owner,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    role: 'declaration',
    ...(declaredType !== undefined ? { declaredType } : {}),
  });
  it('a lab result holding a key to a patient is clinical, and says which field showed it', () => {
    const found = classifyCandidates([
      field('lab_result', 'patient_id', 'int'),
      field('lab_result', 'value', 'varchar(64)'),
      field('lab_result', 'reference_range', 'varchar(64)'),
    ]);
    assert.equal(found[1]?.category, 'health');
    assert.equal(found[1].confidence, 'low');
    assert.ok(
      found[1].evidence.some((e) => e.detail.includes('"result"; the same record holds "patient_id"')),
    );
    // The test's scale is the same for every patient.
    assert.equal(found[2], undefined);
  });
  it('an exam result of a student is not clinical', () => {
    const found = classifyCandidates([
      field('exam_result', 'student_id', 'int'),
      field('exam_result', 'value', 'varchar(64)'),
    ]);
    assert.notEqual(found[1]?.category, 'health');
  });
  it('pinyin table prefixes (Mz 门诊) need the patient’s number among the fields', () => {
    const found = classifyCandidates([
      field('MzRecipe', 'recipeNumber', 'long'),
      field('MzRecipe', 'sickNumber', 'long'),
      field('MzRecipe', 'zpEntrust', 'String'),
    ]);
    assert.equal(found[0], undefined);
    assert.equal(found[1]?.category, 'health');
    assert.equal(found[2]?.category, 'health');
    const catalogue = classifyCandidates([
      field('MzDrug', 'drugNumber', 'long'),
      field('MzDrug', 'zpEntrust', 'String'),
    ]);
    assert.equal(catalogue[1], undefined);
  });
  it('a key to the patient written as a UUID shows whose medical record it is', () => {
    const found = classifyCandidates([
      field('MedicalHistory', 'patientUuid', 'UUID'),
      field('MedicalHistory', 'hasHadStroke', 'Boolean'),
    ]);
    assert.equal(found[1]?.category, 'health');
    const facility = classifyCandidates([
      field('MedicalHistory', 'facilityUuid', 'UUID'),
      field('MedicalHistory', 'hasHadStroke', 'Boolean'),
    ]);
    assert.equal(facility[1], undefined);
  });
});

classifyTable('a clinical record’s row keys, flags and helpers are not the patient’s', [
  { name: 'chNumber', owner: 'PatientCaseHistory', type: 'long', expect: undefined },
  { name: 'chSid', owner: 'PatientCaseHistory', type: 'Long', expect: undefined },
  { name: 'chIs', owner: 'PatientCaseHistory', type: 'Long', expect: undefined },
  { name: 'applyZt', owner: 'PatientCaseHistory', type: 'long', expect: undefined },
  { name: 'operationHelper', owner: 'PatientCaseHistory', type: 'long', expect: undefined },
  { name: 'chText', owner: 'PatientCaseHistory', type: 'String', expect: 'health' },
  // A twice-a-day dose and a hearing aid are not keys.
  { name: 'dose_bid', owner: 'PatientCaseHistory', type: 'String', expect: 'health' },
]);

classifyTable('a clinical record’s dates are the patient’s; its time stamps are not', [
  { name: 'abatementDate', owner: 'PatientDiagnosis', type: 'string', expect: 'health' },
  { name: 'transfer_date', owner: 'InpatientBedTransfer', type: 'fields.DateTime', expect: 'health' },
  { name: 'recordedAt', owner: 'PatientDiagnosis', type: 'Instant', expect: undefined },
  { name: 'date', owner: 'PatientDiagnosis', type: 'string', expect: undefined },
  { name: 'create_time', owner: 'PatientDiagnosis', type: 'datetime', expect: undefined },
  { name: 'start_date', owner: 'InpatientMedication', type: 'date', expect: 'health' },
]);

classifyTable('why a row was voided or cancelled is bookkeeping, not a clinical reason', [
  { name: 'void_reason', owner: 'allergy', type: 'varchar(255)', expect: undefined },
  { name: 'retire_reason', owner: 'encounter_type', type: 'varchar(255)', expect: undefined },
  { name: 'cancelReason', owner: 'PatientAppointment', type: 'String', expect: undefined },
  { name: 'admission_reason', owner: 'allergy', type: 'varchar(255)', expect: 'health' },
  { name: 'reason', owner: 'encounter', type: 'varchar(255)', expect: 'health' },
]);

classifyTable('a clinical question answered by an enum is the patient’s; an object is its own record', [
  { name: 'hasHadStroke', owner: 'PatientMedicalHistory', type: 'Answer', expect: 'health' },
  { name: 'dept', owner: 'PatientMedicalHistory', type: 'SmsDept', expect: undefined },
  { name: 'isDeleted', owner: 'PatientMedicalHistory', type: 'Answer', expect: undefined },
]);

classifyTable('an encounter, an allergy or a care plan is always someone’s: no person word needed', [
  { name: 'reason', owner: 'Encounter', type: 'string', expect: 'health' },
  { name: 'description', owner: 'CarePlan', type: 'string', expect: 'health' },
  { name: 'reaction_note', owner: 'Allergy', type: 'string', expect: 'health' },
  // A catalogue is named after a medication or a diagnosis as often: it stays the catalogue's.
  { name: 'description', owner: 'Medication', type: 'string', expect: undefined },
  { name: 'description', owner: 'Diagnosis', type: 'string', expect: undefined },
  // A lookup of such records, and another plan, are not one person's.
  { name: 'description', owner: 'EncounterType', type: 'string', expect: undefined },
  { name: 'description', owner: 'PricePlan', type: 'string', expect: undefined },
]);
