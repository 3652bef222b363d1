/**
 * The context readings of a candidate, each cached where it repeats: its attached comment,
 * its owner (record name, owner description, dotted prefix) and its name.
 */
import { ownerKindOfWord, readEnglishText, readHanText, readName, singularOf } from './analyze.js';
import type { NameReading, OwnerKind } from './analyze.js';
import type { PhraseMatch } from './match.js';
import { hanRuns, isHan, tokenize } from './tokenize.js';
import type { CompiledVocabulary, TermMeaning } from './vocabulary/index.js';
import type { FieldCandidate } from '../types.js';
import { boundedMemo } from './memo.js';
import { containsAny, occurrencesIn } from './wordIndex.js';

/** What the attached comment says. */
export interface CommentReading {
  readonly head?: PhraseMatch;
  /** Earlier Chinese terms of the described clause, nearest first. */
  readonly previous?: readonly PhraseMatch[];
  readonly english: boolean;
  readonly negative?: PhraseMatch;
  readonly owner?: { readonly kind: OwnerKind; readonly word: string };
  readonly booleanish: boolean;
  readonly minor: boolean;
  readonly hasHan: boolean;
}

const NO_COMMENT: CommentReading = { english: false, booleanish: false, minor: false, hasHan: false };
const comments = boundedMemo<CommentReading>(5_000);

/** Reads an attached comment: Chinese first, then distinctive English phrases (cached by text). */
export function readComment(text: string | undefined, vocab: CompiledVocabulary): CommentReading {
  if (text === undefined || text.trim() === '') return NO_COMMENT;
  return comments.get(vocab, text, () => readCommentText(text, vocab));
}

function readCommentText(text: string, vocab: CompiledVocabulary): CommentReading {
  const hasHan = hanRuns(text).length > 0;
  if (hasHan) {
    const han = readHanText(text, vocab);
    if (han.head !== undefined || han.negative !== undefined) return { ...han, english: false, hasHan };
    const english = readEnglishText(text, vocab);
    return {
      ...(english !== undefined ? { head: english } : {}),
      english: true,
      booleanish: han.booleanish,
      minor: han.minor,
      hasHan,
    };
  }
  const english = readEnglishText(text, vocab);
  return {
    ...(english !== undefined ? { head: english } : {}),
    english: true,
    booleanish: false,
    minor: false,
    hasHan,
  };
}

/** Who owns the field. */
export interface OwnerReading {
  readonly kind?: OwnerKind;
  readonly context?: { readonly kind: OwnerKind; readonly word: string };
  readonly minor: boolean;
  /** Owner words (singular too) and raw owner texts, for owner-gated terms. */
  readonly words: ReadonlySet<string>;
  readonly texts: readonly string[];
  /** The record is a fixed place or piece of equipment (`RentalHouse`, `base_station`). */
  readonly place: boolean;
  /** The record exists to follow someone's position (`LocationUpdateEvent`, 轨迹). */
  readonly tracking: boolean;
  /**
   * Everything above that classification can see, as one string: owners with equal signatures
   * (`t_member_1`, `t_member_2`) classify their fields alike, so verdicts are shared by it.
   */
  readonly signature: string;
}

/** Chinese words that make an owner a call or message record (`话单`, `短信`). */
export const COMMUNICATION_ZH: readonly string[] = ['话单', '通话', '短信', '消息', '聊天'];

const owners = boundedMemo<OwnerReading>(5_000);

/**
 * Reads the owner from the record name, its description and a dotted prefix. The reading
 * depends on those three strings only, and every field of a record shares them: cached.
 */
export function readOwner(candidate: FieldCandidate, vocab: CompiledVocabulary): OwnerReading {
  const dotted = candidate.name.includes('.') ? candidate.name.slice(0, candidate.name.lastIndexOf('.')) : '';
  // Fields of one record arrive together: the previous answer is the likeliest one.
  const last = lastOwner;
  if (
    last !== undefined &&
    last.vocab === vocab &&
    last.owner === candidate.owner &&
    last.ownerComment === candidate.ownerComment &&
    last.dotted === dotted
  )
    return last.reading;
  const key = `${candidate.owner ?? '\u0001'}\u0000${candidate.ownerComment ?? '\u0001'}\u0000${dotted}`;
  const reading = owners.get(vocab, key, () => {
    const read = readOwnerTexts(candidate.owner, candidate.ownerComment, dotted, vocab);
    return { ...read, signature: ownerSignature(read, vocab) };
  });
  lastOwner = { vocab, owner: candidate.owner, ownerComment: candidate.ownerComment, dotted, reading };
  return reading;
}

