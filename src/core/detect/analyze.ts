/**
 * What an identifier says, the first of the four readings the classifier combines (the attached
 * comment: `textReading.ts`; the owner: `ownerReading.ts`; the declared type: `declaredType.ts`).
 * Each reading is plain data so the classifier can explain itself.
 */
import { matchTokens, wordTokens, type PhraseMatch } from './match.js';
import { readPinyin } from './pinyin.js';
import { readHanText } from './textReading.js';
import { encodesAttribute, ownerKindOfWord } from './wordKinds.js';
import { singularOf } from './plural.js';
import type { CategoryKey } from '../law/schema.js';
import { tokenize } from './tokenize.js';
import type { CompiledVocabulary } from './vocabulary/compile.js';
import { DETECTION_CONTEXT } from './vocabulary/context.js';
import { STRENGTH_RANK } from './vocabulary/schema.js';
import { containsAny } from './wordIndex.js';

/** `meta`: a container of field descriptions (validation rules, labels), never of data. */
export type OwnerKind = 'person' | 'nonperson' | 'meta';

/** What the identifier itself says. */
export interface NameReading {
  /** The head phrase (rightmost match), if any and not cancelled. */
  readonly head?: PhraseMatch;
  /** Why the head was cancelled: a negative compound, a meta suffix, an action verb, a non-personal qualifier. */
  readonly cancelled?: {
    readonly reason: 'negative' | 'meta' | 'verb' | 'qualifier';
    readonly word: string;
    /** A negative listed under a category (`captcha`): a comment of that category cannot overrule it. */
    readonly negates?: CategoryKey;
  };
  /** An owner word inside the name (`storePhone`, `customerName`, `用户手机号`). */
  readonly owner?: { readonly kind: OwnerKind; readonly word: string };
  /** `isMarried`, `hasEmail`, `是否…`: the value is a yes/no answer. */
  readonly booleanish: boolean;
  readonly minor: boolean;
  /** The identifier's words (last path segment), for owner-gated terms (`addressProvince`). */
  readonly words: readonly string[];
  /** The Chinese a pinyin name spells (`xingMing` → `姓名`), when it was read as pinyin. */
  readonly pinyin?: string;
}

/** Reads an identifier (`userIDCard`, `t.sfzh`, `用户手机号`). */
export function readName(name: string, vocab: CompiledVocabulary): NameReading {
  // `xingMingQP`, `chuShengRQ`: a pinyin name is read as the Chinese it spells.
  const pinyin = readPinyin(name);
  if (pinyin !== undefined) {
    const c = readHanText(pinyin, vocab);
    return {
      ...(c.head !== undefined ? { head: c.head } : {}),
      ...(c.negative !== undefined
        ? { cancelled: { reason: 'negative' as const, word: c.negative.text } }
        : {}),
      ...(c.owner !== undefined ? { owner: c.owner } : {}),
      booleanish: c.booleanish,
      minor: c.minor || containsAny(pinyin, vocab.minorOwnersZh),
      words: [pinyin],
      pinyin,
    };
  }
  const tokens = tokenize(name);
  const lastSegment = tokens.length === 0 ? 0 : (tokens[tokens.length - 1]?.segment ?? 0);
  const own = tokens.filter((t) => t.segment === lastSegment);
  const words = wordTokens(own, vocab);
  const han = own
    .filter((t) => t.kind === 'han')
    .map((t) => t.text)
    .join(' ');
  const minor = words.some((w) => vocab.minorOwners.has(w)) || containsAny(han, vocab.minorOwnersZh);
  const english = readWords(words, vocab);
  if (han.length > 0 && english.head === undefined && english.cancelled === undefined) {
    // A Chinese identifier or key (`用户手机号`, `user身份证`): read it like a Chinese comment.
    const c = readHanText(han, vocab);
    const owner = c.owner ?? english.owner;
    return {
      ...(c.head !== undefined ? { head: c.head } : {}),
      ...(c.negative !== undefined
        ? { cancelled: { reason: 'negative' as const, word: c.negative.text } }
        : {}),
      ...(owner !== undefined ? { owner } : {}),
      booleanish: c.booleanish || english.booleanish,
      minor: minor || c.minor,
      words: [...words, han],
    };
  }
  return { ...english, minor: minor || english.minor, words };
}

