/**
 * Classes of error found on the fresh train repositories of session 23 (issue 9, branch
 * `det-fresh6`: a Chinese hotel system's C# models, a personal money manager's Kotlin entities, a
 * federated microblog's Go models, a game backend's protobuf API, a unified HRIS OpenAPI, a Chinese
 * P2P lending platform's MySQL migrations), each rule with a negative beside it. Names are unlike
 * the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('the location a person states on their profile is an address, not whereabouts', [
  { name: 'location', owner: 'MemberProfile', type: 'String', expect: 'address' },
  {
    name: 'Location',
    owner: 'ForumUser',
    type: 'varchar(80)',
    comment: 'Where the user says they live',
    expect: 'address',
  },
  { name: 'location', owner: 'PlayerAccount', expect: 'address' },
  // A courier's or a driver's location follows them; a coordinate-typed one is a position.
  { name: 'location', owner: 'CourierStatus', type: 'String', expect: 'whereabouts' },
  { name: 'location', owner: 'MemberProfile', type: 'GeoPoint', expect: 'whereabouts' },
  { name: 'lastLocation', owner: 'MemberProfile', type: 'String', expect: 'whereabouts' },
]);

classifyTable('a repayment, named for what it repays, is a payment record: its interest and fees were paid', [
  {
    name: 'paid_interest',
    owner: 'mortgage_repay',
    ownerComment: '还款记录',
    type: 'decimal(12,2)',
    expect: 'transaction',
  },
  { name: 'service_fee', owner: 'LoanRepay', type: 'BigDecimal', expect: 'transaction' },
  { name: 'expectedInterest', owner: 'CreditRepayment', type: 'Long', expect: 'transaction' },
  // Interest outside a repayment is a term of the loan or the product, not what someone paid.
  { name: 'settle_interest', owner: 'car_loan_order', type: 'bigint', expect: undefined },
  { name: 'interest', owner: 'loan_product', type: 'decimal(5,2)', expect: undefined },
  { name: 'repay_type', owner: 'loan_repay', type: 'varchar(16)', expect: undefined },
]);

classifyTable('an order number typed as a floating-point number is a sort position', [
  { name: 'orderNum', owner: 'BudgetEntity', type: 'Double', expect: undefined },
  { name: 'order_num', owner: 'wallet_account', type: 'float', expect: undefined },
  // An order's number issued as text or an integer stays the order's.
  { name: 'orderNum', owner: 'PurchaseOrder', type: 'Long', expect: 'transaction' },
  { name: 'order_no', owner: 'recharge_order', type: 'varchar(32)', expect: 'transaction' },
]);

classifyTable('a person’s id in another system (external id, Game Center id) is an online identifier', [
  { name: 'ExternalID', owner: 'User', type: 'string', expect: 'online_id' },
  { name: 'externalId', owner: 'MemberRecord', type: 'String', expect: 'online_id' },
  { name: 'gamecenter_id', owner: 'PlayerProfile', type: 'string', expect: 'online_id' },
  // An office's, a loan account's or a message part's external id is the thing's.
  { name: 'external_id', owner: 'm_branch_office', type: 'varchar(100)', expect: undefined },
  { name: 'externalId', owner: 'LoanAccount', type: 'String?', expect: undefined },
  { name: 'external_id', owner: 'ticket_part', type: 'string', expect: undefined },
]);

classifyTable('frozen funds named as a freeze (冻结) in a person’s account are property', [
  { name: 'freeze', owner: 'user_account', type: 'bigint', expect: 'property' },
  { name: 'freezeAmount', owner: 'MemberWallet', type: 'BigDecimal', expect: 'property' },
  // When and why the account was frozen, and a task's freeze flag, hold no money.
  { name: 'freeze_time', owner: 'user_account', type: 'datetime', expect: undefined },
  { name: 'freeze_reason', owner: 'user_account', type: 'varchar(64)', expect: undefined },
  { name: 'freeze', owner: 'ScheduledTask', type: 'boolean', expect: undefined },
]);

classifyTable('when a repayment was due or made is the payment’s time', [
  { name: 'repay_date', owner: 'loan_repay', type: 'datetime', expect: 'transaction' },
  { name: 'actualRepayTime', owner: 'CreditRepayment', type: 'LocalDateTime', expect: 'transaction' },
  // The row's own stamps, and the repayment terms of an order or an application, are not.
  { name: 'created_time', owner: 'loan_repay', type: 'datetime', expect: undefined },
  { name: 'repay_first_month_date', owner: 'car_loan_order', type: 'datetime', expect: undefined },
]);
