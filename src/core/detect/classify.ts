/**
 * Decides whether a field is personal information, which category, how sure we are, and why.
 * Combines the identifier's words, the attached comment (Chinese descriptions above all), the
 * owner, and the declared type. Every finding carries the evidence that produced it.
 */
import { classFor, getCategory } from '../law/categories.js';
import type { CategoryKey, ContestedReading } from '../law/schema.js';
import type { Confidence, Evidence, FieldCandidate, Finding } from '../types.js';
import type { NameReading } from './analyze.js';
import { listsRecords, readType, readTypeDescribed, typeFit } from './declaredType.js';
import { singularOf } from './plural.js';
import { words } from './tokenize.js';
import { chooseReading, keyedByPerson, strongestFirst, type Reading } from './choose.js';
import { domainVerdict, OWNER_NAME } from './domainField.js';
import {
  accountNotLogin,
  auditColumn,
  clientAddress,
  ledgerAccount,
  loginNotName,
  personKey,
  platformUserId,
  rowKey,
  screenName,
  staffRoleKey,
  surrogateKey,
} from './keys.js';
import { contactListKey } from './contactListKeys.js';
import { findingOf, usualVerdict, type Verdict } from './findingOf.js';
import { MISS, TupleMemo } from './memo.js';
import { naturalPersonName, typedAsPersonName } from './naturalName.js';
import { describedAsObject, holdsOtherRecord, typedAsLayerRecord } from './nestedRecord.js';
import { thingKeyDescribedAsPerson } from './thingKeys.js';
import { treeParent } from './treeParent.js';
import { issuedNumber, linePrice, totalOfGoodsBought, wageForPost } from './money.js';
import { ownerValueVerdict } from './ownerValue.js';
import { describedAsPrimaryKey } from './primaryKey.js';
import { captchaRecord } from './secrets.js';
import { validatorOf, type Validator } from './validators.js';
import { countOfRecords, instrumentFingerprint, positionNotPost, sortPosition } from './lookalikes.js';
import { recordKind } from './recordDomain.js';
import { listsAttributeValues } from './lookupRecord.js';
import { criterionOnly } from './searchCriterion.js';
import { ADDRESS_HEADS, CARD_HEADS } from './ownerReading.js';
import {
  addressCoordinate,
  addressCoordinateDetail,
  STATED_LOCATION_DETAIL,
  statedLocation,
} from './places.js';
import {
  COMMUNICATION_ZH,
  ownerGateOpen,
  readComment,
  readNameCached,
  readOwner,
  type CommentReading,
  type OwnerReading,
} from './readings.js';
import { defaultVocabulary, type CompiledVocabulary, type TermMeaning } from './vocabulary/index.js';
import { STRENGTH_RANK } from './vocabulary/schema.js';
import type { RecordLink } from './workspaceContext.js';

export interface ClassifyOptions {
  /** Compiled vocabulary (default plus `.pilens.json` additions); the default when omitted. */
  readonly vocabulary?: CompiledVocabulary;
  /** `strict` (default) takes the lower threshold for contested mappings. */
  readonly contestedReading?: ContestedReading;
  /**
   * A sibling field of the same record that identifies a person (`realName`): the record is
   * about a person even if its owner's name does not say so.
   */
  readonly siblingPerson?: string;
  /**
   * The person record of a sensitive domain the workspace links the field's record to
   * (`workspaceContext.ts`): read with the owner, so the record's domain may come from it.
   */
  readonly link?: RecordLink;
}

/** Confidence points a meaning starts with: its rank above weak (weak and ambiguous start at none). */
const base = (strength: TermMeaning['strength']): number =>
  Math.max(0, STRENGTH_RANK[strength] - STRENGTH_RANK.weak);
const CONFIDENCE: readonly Confidence[] = ['low', 'medium', 'high'];

