/**
 * Issue 9 (branch `det-work`): a person's employment and schooling facts as Chinese HR systems
 * describe them. Each rule has its negative beside it.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('Chinese HR words in an employee’s record are their work information', [
  {
    name: 'correctionEvaluation',
    owner: 'Employee',
    type: 'String',
    comment: '转正评价',
    expect: 'education_work',
  },
  {
    name: 'currentContractStartTime',
    owner: 'EmployeeInfo',
    type: 'String',
    comment: '现合同开始时间',
    expect: 'education_work',
  },
  { name: 'renewalTime', owner: 'staff', type: 'Date', comment: '续签时间', expect: 'education_work' },
  { name: 'adjustmentTime', owner: 'Employee', type: 'Date', comment: '调岗时间', expect: 'education_work' },
  { name: 'workingCity', owner: 'Employee', type: 'String', comment: '工作城市', expect: 'education_work' },
  { name: 'office', owner: 'Staff', type: 'String', comment: '办公室', expect: 'education_work' },
  // Outside an employment record the same words are a thing's: a sales contract's start, an
  // office building's room, a shop's city.
  { name: 'startTime', owner: 'SalesContract', type: 'Date', comment: '合同开始时间', expect: undefined },
  { name: 'office', owner: 'Building', type: 'String', comment: '办公室', expect: undefined },
  { name: 'city', owner: 'Shop', type: 'String', comment: '工作城市', expect: undefined },
]);
