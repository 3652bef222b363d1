/**
 * Classes of error in the person-keys, contact-list and message categories of the real-code field
 * lexicon (issue 9, session 14, branch `det-persons`; docs/detection-rulings.md, "Keys to people,
 * contact lists and messages"). Each rule with a negative beside it; names are unlike the
 * lexicon's own records.
 */
import { classifyTable } from './classifyTable.js';

classifyTable('the other party of a friendship or a following is an entry of a contact list', [
  { name: 'follow_member_id', owner: 'member_follow', type: 'bigint', expect: 'contacts_list' },
  { name: 'target', owner: 'FriendRelation', type: 'string', comment: '对方用户id', expect: 'contacts_list' },
  { name: 'peer_uid', owner: 'buddy_link', type: 'bigint', expect: 'contacts_list' },
  // Whose list it is stays that person's key, and a party key elsewhere is not a list entry.
  { name: 'member_id', owner: 'member_follow', type: 'bigint', expect: 'online_id' },
  { name: 'to_member_id', owner: 'gift_order', type: 'bigint', expect: 'online_id' },
]);

classifyTable('campaign parameters and a page are online activity only in a record of online visits', [
  { name: 'utm_source', owner: 'PageviewEvent', type: 'string', expect: 'online_activity' },
  { name: 'utm_campaign', owner: 'WebVisitor', type: 'string', expect: 'online_activity' },
  { name: 'keyword', owner: 'BrowseHistory', type: 'string', expect: 'online_activity' },
  // A link's or a customer's campaign tags and a parcel's tracking page are not.
  { name: 'utm_source', owner: 'ShortLink', type: 'string', expect: undefined },
  { name: 'utm_source', owner: 'Customer', type: 'string', expect: undefined },
  { name: 'trackingUrl', owner: 'Shipment', type: 'String', expect: undefined },
]);

classifyTable('a nickname is a person’s whatever record holds it', [
  { name: 'nickname', owner: 'Item', type: 'string', expect: 'online_id' },
  { name: 'nick_name', owner: 'RoomEntry', type: 'string', comment: '昵称', expect: 'online_id' },
  // A thing's own name and a flag about the nickname are not.
  { name: 'name', owner: 'Item', type: 'string', expect: undefined },
  { name: 'nicknameVisible', owner: 'Item', type: 'boolean', expect: undefined },
]);

classifyTable('the weak word `account` is a login only as the last word holding text', [
  { name: 'account', owner: 'Rider', type: 'String', expect: 'online_id' },
  { name: 'loginAccount', owner: 'Rider', type: 'String', expect: 'online_id' },
  // The account's state, and the account record itself, are not its login.
  { name: 'accountLocked', owner: 'Rider', type: 'String', expect: undefined },
  { name: 'account', owner: 'Rider', type: 'Account', expect: undefined },
]);