let lastOwner:
  | {
      readonly vocab: CompiledVocabulary;
      readonly owner: string | undefined;
      readonly ownerComment: string | undefined;
      readonly dotted: string;
      readonly reading: OwnerReading;
    }
  | undefined;

function readOwnerTexts(
  owner: string | undefined,
  ownerComment: string | undefined,
  dotted: string,
  vocab: CompiledVocabulary,
): Omit<OwnerReading, 'signature'> {
  let context: OwnerReading['context'];
  let minor = false;
  let place = false;
  const allWords = new Set<string>();
  const texts: string[] = [];
  for (const text of [owner, ownerComment, dotted]) {
    if (text === undefined || text === '') continue;
    const words = tokenize(text)
      .filter((t) => t.kind === 'word')
      .map((t) => vocab.abbreviations.get(t.text) ?? t.text);
    texts.push(text);
    for (const w of words) {
      allWords.add(w);
      allWords.add(singularOf(w));
    }
    minor ||= words.some((w) => vocab.minorOwners.has(w)) || containsAny(text, vocab.minorOwnersZh);
    if (context !== undefined) continue;
    // An owner's description is prose: read its Chinese, and its English only when it is a label.
    const englishOk = text !== ownerComment || words.length <= 3;
    if (englishOk) {
      const head = ownerHead(words, vocab);
      context = head.context;
      place ||= head.place;
    }
    context ??= descriptionOwner(text, vocab);
  }
  const tracking =
    [...allWords].some((w) => vocab.trackingOwners.has(w)) ||
    texts.some((t) => containsAny(t, vocab.trackingOwnersZh));
  return {
    ...(context !== undefined ? { kind: context.kind, context } : {}),
    minor,
    words: allWords,
    texts,
    place,
    tracking,
  };
}

/**
 * The owner texts matter to classification only through the Chinese or mixed gate words they
 * contain (`ownerGateOpen`, `COMMUNICATION_ZH`), so the signature lists those, not the texts.
 */
function ownerSignature(reading: Omit<OwnerReading, 'signature'>, vocab: CompiledVocabulary): string {
  const gates = textGates(vocab);
  const contained = new Set(reading.texts.flatMap((t) => occurrencesIn(t, gates).map((o) => o.word)));
  return [
    reading.context?.kind ?? '',
    reading.context?.word ?? '',
    reading.minor ? 'm' : '',
    reading.place ? 'p' : '',
    reading.tracking ? 't' : '',
    [...reading.words].sort().join(' '),
    [...contained].sort().join(' '),
  ].join('\u0000');
}

const gateLists = new WeakMap<CompiledVocabulary, readonly string[]>();

/** Owner gate words matched as substrings of owner texts (not plain lower-case English). */
function textGates(vocab: CompiledVocabulary): readonly string[] {
  let list = gateLists.get(vocab);
  if (list !== undefined) return list;
  const gates = new Set<string>(COMMUNICATION_ZH);
  const add = (meanings: readonly TermMeaning[]): void => {
    for (const m of meanings) for (const o of m.owners) if (!/^[a-z_]+$/.test(o)) gates.add(o);
  };
  for (const phrases of vocab.byLastToken.values()) for (const p of phrases) add(p.meanings);
  for (const terms of vocab.hanByLastChar.values()) for (const t of terms) add(t.meanings);
  for (const t of vocab.mixedTerms) add(t.meanings);
  for (const meanings of vocab.pinyinSuffixes.values()) add(meanings);
  list = [...gates].sort();
  gateLists.set(vocab, list);
  return list;
}

