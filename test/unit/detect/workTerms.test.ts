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

classifyTable('a major or a department held as its own object is that record, not the person’s', [
  { name: 'major', owner: 'Clazz', type: 'Major', comment: '专业实体', expect: undefined },
  { name: 'school', owner: 'Student', type: 'School', expect: undefined },
  // Written out as text in a person's record, they are the person's.
  { name: 'major', owner: 'Student', type: 'String', comment: '专业', expect: 'education_work' },
  { name: 'school', owner: 'Student', type: 'String', expect: 'education_work' },
]);
