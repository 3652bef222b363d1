/**
 * Choosing the words that decide a field's category: the identifier's, the attached comment's
 * or the declared type's, with ambiguous pinyin settled by context or not at all.
 */
import type { NameReading, OwnerKind } from './analyze.js';
import type { ClassifyOptions } from './classify.js';
import { innermostTypeName, listsRecords, readType, typedAsRecord } from './declaredType.js';
import type { PhraseMatch } from './match.js';
import { readNameCached, type CommentReading, type OwnerReading } from './readings.js';
import { DETECTION_CONTEXT } from './vocabulary/context.js';
import type { CompiledVocabulary, TermMeaning } from './vocabulary/index.js';
import { STRENGTH_RANK } from './vocabulary/schema.js';
import type { FieldCandidate } from '../types.js';

/** The words chosen, where they came from, and the phrase that matched. */
export interface Reading {
  readonly meaning: TermMeaning;
  readonly match: PhraseMatch;
  readonly from: 'name' | 'comment';
  readonly english: boolean;
}

/** Strongest meaning first; at equal strength, an owner-gated (more specific) one. */
export function strongestFirst(meanings: readonly TermMeaning[]): TermMeaning[] {
  // Equal strength: a meaning whose owner context is present is more specific than a default.
  return [...meanings].sort(
    (a, b) => STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength] || b.owners.length - a.owners.length,
  );
}

/** Names of the list a response, a page or a connection wraps. */
const CONTAINERS: ReadonlySet<string> = new Set(DETECTION_CONTEXT.containerNames);

/**
 * A field named for nothing whose declared type names personal data (`pickup: GeoPoint`,
 * `home: Address`): the type speaks for it, one step weaker.
 */
function typeReading(
  name: NameReading,
  declared: string,
  vocab: CompiledVocabulary,
  gate: (m: TermMeaning) => boolean,
): Reading | undefined {
  if (readType(declared).shape !== 'other') return undefined;
  // `data: array<contact>`, `items: [Order]`, `nodes: [User]`: a response's or a page's list
  // of records, whose own fields carry the data.
  if (name.words.length === 1 && CONTAINERS.has(name.words[0] ?? '') && listsRecords(declared))
    return undefined;
  const typeName = innermostTypeName(declared);
  const read = readNameCached(typeName, vocab);
  // Type names are read strictly: no pinyin or ambiguous words, and a single medium word (`Caller`) is too vague.
  const multiWord = read.head !== undefined && read.head.end - read.head.start >= 2;
  const meaning = read.head?.meanings.find(
    (m) =>
      gate(m) &&
      m.source !== 'pinyin' &&
      // `auth: AccessToken`: a secret typed by a record's name is that record (a token's value,
      // its expiry, its kind), whose own fields carry the secret.
      m.category !== 'credential' &&
      (m.strength === 'strong' || m.strength === 'weak' || (m.strength === 'medium' && multiWord)),
  );
  if (read.head === undefined || meaning === undefined || read.cancelled !== undefined) return undefined;
  // `PatientManager`, `AddressService`: a type named for what it does with the data is code.
  if (read.head.end !== read.words.length) return undefined;
  const weaker: TermMeaning = {
    ...meaning,
    strength:
      meaning.strength === 'strong' ? 'medium' : meaning.strength === 'medium' ? 'low' : meaning.strength,
  };
  return {
    meaning: weaker,
    match: { ...read.head, text: `${read.head.text} (declared type)` },
    from: 'name',
    english: false,
  };
}

/**
 * `patient = models.ForeignKey(Patient)`, `user = OneToOneField(User)`: a relation named for a
 * person holds that person's key, read as `patient_id` is (an online identifier, low).
 */
