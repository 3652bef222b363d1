/**
 * Classes of error in account identifiers, secrets and names on the lexicon's train split
 * (issue 9, branch `det-ids`; `docs/detection-rulings.md`). A negative beside each rule; names
 * are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('an account word described as a person’s name (`userName` // 姓名) holds the real name', [
  { name: 'userName', owner: 'MemberVO', type: 'String', comment: '真实姓名', expect: 'name' },
  { name: 'user_name', owner: 't_staff', type: 'varchar(32)', comment: '姓名', expect: 'name' },
  // A description naming the login confirms the account word.
  { name: 'userName', owner: 'MemberVO', type: 'String', comment: '登录名', expect: 'online_id' },
  { name: 'user_name', owner: 't_staff', type: 'varchar(32)', comment: '用户名称', expect: 'online_id' },
]);
