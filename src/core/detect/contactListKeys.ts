/**
 * Keys to the people on a person's contact lists (issue 9, sessions 14 and 19): the other party of
 * a friendship or a following, and the person a chat group's member row lists, are entries of a
 * contact list (`contacts_list`) rather than plain keys to a person (`online_id`).
 */
import type { Reading } from './choose.js';
import type { OwnerReading } from './readings.js';

/**
 * `Friend.to`, `tb_follow.follow_user_id`, `FriendDocument.from` described as `源用户id`: in a
 * record of who befriends or follows whom, the key to the other party is an entry of the
 * person's contact list; the plain key of whose list it is (`tb_follow.user_id`) stays theirs.
 */
export function contactListKey(reading: Reading, words: readonly string[], owner: OwnerReading): boolean {
  if (reading.meaning.category !== 'online_id') return false;
  if (groupMemberKey(reading, words, owner)) return true;
  if (!words.some((w) => LIST_PARTY_WORDS.has(w))) return false;
  const key = reading.meaning.strength === 'low' || /id$/i.test(reading.match.text);
  if (!key && !(reading.from === 'name' && words.length === 1)) return false;
  // A request to befriend someone (`FriendApply.to_uid`, 好友申请) names a party, not yet a contact.
  for (const w of owner.words) if (BEFRIEND_REQUESTS.has(w)) return false;
  if (BEFRIEND_REQUESTS_ZH.some((z) => owner.gates.has(z))) return false;
  for (const w of owner.words) if (RELATION_RECORDS.has(w)) return true;
  return RELATION_RECORDS_ZH.some((z) => owner.gates.has(z));
}

/**
 * `GroupMember.user_id`, `群成员.uid`: the person a chat group's member row lists is an entry of the
 * group's member list, as a friend is of a friend list.
 */
function groupMemberKey(reading: Reading, words: readonly string[], owner: OwnerReading): boolean {
  const member = owner.words.has('member') && owner.words.has('group');
  if (!member && !owner.gates.has('群成员')) return false;
  // A user group's member (`user_group_member`: a team's, a role's) or an event naming a member
  // (`TalkRecordExtraGroupMember`) is no chat group's member list.
  for (const w of NOT_MEMBER_LISTS) if (owner.words.has(w)) return false;
  return reading.from === 'name' && words.every((w) => MEMBER_KEY_WORDS.has(w));
}

const NOT_MEMBER_LISTS: readonly string[] = ['user', 'record', 'event', 'log', 'extra'];

/** The words of a bare key to the person a member row lists (`user_id`, `uid`, `member_id`). */
const MEMBER_KEY_WORDS: ReadonlySet<string> = new Set(['user', 'member', 'id', 'uid', 'userid']);

/** Records of a request or an invitation, answered or not. */
const BEFRIEND_REQUESTS: ReadonlySet<string> = new Set([
  'apply',
  'application',
  'request',
  'invite',
  'invitation',
]);
const BEFRIEND_REQUESTS_ZH: readonly string[] = ['申请', '邀请'];

/** Records of a friendship or a following. */
const RELATION_RECORDS: ReadonlySet<string> = new Set([
  'friend',
  'friendship',
  'follow',
  'following',
  'follower',
  'buddy',
  'fan',
]);
const RELATION_RECORDS_ZH: readonly string[] = ['好友', '关注', '粉丝'];
/** Words naming the other party of such a record. */
const LIST_PARTY_WORDS: ReadonlySet<string> = new Set([
  'from',
  'to',
  'target',
  'follow',
  'followed',
  'following',
  'friend',
  'peer',
]);
