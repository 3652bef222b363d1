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
