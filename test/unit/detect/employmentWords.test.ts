/**
 * Issue 9 (branch `det-work`): a person's employment and schooling facts as Chinese HR systems
 * describe them. Each rule has its negative beside it.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('Chinese HR words in an employee’s record are their work information', [
  {
    name: 'correctionEvaluation',
    owner: 'Employee',
    type: 'String',
    comment: '转正评价',
    expect: 'education_work',
  },
  {
    name: 'currentContractStartTime',
    owner: 'EmployeeInfo',
    type: 'String',
    comment: '现合同开始时间',
    expect: 'education_work',
  },
  { name: 'renewalTime', owner: 'staff', type: 'Date', comment: '续签时间', expect: 'education_work' },
  { name: 'adjustmentTime', owner: 'Employee', type: 'Date', comment: '调岗时间', expect: 'education_work' },
  { name: 'workingCity', owner: 'Employee', type: 'String', comment: '工作城市', expect: 'education_work' },
  { name: 'office', owner: 'Staff', type: 'String', comment: '办公室', expect: 'education_work' },
  // Outside an employment record the same words are a thing's: a sales contract's start, an
  // office building's room, a shop's city.
  { name: 'startTime', owner: 'SalesContract', type: 'Date', comment: '合同开始时间', expect: undefined },
  { name: 'office', owner: 'Building', type: 'String', comment: '办公室', expect: undefined },
  { name: 'city', owner: 'Shop', type: 'String', comment: '工作城市', expect: undefined },
]);

classifyTable('an employee’s grade, type, probation, exit and qualifications are their work information', [
  { name: 'pay_grade', owner: 'employees', type: 'varchar(10)', expect: 'education_work' },
  { name: 'emp_type', owner: 'Employee', type: 'String', expect: 'education_work' },
  { name: 'date_of_leaving', owner: 'hr_employee', type: 'date', expect: 'education_work' },
  { name: 'highest_qualification', owner: 'StaffProfile', type: 'string', expect: 'education_work' },
  { name: 'reports_to', owner: 'Employee', type: 'string', expect: 'education_work' },
  // The same words in another record are that record's: a product's grade, a game's
  // experience points, a customer's exit date from a queue.
  { name: 'grade', owner: 'Product', type: 'string', expect: undefined },
  { name: 'experience', owner: 'Player', type: 'int', expect: undefined },
  { name: 'exit_date', owner: 'Customer', type: 'date', expect: undefined },
  // An office's name in a client's record is the office's (the microfinance client's branch).
  { name: 'officeName', owner: 'Client', type: 'String?', expect: undefined },
]);

classifyTable('a person’s schooling reached, diplomas and occupational qualifications', [
  { name: 'educationalAttainment', owner: 'Person', type: 'String', expect: 'education_work' },
  {
    name: 'graduationCertificate',
    owner: 'UserPersonal',
    type: 'String',
    comment: '毕业证书',
    expect: 'education_work',
  },
  {
    name: 'OccupationalNumber',
    owner: 'DriverIdentity',
    type: '*string',
    comment: '从业资格证号码',
    expect: 'education_work',
  },
  {
    name: 'WorkingTime',
    owner: 'DriverIdentity',
    type: '*time.Time',
    comment: '从业时间',
    expect: 'education_work',
  },
  { name: 'institutionid', owner: 'Student', type: 'Integer', comment: '所属院系', expect: 'education_work' },
  // A qualification a shop or a product holds is theirs, and a catalogue of faculties is the
  // school's.
  { name: 'license', owner: 'Shop', type: 'String', comment: '从业资格证', expect: undefined },
  { name: 'name', owner: 'Institution', type: 'String', comment: '院系名称', expect: undefined },
]);

classifyTable('an HR system’s employee file: where they work, what they studied, why they left', [
  { name: 'work_location', owner: 'Employee', type: 'string', expect: 'education_work' },
  { name: 'study_field', owner: 'hr_employee', type: 'varchar', expect: 'education_work' },
  { name: 'departure_reason', owner: 'Employee', type: 'text', expect: 'education_work' },
  // A machine's work location and a course's field of study are theirs.
  { name: 'work_location', owner: 'Machine', type: 'string', expect: undefined },
  { name: 'study_field', owner: 'Course', type: 'string', expect: undefined },
]);

classifyTable(
  'a confirmation date ends an employee’s probation; it is a sacrament only in a church’s record',
  [
    { name: 'confirmation_date', owner: 'Employee', type: 'date', expect: 'education_work' },
    { name: 'confirmation_date', owner: 'Parishioner', type: 'string', expect: 'religion_identity' },
    // An order's or a booking's confirmation is neither.
    { name: 'confirmation_date', owner: 'Booking', type: 'string', expect: undefined },
  ],
);
