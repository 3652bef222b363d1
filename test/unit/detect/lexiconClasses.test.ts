/**
 * Classes of error found on the train split of the real-code field lexicon
 * (`test/fixtures/lexicon`), each with a negative beside it. Names are deliberately unlike the
 * lexicon's own records: the rules are for the class, not the case.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('the finer parts of an address record, and a person’s own postcode', [
  { name: 'zipCode', owner: 'ShippingAddress', expect: 'address' },
  { name: 'township', owner: 'member_address', expect: 'address' },
  { name: 'post_code', owner: 'Customer', expect: 'address' },
  // A store's postcode locates the store.
  { name: 'post_code', owner: 'Store', expect: undefined },
]);

classifyTable('a city or province of a person or an address record, never of a place', [
  { name: 'province', owner: 'ShippingAddress', expect: 'address' },
  { name: 'city', owner: 'Member', expect: 'address' },
  { name: 'receiver_city', owner: 'mall_order', expect: 'address' },
  // A store's or hotel's city, a city code and a region table's name locate no person.
  { name: 'city', owner: 'Store', expect: undefined },
  { name: 'province', owner: 'HotelInfo', expect: undefined },
  { name: 'city_code', owner: 'Member', expect: undefined },
  { name: 'city_name', owner: 'sys_region', expect: undefined },
]);

classifyTable('a key to a person in any record', [
  { name: 'user_id', owner: 'Folder', expect: 'online_id' },
  { name: 'customerId', owner: 'Attachment', expect: 'online_id' },
  // An account may be a ledger's; a record's parent is a record.
  { name: 'account_id', owner: 'ProductLedger', expect: undefined },
  { name: 'parent_id', owner: 'Folder', expect: undefined },
]);

classifyTable('the pages, referrers and campaigns of a tracked visit', [
  { name: 'utm_campaign', owner: 'track_log', expect: 'online_activity' },
  { name: 'referrerUrl', owner: 'ClickRecord', expect: 'online_activity' },
  { name: 'page_title', owner: 'PageviewEvent', expect: 'online_activity' },
  // A menu's path and a document's title are configuration and content.
  { name: 'url_path', owner: 'sys_menu', expect: undefined },
  { name: 'page_title', owner: 'CmsPage', expect: undefined },
]);

classifyTable('amounts and numbers of a payment-API message', [
  { name: 'money', owner: 'CashoutApply', expect: 'transaction' },
  { name: 'amount', owner: 'WithdrawReq', expect: 'transaction' },
  { name: 'tradeNo', owner: 'ChargeResult', type: 'string', expect: 'transaction' },
  { name: 'serial', owner: 'pay_record', type: 'varchar(32)', comment: '交易流水号', expect: 'transaction' },
  // A product's price and a plan's fee are list prices, not a person's payment.
  { name: 'amount', owner: 'CouponTemplate', expect: undefined },
  { name: 'fee', owner: 'ShippingRule', expect: undefined },
]);

classifyTable('payroll deductions (a bank routing code is the bank’s: session 25)', [
  { name: 'deduct_other', owner: 'salary_slip', comment: '其他扣款', expect: 'property' },
  { name: 'swift_code', owner: 'PayeeBankInfo', expect: undefined },
  { name: 'routingNumber', owner: 'Beneficiary', expect: undefined },
  // A deduction rule's name and a bank branch's own code are not a person's money.
  { name: 'rule_name', owner: 'deduction_rule', comment: '扣款规则名称', expect: undefined },
  { name: 'branch_code', owner: 'BankBranch', expect: undefined },
]);

classifyTable('an employee file’s contract, appraisal and reward records', [
  { name: 'ht_qsrq', owner: 'hr_staff', comment: '合同起始日期', expect: 'education_work' },
  { name: 'kp_result', owner: 'staff_appraise', comment: '考评结果', expect: 'education_work' },
  { name: 'jf_reason', owner: 'staff_reward', comment: '奖罚原因', expect: 'education_work' },
  // A contract template's own validity is not a person's employment.
  { name: 'valid_days', owner: 'contract_template', comment: '模板有效天数', expect: undefined },
]);

classifyTable('the history sections of a medical record', [
  { name: 'jws', owner: 'outpatient_record', comment: '既往史', expect: 'health' },
  { name: 'xbs', owner: 'emr_note', comment: '现病史', expect: 'health' },
  { name: 'allergen', owner: 'PatientAllergy', expect: 'health' },
  // A history table of configuration changes is not a medical history.
  { name: 'past_value', owner: 'config_history', expect: undefined },
]);

classifyTable('an order’s totals', [
  { name: 'grandTotal', owner: 'OrderTotals', expect: 'transaction' },
  { name: 'discount_total', owner: 'sales_order', expect: 'transaction' },
  // A report's total and a page of orders' total count are not what anyone paid.
  { name: 'total', owner: 'DailyReport', expect: undefined },
  { name: 'totalCount', owner: 'OrderPage', type: 'Int', expect: undefined },
]);

classifyTable('clinical fields of consultation, admission and vital-sign records', [
  { name: 'reason', owner: 'Consultation', expect: 'health' },
  { name: 'bp', owner: 'vital_signs', expect: 'health' },
  { name: 'examination_details', owner: 'PatientConsultation', expect: 'health' },
  { name: 'chiefComplaint', owner: 'CaseTemplateResult', expect: 'health' },
  { name: 'severity', owner: 'allergy_reaction', expect: 'health' },
  // The same words in a refund, a deployment, an alert rule or a shop's complaint are not health.
  { name: 'reason', owner: 'RefundApply', expect: undefined },
  { name: 'bp', owner: 'DeployConfig', expect: undefined },
  { name: 'severity', owner: 'AlertRule', expect: undefined },
  { name: 'complaint', owner: 'CustomerComplaint', expect: undefined },
]);

classifyTable("an employee's post in HR and payroll records", [
  { name: 'designation', owner: 'EmployeeWorkInfo', expect: 'education_work' },
  { name: 'dept_id', owner: 'payroll_slip', expect: 'education_work' },
  { name: 'date_of_joining', owner: 'Employee', expect: 'education_work' },
  // An admin account's department and a keyboard's shift key are not a person's work.
  { name: 'dept_id', owner: 'sys_user', expect: undefined },
  { name: 'shift', owner: 'KeyboardEvent', expect: undefined },
]);

classifyTable('a staff number (工号) is an online identifier', [
  { name: 'emp_no', owner: 'attendance', expect: 'online_id' },
  { name: 'employee_id', owner: 'payment', comment: '工号', expect: 'online_id' },
  { name: 'workId', owner: 'Employee', expect: 'online_id' },
  // A device's work id and a scheduled job's number are not staff numbers.
  { name: 'work_id', owner: 'Device', expect: undefined },
  { name: 'job_number', owner: 't_job', expect: undefined },
]);

classifyTable('ORM relations: a relation named for a person is their key; a list of records is not data', [
  { name: 'patient', owner: 'LabOrder', type: 'models.ForeignKey', expect: 'health' },
  { name: 'user', owner: 'Profile', type: 'models.OneToOneField', expect: 'online_id' },
  { name: 'customer', owner: 'Invoice', type: 'fields.Many2One', expect: 'online_id' },
  // A relation to a thing, a relation called `name`, and the records of a one-to-many.
  { name: 'product', owner: 'LabOrder', type: 'models.ForeignKey', expect: undefined },
  { name: 'name', owner: 'PatientVisit', type: 'fields.Many2One', expect: undefined },
  { name: 'medications', owner: 'Patient', type: 'fields.One2Many', expect: undefined },
  { name: 'address', owner: 'Member', type: 'models.ForeignKey', expect: undefined },
]);

classifyTable('Tryton and Odoo field classes read as the column types they declare', [
  { name: 'phone', owner: 'Member', type: 'fields.Char', expect: 'contact' },
  { name: 'smoking', owner: 'MedicalPatient', type: 'fields.Boolean', expect: 'health' },
  // A boolean cannot hold a salt or a phone number.
  { name: 'salt', owner: 'MedicalPatient', type: 'fields.Boolean', expect: undefined },
  { name: 'phone', owner: 'Member', type: 'fields.Boolean', expect: undefined },
  { name: 'smoking', owner: 'HotelRoom', type: 'fields.Boolean', expect: undefined },
]);

classifyTable('who follows or befriends whom is a contact list', [
  { name: 'follower', owner: 'Follow', type: 'models.ForeignKey', expect: 'contacts_list' },
  { name: 'followee_id', owner: 'user_follows', type: 'bigint', expect: 'contacts_list' },
  // A post's follower count and a follower outside a follow record are not the list.
  { name: 'follower', owner: 'BlogPost', type: 'models.CharField', expect: undefined },
  { name: 'followee_id', owner: 'AuditLog', type: 'bigint', expect: undefined },
]);

classifyTable('an API operation opens with its HTTP method, not its owner', [
  { name: 'password', owner: 'postPasswordUpdate', type: 'string', expect: 'credential' },
  { name: 'email', owner: 'postPasswordReset', type: 'string', expect: 'contact' },
  // A blog post's own fields stay a post's.
  { name: 'title', owner: 'postBlog', type: 'string', expect: undefined },
  { name: 'email', owner: 'PostRecord', type: 'string', expect: undefined },
]);

classifyTable("the token of a session, a password reset or a verification is the person's secret", [
  { name: 'token', owner: 'PasswordResetToken', type: 'String', expect: 'credential' },
  { name: 'token', owner: 'user_session', type: 'varchar(64)', expect: 'credential' },
  // An API client's token and a WeChat server's verify token are a system's.
  { name: 'token', owner: 'ApiConfig', expect: undefined },
  { name: 'token', owner: 'WechatVerify', expect: undefined },
]);

classifyTable("a payslip's components and an employee's pay rate are their income", [
  { name: 'gross', owner: 'Payslip', expect: 'property' },
  { name: 'total_deductions', owner: 'payroll_entry', expect: 'property' },
  { name: 'salary_hour', owner: 'EmployeeContract', expect: 'property' },
  // A product's net weight and a salary rule's amount are not a person's pay.
  { name: 'net', owner: 'Product', expect: undefined },
  { name: 'amount', owner: 'SalaryRule', expect: undefined },
]);

classifyTable('WeChat the company in a comment is not a WeChat id', [
  {
    name: 'sub_mchid',
    owner: 'MerchantOrder',
    comment: '子商户的商户号，由微信支付生成并下发',
    expect: undefined,
  },
  {
    name: 'batch_id',
    owner: 'TransferBatch',
    comment: '微信批次单号，微信商家转账系统返回的唯一标识',
    expect: undefined,
  },
  // A person's WeChat, and a payment made through it, are still read.
  { name: 'wx', owner: 'User', comment: '用户微信', expect: 'contact' },
  { name: 'pay_type', owner: 'PayOrder', comment: '支付方式：微信支付', expect: 'transaction' },
]);