/** A generated constraint or index name: Hibernate's `FK353690ED27D23FE4`, `UK_8e4kn5`, `IDX_1a2b3c4d`. */
const CONSTRAINT_NAME = /^(?:FK|PK|UK|UQ|IDX|IX)_?(?=[0-9A-Fa-f]*[0-9])[0-9A-Fa-f]{8,}$/;

/** Stands for the candidate's owner in cached evidence, filled in per finding. */
const OWNER_SLOT = '\u0000owner';

interface CachedVerdict {
  readonly verdict: Verdict;
  readonly ownerSlot: boolean;
  /** The verdict has the usual keys in the usual order (findingOf.ts). */
  readonly usual: boolean;
}

const verdicts = new TupleMemo<CachedVerdict | null>(20_000);

/** Classifies one field candidate; `undefined` when it is not personal information. */
export function classifyField(candidate: FieldCandidate, options: ClassifyOptions = {}): Finding | undefined {
  const found = readField(candidate, options);
  return found === DISMISSED ? undefined : found;
}

/**
 * What `readField` answers for a field dismissed before `siblingPerson` is read (its words,
 * comment and type name nothing, and its record shows no domain): it is not personal
 * information whatever sibling its record holds, so a second reading with one is not needed.
 */
export const DISMISSED: unique symbol = Symbol('dismissed');

/** `classifyField`, telling a field the sibling cannot change (`DISMISSED`) from other misses. */
export function readField(
  candidate: FieldCandidate,
  options: ClassifyOptions = {},
): Finding | undefined | typeof DISMISSED {
  const found = readWords(candidate, options);
  const validator = validatorOf(candidate);
  const read = validator === undefined ? found : validated(candidate, options, validator, found);
  // `transactions(minAmount: Int)`: a search's criterion, not anyone's amount (searchCriterion.ts).
  return read !== undefined && read !== DISMISSED && criterionOnly(candidate, read) ? DISMISSED : read;
}

/**
 * A field whose validation says what it holds (`@Email`, `[Phone]`, `EmailStr`: validators.ts).
 * When its words already name that, the validation confirms them. Otherwise it is read as a
 * field named for what the validation accepts would be (`@Email String login` as
 * `email_address`), in the same record, so a record that is a thing (a mail server's
 * settings, a shop) still holds no one's address; and when it holds no one's, the field's own
 * words stand.
 */
function validated(
  candidate: FieldCandidate,
  options: ClassifyOptions,
  validator: Validator,
  found: Finding | undefined | typeof DISMISSED,
): Finding | undefined | typeof DISMISSED {
  const evidence: Evidence = {
    kind: 'type',
    matched: validator.name,
    detail: `the validation "${validator.name}" accepts only ${validator.holds}`,
  };
  if (found !== undefined && found !== DISMISSED && found.category === validator.category) {
    const confidence = CONFIDENCE[Math.min(CONFIDENCE.indexOf(found.confidence) + 1, 2)] ?? found.confidence;
    return { ...found, confidence, evidence: [...found.evidence, evidence] };
  }
  const read = readWords({ ...candidate, name: validator.term }, options);
  if (read === undefined || read === DISMISSED) return found;
  const term = words(validator.term).join(' ');
  return {
    ...read,
    field: candidate.name,
    evidence: read.evidence.map((e) => (e.kind === 'token' && e.matched === term ? evidence : e)),
  };
}

