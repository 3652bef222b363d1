/**
 * The verdict on one field's words, comment, owner and type (`classify.ts` caches it): which
 * reading wins, whose the field is, what rules it out, how sure the finding is, and why.
 */
import { classFor } from '../law/categories.js';
import type { CategoryKey } from '../law/schema.js';
import type { Confidence, Evidence, FieldCandidate } from '../types.js';
import type { NameReading } from './analyze.js';
import type { ClassifyOptions } from './classify.js';
import { listsRecords, readType, readTypeDescribed, typeFit } from './declaredType.js';
import { singularOf } from './plural.js';
import { words } from './tokenize.js';
import { chooseReading, strongestFirst } from './choose.js';
import { domainVerdict } from './domainField.js';
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
import type { Verdict } from './findingOf.js';
import { naturalPersonName, typedAsPersonName } from './naturalName.js';
import { describedAsObject, holdsOtherRecord, typedAsLayerRecord } from './nestedRecord.js';
import { thingKeyDescribedAsPerson } from './thingKeys.js';
import { treeParent } from './treeParent.js';
import { issuedNumber, linePrice, totalOfGoodsBought, wageForPost } from './money.js';
import { describedAsPrimaryKey } from './primaryKey.js';
import { captchaRecord } from './secrets.js';
import { countOfRecords, instrumentFingerprint, positionNotPost, sortPosition } from './lookalikes.js';
import { recordKind } from './recordDomain.js';
import { listsAttributeValues } from './lookupRecord.js';
import { ADDRESS_HEADS } from './ownerHead.js';
import {
  addressCoordinate,
  addressCoordinateDetail,
  STATED_LOCATION_DETAIL,
  statedLocation,
} from './places.js';
import {
  ownerGateOpen,
  readComment,
  readNameCached,
  type CommentReading,
  type OwnerReading,
} from './readings.js';
import { ownerEvidence, OWNER_SLOT, restates, wordEvidence } from './fieldEvidence.js';
import {
  isCommunication,
  locatesFile,
  PERSON_DOCUMENT_HEADS,
  PERSON_FILE_HEADS,
  PLACE_RECORD_HEADS,
  THING_HEADS,
} from './recordHeads.js';
import type { CompiledVocabulary, TermMeaning } from './vocabulary/index.js';
import { STRENGTH_RANK } from './vocabulary/schema.js';

/** Confidence points a meaning starts with: its rank above weak (weak and ambiguous start at none). */
const base = (strength: TermMeaning['strength']): number =>
  Math.max(0, STRENGTH_RANK[strength] - STRENGTH_RANK.weak);
export const CONFIDENCE: readonly Confidence[] = ['low', 'medium', 'high'];

/** The identifier's reading, without a `login` that is not the whole text-typed name (keys.ts). */
export function nameReading(candidate: FieldCandidate, vocab: CompiledVocabulary): NameReading {
  const name = readNameCached(candidate.name, vocab);
  if (!loginNotName(name, candidate.declaredType)) return name;
  const { head, ...rest } = name;
  return head === undefined ? name : rest;
}

export function decide(
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
    (vocab.personRoles.has(singularOf(owner.context.word)) ||
      PERSON_FILE_HEADS.has(owner.context.word) ||
      PERSON_DOCUMENT_HEADS.has(owner.context.word));
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
  if (ownerContext?.kind === 'person') score += reading.meaning.strength === 'weak' ? 2 : 1;
  const whose = ownerEvidence(ownerContext, sibling, owner, category, traits.inherentlyPersonal, reading);
  if (whose !== undefined) evidence.push(whose);

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
