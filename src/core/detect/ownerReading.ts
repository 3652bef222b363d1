/**
 * Who owns a field: the record's name, its description and a dotted prefix (`user.phone`).
 * Every field of a record shares this reading, and records named alike (`t_member_1`,
 * `t_member_2`) read alike, so readings are cached by what they depend on and carry a
 * signature under which the classifier shares verdicts.
 */
import { singularOf, type OwnerKind } from './analyze.js';
import { boundedMemo } from './memo.js';
import { cartRecord, orderLineRecord } from './money.js';
import { descriptionOwner, headNoun, joinedPerson, ownerHead } from './ownerHead.js';
import { namesDomain, readRecordDomain, type RecordDomain } from './recordDomain.js';
import { expandedWords, tokenize } from './tokenize.js';
import type { CompiledVocabulary } from './vocabulary/index.js';
import { containsAny, occurrencesIn } from './wordIndex.js';
import type { RecordLink } from './workspaceContext.js';
import type { FieldCandidate } from '../types.js';

/** Who owns the field. */
export interface OwnerReading {
  readonly kind?: OwnerKind;
  readonly context?: { readonly kind: OwnerKind; readonly word: string };
  readonly minor: boolean;
  /** Owner words (singular too), for owner-gated terms. */
  readonly words: ReadonlySet<string>;
  /** Gate words that are not plain English (`话单`, `银行卡`) found inside the owner texts. */
  readonly gates: ReadonlySet<string>;
  /** The record is a fixed place or piece of equipment (`RentalHouse`, `base_station`). */
  readonly place: boolean;
  /** The record exists to follow someone's position (`LocationUpdateEvent`, 轨迹). */
  readonly tracking: boolean;
  /** The record is a shopping cart, not yet ordered (`ShoppingCart`, `tz_basket`): see `money.ts`. */
  readonly cart: boolean;
  /** The record is one line of an order (`OrderDetail`, `order_item`): see `money.ts`. */
  readonly orderLine: boolean;
  /** The sensitive domain of a record about a person (a patient's lifestyle, an employee's transfer). */
  readonly domain?: RecordDomain;
  /** The owner's own words name a domain's person or record, so siblings may show a domain. */
  readonly domainNamed: boolean;
  /**
   * Everything above as one string: owners with equal signatures classify their fields alike,
   * so the classifier keys verdicts by it rather than by the owner's name.
   */
  readonly signature: string;
  /** A short stand-in for the signature (equal signatures, equal ids), for cache keys. */
  readonly id: string;
}

/** Chinese words that make an owner a call or message record (`话单`, `短信`). */
export const COMMUNICATION_ZH: readonly string[] = ['话单', '通话', '短信', '消息', '聊天'];

/** The owner strings one reading was made for, as written. */
interface OwnerTexts {
  readonly owner: string | undefined;
  readonly ownerComment: string | undefined;
  readonly dotted: string;
  readonly siblings: string;
  readonly link: RecordLink | undefined;
  readonly reading: OwnerReading;
}

/**
 * Readings by the owner strings as written: by the owner's name, then a short list of the
 * descriptions, dotted prefixes and siblings it came with (almost always one). One array and one
 * entry per new owner, where six nested maps of a `TupleMemo` were (issue 8: a generated file's
 * every record names a new owner). At most `TEXT_BOUND` entries per vocabulary.
 */
const readingsByText = new WeakMap<
  CompiledVocabulary,
  { byOwner: Map<string | undefined, OwnerTexts[]>; size: number }
>();
const TEXT_BOUND = 5_000;
/** Then by what the reading depends on (`textKey`): owners named alike share one reading. */
const readingsByKey = boundedMemo<OwnerReading>(5_000);

/** The last reading returned, and its vocabulary: a record's fields arrive together. */
let lastOwner: OwnerTexts | undefined;
let lastVocab: CompiledVocabulary | undefined;

/**
 * Reads the owner from the record name, its description and a dotted prefix (cached), and from
 * the person record the workspace links it to, when a workspace scan found one.
 */
export function readOwner(
  candidate: FieldCandidate,
  vocab: CompiledVocabulary,
  link?: RecordLink,
): OwnerReading {
  const name = candidate.name;
  const dotted = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
  return readOwnerTexts(candidate.owner, candidate.ownerComment, dotted, candidate.siblings, vocab, link);
}

/**
 * The reading of a record's owner itself, as `readOwner` reads it for a field without a dotted
 * prefix (`{ ...field, name: '' }`), with `siblings` as the record's other fields; without
 * building that candidate (issue 8: asked once per record).
 */