function readWords(
  candidate: FieldCandidate,
  options: ClassifyOptions,
): Finding | undefined | typeof DISMISSED {
  // `DROP FOREIGN KEY FK353690ED27D23FE4`: a constraint's generated name is no field, whatever
  // comment stands above the statement (`-- 删除资产记录表对应外键约束`).
  if (CONSTRAINT_NAME.test(candidate.name)) return DISMISSED;
  // `markMarriageAsCertified(id: ID!, details: MarriageRegistrationInput!)`: an operation names
  // what it acts on; what it carries are its arguments, read as fields of their own.
  if (candidate.takesArguments === true) return DISMISSED;
  const vocab = options.vocabulary ?? defaultVocabulary();
  const maybe = mayBePersonal(candidate, vocab);
  // The verdict depends only on the text around the field, which repeats a lot: cache it. The
  // owner enters through its reading's signature, so `t_member_1` and `t_member_2` share verdicts.
  const owner = readOwner(candidate, vocab, options.link);
  // A record in a sensitive domain lends its category to fields that name none (domainField.ts);
  // a record named for a phone or an address lends it to the field holding its value.
  // Nothing here reads `options.siblingPerson`.
  if (!maybe && owner.domain === undefined) {
    const value = ownerValueVerdict(candidate, vocab, options.contestedReading);
    return value === undefined ? DISMISSED : findingOf(candidate, value, false);
  }
  const reading = options.contestedReading;
  const sibling = options.siblingPerson;
  const { name, declaredType, comment } = candidate;
  // The parts that change least come first: a record's fields share the first three (memo.ts).
  let cached = verdicts.find(vocab, reading, sibling, owner.id, name, declaredType, comment);
  if (cached === MISS) {
    const verdict = maybe
      ? decide(candidate, vocab, options, owner)
      : domainVerdict(
          candidate,
          nameReading(candidate, vocab),
          readComment(comment, vocab),
          owner,
          vocab,
          reading,
        );
    cached =
      verdict === undefined
        ? null
        : {
            verdict,
            ownerSlot: verdict.evidence.some(
              (e) => e.matched === OWNER_SLOT || e.detail.includes(OWNER_NAME),
            ),
            usual: usualVerdict(verdict),
          };
    verdicts.store(vocab, reading, sibling, owner.id, name, declaredType, comment, cached);
  }
  if (cached === null) return undefined;
  const verdict = cached.ownerSlot
    ? {
        ...cached.verdict,
        evidence: cached.verdict.evidence.map((e) =>
          e.matched === OWNER_SLOT
            ? { ...e, matched: candidate.owner ?? '' }
            : e.detail.includes(OWNER_NAME)
              ? { ...e, detail: e.detail.replace(OWNER_NAME, ownerName(candidate.owner)) }
              : e,
        ),
      }
    : cached.verdict;
  return findingOf(candidate, verdict, cached.usual);
}

/** How an explanation names the owner: quoted, or "the record" when there is none. */
function ownerName(owner: string | undefined): string {
  return owner === undefined || owner === '' ? 'the record' : `"${owner}"`;
}

/**
 * Most fields (`status`, `createdAt`) name nothing in the vocabulary, say nothing in their
 * comment and have a plain type: no reading can be chosen for them (see `chooseReading`), so
 * they are dismissed before the owner is read.
 */
function mayBePersonal(candidate: FieldCandidate, vocab: CompiledVocabulary): boolean {
  const name = nameReading(candidate, vocab);
  if (name.head !== undefined) return true;
  const comment = readComment(candidate.comment, vocab);
  if (comment.head !== undefined || (comment.previous?.length ?? 0) > 0) return true;
  if (name.cancelled !== undefined || candidate.declaredType === undefined) return false;
  const shape = readType(candidate.declaredType).shape;
  return shape === 'other' || shape === 'reference' || keyedByPerson(name.words, candidate.declaredType);
}

/** The identifier's reading, without a `login` that is not the whole text-typed name (keys.ts). */
function nameReading(candidate: FieldCandidate, vocab: CompiledVocabulary): NameReading {
  const name = readNameCached(candidate.name, vocab);
  if (!loginNotName(name, candidate.declaredType)) return name;
  const { head, ...rest } = name;
  return head === undefined ? name : rest;
}