function referenceReading(
  name: NameReading,
  declared: string,
  vocab: CompiledVocabulary,
  gate: (m: TermMeaning) => boolean,
): Reading | undefined {
  const shape = readType(declared).shape;
  // `general_practitioner: Reference`, `policy_holder: Reference`: a FHIR reference named for a
  // person's role is read by the person word that ends it (a relation of another kind stays one
  // word: a `ForeignKey` named `policy_holder` may hold the policy).
  const roleReference = name.words.length === 2 && fhirReference(declared);
  if (name.words.length !== 1 && !roleReference) return undefined;
  const word = name.words[name.words.length - 1] ?? '';
  if (!vocab.personOwners.has(word) || word === 'account') return undefined;
  // `Lab.patient: string`, `History.user: String`: a document store keeps the key of the
  // person's record under the person's own name; only the records people are kept in, since
  // an `owner` or `author` string is as often a name or a login.
  // `user: Promise<User>` holds the user's record, not a key: its key column carries the key.
  const keyed =
    (shape === 'reference' && !typedAsRecord(declared)) ||
    keyedByPerson(name.words, declared) ||
    fhirReference(declared);
  if (!keyed) return undefined;
  // Read as its key column would be (`follower` in a follow record as `follower_id`, a
  // patient as `patient_id`).
  const key = readNameCached(`${word}_id`, vocab).head;
  const meaning = strongestFirst(key?.meanings.filter(gate) ?? [])[0];
  if (key === undefined || meaning === undefined) return undefined;
  return {
    meaning,
    match: {
      ...key,
      text: `${word} (${shape === 'reference' ? "a relation to a person's record" : "the key of a person's record"})`,
    },
    from: 'name',
    english: false,
  };
}

/**
 * `patient: Reference`, `repeated Reference`: HL7 FHIR's reference type holds the key of another
 * resource (`Patient/123`), as a foreign key does, not the record itself.
 */
function fhirReference(declared: string): boolean {
  return /^(?:repeated\s+|optional\s+)?(?:Reference|ResourceReference)(?:\[\])?[!?]?$/.test(declared.trim());
}

/** GraphQL's root operation types: their fields are operations, typed by what they return. */
const OPERATION_ROOTS: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription']);

/** Declared types that hold a record's key: a string, a number, a GraphQL `ID`. */
const KEY_SHAPES: ReadonlySet<string> = new Set(['string', 'integer']);
const KEYED_PEOPLE: ReadonlySet<string> = new Set([
  'user',
  'patient',
  'customer',
  'member',
  'employee',
  'student',
]);

/** A field named for a person alone and typed as a key (`patient: string`): it may hold their key. */
export function keyedByPerson(words: readonly string[], declared: string): boolean {
  return words.length === 1 && KEYED_PEOPLE.has(words[0] ?? '') && KEY_SHAPES.has(readType(declared).shape);
}

/**
 * A record's own key and its kind: `PhoneNumber.id` described as "The unique ID associated with the
 * phone number", `label: PhoneNumberLabel` as "Defines the type of phone number". The name says
 * what the field is (a row's key, a kind from a list); an English description naming a datum says
 * whose key or kind it is, not that the field holds the datum.
 */
const OWN_KEY_OR_KIND: ReadonlySet<string> = new Set(['id', 'uuid', 'label', 'type', 'kind']);

function ownKeyOrKind(words: readonly string[]): boolean {
  return words.length === 1 && OWN_KEY_OR_KIND.has(words[0] ?? '');
}

/** The readings of one candidate that the choice looks at. */
export interface Readings {
  readonly name: NameReading;
  readonly comment: CommentReading;
  readonly owner: OwnerReading;
  readonly gate: (m: TermMeaning) => boolean;
  readonly commentMeanings: readonly TermMeaning[];
}

/**
 * Which words decide the category: the name's, the comment's, or the declared type's. The name
 * wins unless it is tentative (weak, low, ambiguous, pinyin) and the comment says otherwise.
 */
