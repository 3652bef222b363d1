/**
 * Roles and the records about people: Chinese role nouns
 * (经理, 店长) that name a person after a thing's word, a person's settings, check-in as a noun,
 * roles inside field names, `所属` descriptions, message parties, credit-report contents,
 * payments, payroll and securities amounts, subscriber service passwords and travel documents.
 * Names are deliberately unlike the held-out files' (gyms, warehouses, tours, utilities).
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a Chinese role noun after a thing names a person (仓库主任 is a person)', [
  { name: 'ckzrxm', owner: 't_ck', comment: '仓库主任姓名', expect: 'name' },
  { name: 'mdfzrdh', owner: 't_md', comment: '门店负责人电话', expect: 'contact' },
  // The thing's own number stays the thing's.
  { name: 'mddh', owner: 't_md', comment: '门店电话', expect: undefined },
]);

classifyTable("a person's settings are the person's", [
  { name: 'mobile', owner: 'MemberPreferences', type: 'string', expect: 'contact' },
  { name: 'twoFactorSecret', owner: 'CustomerSettings', type: 'string', expect: 'credential' },
  { name: 'password', owner: 'MailerSettings', type: 'string', expect: undefined },
]);

classifyTable('check-in is a noun, not a verb prefix', [
  { name: 'checkInFaceImage', owner: 'GymVisit', expect: 'face' },
  { name: 'checkOutFacePhoto', owner: 'GymVisit', expect: 'face' },
  { name: 'checkEmail', owner: 'GymMember', expect: undefined },
]);

classifyTable('roles inside a field name are natural persons', [
  { name: 'sellerName', owner: 'UsedCarListing', type: 'string', expect: 'name' },
  { name: 'leader_name', owner: 'tour_group', expect: 'name' },
  { name: 'assignee_id', owner: 'SupportTicket', expect: 'online_id' },
  { name: 'productName', owner: 'UsedCarListing', type: 'string', expect: undefined },
]);

classifyTable('所属 describes what a value belongs to, not the value', [
  { name: 'period', owner: 'IncomeStatement', comment: '收入所属年度', expect: undefined },
  { name: 'income', owner: 'IncomeStatement', comment: '年收入', expect: 'property' },
]);

classifyTable('the parties and media of a message record', [
  { name: 'sender', owner: 'SmsLog', type: 'string', expect: 'communication_records' },
  { name: 'recipient', owner: 'InboxMessage', type: 'string', expect: 'communication_records' },
  { name: 'sender', owner: 'NotificationTemplate', type: 'string', expect: undefined },
  { name: 'audio', owner: 'ChatMessage', type: 'bytes', expect: 'communication_content' },
  { name: 'audio', owner: 'Podcast', type: 'bytes', expect: undefined },
]);

classifyTable('what a credit report says', [
  { name: 'score', owner: 'CreditReport', type: 'int', expect: 'credit' },
  { name: 'score', owner: 'ExamResult', type: 'int', expect: 'education_work' },
]);

classifyTable('payments, deals and payroll', [
  { name: 'paidAt', owner: 'InstallmentRepayment', expect: 'transaction' },
  { name: 'jfje', owner: 't_water_fee', comment: '缴费金额', expect: 'transaction' },
  {
    name: 'dj',
    owner: 'cj_used_car',
    ownerComment: '二手车成交记录',
    comment: '定金',
    expect: 'transaction',
  },
  { name: 'overtimePay', owner: 'Wage', type: 'BigDecimal', expect: 'property' },
  { name: 'gjj', owner: 'Wage', comment: '住房公积金', expect: 'property' },
]);

classifyTable('securities and fund accounts', [
  { name: 'unrealized_pnl', owner: 'stk_position', expect: 'property' },
  { name: 'available', owner: 'margin_account', type: 'numeric(18,2)', expect: 'property' },
  { name: 'available', owner: 'MeetingRoom', type: 'int', expect: undefined },
  { name: 'holder_acct', owner: 'stk_holder', expect: 'property' },
]);

classifyTable('subscriber passwords and travel documents', [
  { name: 'service_password', owner: 'MobileSubscriber', expect: 'credential' },
  { name: 'service_password', owner: 'SmtpRelay', expect: undefined },
  { name: 'document_no', owner: 'Passenger', expect: 'id_number' },
  { name: 'document_no', owner: 'Invoice', expect: undefined },
]);
