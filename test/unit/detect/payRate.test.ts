/**
 * A person's pay rate in a job assignment or a compensation record is their pay (property); a
 * rate after a fee word is a ratio, not money paid.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a pay rate is pay; a fee rate is not a fee', [
  { name: 'hourly_rate', owner: 'JobAssignment', type: 'Money', expect: 'property' },
  { name: 'annual_rate', owner: 'JobAssignment', type: 'Money', expect: 'property' },
  {
    name: 'rate',
    owner: 'Compensation',
    type: 'string',
    comment: 'The dollar amount paid per payment unit.',
    expect: 'property',
  },
  // A shipping label's or a campaign's rate, and an order's fee rate, are not anyone's pay or payment.
  { name: 'rate', owner: 'ShippingLabel', type: 'BigDecimal', expect: undefined },
  { name: 'annual_rate', owner: 'Loan', type: 'decimal', expect: undefined },
  {
    name: 'guarant_month_fee_rate',
    owner: 'tdq_budget_order',
    type: 'decimal(18,8)',
    comment: '月费率',
    expect: undefined,
  },
]);
