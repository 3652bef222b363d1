/**
 * Keys whose name and description disagree about what they point at (issue 9, session 15; docs/
 * detection-rulings.md, "Online identifiers by sub-class"). A rule of `classify.ts`.
 */
import type { Reading } from './choose.js';
import type { PhraseMatch } from './match.js';
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

/**
 * `departmentId` described as `部门ID`, `PosId` as `职位Id` in an employee's file: a name that is an
 * owner-gated key term of a category (`department_id`) and a comment that is the same term and a
 * key suffix say the same thing, so the suffix, which makes most comments a property of their term
 * (`手机号格式`), cancels nothing here.
 */
export function commentRestatesKey(
  reading: Reading,
  nameWords: readonly string[],
  negative: PhraseMatch | undefined,
): boolean {
  // Only a term its owner gates (`department_id` in an employee's file): the owner already said
  // whose key it is. A friend's key described as 好友ID stays the key it says it is.
  if (negative === undefined || reading.from !== 'name' || reading.meaning.owners.length === 0) return false;
  if (!KEY_WORDS.has(nameWords[nameWords.length - 1] ?? '') || !KEY_SUFFIX_ZH.test(negative.text))
    return false;
  return negative.meanings.some((m) => m.category === reading.meaning.category);
}

/** Key suffixes of a Chinese description (`部门ID`, `职位编号`). */
const KEY_SUFFIX_ZH = /(?:ID|Id|id|编号)$/;
