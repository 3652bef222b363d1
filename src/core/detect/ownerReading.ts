/**
 * Who owns a field: the record's name, its description and a dotted prefix (`user.phone`).
 * Every field of a record shares this reading, and records named alike (`t_member_1`,
 * `t_member_2`) read alike, so readings are cached by what they depend on and carry a
 * signature under which the classifier shares verdicts.
 */
import { singularOf, type OwnerKind } from './analyze.js';
import { ownerKindOfWord } from './wordKinds.js';
import { boundedMemo } from './memo.js';
import { cartRecord, orderLineRecord } from './money.js';
import { matchTokens } from './match.js';
import { namesDomain, readRecordDomain, type RecordDomain } from './recordDomain.js';
import { expandedWords, isHan, tokenize } from './tokenize.js';
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

/** The last word of a name once code suffixes are dropped (`InpatientMedicationDTO` → medication). */
function headNoun(words: readonly string[], vocab: CompiledVocabulary): string | undefined {
  return words[headIndex(words, vocab)];
}

/**
 * Where the head noun stands: the last word once code suffixes are dropped, and a state holder
 * after a person's word too (`EmployeeRosterStore`, `UserStore`: an app's store of employees or
 * of the user, not a shop, which is named for itself or its owner: `Store`, `MerchantStore`).
 * Signing up is no person (`SignupStore` registers a shop).
 */
function headIndex(words: readonly string[], vocab: CompiledVocabulary): number {
  let k = words.length - 1;
  while (k > 0 && vocab.ownerSuffixes.has(words[k] ?? '')) k--;
  if (k > 0 && STATE_HOLDERS.has(words[k] ?? '')) {
    const before = words.slice(0, k);
    if (before.some((w) => !SIGNING.has(w) && ownerKindOfWord(w, vocab) === 'person')) k--;
  }
  return k;
}

/** Words naming where an app keeps records in memory or on disk (`headIndex`). */
const STATE_HOLDERS: ReadonlySet<string> = new Set(['store', 'stores']);

/** Person owner words that name signing up or in, not a person (`headIndex`). */
const SIGNING: ReadonlySet<string> = new Set([
  'registration',
  'register',
  'signup',
  'enrollment',
  'enrolment',
  'login',
  'signin',
  'logon',
]);

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
  let k = headIndex(words, vocab);
  const head = words[k] ?? '';
  const headAt = k;
  const place = vocab.placeOwners.has(head) || vocab.placeOwners.has(singularOf(head));
  // A message or struct named only `Item` or `Entry` is one element of a list its parent holds
  // (`UserListResponse { message Item {…} }`): the name says where it sits, not whose it is.
  if (headAt === 0 && LIST_ELEMENTS.has(head)) return { place };
  // `CreditLineInfo`, `BankCardBinding`: a head ending a personal phrase (credit line) is that
  // phrase, not the thing its last word names elsewhere (a line of text).
  const phrases = matchTokens(words, vocab).filter((m) => !m.negative && m.end - m.start >= 2);
  for (; k >= 0; k--) {
    const w = words[k] ?? '';
    // `SysLogininfor`, `t_order`: a namespace opening a longer name is not the record's owner;
    // nor is the HTTP method opening an API operation's id (`postPasswordUpdate`).
    // A table prefix before the namespace opens nothing either (`t_sys_admin`).
    const opening = k === 0 || (k === 1 && TABLE_PREFIXES.has(words[0] ?? ''));
    if (opening && words.length > k + 1 && NAMESPACES.has(w)) break;
    if (k === 0 && words.length > 1 && HTTP_METHODS.has(w) && headAt > 0) break;
    const phrase = phrases.find((m) => m.end === k + 1);
    if (phrase !== undefined && ownerKindOfWord(w, vocab) === 'nonperson') {
      k = phrase.start;
      continue;
    }
    // `SignUp`, `LogIn`, `CheckIn`: two camel-case words that are one.
    const joined = k > 0 ? (words[k - 1] ?? '') + w : '';
    if (joined !== '' && ownerKindOfWord(joined, vocab) === 'person')
      return { context: { kind: 'person', word: joined }, place };
    // `UserSocialSecurityItem`, `MemberItem`: one element of a list of a person's records is
    // that person's, as a record of something a person did is (below); `OrderItem` stays a thing.
    if (k === headAt && k > 0 && LIST_ELEMENTS.has(w)) {
      const person = personBefore(words, k, vocab);
      if (person !== undefined) return { context: { kind: 'person', word: person }, place };
    }
    // `UserCompany`, `SysUserExtOrg`, `EmployeeDepartment`: a person's tie to an organisation is
    // a record of that person (their post, number and dates there), not the organisation's.
    if (AFFILIATIONS.has(w)) {
      const person = personBefore(words, k, vocab);
      if (person !== undefined) return { context: { kind: 'person', word: person }, place };
    }
    const kind = applicationFor(words, k, vocab) ? undefined : ownerKindOfWord(w, vocab);
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
  // `ShippingAddress`, `address`: a postal address that no owner word gives to a thing (a
  // store's, a warehouse's) is where a person lives or receives parcels; a card (`BankCard`)
  // is issued to its holder.
  if (ADDRESS_HEADS.has(head) || CARD_HEADS.has(head))
    return { context: { kind: 'person', word: head }, place };
  return { place };
}