function readWords(words: readonly string[], vocab: CompiledVocabulary): Omit<NameReading, 'words'> {
  const matches = matchTokens(words, vocab);
  let head = matches[matches.length - 1];
  const booleanish = vocab.booleanPrefixes.has(words[0] ?? '') && (head === undefined || head.start > 0);
  const minor = matches.some((m) => m.meanings.some((x) => x.minor));
  if (head === undefined) return { booleanish, minor };
  if (head.negative) {
    const negates = head.meanings.find((m) => m.negates !== undefined)?.negates;
    const cancelled = {
      reason: 'negative' as const,
      word: head.text,
      ...(negates !== undefined ? { negates } : {}),
    };
    return { cancelled, booleanish, minor };
  }
  // `facePhotoUrl`: the link to a photo stands for the photo.
  const stored = matches[matches.length - 2];
  if (
    stored !== undefined &&
    !stored.negative &&
    stored.end === head.start &&
    head.end - head.start === 1 &&
    LOCATORS.has(head.text) &&
    storedFile(stored, [])
  )
    head = stored;
  // `cardHolderName`, `guardianMobilePhone`: a vaguer word ending a more specific phrase of the
  // same category belongs to it, and the phrase speaks for the whole.
  const wider = matches[matches.length - 2];
  if (wider !== undefined && !wider.negative && wider.end === head.start && extends_(wider, head))
    head = { ...wider, end: head.end, text: `${wider.text} ${head.text}` };
  // `surgeryName`, `diseaseName`: the name of a thing already named is that thing, not a person's name.
  // A direction (`toName`, `from_addr`) names no thing: it points at the other party, whose name it is.
  const previous = matches[matches.length - 2];
  if (
    previous !== undefined &&
    !previous.negative &&
    previous.end === head.start &&
    !DIRECTIONS.has(previous.text) &&
    isQualified(head) &&
    !head.meanings.some((m) => previous.meanings.some((p) => p.category === m.category)) &&
    !words.slice(previous.start, previous.end).some((w) => isPersonWord(w, vocab))
  )
    head = previous;
  // `toAccountName`, `from_uid`: a direction opening the name points at the other party, a person.
  const party =
    DIRECTIONS.has(words[0] ?? '') && head.start > 0
      ? { kind: 'person' as const, word: words[0] ?? '' }
      : undefined;
  const owner =
    ownerInHead(words, head, vocab) ??
    ownerBefore(words, head.start, matches, vocab) ??
    party ??
    ownerAfterOf(words, head.end, vocab);
  const base = { booleanish, minor, ...(owner !== undefined ? { owner } : {}) };
  // `emailEnabled`, `phone_login_enabled`, `idCardStatus`: metadata about the data, not the data.
  // A code of an enumerated attribute (`occupation_code`, `ethnicity_code`) is the attribute.
  const after = words.slice(head.end);
  const channel = isChannel(head);
  const meta = after.find(
    (w, k) =>
      // `emailTemplates`, `phoneFormats`: a plural meta word is still about the data.
      (vocab.metaSuffixes.has(w) || vocab.metaSuffixes.has(singularOf(w)) || (channel && STAMPS.has(w))) &&
      !(w === 'code' && encodesAttribute(head)) &&
      !(LOCATORS.has(w) && storedFile(head, after.slice(0, k))),
  );
  if (meta !== undefined) return { ...base, cancelled: { reason: 'meta', word: meta } };
  const first = words[0] ?? '';
  // `maxUserWeightKg`, `min_guest_age`: a bound on people's values is a setting (while
  // `maxHeartRate` is still a reading).
  if (head.start > 1 && LIMITS.has(first) && isPersonWord(words[1] ?? '', vocab))
    return { ...base, cancelled: { reason: 'meta', word: first } };
  // `toBankCardNo`, `fromAccountName`: a direction names the other party, not a conversion.
  // `add_ip`, `oper_ip`: an address is never what a verb acts on in a field, it is where the
  // action came from.
  if (
    head.start > 0 &&
    vocab.verbPrefixes.has(first) &&
    party === undefined &&
    !phrasalNoun(words, head.start) &&
    !roleNoun(words, head.start, vocab) &&
    !NETWORK_ADDRESSES.has(head.text)
  )
    return { ...base, cancelled: { reason: 'verb', word: first } };
  const qualified = isQualified(head);
  const before = words[head.start - 1];
  if (
    qualified &&
    before !== undefined &&
    !matches.some((m) => m !== head && m.end === head.start && !m.negative)
  ) {
    const singular = singularOf(before);
    const personal =
      isPersonWord(before, vocab) ||
      isPersonWord(singular, vocab) ||
      vocab.personalModifiers.has(before) ||
      vocab.personalModifiers.has(singular) ||
      /^\d+$/.test(before) ||
      // `fromName`, `toAddr` of a parcel or a transfer: the direction is the other party.
      (party !== undefined && head.start === 1);
    if (!personal) return { ...base, cancelled: { reason: 'qualifier', word: before } };
    // `serviceAccountName`: a non-person anywhere before a qualified word makes it that thing's.
    const foreign = words
      .slice(0, head.start)
      .find((w) => vocab.nonPersonOwners.has(w) && !vocab.personRoles.has(w));
    if (foreign !== undefined) return { ...base, cancelled: { reason: 'qualifier', word: foreign } };
  }
  return { ...base, head };
}