/**
 * An owner name is read from its head noun, the last word once code suffixes are dropped
 * (`LoginViewModel` → login, `HotelInfo` → hotel). The nearest owner word decides, except that
 * a record of something a person did (`hotel_booking`, `loan_contract`) is nobody's thing: only
 * a person word before it (`customer_order`) still counts.
 */
function ownerHead(
  words: readonly string[],
  vocab: CompiledVocabulary,
): { context?: OwnerReading['context']; place: boolean } {
  let k = words.length - 1;
  while (k > 0 && vocab.ownerSuffixes.has(words[k] ?? '')) k--;
  const head = words[k] ?? '';
  const place = vocab.placeOwners.has(head) || vocab.placeOwners.has(singularOf(head));
  for (; k >= 0; k--) {
    const w = words[k] ?? '';
    // `SignUp`, `LogIn`, `CheckIn`: two camel-case words that are one.
    const joined = k > 0 ? (words[k - 1] ?? '') + w : '';
    if (joined !== '' && ownerKindOfWord(joined, vocab) === 'person')
      return { context: { kind: 'person', word: joined }, place };
    const kind = ownerKindOfWord(w, vocab);
    if (kind !== undefined) return { context: { kind, word: w }, place };
    if (vocab.recordOwners.has(w) || vocab.recordOwners.has(singularOf(w))) {
      for (let j = k - 1; j >= 0; j--) {
        const before = words[j] ?? '';
        if (ownerKindOfWord(before, vocab) === 'person')
          return { context: { kind: 'person', word: before }, place };
      }
      return { place };
    }
  }
  return { place };
}

/** Static: what may follow a table description's owner word (`门店信息表`, `药品字典`). */
const DESCRIPTION_TAIL =
  /^(?:基本|基础)?(?:信息|资料|数据|档案|明细|列表|字典|目录|记录|清单|台账)*(?:表|库|视图)?$/;

/**
 * The owner a record's Chinese name or description speaks of. A person word counts wherever it
 * stands (`门诊系统…患者基本信息`); a thing counts only as the head of the description
 * (`门店信息表`, not `酒店入住登记表`), and words saying where the data lives (`系统`, `接口`)
 * never do: `旅馆业治安管理信息系统接口表` holds guests.
 */
export function descriptionOwner(text: string, vocab: CompiledVocabulary): OwnerReading['context'] {
  let best: { kind: OwnerKind; word: string; at: number } | undefined;
  for (const [kind, list] of [
    ['person', vocab.personOwnersZh],
    ['nonperson', vocab.nonPersonOwnersZh],
  ] as const) {
    for (const { word, at } of occurrencesIn(text, list)) {
      const end = at + word.length;
      if (kind === 'nonperson') {
        if (vocab.carrierOwnersZh.includes(word)) continue;
        let stop = end;
        while (stop < text.length && isHan(text.charCodeAt(stop))) stop++;
        if (!DESCRIPTION_TAIL.test(text.slice(end, stop))) continue;
      }
      if (best === undefined || end > best.at) best = { kind, word, at: end };
    }
  }
  return best === undefined ? undefined : { kind: best.kind, word: best.word };
}

const nameCache = new WeakMap<CompiledVocabulary, Map<string, NameReading>>();

/** Identifiers repeat a lot within and across files; reading one is cached per vocabulary. */
export function readNameCached(name: string, vocab: CompiledVocabulary): NameReading {
  let cache = nameCache.get(vocab);
  if (cache === undefined) {
    cache = new Map();
    nameCache.set(vocab, cache);
  }
  let reading = cache.get(name);
  if (reading === undefined) {
    if (cache.size > 50_000) cache.clear();
    reading = readName(name, vocab);
    cache.set(name, reading);
  }
  return reading;
}

/** Owner-gated terms (`street` in `Address`) count only when the owner names their context. */
export function ownerGateOpen(m: TermMeaning, owner: OwnerReading, nameWords: readonly string[]): boolean {
  if (m.owners.length === 0) return true;
  // English gate words match whole words; Chinese ones match inside owner descriptions.
  return m.owners.some(
    (o) =>
      owner.words.has(o) ||
      nameWords.includes(o) ||
      (!/^[a-z_]+$/.test(o) && (owner.texts.some((t) => t.includes(o)) || m.phrase.includes(o))),
  );
}
