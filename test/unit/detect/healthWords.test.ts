/**
 * Issue 9 (session 22, branch `det-health2`): clinical words the vocabulary lacked — the
 * Chinglish `diagnose` of Chinese HIS code, insurance and inpatient numbers spelt out, surgical,
 * allergic and psychiatric histories, a pregnancy's and a foetus's words, a skin test, the
 * documents of a medical record — and the words read only inside a clinical record (how a drug is
 * taken, a vaccination's dose, a pregnancy's parity), each beside a negative.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('clinical words are health in any person’s record', [
  { name: 'diagnoseResult', owner: 'HospitalRegister', type: 'String', expect: 'health' },
  { name: 'ptDiagnoseName', owner: 'ZyPatientBase', type: 'String', expect: 'health' },
  { name: 'medicalInsuranceNumber', owner: 'Member', type: 'String', expect: 'health' },
  { name: 'health_insurance_no', owner: 'insured_person', type: 'varchar(32)', expect: 'health' },
  { name: 'inpatientNumber', owner: 'Admission', type: 'String', expect: 'health' },
  { name: 'surgicalHistory', owner: 'User', type: 'String', expect: 'health' },
  { name: 'allergicHistory', owner: 'Customer', type: 'String', expect: 'health' },
  { name: 'psychiatricHistory', owner: 'Applicant', type: 'String', expect: 'health' },
  { name: 'mentalDisorder', owner: 'Member', type: 'String', expect: 'health' },
  { name: 'gestationalWeeks', owner: 'Member', type: 'Integer', expect: 'health' },
  { name: 'fetalHeartRate', owner: 'Observation', type: 'Integer', expect: 'health' },
  { name: 'postpartumCheck', owner: 'Member', type: 'String', expect: 'health' },
  { name: 'dischargeSummary', owner: 'Stay', type: 'String', expect: 'health' },
  { name: 'skin_test_result', owner: 'order_item', type: 'varchar(20)', expect: 'health' },
  { name: 'substanceAbuse', owner: 'Applicant', type: 'Boolean', expect: 'health' },
  { name: 'testedPositiveOn', owner: 'RecoveryCertificate', type: 'LocalDate', expect: 'health' },
  { name: 'preExistingConditions', owner: 'Traveller', type: 'String', expect: 'health' },
  { name: 'nhsNumber', owner: 'Person', type: 'String', expect: 'health' },
  // A diagnosis's flag, a software operation, a disease catalogue's own level, a drug's code.
  { name: 'diagnoseState', owner: 'Hangmark', type: 'Integer', expect: undefined },
  { name: 'addictionLevel', owner: 'DrugsRecreational', type: 'String', expect: undefined },
  { name: 'insuranceCompany', owner: 'Member', type: 'String', expect: undefined },
  { name: 'surgicalMaskStock', owner: 'Warehouse', type: 'Integer', expect: undefined },
  { name: 'progress', owner: 'Task', type: 'Integer', expect: undefined },
]);

classifyTable('Chinese descriptions of clinical records and numbers are health', [
  { name: 'ybh', owner: 'patient_info', type: 'varchar(30)', comment: '医保号', expect: 'health' },
  { name: 'tc', owner: 'admission_notice', type: 'int', comment: '胎次', expect: 'health' },
  { name: 'ycq', owner: 'member', type: 'date', comment: '预产期', expect: 'health' },
  { name: 'wSkin', owner: 'Prescriptions', type: 'Integer', comment: '是否皮试', expect: 'health' },
  { name: 'hyjg', owner: 'lab_report', type: 'varchar(200)', comment: '化验结果', expect: 'health' },
  { name: 'cyxj', owner: 'inpatient', type: 'text', comment: '出院小结', expect: 'health' },
  { name: 'jsbs', owner: 'resident', type: 'varchar(100)', comment: '精神病史', expect: 'health' },
  // A drug's code in the insurance catalogue, a template, a lab instrument's name.
  { name: 'ybbm', owner: 'drug_catalog', type: 'varchar(30)', comment: '医保编码', expect: undefined },
  { name: 'mbmc', owner: 'emr_template', type: 'varchar(50)', comment: '病历模板名称', expect: undefined },
  { name: 'yqmc', owner: 'lab_instrument', type: 'varchar(50)', comment: '检验仪器名称', expect: undefined },
]);

classifyTable('how a drug is taken, a dose and a parity are health only in a clinical record', [
  { name: 'usage', owner: 'PrescriptionItem', type: 'String', expect: 'health' },
  { name: 'drugEntrust', owner: 'PatientPrescription', type: 'String', expect: 'health' },
  { name: 'doseNumber', owner: 'VaccinationData', type: 'Int', expect: 'health' },
  { name: 'parity', owner: 'PregnancyRecord', type: 'Int', expect: 'health' },
  { name: 'ChineseYF', owner: 'PrescriptionsEntity', type: 'String', comment: '药品用法', expect: 'health' },
  {
    name: 'STRICT_SEGREGATION',
    owner: 'PAT_HOSPITAL_NOTICE',
    ownerComment: '住院通知单表',
    type: 'VARCHAR2(100)',
    comment: '严格隔离',
    expect: 'health',
  },
  {
    name: 'bq',
    owner: 'zy_patient',
    ownerComment: '住院病人',
    type: 'varchar(20)',
    comment: '病区',
    expect: 'health',
  },
  // A serial port's parity, an API key's usage, a recipe's instructions, a catalogue's usage.
  { name: 'parity', owner: 'SerialPortConfig', type: 'String', expect: undefined },
  { name: 'usage', owner: 'ApiKey', type: 'Long', expect: undefined },
  { name: 'instructions', owner: 'Recipe', type: 'String', expect: undefined },
  { name: 'usage', owner: 'DrugCatalog', type: 'String', comment: '用法', expect: undefined },
  { name: 'doses', owner: 'VaccineProduct', type: 'Int', expect: undefined },
  {
    name: 'isolation_level',
    owner: 'db_config',
    type: 'varchar(20)',
    comment: '事务隔离级别',
    expect: undefined,
  },
]);

classifyTable('a named operation and a correction’s reason are bookkeeping outside a clinical record', [
  { name: 'operationName', owner: 'InpatientRecord', type: 'String', expect: 'health' },
  { name: 'surgeryName', owner: 'Member', type: 'String', expect: 'health' },
  { name: 'reason', owner: 'Encounter', type: 'String', expect: 'health' },
  // An audit log's operation, why a test result was corrected.
  { name: 'operationName', owner: 'Log', type: 'String', comment: '请求名称', expect: undefined },
  { name: 'operation_name', owner: 'sys_oper_log', type: 'varchar(50)', expect: undefined },
  { name: 'reasonForCorrection', owner: 'TestResult', type: 'String', expect: undefined },
  { name: 'correction_reason', owner: 'encounter', type: 'text', expect: undefined },
]);