/** Organisations a person belongs to or works for, named after the person (`ownerHead`). */
const AFFILIATIONS: ReadonlySet<string> = new Set([
  'company',
  'companies',
  'org',
  'orgs',
  'organization',
  'organisation',
  'dept',
  'department',
  'departments',
  'enterprise',
  'corp',
  'employer',
]);

/** The nearest person word before position `k` of an owner's words, if any (`ownerHead`). */
function personBefore(words: readonly string[], k: number, vocab: CompiledVocabulary): string | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const before = words[j] ?? '';
    if (ownerKindOfWord(before, vocab) === 'person') return before;
  }
  return undefined;
}

/** Words that make an `…Application` a piece of software rather than an application for something. */
const SOFTWARE: ReadonlySet<string> = new Set([
  'web',
  'mobile',
  'desktop',
  'android',
  'ios',
  'spring',
  'cloud',
  'saas',
  'mini',
  'native',
  'hybrid',
  'spa',
  'console',
  'cli',
  'default',
  'main',
  'registered',
  'connected',
  'third',
  'party',
  'thirdparty',
  'external',
  'internal',
  'trusted',
  'current',
]);

/**
 * `LoanApplication`, `PermitApplication`, `SubsidyApplication`: an application *for* something is
 * a record someone files (a record owner, read as `loan` is), not the software an `Application`,
 * a `WebApplication` or an `OAuthApplication` is. Asked of `application` with a word before it
 * that names no thing, no meta word and no kind of software.
 */
function applicationFor(words: readonly string[], k: number, vocab: CompiledVocabulary): boolean {
  if (k === 0 || words[k] !== 'application') return false;
  const before = words[k - 1] ?? '';
  const kind = ownerKindOfWord(before, vocab);
  return kind !== 'nonperson' && kind !== 'meta' && !SOFTWARE.has(before) && /^[a-z]{3,}$/.test(before);
}

/**
 * A view model joining records, named for them with underscores (`Doctor_Department`,
 * `Patient_Ward`, `Register_Doctor_Patient`): it carries each record's columns, so a person's
 * record among them owns its person's fields, wherever the name puts it. The parts are read as
 * owner names of their own; snake-case and upper-case names (`sys_user_role`, `BR_DA_X`) are
 * one owner's name, read as before.
 */
function joinedPerson(text: string, vocab: CompiledVocabulary): OwnerReading['context'] {
  if (!JOINED_RECORDS.test(text)) return undefined;
  for (const part of text.split('_')) {
    const context = ownerHead(expandedWords(part, vocab.abbreviations), vocab).context;
    if (context?.kind === 'person') return context;
  }
  return undefined;
}