export function chooseReading(
  candidate: FieldCandidate,
  vocab: CompiledVocabulary,
  options: ClassifyOptions,
  { name, comment, owner, gate, commentMeanings }: Readings,
): { reading: Reading; confirmed: boolean } | undefined {
  const nameMeanings = strongestFirst(name.head?.meanings.filter(gate) ?? []);
  let reading: Reading | undefined;
  let confirmed = false;
  if (name.head !== undefined && nameMeanings.length > 0) {
    const shared = nameMeanings.find((m) => commentMeanings.some((c) => c.category === m.category));
    if (shared !== undefined && comment.head !== undefined) {
      reading = { meaning: shared, match: name.head, from: 'name', english: false };
      confirmed = true;
    } else if (
      comment.head !== undefined &&
      commentMeanings[0] !== undefined &&
      (nameIsTentative(nameMeanings) || descriptionOverrulesName(nameMeanings, comment, commentMeanings[0]))
    ) {
      reading = {
        meaning: commentMeanings[0],
        match: comment.head,
        from: 'comment',
        english: comment.english,
      };
    } else if (
      nameMeanings.every((m) => m.source === 'pinyin') &&
      comment.hasHan &&
      comment.head === undefined
    ) {
      // A pinyin abbreviation whose Chinese description names nothing personal meant something else.
      return undefined;
    } else {
      const resolved = resolveAmbiguous(
        nameMeanings,
        candidate,
        owner.kind ?? name.owner?.kind ?? (options.siblingPerson !== undefined ? 'person' : undefined),
      );
      if (resolved !== undefined)
        reading = { meaning: resolved, match: name.head, from: 'name', english: false };
    }
  } else if (
    comment.head !== undefined &&
    commentMeanings[0] !== undefined &&
    // `setDraftOrderBillingAddress` described as "Sets the billing address…": prose about an
    // action (a GraphQL mutation, an API operation) names what it acts on, not what it holds.
    !(name.cancelled?.reason === 'verb' && comment.english) &&
    !(comment.english && ownKeyOrKind(name.words)) &&
    (name.cancelled?.reason !== 'negative' ||
      commentOverrulesNegative(comment, commentMeanings[0], name.cancelled.negates))
  ) {
    reading = { meaning: commentMeanings[0], match: comment.head, from: 'comment', english: comment.english };
  } else if (
    name.head === undefined &&
    name.cancelled === undefined &&
    candidate.declaredType !== undefined &&
    // `Mutation.correctTestMarkAsError: TestResult`: a GraphQL operation's type is what it
    // returns, a record whose own fields carry the data; the operation is read by its name and
    // its arguments, never by its result.
    !OPERATION_ROOTS.has(candidate.owner ?? '')
  ) {
    reading =
      referenceReading(name, candidate.declaredType, vocab, gate) ??
      typeReading(name, candidate.declaredType, vocab, gate);
  }
  return reading === undefined ? undefined : { reading, confirmed };
}

/**
 * `company_name` is not a person's name, but its Chinese description may say what it is
 * (`申请人工作单位`, an applicant's employer): a distinctive Chinese term outranks a negative.
 */
function commentOverrulesNegative(
  comment: CommentReading,
  meaning: TermMeaning,
  negates: string | undefined,
): boolean {
  // `captcha` described as `验证码`: the name already said which kind of code it is not.
  // …unless the description names the person the name only stood for (`service_name` as
  // `服务人员姓名`: the service's staff member, not the service).
  // …or the description names a number where the name said a row key (`orderId` described as
  // `订单号`, the order's number as `order_no` holds it, not the order row's key).
  if (negates === meaning.category) return namesOtherPerson(comment) || describedAsNumber(comment);
  return !comment.english && meaning.strength === 'strong' && comment.negative === undefined;
}

/** A Chinese description whose term is a number (`订单号`, `订单编号`), not a key (`订单ID`). */
function describedAsNumber(comment: CommentReading): boolean {
  const text = comment.head?.text ?? '';
  return !comment.english && comment.negative === undefined && text.endsWith('号');
}

