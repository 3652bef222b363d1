/**
 * Issue 9 (branch `det-recall`): when a person joined or left their employer is their work
 * history in any record of a person, not only an employee's; the organisation's structure
 * (a department, a post's key) still needs an employment record.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a joining or leaving date is a person’s work history in any record of a person', [
  { name: 'JoinDate', owner: 'SysUser', type: 'DateTime?', comment: '入职日期', expect: 'education_work' },
  { name: 'hire_date', owner: 'users', type: 'date', expect: 'education_work' },
  { name: 'termination_date', owner: 'Member', type: 'date', expect: 'education_work' },
  // A thing's dates, and a user's department or post key, are not.
  { name: 'join_date', owner: 'Product', type: 'date', expect: undefined },
  { name: 'dept_id', owner: 'SysUser', type: 'long', expect: undefined },
  { name: 'PosId', owner: 'SysUser', type: 'long', comment: '职位Id', expect: undefined },
]);
