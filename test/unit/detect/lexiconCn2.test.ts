/**
 * Classes of error of the Chinese HR and payroll records of the real-code field lexicon (issue 9,
 * branch `det-cn2`). Each rule with a negative beside it; names are unlike the lexicon's own
 * records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a person’s social-insurance contribution (社保基数, 医疗个人) is money paid in their name', [
  { name: 'sbBase', owner: 'EmpInsurance', type: 'BigDecimal', comment: '社保基数', expect: 'property' },
  { name: 'ylPersonal', owner: 'EmpInsurance', type: 'BigDecimal', comment: '医疗个人', expect: 'property' },
  {
    name: 'sy_company',
    owner: 'emp_insurance_month',
    type: 'decimal(10,2)',
    comment: '失业企业',
    expect: 'property',
  },
  // The social-security card number stays an identity document, and an insurance scheme's name
  // is the company's setting.
  { name: 'sb_card', owner: 'emp_info', type: 'varchar(32)', comment: '社保卡号', expect: 'id_number' },
  {
    name: 'scheme_name',
    owner: 'insurance_scheme',
    type: 'varchar(64)',
    comment: '社保方案名称',
    expect: undefined,
  },
]);

classifyTable('the same contribution named in English after the insured risk is the scheme’s money', [
  { name: 'workInjuryEnterprise', owner: 'EmpInsuranceMonth', type: 'BigDecimal', expect: 'property' },
  { name: 'baseOfSeriousIllness', owner: 'EmpInsuranceMonth', type: 'BigDecimal', expect: 'property' },
  { name: 'occupational_injury_ratio', owner: 'emp_insurance', type: 'decimal(5,2)', expect: 'property' },
  // Without a share, a base or a rate the risk is the person's: an injury, an illness.
  { name: 'injuryHistory', owner: 'Athlete', type: 'String', expect: 'health' },
  { name: 'seriousIllness', owner: 'Applicant', type: 'String', expect: 'health' },
]);