function decide(
  candidate: FieldCandidate,
  vocab: CompiledVocabulary,
  options: ClassifyOptions,
  owner: OwnerReading,
): Verdict | undefined {
  const name = nameReading(candidate, vocab);
  const described = readComment(candidate.comment, vocab);
  const evidence: Evidence[] = [];

  const gate = (m: TermMeaning): boolean =>
    m.category !== undefined &&
    ownerGateOpen(m, owner, name.words, vocab) &&
    !positionNotPost(m, candidate.declaredType, owner.context?.kind === 'person');
  // `处方内容` outside a message: `内容` needs a message owner, so the description is `处方`.
  let commentHead = described.head;
  let commentMeanings = strongestFirst(described.head?.meanings.filter(gate) ?? []);
  for (const alt of commentMeanings.length === 0 ? (described.previous ?? []) : []) {
    const open = alt.meanings.filter(gate);
    if (open.length === 0 || alt.negative) continue;
    // `与联系人关系`, `联系人邮政编码`: the person word before the head is whose the head is (the
    // contact's relationship, postcode), not what the field holds (the contact's name).
    if (described.owner?.kind === 'person' && alt.text === described.owner.word) continue;
    commentHead = alt;
    commentMeanings = strongestFirst(open);
    break;
  }
  const comment: CommentReading =
    commentHead === undefined || commentHead === described.head
      ? described
      : { ...described, head: commentHead };
  const readings = { name, comment, owner, gate, commentMeanings };
  const chosen = chooseReading(candidate, vocab, options, readings);
  // Nothing in the field names a category: its record's domain may (domainField.ts). A reading
  // that was chosen and then ruled out (a flag about a channel) stays ruled out.
  if (chosen === undefined)
    return domainVerdict(candidate, name, described, owner, vocab, options.contestedReading);
  const { reading, confirmed } = chosen;
  // `Allergy.name`, `PrescribedDrug.name`: a bare name in a clinical record named for what the
  // person has or is given names that allergy or drug, not a person (`domainField.ts`).
  if (
    owner.domain?.titled !== undefined &&
    reading.from === 'name' &&
    reading.meaning.category === 'name' &&
    name.words.length === 1 &&
    (candidate.declaredType === undefined || readType(candidate.declaredType).shape === 'string')
  )
    return domainVerdict(candidate, name, described, owner, vocab, options.contestedReading);
  let category = reading.meaning.category as CategoryKey;
  // `sender_msisdn` in an SMS record, `caller_phone` in a call: who talked to whom is the record.
  const party =
    category === 'contact' &&
    reading.from === 'name' &&
    name.words.some((w) => vocab.partyRoles.has(w)) &&
    isCommunication(owner, vocab);
  if (party) category = 'communication_records';
  // `Friend.to`, `follow_user_id` in a follow record: the other party is a contact-list entry.
  const listed = contactListKey(reading, name.words, owner);
  if (listed) category = 'contacts_list';
  const traits = vocab.traits.get(category) ?? { booleanMeaningful: false, inherentlyPersonal: false };

  // Strength of the words themselves.
  let score = base(reading.meaning.strength);
  if (reading.from === 'comment') score = Math.max(1, score) - (reading.english ? 1 : 0);
  evidence.push(wordEvidence(reading, category, name.pinyin));
  if (confirmed && comment.head !== undefined && !restates(comment, reading)) {
    score = Math.max(score, base(commentMeanings[0]?.strength ?? 'weak')) + 1;
    evidence.push({
      kind: 'comment',
      matched: comment.head.text,
      detail: `the attached comment confirms it ("${comment.head.text}")`,
    });
  }
  if (reading.meaning.strength === 'ambiguous' && reading.from === 'name' && !confirmed) score = 1;

  if (reading.meaning.owners.length > 0) {
    evidence.push({
      kind: 'owner',
      matched: OWNER_SLOT,
      detail: `inside this owner, "${reading.match.text}" is part of ${category}`,
    });
  }
  // `User.departmentId` beside `workNumber`: why the owner gate opened in a record not named for
  // an employee (`recordDomain.ts`, a domain's marks).
  const marked = owner.domain?.reads === 'terms' ? owner.domain : undefined;
  if (reading.meaning.owners.length > 0 && marked?.sibling !== undefined && marked.category === category) {
    evidence.push({
      kind: 'owner',
      matched: marked.sibling,
      detail: `the same record holds "${marked.sibling}", which marks ${recordKind(marked)}`,
    });
  }
  if (party) {
    evidence.push({
      kind: 'owner',
      matched: OWNER_SLOT,
      detail: 'a party of a call or message inside its record: a communication record',
    });
  }
  // A fixed place's coordinates (a house, a base station) locate the thing, not a person.
  const tracking = category === 'whereabouts' && owner.tracking;
  if (category === 'whereabouts' && owner.place && !tracking && name.owner?.kind !== 'person')
    return undefined;
  // Who owns it: the nearest statement wins (in the name, then the comment, then the record).
  // In a record that follows someone (`LocationUpdateEvent`), `cellLatitude` is still their position.
  const sibling =
    options.siblingPerson === undefined
      ? undefined
      : { kind: 'person' as const, word: options.siblingPerson };
  // `clientName` inside `OAuthClient` names the record itself, which is a thing.
  const selfNamed =
    name.owner !== undefined && owner.context?.kind === 'nonperson' && owner.context.word === name.owner.word;
  // `MailConfig.fromName`: a party of a thing's record (a mail setting's sender) is the thing's.
  const thingsParty =
    name.owner !== undefined &&
    name.words.length === 2 &&
    reading.meaning.qualified &&
    vocab.partyRoles.has(name.owner.word) &&
    owner.context?.kind === 'nonperson' &&
    !vocab.personRoles.has(owner.context.word);
  // `goodsAmount` of an order: the goods bought, not a thing owning the total (money.ts).
  const goodsBought =
    category === 'transaction' &&
    !owner.orderLine &&
    totalOfGoodsBought(name.words, name.owner?.word, owner.domain?.category === 'transaction');
  // `MenuItemVo.parentName`: a tree's parent is its parent node (treeParent.ts).
  if (
    category === 'name' &&
    treeParent(name.words, words(candidate.owner ?? ''), owner.context?.kind, sibling !== undefined)
  )
    return undefined;
  const nameOwner =
    (tracking && name.owner?.kind === 'nonperson') ||
    selfNamed ||
    thingsParty ||
    goodsBought ||
    wageForPost(category, name.owner?.word)
      ? undefined
      : name.owner;
  // The comment's owner word owns what the comment names (`主机地址` on `oper_ip`: the host owns
  // an address, not the IP the name speaks of), so it counts only when the comment chose or
  // confirmed the category.
  const commentOwner =
    (reading.from === 'comment' || confirmed) && !issuedNumber(category, comment) ? comment.owner : undefined;
  // `Client.firstname`: a role that is usually a thing as an owner (an API client) is the
  // person when the record holds a natural person's name or birth date (classifyCandidates).
  // `PAT_MASTER_INDEX.NAME` beside `ID_NO`, `PAT_HOSPITAL_NOTICE.SEX`: a record filing one
  // person's particulars under a generic head (a master index, a notice, a register of people)
  // is that person's when it holds their identity number or the like (classifyCandidates).
  const roleOwner =
    sibling !== undefined &&
    owner.context?.kind === 'nonperson' &&
    (vocab.personRoles.has(singularOf(owner.context.word)) || PERSON_FILE_HEADS.has(owner.context.word));
  const ownerContext = nameOwner ?? commentOwner ?? (roleOwner ? sibling : owner.context) ?? sibling;
  if (locatesFile(category, name.words)) return undefined;
  // A cart's payment method and totals are goods chosen, not yet bought (`money.ts`).
  if (category === 'transaction' && owner.cart) return undefined;
  if (
    category === 'transaction' &&
    owner.orderLine &&
    reading.from === 'name' &&
    linePrice(name.words, reading.meaning.owners.length > 0)
  )
    return undefined;
  if (category === 'online_id' && surrogateKey(reading, name.words, owner, comment, vocab, candidate.owner))
    return undefined;
  if (category === 'online_id' && auditColumn(reading, name.words, candidate.comment)) return undefined;
  if (category === 'online_id' && staffRoleKey(reading, name.words, candidate.comment)) return undefined;
  if (category === 'online_id' && describedAsPrimaryKey(reading, name.words, candidate.comment))
    return undefined;
  if (listsAttributeValues(category, name.words, candidate.owner, owner, vocab)) return undefined;
  if (category === 'online_id' && ledgerAccount(reading, owner)) return undefined;
  if (category === 'online_id' && thingKeyDescribedAsPerson(reading, name.words, vocab)) return undefined;
  if (category === 'online_id' && accountNotLogin(reading, name.words, candidate.declaredType))
    return undefined;
  // `user_group.name`, `UserPasskey.name`, `ContactGroup.Name`: a record whose head noun is a
  // thing (a group, a token, a type) is named for that thing; the person word before it says
  // whose thing, and a bare name is the thing's.
  if (
    category === 'name' &&
    reading.from === 'name' &&
    reading.meaning.strength === 'weak' &&
    name.owner === undefined &&
    THING_HEADS.has(singularOf(words(candidate.owner ?? '').at(-1) ?? ''))
  )
    return undefined;
  // `ContactDiaryLocation.phoneNumber`, `VenueInfo.email`: a place's record (a location someone
  // visited, a venue) is named for the place, whose phone and e-mail it keeps; the person word
  // before the head says whose diary or list the place is in.
  if (
    category === 'contact' &&
    name.owner?.kind !== 'person' &&
    PLACE_RECORD_HEADS.has(
      singularOf(
        words(candidate.owner ?? '')
          .filter((w) => !vocab.ownerSuffixes.has(w))
          .at(-1) ?? '',
      ),
    )
  )
    return undefined;
  // `Address.company`, `AddressImpl.companyName`: the company line of a postal address says where
  // a parcel goes, not whom the person works for (the lexicon labels it none).
  if (
    category === 'education_work' &&
    name.words[0] === 'company' &&
    [...ADDRESS_HEADS].some((w) => owner.words.has(w))
  )
    return undefined;
  // `X-Courier-Token`: a request header's credential authenticates the API's caller, it is not
  // a person's stored secret.
  if (category === 'credential' && name.words.length > 1 && name.words[0] === 'x') return undefined;
  if (category === 'credential' && captchaRecord(owner)) return undefined;
  if (instrumentFingerprint(category, reading.meaning.strength, owner.words)) return undefined;
  if (category === 'transaction' && countOfRecords(category, name.words, words(candidate.owner ?? '')))
    return undefined;
  if (category === 'transaction' && rowKey(reading, name.words, owner, vocab)) return undefined;
  if (sortPosition(category, reading.match.text, candidate.declaredType)) return undefined;
  // A thing's fields are not personal, even when a term's owner gate is open (`stock_quantity`
  // in a drug inventory): records of what people did are read from their head noun instead.
  if (
    ownerContext?.kind === 'meta' ||
    (ownerContext?.kind === 'nonperson' &&
      // A weak word needs a person even for a category personal whoever holds it: a company's
      // taxpayer number (纳税人识别号) is the business's.
      (!traits.inherentlyPersonal || reading.meaning.strength === 'weak') &&
      !personKey(reading, name.words, vocab) &&
      !platformUserId(reading, name.words) &&
      !screenName(reading) &&
      !clientAddress(reading, name.words, owner) &&
      !naturalPersonName(reading))
  )
    return undefined;
  // `weight` described as `商品总重量`: a comment naming the category's own look-alike (a thing's
  // 重量, not a body's 体重) rules it out even for a category personal whoever holds it.
  if (
    comment.negative !== undefined &&
    (!traits.inherentlyPersonal || comment.negative.meanings.some((m) => m.negates === category))
  )
    return undefined;
  const nameType =
    category === 'name' && reading.from === 'name' && typedAsPersonName(candidate.declaredType, vocab);
  if (nameType && ownerContext?.kind !== 'person') {
    score += 2;
    evidence.push({
      kind: 'type',
      matched: candidate.declaredType ?? '',
      detail: `the declared type "${candidate.declaredType ?? ''}" is a person's name`,
    });
  }
  if (ownerContext?.kind === 'person') {
    score += reading.meaning.strength === 'weak' ? 2 : 1;
    const detail =
      ownerContext === sibling
        ? `the same record holds "${ownerContext.word}", so it describes a person`
        : ownerContext === owner.context && ADDRESS_HEADS.has(ownerContext.word)
          ? `"${ownerContext.word}" is a postal address, where a person lives or receives parcels, so the field describes that person`
          : ownerContext === owner.context && CARD_HEADS.has(ownerContext.word)
            ? `"${ownerContext.word}" is a card issued to a person, its holder, so the field describes them`
            : `"${ownerContext.word}" is a person, so the field describes one`;
    evidence.push({ kind: 'owner', matched: ownerContext.word, detail });
  } else if (ownerContext?.kind === 'nonperson') {
    evidence.push({
      kind: 'owner',
      matched: ownerContext.word,
      detail: traits.inherentlyPersonal
        ? `"${ownerContext.word}" is not a person, but ${category} is personal whoever holds it`
        : screenName(reading)
          ? `"${ownerContext.word}" is not a person, but a nickname only ever names one`
          : naturalPersonName(reading)
            ? `"${ownerContext.word}" is not a person, but only a person has a ${reading.match.text}`
            : `a key to a person's record: the "${ownerContext.word}" is that person's`,
    });
  }

  // What the declared type allows.
  if ((name.booleanish || comment.booleanish) && !traits.booleanMeaningful) return undefined;
  if (candidate.declaredType !== undefined && candidate.declaredType.trim() !== '') {
    // `User.accounts: Account[]`, `addresses: [Address!]!`: a vague word naming a relation to
    // other records; those records' fields carry the data. A clear word still counts
    // (`seekingGenders: [Gender!]`).
    if (
      reading.meaning.strength === 'weak' &&
      reading.from === 'name' &&
      listsRecords(candidate.declaredType) &&
      !nameType
    )
      return undefined;
    // `address: Address`, `coldEmails: ColdEmail[]`, `lastName: SortOrder`: the field holds
    // another record (whose own fields carry the data) or a setting about the data.
    if (
      reading.from === 'name' &&
      !nameType &&
      holdsOtherRecord(reading.meaning, name.words, candidate.declaredType)
    )
      return undefined;
    // `bed: ZyBed` described as `病床对象`, `xpList: List<MzXprescription>` as `西药处方对象`: the
    // description says the field holds an object of another class, whose fields carry the data.
    if (describedAsObject(candidate.declaredType, candidate.comment)) return undefined;
    // `pati: PatientdataEntity`, `advice: List<DoctorEnjoinsEntity>`: a class its code layer names
    // a record (entity, DO, PO, VO, DTO, BO) is another record, whose own fields carry the data.
    if (typedAsLayerRecord(candidate.declaredType)) return undefined;
    const fit = typeFit(
      category,
      readTypeDescribed(candidate.declaredType, candidate.comment),
      traits.booleanMeaningful,
      reading.match.text,
      `${candidate.name} ${candidate.comment ?? ''}`,
    );
    if (fit === undefined) return undefined;
    if (fit.delta > 0) {
      score += fit.delta;
      evidence.push({ kind: 'type', matched: candidate.declaredType, detail: fit.detail });
    }
  }
  if (score <= 0) return undefined;
  const confidence = CONFIDENCE[Math.min(score, 3) - 1] ?? 'low';
  // `sxo_user_address.lat`: a postal address's coordinates are part of that address (places.ts).
  if (addressCoordinate(category, reading.match.text, owner)) {
    category = 'address';
    evidence.push({
      kind: 'owner',
      matched: OWNER_SLOT,
      detail: addressCoordinateDetail(reading.match.text),
    });
  }
  // `User.location` "The location set by the user": the place a profile states (places.ts).
  const stated = statedLocation(
    category,
    name.words,
    owner,
    candidate.declaredType === undefined || readType(candidate.declaredType).shape === 'string',
  );
  if (stated) {
    category = 'address';
    evidence.push({ kind: 'owner', matched: OWNER_SLOT, detail: STATED_LOCATION_DETAIL });
  }
  const contest = stated ? undefined : reading.meaning.contest;
  const reading_ = options.contestedReading ?? 'strict';
  const cls =
    classFor(category, contest === undefined ? { reading: reading_ } : { contest, reading: reading_ }) ?? 'C';
  const minor = name.minor || comment.minor || owner.minor || reading.meaning.minor;
  return {
    category,
    class: cls,
    confidence,
    evidence,
    ...(minor ? { minor: true } : {}),
    ...(contest !== undefined ? { contest } : {}),
  };
}

