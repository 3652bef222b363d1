/**
 * The sentences a finding gives for why it exists (`classify.ts`, `decide.ts`): what the words
 * say, whose the field is, and when a comment only repeats the name.
 */
import { getCategory } from '../law/categories.js';
import type { CategoryKey } from '../law/schema.js';
import type { Evidence } from '../types.js';
import type { Reading } from './choose.js';
import { naturalPersonName } from './naturalName.js';
import { screenName } from './keys.js';
import { ADDRESS_HEADS, CARD_HEADS } from './ownerHead.js';
import type { CommentReading, OwnerReading } from './readings.js';

/** Stands for the candidate's owner in cached evidence, filled in per finding. */
export const OWNER_SLOT = '\u0000owner';

/** Who a finding's owner is, as its reading found it: a person or a thing, and the word. */
type OwnerContext = OwnerReading['context'];

/**
 * Why the owner makes the field a person's (`"patient" is a person`), or why a thing's field is
 * reported anyway (a category personal whoever holds it, a nickname, a natural person's name, a
 * key to a person's record); `undefined` when no owner decided.
 */
export function ownerEvidence(
  ownerContext: OwnerContext,
  sibling: OwnerContext,
  owner: OwnerReading,
  category: CategoryKey,
  inherentlyPersonal: boolean,
  reading: Reading,
): Evidence | undefined {
  if (ownerContext?.kind === 'person') {
    const detail =
      ownerContext === sibling
        ? `the same record holds "${ownerContext.word}", so it describes a person`
        : ownerContext === owner.context && ADDRESS_HEADS.has(ownerContext.word)
          ? `"${ownerContext.word}" is a postal address, where a person lives or receives parcels, so the field describes that person`
          : ownerContext === owner.context && CARD_HEADS.has(ownerContext.word)
            ? `"${ownerContext.word}" is a card issued to a person, its holder, so the field describes them`
            : `"${ownerContext.word}" is a person, so the field describes one`;
    return { kind: 'owner', matched: ownerContext.word, detail };
  }
  if (ownerContext?.kind === 'nonperson') {
    return {
      kind: 'owner',
      matched: ownerContext.word,
      detail: inherentlyPersonal
        ? `"${ownerContext.word}" is not a person, but ${category} is personal whoever holds it`
        : screenName(reading)
          ? `"${ownerContext.word}" is not a person, but a nickname only ever names one`
          : naturalPersonName(reading)
            ? `"${ownerContext.word}" is not a person, but only a person has a ${reading.match.text}`
            : `a key to a person's record: the "${ownerContext.word}" is that person's`,
    };
  }
  return undefined;
}

/**
 * `locationCity` described as "Location city name": an English description that repeats a weak
 * word of the name says nothing about whose it is, so it confirms nothing.
 */
export function restates(comment: CommentReading, reading: Reading): boolean {
  if (!comment.english || reading.meaning.strength !== 'weak' || comment.head === undefined) return false;
  const described = comment.head.text.split(' ');
  return reading.match.text.split(' ').every((w) => described.includes(w));
}

export function wordEvidence(reading: Reading, category: CategoryKey, pinyin: string | undefined): Evidence {
  const label = getCategory(category).en;
  const m = reading.meaning;
  const contest =
    m.contest === undefined ? '' : `; contested mapping (${m.contest}), see the reading setting`;
  if (reading.from === 'comment') {
    return {
      kind: 'comment',
      matched: reading.match.text,
      detail: `the attached comment says "${reading.match.text}": ${label}${contest}`,
    };
  }
  if (m.source === 'config')
    return {
      kind: 'config',
      matched: reading.match.text,
      detail: `.pilens.json vocabulary maps "${m.phrase}" to ${label}${contest}`,
    };
  const what =
    m.source === 'pinyin'
      ? 'pinyin abbreviation'
      : m.source === 'zh' && pinyin !== undefined
        ? `pinyin name (${pinyin.replaceAll(' ', '')}), Chinese term`
        : m.source === 'zh'
          ? 'Chinese term'
          : 'identifier words';
  return {
    kind: 'token',
    matched: reading.match.text,
    detail: `${what} "${reading.match.text}" (${m.strength}): ${label}${contest}`,
  };
}
