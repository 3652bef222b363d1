/**
 * A ledger, journal or statement entry's amount is money moving on someone's account; its other
 * words (a time, a kind) are not read, and `amount` elsewhere still needs a payment's record.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a ledger entry’s amount is a transaction', [
  {
    name: 'Amount',
    owner: 'Entry',
    type: 'int64',
    comment: 'can be negative or positive',
    expect: 'transaction',
  },
  { name: 'amount', owner: 'acc_gl_journal_entry', type: 'decimal(19,6)', expect: 'transaction' },
  { name: 'Amount', owner: 'BankStatement', type: 'decimal', expect: 'transaction' },
  // Not the entry's other fields, nor an amount of a thing's record.
  { name: 'CreatedAt', owner: 'Entry', type: 'time.Time', expect: undefined },
  { name: 'amount', owner: 'Recipe', type: 'decimal', expect: undefined },
  { name: 'amount', owner: 'stock_item', type: 'int', expect: undefined },
]);