/**
 * Heads of records that file one person's particulars though the word names a thing: a patient
 * master index (`PAT_MASTER_INDEX`), an admission notice, a register of people (人员字典).
 */
const PERSON_FILE_HEADS: ReadonlySet<string> = new Set([
  'master',
  'index',
  'notice',
  'dict',
  'dictionary',
  '字典',
]);

/** Head nouns of records about a thing that a person may own or belong to. */
const THING_HEADS: ReadonlySet<string> = new Set([
  'group',
  'team',
  'passkey',
  'token',
  'key',
  'type',
  'category',
  'tag',
  'label',
  'template',
  'menu',
  'role',
  'folder',
  'channel',
  'webhook',
  'setting',
  'config',
  'space',
]);

/** Head nouns of a place's record, whose contact details are the place's. */
const PLACE_RECORD_HEADS: ReadonlySet<string> = new Set(['location', 'venue', 'place', 'poi']);

/** Names of files and links: `avatar`, `qrcode_url`, `home_path`, `logo`. */
const LOCATOR_NAMES: ReadonlySet<string> = new Set([
  'url',
  'uri',
  'link',
  'href',
  'src',
  'path',
  'avatar',
  'icon',
  'logo',
  'qrcode',
  'qr',
  'thumbnail',
  'thumb',
  'banner',
  'cover',
]);

