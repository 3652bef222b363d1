/**
 * An owner-gated term is opened by its owner or a word before it, never by its own words: a
 * hotel's key says nothing of a stay, as a secret's own words say nothing of whose it is, and a
 * money word says what kind of money, not whose record holds it. A money event's own number is
 * that event's in any record (`docs/detection-rulings.md`, "A money event's own key").
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a term’s own words do not open its owner gate', [
  { name: 'hotelId', owner: 'RatePlan', type: 'string', expect: undefined },
  { name: 'hotel_id', owner: 'availability', type: 'String', expect: undefined },
  // The owner (a stay, a booking) or a word before the term still opens it.
  { name: 'hotel_id', owner: 'hotel_booking', type: 'bigint', expect: 'accommodation' },
  { name: 'hotelId', owner: 'GuestCheckin', type: 'Long', expect: 'accommodation' },
]);

classifyTable('a money term’s own words do not open its owner gate', [
  { name: 'payment_method', owner: 'Employee', type: 'string', expect: undefined },
  { name: 'lastActiveTransactionDate', owner: 'SavingAccount', type: 'List<Int>', expect: undefined },
  { name: 'RefundAmount', owner: 'GoodDetail', type: 'int', expect: undefined },
  // A record of the payment, or a word before the term, still opens it.
  { name: 'payment_method', owner: 'Order', type: 'string', expect: 'transaction' },
  { name: 'RefundAmount', owner: 'RefundRequest', type: 'int', expect: 'transaction' },
  { name: 'orderRefundAmount', owner: 'GoodDetail', type: 'int', expect: 'transaction' },
]);

classifyTable('a money event’s own number is the transaction in any record', [
  { name: 'TransactionID', owner: 'Ticket', type: 'string', expect: 'transaction' },
  { name: 'awardTransactionId', owner: 'Comment', type: 'string', expect: 'transaction' },
  { name: 'invoiceId', owner: 'Payout', type: 'String', expect: 'transaction' },
  { name: 'refund_no', owner: 'after_sale', type: 'varchar(64)', expect: 'transaction' },
  // A database's own distributed transaction and an order's row key are nobody's payment.
  { name: 'global_transaction_id', owner: 'undo_log', type: 'varchar(64)', expect: undefined },
  { name: 'order_id', owner: 'Comment', type: 'bigint', expect: undefined },
]);