/** The comment's person word stands outside its term (`服务人员` before `姓名`). */
function namesOtherPerson(comment: CommentReading): boolean {
  const owner = comment.owner;
  return (
    !comment.english &&
    owner?.kind === 'person' &&
    comment.head !== undefined &&
    !comment.head.text.includes(owner.word) &&
    comment.negative === undefined
  );
}

/**
 * What a Chinese description says a field holds overrules an English name read wholly as another
 * category, for names teams write after something other than the value:
 * - `UacUser.userName` described as `姓名`: Chinese teams write `userName` for 用户姓名, the
 *   person's real name, so a description that names a person's name says what an account word
 *   holds (`用户名` or `登录账号` beside it still confirm the login);
 * - `bigDiseaseEnterprise` described as `大病企业`, `industrialInjuryEnterprise` as `工伤企业`: an
 *   HR system names each social-insurance share after the risk it insures, so the English reads
 *   as health; a description naming the share itself (社保基数, 大病个人, 工伤企业…) says the field
 *   holds money paid in the person's name, not a diagnosis;
 * - `id_no_pic` described as `身份证照片`, `id_no_front` as `身份证正面`, `idcard_name` as `身份证姓名`:
 *   the ID number's words say which document the field is about, the description what of it the
 *   field keeps (its image, the name printed on it).
 * The description must be a strong term of its category.
 */
const DESCRIPTION_OVERRULES: readonly { readonly name: string; readonly description: string }[] = [
  { name: 'online_id', description: 'name' },
  { name: 'health', description: 'property' },
  { name: 'id_number', description: 'id_card_image' },
  { name: 'id_number', description: 'name' },
];

function descriptionOverrulesName(
  nameMeanings: readonly TermMeaning[],
  comment: CommentReading,
  commentMeaning: TermMeaning,
): boolean {
  if (comment.english) return false;
  if (whichCard(nameMeanings, commentMeaning)) return true;
  return (
    commentMeaning.strength === 'strong' &&
    DESCRIPTION_OVERRULES.some(
      (o) => o.description === commentMeaning.category && nameMeanings.every((m) => m.category === o.name),
    )
  );
}

/**
 * `cardNo` described as `证件号码`, `身份证号` or `会员卡号`: a bare card number names no card (it
 * reads as a bank card only under the contested reading), and its Chinese description says which
 * card it is, an identity document or a membership card; `银行卡号` or a bare `卡号` keep the bank
 * card.
 */
function whichCard(nameMeanings: readonly TermMeaning[], commentMeaning: TermMeaning): boolean {
  return (
    commentMeaning.category !== 'property' &&
    (commentMeaning.strength === 'strong' || commentMeaning.strength === 'medium') &&
    nameMeanings.every((m) => m.contest === 'bare_bank_card' && m.strength === 'medium')
  );
}

/** A name reading a contradicting comment may overrule: weak, low or ambiguous words, or pinyin. */
function nameIsTentative(meanings: readonly TermMeaning[]): boolean {
  return meanings.every(
    (m) =>
      m.strength === 'weak' || m.strength === 'ambiguous' || m.strength === 'low' || m.source === 'pinyin',
  );
}

/** Settles an ambiguous abbreviation by declared type, else takes the first reading at low confidence with a person owner. */
function resolveAmbiguous(
  meanings: readonly TermMeaning[],
  candidate: FieldCandidate,
  ownerKind: OwnerKind | undefined,
): TermMeaning | undefined {
  const first = meanings[0];
  if (first === undefined || first.strength !== 'ambiguous') return first;
  if (candidate.declaredType !== undefined) {
    const type = readType(candidate.declaredType);
    if (type.shape === 'string' && type.length === 18)
      return meanings.find((m) => m.category === 'id_number');
    if (type.shape === 'binary') return meanings.find((m) => m.category === 'biometric');
  }
  return ownerKind === 'person' && meanings.length === 1 ? first : undefined;
}