/**
 * `avatar` described as `头像地址`, `qrcode_url` as `二维码地址`: 地址 (address) there is a URL.
 * A field named as a link or file holds a location on the web, never where someone lives.
 */
function locatesFile(category: CategoryKey, words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  // An address's path (`consigneeAddressPath` // 地址名称，'，'分割) is the chain of its regions'
  // names, province to district, as Chinese shops store it; a path of region ids
  // (`addressIdPath`) ends in `id path` and stays a locator's.
  if (last === 'path' && ADDRESS_WORDS.has(words[words.length - 2] ?? '')) return false;
  return category === 'address' && LOCATOR_NAMES.has(last);
}

const ADDRESS_WORDS: ReadonlySet<string> = new Set(['address', 'addr']);

/**
 * `locationCity` described as "Location city name": an English description that repeats a weak
 * word of the name says nothing about whose it is, so it confirms nothing.
 */
function restates(comment: CommentReading, reading: Reading): boolean {
  if (!comment.english || reading.meaning.strength !== 'weak' || comment.head === undefined) return false;
  const described = comment.head.text.split(' ');
  return reading.match.text.split(' ').every((w) => described.includes(w));
}

/** The owner is a call, SMS or message record (`cdr_voice`, `sms_detail`, 话单). */
function isCommunication(owner: OwnerReading, vocab: CompiledVocabulary): boolean {
  for (const w of owner.words) if (vocab.communicationOwners.has(w)) return true;
  return COMMUNICATION_ZH.some((z) => owner.gates.has(z));
}

function wordEvidence(reading: Reading, category: CategoryKey, pinyin: string | undefined): Evidence {
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