export function readRecordOwner(
  field: FieldCandidate,
  vocab: CompiledVocabulary,
  siblings: readonly string[] | undefined = field.siblings,
  link?: RecordLink,
): OwnerReading {
  return readOwnerTexts(field.owner, field.ownerComment, '', siblings, vocab, link);
}

function readOwnerTexts(
  owner: string | undefined,
  ownerComment: string | undefined,
  dotted: string,
  siblingList: readonly string[] | undefined,
  vocab: CompiledVocabulary,
  link: RecordLink | undefined,
): OwnerReading {
  const siblings = siblingList === undefined ? '' : siblingList.join('\u0000');
  // Fields of one record arrive together: the previous answer is the likeliest one.
  const last = lastOwner;
  if (
    last !== undefined &&
    lastVocab === vocab &&
    sameTexts(last, owner, ownerComment, dotted, siblings, link)
  )
    return last.reading;
  let table = readingsByText.get(vocab);
  if (table === undefined) {
    table = { byOwner: new Map(), size: 0 };
    readingsByText.set(vocab, table);
  }
  let list = table.byOwner.get(owner);
  let found = list?.find((e) => sameTexts(e, owner, ownerComment, dotted, siblings, link));
  if (found === undefined) {
    const texts = [owner, ownerComment, dotted];
    const key = [...texts.map((t) => textKey(t, t === ownerComment, vocab)), siblings, linkKey(link)].join(
      '\u0000',
    );
    const others = siblingList ?? [];
    const reading = readingsByKey.get(vocab, key, () => readTexts(texts, ownerComment, vocab, others, link));
    found = { owner, ownerComment, dotted, siblings, link, reading };
    if (table.size >= TEXT_BOUND) {
      table.byOwner.clear();
      table.size = 0;
      list = undefined;
    }
    if (list === undefined) table.byOwner.set(owner, [found]);
    else list.push(found);
    table.size++;
  }
  lastOwner = found;
  lastVocab = vocab;
  return found.reading;
}

function sameTexts(
  e: OwnerTexts,
  owner: string | undefined,
  ownerComment: string | undefined,
  dotted: string,
  siblings: string,
  link: RecordLink | undefined,
): boolean {
  return (
    e.owner === owner &&
    e.ownerComment === ownerComment &&
    e.dotted === dotted &&
    e.siblings === siblings &&
    e.link === link
  );
}

/** What a reading depends on in a workspace link: all of it, since the explanation names it. */
function linkKey(link: RecordLink | undefined): string {
  return link === undefined
    ? ''
    : `${link.domain}\u0001${link.person}\u0001${link.path}\u0001${link.through ?? ''}`;
}

/**
 * What a reading can depend on in one owner text: its words, and its Chinese through word lists
 * that hold only Chinese (unless `.pilens.json` added ASCII ones). So a plain-ASCII text is keyed
 * by its words (`t_member_7` and `t_member_8` share a key), and digits never matter unless they
 * belong to a word (`b2b`): `会员7` and `会员8` share one too.
 */
function textKey(text: string | undefined, isComment: boolean, vocab: CompiledVocabulary): string {
  if (text === undefined || text === '') return '';
  const flag = isComment ? 'c' : 'n';
  if (asciiListWords(vocab)) return `${flag}t${text}`;
  const words: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word') continue;
    if (DIGIT.test(t.text)) return `${flag}t${text}`;
    words.push(t.text);
  }
  if (!NOT_ASCII.test(text)) return `${flag}w${words.join(' ')}`;
  return `${flag}d${text.replace(DIGITS, '0')}`;
}

const DIGIT = /\d/;
const DIGITS = /\d+/g;
const NOT_ASCII = /[^\x00-\x7f]/;
const asciiLists = new WeakMap<CompiledVocabulary, boolean>();

/** Whether a Chinese owner list or text gate holds a plain-ASCII word (only `.pilens.json` could add one). */
function asciiListWords(vocab: CompiledVocabulary): boolean {
  if (vocab === lastAscii?.vocab) return lastAscii.found;
  let found = asciiLists.get(vocab);
  if (found === undefined) {
    found = [
      vocab.personOwnersZh,
      vocab.nonPersonOwnersZh,
      vocab.minorOwnersZh,
      vocab.trackingOwnersZh,
      textGates(vocab),
    ].some((list) => list.some((w) => !NOT_ASCII.test(w)));
    asciiLists.set(vocab, found);
  }
  lastAscii = { vocab, found };
  return found;
}

let lastAscii: { readonly vocab: CompiledVocabulary; readonly found: boolean } | undefined;

