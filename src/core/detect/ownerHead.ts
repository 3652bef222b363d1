/**
 * Whose a record is, read from its name and its Chinese description (`ownerReading.ts` caches the
 * readings): the head noun once code suffixes are dropped, the nearest owner word before it, a
 * person's tie to an organisation, a list element, a view joining records, and the owner a
 * description speaks of.
 */
import { singularOf, type OwnerKind } from './analyze.js';
import { matchTokens } from './match.js';
import type { OwnerReading } from './ownerReading.js';
import { expandedWords, isHan } from './tokenize.js';
import type { CompiledVocabulary } from './vocabulary/index.js';
import { occurrencesIn } from './wordIndex.js';
import { ownerKindOfWord } from './wordKinds.js';

/** The last word of a name once code suffixes are dropped (`InpatientMedicationDTO` → medication). */
export function headNoun(words: readonly string[], vocab: CompiledVocabulary): string | undefined {
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
export function ownerHead(
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
  // `PageView`, `page_visit`, `ScreenView`: a visit to a page or a screen is someone's online
  // activity, not the page (a thing) its first word names; the record's gates read it as a visit.
  if (
    (VISITED.has(head) && VISITS.has(words[headAt + 1] ?? '')) ||
    (VISITS.has(head) && VISITED.has(words[headAt - 1] ?? ''))
  )
    return { place };
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
    // `AuthProvider`, `EditorProvider`: what provides a software service (sign-in, an editor,
    // storage) is a plug-in, not a person; a `Provider` alone may be a clinician and reads as before,
    // and a person's link to one (`UserAuthProvider`: their account there) stays the person's.
    if (
      k > 0 &&
      PROVIDERS.has(w) &&
      SERVICES.has(words[k - 1] ?? '') &&
      personBefore(words, k - 1, vocab) === undefined
    )
      return { context: { kind: 'nonperson', word: `${words[k - 1] ?? ''} ${w}` }, place };
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

/** A provider (`ownerHead`): named for the service before it, a piece of software. */
const PROVIDERS: ReadonlySet<string> = new Set(['provider', 'providers']);

/** Software services a provider provides (`ownerHead`): `AuthProvider`, `StorageProvider`. */
const SERVICES: ReadonlySet<string> = new Set([
  'auth',
  'authentication',
  'oauth',
  'oauth2',
  'oidc',
  'saml',
  'sso',
  'identity',
  'idp',
  'login',
  'signin',
  'social',
  'editor',
  'storage',
  'cloud',
  'sms',
  'mail',
  'email',
  'push',
  'search',
  'map',
  'cache',
  'theme',
  'plugin',
  'extension',
]);

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
export function joinedPerson(text: string, vocab: CompiledVocabulary): OwnerReading['context'] {
  if (!JOINED_RECORDS.test(text)) return undefined;
  for (const part of text.split('_')) {
    const context = ownerHead(expandedWords(part, vocab.abbreviations), vocab).context;
    if (context?.kind === 'person') return context;
  }
  return undefined;
}

/** Two or more PascalCase record names joined by `_` (`joinedPerson`). */
const JOINED_RECORDS = /^[A-Z][a-z][A-Za-z0-9]*(?:_[A-Z][a-z][A-Za-z0-9]*)+$/;

/** What is visited online, and the words for visiting it (`ownerHead`: `PageView`, `screen_visit`). */
const VISITED: ReadonlySet<string> = new Set(['page', 'screen']);
const VISITS: ReadonlySet<string> = new Set(['view', 'views', 'visit', 'visits']);

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