/** IP addresses: `add_ip` is the address an addition came from. */
const NETWORK_ADDRESSES: ReadonlySet<string> = new Set(['ip', 'ipaddr', 'ip address', 'ipv4', 'ipv6']);

/**
 * Times, requests and changes of a channel or secret (`email_sent_at`, `pwd_update_date`,
 * `last_confirm_email_request`): about the phone, e-mail or password, not the thing itself.
 */
const STAMPS: ReadonlySet<string> = new Set([
  'at',
  'on',
  'date',
  'time',
  'timestamp',
  'request',
  'requested',
  'sent',
  'update',
  'change',
  'expired',
  'attempts',
  'tries',
]);

const CHANNELS: ReadonlySet<string> = new Set(['contact', 'credential']);

/** A contact channel or a credential, read without an owner gate. */
function isChannel(head: PhraseMatch): boolean {
  return head.meanings.some(
    (m) => m.category !== undefined && CHANNELS.has(m.category) && m.owners.length === 0,
  );
}

/** Particles that turn a verb into a noun: `checkInPhoto` is the check-in's photo, not an action. */
const PARTICLES: ReadonlySet<string> = new Set(DETECTION_CONTEXT.phrasalParticles);

function phrasalNoun(words: readonly string[], headStart: number): boolean {
  return headStart >= 2 && PARTICLES.has(words[1] ?? '');
}

/**
 * Verbs that name a person by what they do to a record when a person word follows: `apply_user`
 * is the applicant (申请人), `handle_user` the handler (处理人), `send_user` the sender.
 */
const ROLE_VERBS: ReadonlySet<string> = new Set(['apply', 'handle', 'send']);

/** `apply_person_name`, `handleUserName`: the applicant's or the handler's name, not an action. */
function roleNoun(words: readonly string[], headStart: number, vocab: CompiledVocabulary): boolean {
  return headStart >= 1 && ROLE_VERBS.has(words[0] ?? '') && isPersonWord(words[1] ?? '', vocab);
}

/** Words saying where a file is kept: `faceImageUrl` is the face image, by reference. */
const LOCATORS: ReadonlySet<string> = new Set(DETECTION_CONTEXT.fileLocators);
const PHOTO_WORDS: ReadonlySet<string> = new Set(DETECTION_CONTEXT.photoWords);