/** Two or more PascalCase record names joined by `_` (`joinedPerson`). */
const JOINED_RECORDS = /^[A-Z][a-z][A-Za-z0-9]*(?:_[A-Z][a-z][A-Za-z0-9]*)+$/;

/** Names of one element of a list, which say nothing of whose the element is (`ownerHead`). */
const LIST_ELEMENTS: ReadonlySet<string> = new Set(['item', 'items', 'entry', 'entries']);
const LIST_ELEMENT_OPENING = /^(?:item|entr)/i;

/**
 * Whether a record is named only as an element of a list (`Item`, `EntryVO`). Such a record is
 * read by its fields' own words; a sibling naming a person does not make its other fields the
 * person's (a vault's `item` holding a driving licence still has a title, not a person's name).
 */
export function namesListElement(owner: string, vocab: CompiledVocabulary): boolean {
  // Most owners are not: only a name opening with one of the words is tokenized.
  if (!LIST_ELEMENT_OPENING.test(owner)) return false;
  const words = expandedWords(owner, vocab.abbreviations);
  let k = words.length - 1;
  while (k > 0 && vocab.ownerSuffixes.has(words[k] ?? '')) k--;
  return k === 0 && LIST_ELEMENTS.has(words[0] ?? '');
}

/** Head nouns of a postal address record, which is a person's (`ownerHead`). */
export const ADDRESS_HEADS: ReadonlySet<string> = new Set(['address', 'addresses', 'addr']);

/** Head nouns of a card's record, which is its holder's (`ownerHead`). */
export const CARD_HEADS: ReadonlySet<string> = new Set(['card', 'cards']);

/** Prefixes that name a module or table family, not what a record is about. */
const NAMESPACES: ReadonlySet<string> = new Set(['sys', 'system', 'biz', 'app', 'base', 'core', 'common']);

/**
 * Prefixes of table names that say nothing of the record (`t_patient`, `tb_employee`), and may
 * come before a namespace (`t_sys_admin`).
 */
export const TABLE_PREFIXES: ReadonlySet<string> = new Set(['t', 'tb', 'tbl']);

/** HTTP methods, which open OpenAPI operation ids (`postPasswordReset`, `get-dynamicOffers`). */
const HTTP_METHODS: ReadonlySet<string> = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
]);

/** Marks of an enumeration (`设备、家庭、成员与事件`). */
const ENUMERATION = /、|与|和|及/;

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
  // Extractors join a file's header and the record's own description with ` — `: the record's
  // own words come last and are read first.
  const parts = text.split(' — ');
  for (let p = parts.length - 1; p >= 0; p--) {
    const part = parts[p] ?? '';
    // `快递运单、快递员轨迹与网点`: a description listing several things is a file's header and
    // owns no record.
    if (ENUMERATION.test(part)) continue;
    const owner = ownerInDescription(part, vocab);
    if (owner !== undefined) return owner;
  }
  return undefined;
}

function ownerInDescription(text: string, vocab: CompiledVocabulary): OwnerReading['context'] {
  let best: { kind: OwnerKind; word: string; at: number } | undefined;
  // A thing's word inside a carrier phrase (参数 of 请求参数) is part of where the data passes.
  const carriers = occurrencesIn(text, vocab.carrierOwnersZh);
  const inCarrier = (at: number, end: number): boolean =>
    carriers.some((c) => c.at <= at && end <= c.at + c.word.length);
  for (const [kind, list] of [
    ['person', vocab.personOwnersZh],
    ['nonperson', vocab.nonPersonOwnersZh],
  ] as const) {
    for (const { word, at } of occurrencesIn(text, list)) {
      const end = at + word.length;
      if (kind === 'nonperson') {
        if (vocab.carrierOwnersZh.includes(word) || inCarrier(at, end)) continue;
        let stop = end;
        while (stop < text.length && isHan(text.charCodeAt(stop))) stop++;
        if (!DESCRIPTION_TAIL.test(text.slice(end, stop))) continue;
      }
      if (best === undefined || end > best.at) best = { kind, word, at: end };
    }
  }
  return best === undefined ? undefined : { kind: best.kind, word: best.word };
}
