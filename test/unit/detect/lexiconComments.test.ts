/**
 * Chinese field comments and pinyin abbreviations the vocabulary lacked (issue 9, branch
 * `det-comments`, `src/core/detect/vocabulary/cnFields.ts`). Each rule with a negative beside it;
 * names are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('political status and military service are entries of a personnel file', [
  { name: 'zzmm', owner: 'ry_jbxx', type: 'varchar(20)', expect: 'basic_profile' },
  { name: 'party', owner: 'staff', type: 'varchar(20)', comment: '政治面貌', expect: 'basic_profile' },
  { name: 'service', owner: 'resident', type: 'varchar(20)', comment: '兵役状况', expect: 'basic_profile' },
  // A lookup of the values is nobody's file.
  { name: 'code', owner: 'dict_political', type: 'varchar(20)', comment: '政治面貌编码', expect: undefined },
]);

classifyTable('a yes/no about a marriage is marital status; a count of the unmarried is not', [
  {
    name: 'wed',
    owner: 'loan_applicant',
    type: 'tinyint(1)',
    comment: '是否结婚（1：是 0：否）',
    expect: 'marital_orientation',
  },
  { name: 'single_total', owner: 'census_stat', type: 'int', comment: '未婚人数', expect: undefined },
]);

classifyTable('a phone left with a bank or a platform is the person’s', [
  {
    name: 'reserved_tel',
    owner: 'card_binding',
    type: 'varchar(11)',
    comment: '银行预留手机号',
    expect: 'contact',
  },
  { name: 'mobile', owner: 'depositor', type: 'varchar(11)', comment: '平台预留手机号', expect: 'contact' },
  { name: 'jjlxrdh', owner: 'xs_info', type: 'varchar(20)', expect: 'contact' },
  // The bank's own service line stays the bank's.
  { name: 'service_tel', owner: 'bank', type: 'varchar(20)', comment: '银行客服电话', expect: undefined },
]);

classifyTable('housing fund and base pay written as pinyin initials', [
  { name: 'gjj', owner: 'emp_salary', type: 'decimal(10,2)', expect: 'property' },
  { name: 'jbgz', owner: 'emp_salary', type: 'decimal(10,2)', expect: 'property' },
  // A payroll rule's contribution rate is the company's setting.
  {
    name: 'fund_ratio',
    owner: 'salary_rule',
    type: 'decimal(5,2)',
    comment: '公积金比例',
    expect: undefined,
  },
]);

classifyTable('where a person lives now; the division code of the place is a reference', [
  { name: 'live_place', owner: 'suspect', type: 'varchar(200)', comment: '现住地', expect: 'address' },
  { name: 'xjzd', owner: 'ry_info', type: 'varchar(100)', expect: 'address' },
  { name: 'live_area', owner: 'suspect', type: 'varchar(20)', comment: '现住地区划', expect: undefined },
]);

classifyTable('the outcome of a health check and a referral are medical records; a fee item is not', [
  { name: 'phy_result', owner: 'stu_health', type: 'varchar(200)', comment: '体检结果', expect: 'health' },
  { name: 'revisit', owner: 'escort_record', type: 'tinyint(1)', comment: '是否复诊', expect: 'health' },
  { name: 'refer', owner: 'stu_health', type: 'tinyint(1)', comment: '建议转诊 0是 1否', expect: 'health' },
  { name: 'revisit_fee', owner: 'fee_item', type: 'decimal(10,2)', comment: '复诊挂号费', expect: undefined },
]);

classifyTable('the validity of a person’s identity document is part of it; a licence’s is not', [
  { name: 'zjyxq', owner: 'ry_jbxx', type: 'varchar(20)', comment: '证件有效期', expect: 'id_number' },
  { name: 'permit_end', owner: 'merchant', type: 'date', comment: '营业执照有效期', expect: undefined },
]);

classifyTable('when an employee left, written as pinyin initials', [
  { name: 'lzsj', owner: 'emp_info', type: 'date', expect: 'education_work' },
  // A job's closing date is the posting's.
  { name: 'close_time', owner: 'job_posting', type: 'date', comment: '截止时间', expect: undefined },
]);

classifyTable('people named by their part in an approval, a case or a visit', [
  { name: 'approver', owner: 'leave_apply', type: 'varchar(32)', comment: '审批人', expect: 'name' },
  { name: 'principal', owner: 'hotel', type: 'varchar(32)', comment: '负责人', expect: 'name' },
  { name: 'entourage', owner: 'visit_record', type: 'varchar(100)', comment: '陪同人员', expect: 'name' },
  { name: 'en_name', owner: 'staff', type: 'varchar(50)', comment: '英文名', expect: 'name' },
  // A thing's English name, and the approver's key or the row's creator, are not.
  { name: 'en_name', owner: 'category', type: 'varchar(50)', comment: '英文名称', expect: undefined },
  { name: 'approve_by', owner: 'leave_apply', type: 'varchar(32)', comment: '审批人ID', expect: undefined },
  { name: 'creator', owner: 'leave_apply', type: 'varchar(32)', comment: '创建人', expect: undefined },
  // A signature is an image of the hand, not the name.
  { name: 'approver_sign', owner: 'member', type: 'varchar(100)', comment: '审批人签名', expect: undefined },
  { name: 'witness_sign', owner: 'member', type: 'varchar(100)', comment: '见证人签字', expect: undefined },
]);

classifyTable('an officer’s number and a phone’s serial number identify a person', [
  {
    name: 'police_no',
    owner: 'custody_record',
    type: 'varchar(20)',
    comment: '主办民警编号',
    expect: 'online_id',
  },
  { name: 'imei', owner: 'app_user', type: 'varchar(32)', comment: '手机串号', expect: 'online_id' },
  { name: 'phone_model', owner: 'app_user', type: 'varchar(32)', comment: '手机型号', expect: undefined },
]);

classifyTable('what a custody record says about the person held is a criminal record', [
  {
    name: 'catch_place',
    owner: 'custody_record',
    type: 'varchar(100)',
    comment: '抓获地点',
    expect: 'criminal_record',
  },
  {
    name: 'motive',
    owner: 'custody_record',
    type: 'varchar(200)',
    comment: '作案原因',
    expect: 'criminal_record',
  },
  {
    name: 'delay',
    owner: 'custody_record',
    type: 'varchar(10)',
    comment: '是否延期关押',
    expect: 'criminal_record',
  },
  { name: 'type_name', owner: 'dict_case', type: 'varchar(100)', comment: '案件类型名称', expect: undefined },
  // A room's head count is the room's.
  { name: 'held_count', owner: 'custody_room', type: 'int', comment: '房间关押人数', expect: undefined },
]);

classifyTable('a borrower’s overdue flag and amount are their credit record; a product’s rate is not', [
  { name: 'overdue', owner: 'repay_plan', type: 'tinyint(1)', comment: '是否逾期', expect: 'credit' },
  { name: 'late_rate', owner: 'loan_product', type: 'decimal(5,4)', comment: '逾期费率', expect: undefined },
]);

classifyTable('a guest’s tastes and an IM handle describe the person', [
  { name: 'hobby', owner: 'guest', type: 'varchar(100)', comment: '宾客喜好', expect: 'basic_profile' },
  { name: 'chat_no', owner: 'staff', type: 'varchar(50)', comment: '聊天号', expect: 'contact' },
  { name: 'tag_name', owner: 'tag', type: 'varchar(100)', comment: '爱好标签名称', expect: undefined },
]);

classifyTable('an organisation’s contact person is a person; the organisation’s own phone and name are not', [
  { name: 'linkman', owner: 'hotel_info', type: 'varchar(64)', comment: '酒店联系人', expect: 'name' },
  { name: 'legal', owner: 'enterprise', type: 'varchar(64)', comment: '企业法人代表', expect: 'name' },
  { name: 'tel', owner: 'enterprise', type: 'varchar(20)', comment: '企业联系电话', expect: undefined },
  { name: 'title', owner: 'store', type: 'varchar(64)', comment: '门店名字', expect: undefined },
]);