/** A photo, scan or biometric sample is stored as a file: a link to it holds it. */
function storedFile(head: PhraseMatch, between: readonly string[]): boolean {
  return (
    head.meanings.some((m) => m.category === 'biometric') ||
    head.text.split(' ').some((w) => PHOTO_WORDS.has(w)) ||
    between.some((w) => PHOTO_WORDS.has(w))
  );
}

/** Bounds opening a name: `max_user_weight` configures something, it measures nobody. */
const LIMITS: ReadonlySet<string> = new Set(DETECTION_CONTEXT.limitWords);

/** Words that open a party's field in a transfer or message (`toAccountName`, `fromWalletId`). */
const DIRECTIONS: ReadonlySet<string> = new Set(DETECTION_CONTEXT.directionWords);

/** `card holder` + `name`: the earlier phrase is surer about the same category than the head. */
function extends_(before: PhraseMatch, head: PhraseMatch): boolean {
  const strongest = (m: PhraseMatch, category: string): number =>
    Math.max(
      -1,
      ...m.meanings
        .filter((x) => x.category === category && x.owners.length === 0)
        .map((x) => STRENGTH_RANK[x.strength]),
    );
  return head.meanings.some(
    (h) =>
      h.category !== undefined &&
      h.owners.length === 0 &&
      strongest(before, h.category) > STRENGTH_RANK[h.strength],
  );
}

/**
 * Only meaningful unqualified (`name`, `weight`): its context-free readings say so. Owner-gated
 * readings (`weight` inside `Patient`) are context already and do not count.
 */
function isQualified(head: PhraseMatch): boolean {
  const free = head.meanings.filter((m) => m.owners.length === 0);
  return free.length > 0 && free.every((m) => m.qualified);
}

/** A person owner or a person role (`client`, `counterparty`) inside a field name. */
function isPersonWord(word: string, vocab: CompiledVocabulary): boolean {
  return vocab.personOwners.has(word) || vocab.personRoles.has(word);
}

/** `customer_name`, `legal_representative`: the phrase itself says whose it is. */
function ownerInHead(
  words: readonly string[],
  head: PhraseMatch,
  vocab: CompiledVocabulary,
): NameReading['owner'] {
  // Only a name says whose it is this way: `user_name` is a login, not a user's name.
  if (!head.meanings.some((m) => m.category === 'name')) return undefined;
  for (let k = head.end - 1; k >= head.start; k--) {
    const w = words[k] ?? '';
    if (isPersonWord(w, vocab)) return { kind: 'person', word: w };
  }
  return undefined;
}

/** The nearest owner word before the head, skipping words that belong to other matches. */
function ownerBefore(
  words: readonly string[],
  headStart: number,
  matches: readonly PhraseMatch[],
  vocab: CompiledVocabulary,
): NameReading['owner'] {
  for (let k = headStart - 1; k >= 0; k--) {
    const w = words[k] ?? '';
    // A person role owns the head even when it is also a term (`counterparty_name`).
    if (vocab.personRoles.has(w)) return { kind: 'person', word: w };
    // …and so does a person word that is a term only in some other owner (`principal` of a loan).
    const inside = matches.find((m) => k >= m.start && k < m.end);
    if (
      inside !== undefined &&
      !(vocab.personOwners.has(w) && inside.meanings.every((m) => m.owners.length > 0))
    )
      continue;
    const kind = ownerKindOfWord(w, vocab);
    if (kind !== undefined) return { kind, word: w };
  }
  return undefined;
}

/**
 * `nameOfDoctor`, `phone_of_patient`: an English possessive after the head names whose it is, as
 * the word before it does in `doctorName`. Only a person counts: `numberOfItems` stays a count.
 */
function ownerAfterOf(
  words: readonly string[],
  headEnd: number,
  vocab: CompiledVocabulary,
): NameReading['owner'] {
  if (words[headEnd] !== 'of') return undefined;
  for (const w of words.slice(headEnd + 1)) {
    if (ownerKindOfWord(w, vocab) === 'person') return { kind: 'person', word: w };
  }
  return undefined;
}

export { singularOf } from './plural.js';
