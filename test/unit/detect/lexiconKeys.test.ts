/**
 * Classes of error in the online identifiers of the real-code field lexicon (issue 9, session 15,
 * branch `det-ids`; docs/detection-rulings.md, "Online identifiers by sub-class"). Each rule with
 * a negative beside it; names are unlike the lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('a key named for a thing is that thing’s, whatever person its description names', [
  { name: 'roleId', owner: 'AssignRoleCmd', type: 'Long', comment: '用户ID', expect: undefined },
  { name: 'group_id', owner: 'chat_message_hidden', type: 'int', comment: '用户ID', expect: undefined },
  {
    name: 'cityAreaId',
    owner: 'MemberPayoutCard',
    type: 'Integer',
    comment: '账号地区ID',
    expect: undefined,
  },
  // A name that reads as a person's key keeps it, and so does a description on a bare word.
  { name: 'userId', owner: 'AssignRoleCmd', type: 'Long', comment: '用户ID', expect: 'online_id' },
  { name: 'member_id', owner: 'chat_message_hidden', type: 'int', comment: '用户ID', expect: 'online_id' },
]);
