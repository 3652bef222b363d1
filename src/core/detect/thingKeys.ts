/**
 * Keys whose name and description disagree about what they point at (issue 9, session 15; docs/
 * detection-rulings.md, "Online identifiers by sub-class"). A rule of `classify.ts`.
 */
import type { Reading } from './choose.js';
import { singularOf } from './plural.js';
import type { CompiledVocabulary } from './vocabulary/index.js';

/**
 * `BindRoleDto.roleId` described as `用户ID`, `TalkGroupMessageDel.GroupId` as `用户ID`,
 * `bankAreaId` as `账号地区ID`: the name says which record the key points at (a role, a group, an
 * area), so a description copied from a user's key, or naming whose area it is, does not make it a
 * key to a person. Only when the description alone chose the category; a name that reads as a
 * person's key (`userId` described as `用户ID`) is not touched.
 */
export function thingKeyDescribedAsPerson(
  reading: Reading,
  nameWords: readonly string[],
  vocab: CompiledVocabulary,
): boolean {
  if (reading.from !== 'comment' || nameWords.length < 2) return false;
  if (!KEY_WORDS.has(nameWords[nameWords.length - 1] ?? '')) return false;
  const thing = singularOf(nameWords[nameWords.length - 2] ?? '');
  return (vocab.nonPersonOwners.has(thing) && !vocab.personRoles.has(thing)) || THING_KEYS.has(thing);
}

const KEY_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'uid', 'no']);
/** Things keyed by id that the owner lists do not name (a chat group, an area, a tenant). */
const THING_KEYS: ReadonlySet<string> = new Set([
  'group',
  'area',
  'region',
  'room',
  'tenant',
  'role',
  'dept',
]);
