/**
 * `uId` (a `u` and an `Id`, as camel case splits `uid`) is the person's key as `uid` is, and
 * goes where `uid` goes: a product's is nobody's.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('uId is uid', [
  { name: 'uId', owner: 'Staff', type: 'Long', expect: 'online_id' },
  { name: 'uId', owner: 'EmployeeRosterStore', type: 'Long', expect: 'online_id' },
  { name: 'u_id', owner: 'user', type: 'bigint', expect: 'online_id' },
  { name: 'uId', owner: 'Product', type: 'long', expect: undefined },
]);
