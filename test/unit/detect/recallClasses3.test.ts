/**
 * Issue 9 (session 24, branch `det-recall3`): classes of miss read from the train split, each rule
 * with a negative beside it (docs/detection-rulings.md, "Recall by class, continued"). Names are
 * made up in each format's style, not the lexicon's records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a trade’s or an after-sale’s own number is that money event’s key', [
  { name: 'tradeSn', owner: 'OrderVO', type: 'String', expect: 'transaction' },
  { name: 'trade_sn', owner: 'pay_log', type: 'varchar(32)', expect: 'transaction' },
  { name: 'afterSaleNo', owner: 'ReturnApply', type: 'String', expect: 'transaction' },
  { name: 'sn', owner: 'Deal', type: 'String', comment: '交易编号', expect: 'transaction' },
  {
    name: 'serviceSn',
    owner: 'ServiceTicket',
    type: 'String',
    comment: '售后服务单号',
    expect: 'transaction',
  },
  { name: 'backNo', owner: 'RefundRecord', type: 'String', comment: '退单编号', expect: 'transaction' },
  // A device's, a room's or a product's serial number is a thing's; a trade's rule number is none.
  { name: 'sn', owner: 'Device', type: 'String', comment: '设备编号', expect: undefined },
  { name: 'sn', owner: 'Room', type: 'String', comment: '房间编号', expect: undefined },
  { name: 'goodsSn', owner: 'Goods', type: 'String', comment: '商品编号', expect: undefined },
  { name: 'tradeRuleNo', owner: 'TradeRule', type: 'String', comment: '规则编号', expect: undefined },
]);

classifyTable('a hospital registration’s time and an inpatient visit’s marks are a medical visit’s record', [
  { name: 'regTime', owner: 'Registration', type: 'DateTime', comment: '挂号时间', expect: 'health' },
  { name: 'visit_flag', owner: 'pat_notice', type: 'varchar(2)', comment: '住院标识', expect: 'health' },
  { name: 'clinic_id', owner: 'pat_notice', type: 'varchar(64)', comment: '就诊记录ID', expect: 'health' },
  { name: 'chargeType', owner: 'InpatientRecord', type: 'String', comment: '费别', expect: 'health' },
  { name: 'method', owner: 'PatientExam', type: 'String', comment: '检查方法', expect: 'health' },
  // A fee schedule's class, a device's test result and a registration window's hours are no one's.
  { name: 'chargeType', owner: 'ChargeItem', type: 'String', comment: '费别', expect: undefined },
  { name: 'result', owner: 'DeviceCheck', type: 'String', comment: '检测结果', expect: undefined },
  { name: 'openTime', owner: 'RegisterWindow', type: 'String', comment: '挂号开放时间', expect: undefined },
]);

classifyTable('the name a bank account is opened in (开户名) is its holder’s name', [
  { name: 'bankAccountName', owner: 'RefundApply', type: 'String', comment: '银行开户名', expect: 'name' },
  { name: 'holder', owner: 'BankCard', type: 'String', comment: '开户名', expect: 'name' },
  { name: 'holder', owner: 'Withdrawal', type: 'String', comment: '开户名', expect: 'name' },
  // A store's settlement account and a merchant's are the business's.
  { name: 'settlementName', owner: 'StoreSettlement', type: 'String', comment: '开户名', expect: undefined },
  { name: 'settleName', owner: 'Merchant', type: 'String', comment: '开户名', expect: undefined },
]);

classifyTable('a member’s points balance is property, named or described as such', [
  { name: 'point', owner: 'Member', type: 'Long', comment: '积分数量', expect: 'property' },
  { name: 'totalPoint', owner: 'Member', type: 'Long', comment: '积分总数量', expect: 'property' },
  { name: 'membership_point', owner: 'account', type: 'BIGINT', expect: 'property' },
  { name: 'lifetime_points', owner: 'LoyaltyAccount', type: 'integer', expect: 'property' },
  // A points rule's and a game's numbers are no one's balance.
  { name: 'deductPoint', owner: 'PointRule', type: 'Integer', comment: '抵扣积分', expect: undefined },
  { name: 'points', owner: 'GameRound', type: 'int', expect: undefined },
]);

classifyTable('where a person is (所在地区, 所在城市) is part of their address', [
  {
    name: 'region',
    owner: 'loaner_details',
    type: 'VARCHAR(40)',
    comment: '借款人所在地区',
    expect: 'address',
  },
  { name: 'area', owner: 'Member', type: 'String', comment: '所在城市', expect: 'address' },
  // A store's region is the store's; where a pledged house is stays the house's.
  { name: 'region', owner: 'Store', type: 'String', comment: '所在地区', expect: undefined },
  { name: 'area', owner: 'Warehouse', type: 'String', comment: '所在城市', expect: undefined },
]);

classifyTable('what a friend, contact or group request says to the person asked is a message to them', [
  {
    name: 'remark',
    owner: 'ContactApply',
    type: 'string',
    comment: '申请备注',
    expect: 'communication_content',
  },
  {
    name: 'msg',
    owner: 'user_apply',
    type: 'varchar(64)',
    comment: '申请信息',
    expect: 'communication_content',
  },
  { name: 'hello', owner: 'FriendshipPayload', type: 'string', expect: 'communication_content' },
  {
    name: 'remark',
    owner: 'InviteModel',
    type: 'string',
    comment: '邀请备注',
    expect: 'communication_content',
  },
  // A reviewer's remark on a withdrawal, an application's bare remark and a greeting template are not.
  { name: 'inspectRemark', owner: 'WithdrawApply', type: 'String', comment: '审核备注', expect: undefined },
  { name: 'remark', owner: 'parking_space_apply', type: 'varchar(300)', comment: '备注', expect: undefined },
  { name: 'hello', owner: 'BotConfig', type: 'string', expect: undefined },
]);

classifyTable('what a job seeker looks for is part of their résumé', [
  {
    name: 'expectCity',
    owner: 'JobHuntingInfo',
    type: 'String',
    comment: '期望城市',
    expect: 'education_work',
  },
  {
    name: 'expectIndustry',
    owner: 'JobHuntingInfo',
    type: 'String',
    comment: '期望行业',
    expect: 'education_work',
  },
  { name: 'expected_position', owner: 'candidate_profile', type: 'varchar(64)', expect: 'education_work' },
  // A job posting's own city is the post's; a product's expected price is the shop's.
  { name: 'city', owner: 'JobPosting', type: 'String', comment: '工作城市', expect: undefined },
  { name: 'expectPrice', owner: 'Product', type: 'BigDecimal', comment: '期望价格', expect: undefined },
]);

classifyTable('a password record’s or an administrator’s salt and reset tokens are the person’s secrets', [
  { name: 'salt', owner: 'AdminPassword', type: 'String', expect: 'credential' },
  { name: 'resetToken', owner: 'AdminPassword', type: 'String', expect: 'credential' },
  { name: 'salt', owner: 'sys_admin', type: 'varchar(32)', expect: 'credential' },
  { name: 'email_token', owner: 'operator_password', type: 'varchar(64)', expect: 'credential' },
  // A hashing configuration's salt and a cache's reset token are the system's.
  { name: 'salt', owner: 'HashConfig', type: 'String', expect: undefined },
  { name: 'resetToken', owner: 'CacheEntry', type: 'String', expect: undefined },
]);
