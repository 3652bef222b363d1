/**
 * Issue 9 (session 22, branch `det-work2`): classes of `education_work`, `property` and
 * `transaction` misses and false alarms read from the train split. Each positive has a negative
 * beside it (docs/detection-rulings.md, "Work, property and transaction classes").
 */
import { classifyTable } from './classifyTable.js';

classifyTable('one element of a list of a person’s records is that person’s', [
  {
    name: 'socialSecurityBase',
    owner: 'UserSocialSecurityItem',
    type: 'Integer',
    comment: '社保基数',
    expect: 'property',
  },
  {
    name: 'timeOfEntry',
    owner: 'UserSocialSecurityItem',
    type: 'Date',
    comment: '入职时间',
    expect: 'education_work',
  },
  { name: 'gender', owner: 'MemberItem', type: 'int', expect: 'basic_profile' },
  // An element of a thing's list stays the thing's: an order line's price, a catalogue item's.
  { name: 'price', owner: 'OrderItem', type: 'decimal(10,2)', expect: undefined },
  { name: 'department', owner: 'CatalogItem', type: 'string', expect: undefined },
]);

classifyTable('a payment type described by the methods it lists is how the person paid', [
  {
    name: 'paymentType',
    owner: 'OmcOrder',
    type: 'Integer',
    comment: '支付类型,1-在线支付',
    expect: 'transaction',
  },
  {
    name: 'pay_kind',
    owner: 'orders',
    type: 'tinyint(4)',
    comment: '付款类型：货到付款',
    expect: 'transaction',
  },
  // A product's or a shop's setting lists the methods it accepts; a trade's technical type is no method.
  { name: 'payType', owner: 'Product', type: 'int', comment: '支付类型,1-在线支付', expect: undefined },
  {
    name: 'tradeType',
    owner: 'PayOrder',
    type: 'string',
    comment: '第三方支付类型 JSAPI APP',
    expect: undefined,
  },
]);

classifyTable(
  'when a person entered school, and how long a driver has driven, are their schooling and work',
  [
    {
      name: 'enrolmentTime',
      owner: 'UserCompanyPersonal',
      type: 'String',
      comment: '入学时间',
      expect: 'education_work',
    },
    { name: 'cardtime', owner: 'PubDriver', type: 'Date', comment: '初次领证时间', expect: 'education_work' },
    { name: 'drivingYears', owner: 'Driver', type: 'int', expect: 'education_work' },
    // A course's enrollment, a vehicle's first registration, a licence's class and expiry are not.
    { name: 'enrolmentTime', owner: 'Course', type: 'String', comment: '选课时间', expect: undefined },
    { name: 'firstRegisterDate', owner: 'Vehicle', type: 'date', comment: '初次登记日期', expect: 'vehicle' },
    { name: 'licenseClass', owner: 'Driver', type: 'string', comment: '准驾车型', expect: undefined },
  ],
);

classifyTable('a premium in an insurance policy’s record is what its holder pays', [
  { name: 'PremiumAmount', owner: 'Policy', type: 'decimal', expect: 'property' },
  { name: 'TotalPremium', owner: 'PolicyCreated', type: 'decimal', expect: 'property' },
  { name: 'premium', owner: 't_policy', type: 'decimal(12,2)', comment: '保费', expect: 'property' },
  // An insurance product's or plan's premium is the insurer's price; a guarantee's fee is a firm's.
  { name: 'premium', owner: 'InsuranceProduct', type: 'decimal', comment: '保费', expect: undefined },
  { name: 'premium', owner: 'InsurancePlan', type: 'decimal', expect: undefined },
  { name: 'premium', owner: 'guarantee', type: 'varchar(255)', comment: '费用', expect: undefined },
]);

classifyTable('a row key described as the record’s number holds that number', [
  { name: 'orderId', owner: 'CoreCmsOrder', type: 'System.String', comment: '订单号', expect: 'transaction' },
  { name: 'order_id', owner: 'bill_lading', type: 'varchar(32)', comment: '订单编号', expect: 'transaction' },
  // Described as the order's key (ID), or as something else of the order, it links rows.
  { name: 'order_id', owner: 'sxo_order_detail', type: 'int UNSIGNED', comment: '订单id', expect: undefined },
  {
    name: 'orderId',
    owner: 'CoreCmsPinTuanRecord',
    type: 'System.String',
    comment: '订单序列',
    expect: undefined,
  },
]);

classifyTable('a tinyint(1) described with codes above 1 holds a code, not a flag', [
  {
    name: 'pay_type',
    owner: 'tb_voucher_order',
    type: 'tinyint(1) UNSIGNED',
    comment: '支付方式 1：余额支付；2：支付宝；3：微信',
    expect: 'transaction',
  },
  // A yes-or-no about the method is still a flag.
  { name: 'pay_type', owner: 'orders', type: 'tinyint(1)', comment: '支付方式 0否 1是', expect: undefined },
  { name: 'pay_online', owner: 'orders', type: 'tinyint(1)', comment: '支付方式', expect: undefined },
]);

classifyTable('what a patient is charged for a prescription is their payment', [
  { name: 'totalPrice', owner: 'PrescriptionEntity', type: 'Long', comment: '总价', expect: 'transaction' },
  {
    name: 'cPrice',
    owner: 'PrescriptionsEntity',
    type: 'Long',
    comment: '这个处方的总价',
    expect: 'transaction',
  },
  // A drug's catalogue price and a prescription template's are the hospital's price list; a
  // recipe is as often a dish's as a prescription.
  { name: 'recipePrice', owner: 'MzRecipe', type: 'double', expect: undefined },
  { name: 'price', owner: 'Drug', type: 'decimal(10,2)', comment: '药品价格', expect: undefined },
  { name: 'price', owner: 'PrescriptionTemplate', type: 'decimal(10,2)', expect: undefined },
]);

classifyTable(
  'why a person left a job, when they graduated and their training are their work and schooling',
  [
    {
      name: 'leave_reason',
      owner: 'tp_archive',
      type: 'varchar(255)',
      comment: '离职缘由',
      expect: 'education_work',
    },
    { name: 'graduation_year', owner: 'Applicant', type: 'int', expect: 'education_work' },
    {
      name: 'lang_level',
      owner: 'Resume',
      type: 'varchar(32)',
      comment: '外语水平',
      expect: 'education_work',
    },
    // A leave request's reason, a course's year and a product's training data are not.
    {
      name: 'leave_reason',
      owner: 'LeaveRequest',
      type: 'varchar(255)',
      comment: '请假原因',
      expect: undefined,
    },
    { name: 'year', owner: 'Course', type: 'int', comment: '开课年份', expect: undefined },
    { name: 'training_data', owner: 'Model', type: 'text', expect: undefined },
  ],
);