function readTexts(
  texts: readonly (string | undefined)[],
  ownerComment: string | undefined,
  vocab: CompiledVocabulary,
  siblings: readonly string[],
  link: RecordLink | undefined,
): OwnerReading {
  let context: OwnerReading['context'];
  let minor = false;
  let place = false;
  let tracking = false;
  const allWords = new Set<string>();
  const gates = new Set<string>();
  const gateList = textGates(vocab);
  const ownWords: string[] = [];
  let head: string | undefined;
  for (const text of texts) {
    if (text === undefined || text === '') continue;
    const words = expandedWords(text, vocab.abbreviations);
    for (const w of words) {
      allWords.add(w);
      allWords.add(singularOf(w));
    }
    if (text !== ownerComment || words.length <= 3) for (const w of words) ownWords.push(w);
    head ??= headNoun(words, vocab);
    for (const o of occurrencesIn(text, gateList)) gates.add(o.word);
    tracking ||= containsAny(text, vocab.trackingOwnersZh);
    minor ||= words.some((w) => vocab.minorOwners.has(w)) || containsAny(text, vocab.minorOwnersZh);
    if (context !== undefined) continue;
    // An owner's description is prose: read its Chinese, and its English only when it is a label.
    const englishOk = text !== ownerComment || words.length <= 3;
    if (englishOk) {
      const head = ownerHead(words, vocab);
      context = joinedPerson(text, vocab) ?? head.context;
      place ||= head.place;
    }
    context ??= descriptionOwner(text, vocab);
  }
  tracking ||= [...allWords].some((w) => vocab.trackingOwners.has(w));
  // Sibling fields open gates (`hotel` beside `check_in`), joined too (`check_in` → checkin).
  const siblingWords: string[][] = [];
  for (const sibling of siblings) {
    const words = expandedWords(sibling, vocab.abbreviations);
    siblingWords.push(words);
    for (const w of words) allWords.add(singularOf(w)).add(w);
    if (words.length > 1) allWords.add(words.join(''));
    for (const o of occurrencesIn(sibling, gateList)) gates.add(o.word);
  }
  const ownTexts = texts.filter((t): t is string => t !== undefined && t !== '');
  const cart = cartRecord(ownWords, ownTexts);
  const orderLine = orderLineRecord(ownWords);
  const domainNamed = namesDomain(ownWords, ownTexts);
  const domain = readRecordDomain(
    {
      words: ownWords,
      texts: ownTexts,
      head: head ?? '',
      context,
      siblings: siblingWords,
      ...(link !== undefined ? { link } : {}),
    },
    vocab,
  );
  // A person's record shown to be the domain's person's file by a mark (`User` beside
  // `workNumber`) opens the owner gates that person's word opens (`department_id`).
  if (domain?.reads === 'terms')
    for (const p of domain.people) {
      if (/^[a-z]+$/.test(p)) allWords.add(p);
      else gates.add(p);
    }
  const signature = [
    domain === undefined
      ? domainNamed
        ? 'h'
        : ''
      : `${domain.category}:${domain.reads}:${domain.word}:${domain.sibling ?? ''}:${domain.link === undefined ? '' : linkKey(domain.link)}`,
    context?.kind ?? '',
    context?.word ?? '',
    minor ? 'm' : '',
    place ? 'p' : '',
    tracking ? 't' : '',
    cart ? 'c' : '',
    orderLine ? 'l' : '',
    [...allWords].sort().join(' '),
    [...gates].sort().join(' '),
  ].join('\u0000');
  return {
    ...(context !== undefined ? { kind: context.kind, context } : {}),
    ...(domain !== undefined ? { domain } : {}),
    domainNamed,
    minor,
    words: allWords,
    gates,
    place,
    tracking,
    cart,
    orderLine,
    signature,
    id: idOf(signature),
  };
}

const ids = new Map<string, string>();
let nextId = 0;

/** Interns a signature as a short id; ids are never reused, so clearing the table is safe. */
function idOf(signature: string): string {
  let id = ids.get(signature);
  if (id === undefined) {
    if (ids.size >= 20_000) ids.clear();
    id = (nextId++).toString(36);
    ids.set(signature, id);
  }
  return id;
}

const gateLists = new WeakMap<CompiledVocabulary, readonly string[]>();

/** Owner gate words matched as substrings of owner texts (not plain lower-case English). */
function textGates(vocab: CompiledVocabulary): readonly string[] {
  let list = gateLists.get(vocab);
  if (list !== undefined) return list;
  list = [...new Set([...COMMUNICATION_ZH, ...vocab.ownerTexts])].sort();
  gateLists.set(vocab, list);
  return list;
}
