/**
 * An audit column named so keeps its ruling when only its comment names the key (tried on branch
 * `det-rules`, session 11): `CreatedBy` described as `创建人 ( system_user表的user_id )`.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('an audit column whose comment names the user key is still an audit column', [
  { name: 'UpdatedBy', owner: 'Courier', type: 'string', comment: '修改人 (sys_user表的user_id)', expect: undefined },
  // A key to the person the record is about, described the same way, is theirs.
  { name: 'buyer', owner: 'shop_order', type: 'bigint', comment: '用户ID', expect: 'online_id' },
]);
