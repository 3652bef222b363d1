/**
 * Issue 9 (branch `det-money`): a person's money — what they paid, were refunded or withdrew
 * (`transaction`) and what they hold (`property`) — against a shop's, a platform's or a
 * product's own amounts. Each positive has a negative beside it (`detect/money.ts`).
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a payment’s number issued by a platform or a system is still the payment’s', [
  {
    name: 'tradeNo',
    owner: 'BillPayments',
    type: 'String',
    comment: '第三方平台交易流水号',
    expect: 'transaction',
  },
  { name: 'trade_no', owner: 'pay_log', type: 'char(100)', comment: '支付平台交易号', expect: 'transaction' },
  {
    name: 'outTradeNo',
    owner: 'QueryRequest',
    type: 'String',
    comment: '商户系统内部订单号',
    expect: 'transaction',
  },
  // Anything else the comment gives the platform stays the platform's (its totals, its name).
  { name: 'total', owner: 'pay_log', type: 'decimal(10,2)', comment: '支付平台交易金额', expect: undefined },
  { name: 'sys_name', owner: 'pay_log', type: 'varchar(64)', comment: '支付平台名称', expect: undefined },
]);

classifyTable('a cart’s payment method and totals are goods chosen, not a purchase (session 16)', [
  { name: 'paymentMethod', owner: 'ShoppingCart', type: 'String', expect: undefined },
  { name: 'pay_method', owner: 'member_basket', type: 'varchar(32)', expect: undefined },
  { name: 'total_amount', owner: 'CartSummary', type: 'decimal(10,2)', expect: undefined },
  { name: 'pay_time', owner: 'cart', ownerComment: '购物车', type: 'datetime', expect: undefined },
  // The order the cart became is a purchase, and an order's own method and time are its buyer's.
  { name: 'paymentMethod', owner: 'CartOrder', type: 'String', expect: 'transaction' },
  { name: 'paymentMethod', owner: 'Order', type: 'String', expect: 'transaction' },
  { name: 'pay_time', owner: 'orders', type: 'datetime', comment: '支付时间', expect: 'transaction' },
  // A cart still belongs to its shopper: their key and e-mail are kept.
  { name: 'customerEmail', owner: 'ShoppingCart', type: 'String', expect: 'contact' },
]);

classifyTable('a card’s expiry is card data to pay with, a credential (session 16)', [
  { name: 'expMonth', owner: 'card', type: 'string', expect: 'credential' },
  { name: 'expirationYear', owner: 'CreditCardPaymentInfo', type: 'Integer', expect: 'credential' },
  { name: 'expiry_date', owner: 'bank_card', type: 'varchar(8)', comment: '卡有效期', expect: 'credential' },
  // Outside a card or a payment an expiry is a token's, a coupon's or a licence's.
  { name: 'expiry_date', owner: 'coupon', type: 'date', expect: undefined },
  { name: 'expirationMonth', owner: 'Subscription', type: 'Integer', expect: undefined },
]);

classifyTable('a social-insurance share named after the risk it insures is money (session 16)', [
  {
    name: 'bigDiseaseEnterprise',
    owner: 'SalaryArchiveDetail',
    type: 'BigDecimal',
    comment: '大病企业',
    expect: 'property',
  },
  {
    name: 'industrialInjuryPersonal',
    owner: 'SocialSecurityArchive',
    type: 'BigDecimal',
    comment: '工伤个人',
    expect: 'property',
  },
  // Without the share's own words the name's illness stays health.
  { name: 'seriousIllness', owner: 'PatientHistory', type: 'String', comment: '大病史', expect: 'health' },
  { name: 'industrialInjury', owner: 'Employee', type: 'String', expect: 'health' },
]);

classifyTable('a tracking id is a parcel’s only where goods are shipped (session 16)', [
  { name: 'tracking_id', owner: 'ShipOrderResponse', type: 'string', expect: 'transaction' },
  { name: 'trackingId', owner: 'Shipment', type: 'String', expect: 'transaction' },
  // A registration's or an application's tracking id follows the file, not a purchase.
  { name: 'trackingId', owner: 'Registration', type: 'String', expect: undefined },
  { name: 'tracking_id', owner: 'page_view', type: 'varchar(64)', expect: undefined },
]);

classifyTable('an order line’s price repeats the shop’s price of the goods (session 16)', [
  { name: 'price', owner: 'order_detail', type: 'decimal(10,2)', expect: undefined },
  { name: 'currentUnitPrice', owner: 'OrderItem', type: 'BigDecimal', expect: undefined },
  { name: 'total_price', owner: 'order_goods', type: 'decimal(10,2)', expect: undefined },
  // The order's own price and a line's refund are what the buyer paid or got back.
  { name: 'price', owner: 'orders', type: 'decimal(10,2)', expect: 'transaction' },
  { name: 'total_price', owner: 'Order', type: 'BigDecimal', expect: 'transaction' },
  { name: 'refund_price', owner: 'order_detail', type: 'decimal(10,2)', expect: 'transaction' },
]);

classifyTable('an order’s total of the goods bought is what the buyer paid (session 16)', [
  { name: 'goodsAmount', owner: 'Order', type: 'decimal', comment: '商品总价', expect: 'transaction' },
  { name: 'productsTotal', owner: 'Order', type: 'BigDecimal', expect: 'transaction' },
  // The goods' own price, a line's amount and a product's total are the shop's.
  { name: 'productPrice', owner: 'Order', type: 'BigDecimal', expect: undefined },
  { name: 'goodsAmount', owner: 'OrderItem', type: 'decimal', expect: undefined },
  { name: 'goodsAmount', owner: 'Warehouse', type: 'decimal', expect: undefined },
]);

classifyTable('a card’s number under the card industry’s names (session 16)', [
  { name: 'pan', owner: 'CreditCardPaymentInfo', type: 'String', expect: 'property' },
  { name: 'gan', owner: 'GiftCard', type: 'string', expect: 'property' },
  // Elsewhere a pan is a camera's, and a gift card's GAN source is how the number was made.
  { name: 'pan', owner: 'CameraPosition', type: 'float', expect: undefined },
  { name: 'gan_source', owner: 'GiftCard', type: 'string', expect: undefined },
]);

classifyTable('a payment’s number described in Chinese as a trade or payment serial (session 16)', [
  { name: 'transNo', owner: 'TransFlow', type: 'String', comment: '交易单号', expect: 'transaction' },
  {
    name: 'platformNumber',
    owner: 'PayInfo',
    type: 'String',
    comment: '支付宝支付流水号',
    expect: 'transaction',
  },
  // A serial number of anything else is not a payment's.
  { name: 'serialNo', owner: 'DeviceLog', type: 'String', comment: '业务流水号', expect: undefined },
  { name: 'batchNo', owner: 'ImportTask', type: 'String', comment: '导入批次号', expect: undefined },
]);

classifyTable('points spent or moved by one entry are the change, not the balance (session 16)', [
  { name: 'points', owner: 'member', type: 'int', comment: '会员积分', expect: 'property' },
  { name: 'integral', owner: 'user', type: 'int', comment: '积分', expect: 'property' },
  { name: 'point', owner: 'Order', type: 'int', comment: '使用积分', expect: undefined },
  {
    name: 'operation_integral',
    owner: 'user_integral_log',
    type: 'int',
    comment: '操作积分',
    expect: undefined,
  },
]);

classifyTable('a balance written as money is a holding, not a payment (session 16)', [
  { name: 'balance_money', owner: 'GiftCard', type: 'Money', expect: 'property' },
  { name: 'runningBalance', owner: 'Transactions', type: 'Double', expect: 'property' },
  // The money a payment moved stays a transaction; a load balancer's balance is nobody's.
  { name: 'amount_money', owner: 'Payment', type: 'Money', expect: 'transaction' },
  { name: 'load_balance', owner: 'ServerPool', type: 'int', expect: undefined },
]);

classifyTable('a salary row in pinyin initials is one person’s pay (session 16)', [
  { name: 'jt', owner: 'salary', type: 'varchar(255)', expect: 'property' },
  { name: 'stotal', owner: 'salary', type: 'varchar(255)', expect: 'property' },
  // The same initials elsewhere spell other words.
  { name: 'jt', owner: 'route', type: 'varchar(255)', expect: undefined },
  { name: 'yb', owner: 'device', type: 'varchar(255)', expect: undefined },
]);

classifyTable('the wage a post carries is the pay of the person holding it', [
  {
    name: 'currentPostWage',
    owner: 'UserSalary',
    type: 'BigDecimal',
    comment: '当前岗位工资',
    expect: 'property',
  },
  { name: 'position_salary', owner: 'employee_salary', type: 'decimal(10,2)', expect: 'property' },
  // A post's own record: what the post is called, or the wage a post table lists, is nobody's money.
  { name: 'post_name', owner: 'UserSalary', type: 'varchar(64)', expect: undefined },
  { name: 'wage', owner: 'Post', type: 'decimal(10,2)', expect: undefined },
  { name: 'salary', owner: 'sys_post', type: 'decimal(10,2)', comment: '岗位工资', expect: undefined },
]);
