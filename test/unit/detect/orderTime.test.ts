/**
 * When an order was placed is not when its money moved: `order_time` // 下单时间 is the order's
 * stamp, while the pay time of the same order is its transaction (session 16's ruling).
 */
import { classifyTable } from './classifyTable.js';

classifyTable('an order’s placing time is not its payment', [
  { name: 'order_time', owner: 't_order', type: 'datetime', comment: '下单时间', expect: undefined },
  { name: 'orderTime', owner: 'TicketOrderDetailRespDTO', type: 'Date', expect: undefined },
  { name: 'order_time', owner: 'order', type: 'Number', expect: undefined },
  // The time the money moved, and a subscription's application time, still are.
  { name: 'pay_time', owner: 't_order', type: 'datetime', comment: '支付时间', expect: 'transaction' },
  { name: 'paymentTime', owner: 'Order', type: 'Date', expect: 'transaction' },
  { name: 'apply_time', owner: 'SubscribeOrder', type: 'datetime', expect: 'transaction' },
]);
