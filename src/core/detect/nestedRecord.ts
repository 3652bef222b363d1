/**
 * Fields whose declared type is another record, read from the type's name: a nested object or
 * a relation named for the record it holds (`address: Address`, `coldEmails: ColdEmail[]`),
 * and a field typed as a setting about the data (`customerLastName: SortOrder`). GraphQL,
 * OpenAPI, Prisma and TypeScript models nest records this way; the nested record's own fields
 * carry the data, so the field that holds it is not reported a second time.
 */
import type { CategoryKey } from '../law/schema.js';
import { containerElement, listsRecords, readType, SNAKE_RECORD } from './declaredType.js';
import { singularOf } from './plural.js';
import { tokenize } from './tokenize.js';
import type { TermMeaning } from './vocabulary/index.js';

/** A named record type, and whether the field holds a list of them. */
interface RecordType {
  readonly words: readonly string[];
  readonly list: boolean;
}

const WRAPPERS: readonly RegExp[] = [
  /^Promise<\s*(.+?)\s*>$/,
  // Kotlin's and Realm's lists too (`RealmList<MedicationDispenseEntityV1>`, `MutableList<Order>`).
  /^(?:Array|array|List|Set|MutableList|ArrayList|RealmList)<\s*(.+?)\s*>$/,
  /^\[\s*(.+?)\s*\]$/,
  /^(.+?)\s*\[\]$/,
  // A Go slice (`Phones []CreatePhone`, `Addresses []*address`) lists the structs it names.
  /^\[\]\s*(.+)$/,
];
const LIST_WRAPPERS: ReadonlySet<number> = new Set([1, 2, 3, 4]);
const GO_SLICE = 4;

/** Go's predeclared types: a slice of them lists values, not structs (`[]string`, `[]byte`). */
const GO_BUILTINS: ReadonlySet<string> = new Set([
  'any',
  'bool',
  'byte',
  'complex64',
  'complex128',
  'error',
  'float32',
  'float64',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'rune',
  'string',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
]);

/** A protobuf field label before the type (`repeated`, `optional`, proto2's `required`). */
const PROTO_LABEL = /^(repeated|optional|required)\s+(?=[A-Za-z_])/;

/** Code words a type name may end with that say nothing about what the record is. */
const TYPE_SUFFIXES: ReadonlySet<string> = new Set([
  'input',
  'type',
  'dto',
  'entity',
  'model',
  'schema',
  'document',
  'object',
  'info',
]);

/**
 * The record type a declared type names (`[Address!]!`, `Promise<DatasetLocation>`,
 * `array<Address>`, `User | null`): PascalCase and not a scalar the type reader knows.
 */
function recordType(declared: string): RecordType | undefined {
  const inner = innerType(declared);
  if (inner === undefined) return undefined;
  const words = tokenize(inner.name)
    .filter((token) => token.kind === 'word')
    .map((token) => token.text);
  while (words.length > 1 && TYPE_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return { words, list: inner.list };
}

/**
 * The class a declared type holds, without wrappers, optional marks or a protobuf label, and
 * whether it is a list of them: undefined for a scalar or a type the reader knows.
 */
function innerType(declared: string): { name: string; list: boolean } | undefined {
  let t = declared.trim();
  // A protobuf label says whether the field is set (`optional Asset`, proto2's `required
  // ClientId`) or repeated (`repeated UserEntry`: a list), not what it holds.
  const label = PROTO_LABEL.exec(t);
  let list = label?.[1] === 'repeated';
  if (label !== null) t = t.slice(label[0].length);
  let goSlice = false;
  for (let guard = 0; guard < 4; guard++) {
    t = t
      .replace(/\s*\|\s*(?:null|undefined)\b/g, '')
      .replace(/[!?]+$/, '')
      // A Go pointer (`*Amount`) holds the record it points to.
      .replace(/^\*/, '')
      .trim();
    const k = WRAPPERS.findIndex((re) => re.test(t));
    if (k < 0) break;
    list ||= LIST_WRAPPERS.has(k);
    goSlice ||= k === GO_SLICE;
    t = WRAPPERS[k]?.exec(t)?.[1] ?? t;
  }
  // A Go slice's element: a struct of another package (`[]client.Phone`) or of this one,
  // unexported (`[]phone`), unless it is a predeclared type.
  if (goSlice) {
    t = t.replace(/^[a-z][a-z0-9_]*\.(?=[A-Za-z])/, '');
    if (/^[a-z][A-Za-z0-9]*$/.test(t) && !GO_BUILTINS.has(t)) return { name: t, list: true };
  }
  // `orders: OrderCollection`: a page of `Order` records, a list of them.
  const element = containerElement(t);
  if (element !== undefined) {
    t = element;
    list = true;
  }
  if (!(/^[A-Z][A-Za-z0-9]*$/.test(t) || SNAKE_RECORD.test(t)) || readType(t).shape !== 'other')
    return undefined;
  return { name: t, list };
}

/**
 * `informedIncome: object`, `accounts: array<object>`: an OpenAPI or JSON Schema property that
 * is an object declared in place. The extractor reads its properties as a record of their own
 * (owner `informedIncome`), so the object is a record named for the property that holds it.
 */
function inlineObject(declared: string, nameWords: readonly string[]): RecordType | undefined {
  const t = declared.trim();
  if (t !== 'object' && t !== 'array<object>') return undefined;
  return { words: nameWords, list: t !== 'object' };
}

/**
 * The field is named for the record type it holds: its words end the type's name, read in
 * the singular (`coldEmails` holds `ColdEmail`s, `location` a `DatasetLocation`, `diagnoses`
 * `Diagnosis` records). A qualifier the type lacks (`homeAddress: Address`) says which of the
 * person's records it is, and keeps the field.
 */
function namedForType(nameWords: readonly string[], type: RecordType): boolean {
  const name = nameWords.join('');
  const typed = type.words.join('');
  if (name === '' || typed === '') return false;
  const forms = [name, singularOf(name)];
  // `diagnoses`, `analyses`: Greek plurals.
  if (name.endsWith('ses')) forms.push(`${name.slice(0, -3)}sis`);
  return forms.some((form) => typed === form || typed.endsWith(form));
}

/**
 * `billingAddress: Address`, `originAddress: Address?`: an order's, a payment's or a parcel's
 * address object, named for its role in the exchange. A qualifier that says which of a
 * person's own records it is (`homeAddress: Address`) keeps the field.
 */
function qualifiedType(nameWords: readonly string[], type: RecordType): boolean {
  const role = nameWords[0] ?? '';
  const held = nameWords.slice(1).join('');
  return EXCHANGE_ROLES.has(role) && held !== '' && type.words.join('').endsWith(held);
}

/** Roles of an address in an order, a payment or a shipment. */
const EXCHANGE_ROLES: ReadonlySet<string> = new Set([
  'billing',
  'shipping',
  'delivery',
  'origin',
  'destination',
  'return',
]);

/** Categories whose records nest as objects with their own fields (an address's lines, a fix's coordinates). */
const NESTED: ReadonlySet<CategoryKey> = new Set(['address', 'whereabouts']);
/**
 * Categories whose single records nest too (`Amount: *Amount`, `credit_card: CreditCardInfo`,
 * `wage: ShiftWage`: the amount's value, the card's number carry the data; `major: Major`,
 * `school: School`: the major's or the school's own record); a list of them keeps a
 * distinctive word's meaning (`bankCards: [BankCard]`).
 */
const NESTED_ONE: ReadonlySet<CategoryKey> = new Set([
  'transaction',
  'property',
  'education_work',
  // `contacts: PersonalContacts`: one record holding a person's own phones, e-mails and
  // addresses (or a conversation's participants), whose fields carry them; a list of people
  // (`friends: [User]`) keeps a distinctive word's meaning.
  'contacts_list',
]);

/** Last words of a type that holds a setting about a field, not its value (`SortOrder`, `…Status`). */
const SETTING_TYPES: ReadonlySet<string> = new Set([
  'status',
  'setting',
  'settings',
  'preference',
  'preferences',
  'visibility',
]);

/**
 * `customerLastName: SortOrder`, `email: NotificationPreferenceStatus`: a sort direction or a
 * setting typed for the field, unless the type is named for the data itself (`maritalStatus:
 * MaritalStatus`).
 */
function typedAsSetting(nameWords: readonly string[], type: RecordType): boolean {
  const last = type.words[type.words.length - 1] ?? '';
  const sorts = type.words[0] === 'sort' || (last === 'direction' && type.words.length > 1);
  if (!sorts && !SETTING_TYPES.has(last)) return false;
  // `testResultDelivery: TestResultDeliveryPreference`: the field's own words and a setting
  // word are a choice about the data (how a result is sent), not the data; a status named for
  // the data stays the data (`maritalStatus: MaritalStatus`).
  if (last !== 'status' && type.words.length > 1 && type.words.slice(0, -1).join('') === nameWords.join(''))
    return true;
  return !nameWords.some((w) => type.words.includes(w));
}

/**
 * Whether a field read as `category` from its own name only holds another record (or a
 * setting), so that the record's fields, not this one, carry the data.
 */
export function holdsOtherRecord(
  meaning: Pick<TermMeaning, 'category' | 'owners' | 'strength'>,
  nameWords: readonly string[],
  declared: string,
): boolean {
  const type = inlineObject(declared, nameWords) ?? recordType(declared);
  if (type === undefined) return false;
  if (typedAsSetting(nameWords, type)) return true;
  if (!namedForType(nameWords, type))
    // `billingAddress: CartAddress`: an address object of an order, named for its role.
    return (
      qualifiedType(nameWords, type) &&
      meaning.category !== undefined &&
      NESTED.has(meaning.category) &&
      !type.list
    );
  // A part of a record read inside it (`state: State` of an `Address`) is that part, kept.
  const category = meaning.category;
  const nests =
    category !== undefined &&
    (NESTED.has(category) ||
      (NESTED_ONE.has(category) && !type.list) ||
      contactRecord(category, nameWords, type)) &&
    meaning.owners.length === 0;
  // A distinctive word keeps a list its meaning (`bankCards: [BankCard]`, `medicalRecords`):
  // the tuned and held-out sets label such lists as the data they list.
  return (type.list && meaning.strength !== 'strong') || nests;
}

/**
 * `emailAccount: EmailAccount`, `emailTracking: EmailTracking`: a single record named for a
 * contact point and the thing it is (an account, a tracking log), whose own fields carry the
 * address. A bare `phone: Phone` or `email: Email` may be a value object holding the number
 * itself, and keeps its reading.
 */
function contactRecord(category: CategoryKey, nameWords: readonly string[], type: RecordType): boolean {
  // `contact: PersonalContact`: a type that qualifies the bare word is a record of the person's
  // contact points, not the value itself.
  return (
    category === 'contact' && !type.list && (nameWords.length > 1 || type.words.length > nameWords.length)
  );
}

/** Chinese descriptions ending in an object, an entity, a collection or a table (`病床对象`). */
const OBJECT_ZH = /(?:对象|实体|实体类|集合|列表|表)\s*$/;

/**
 * A field typed as another class and described as an object of it (`bed: ZyBed` // 病床对象,
 * `listPay: List<ZyPay>` // 病人缴费记录集合): a nested object or a list of records, as MyBatis
 * result maps hold them; the records' own fields carry the data.
 */
export function describedAsObject(declared: string | undefined, comment: string | undefined): boolean {
  if (declared === undefined || comment === undefined || !OBJECT_ZH.test(comment)) return false;
  return recordType(declared) !== undefined || listsRecords(declared);
}

/**
 * Class names a code layer gives its records: a JPA or ORM entity (`PatientdataEntity`), a
 * MyBatis data or persistent object (`UserDO`, `OrderPO`), a view, transfer or business object
 * (`OrderVO`, `AddressDto`, `PayBO`). The suffix is the layer's, not a word of the data.
 */
const LAYER_RECORD = /[a-z0-9](?:Entity|DO|PO|VO|DTO|Dto|Vo|Po|BO|Bo)(?:V[0-9]+)?$/;

/**
 * A field typed as a class its code layer names a record (`pati: PatientdataEntity`, `advice:
 * List<DoctorEnjoinsEntity>` // 医嘱详情, `cardNo: CardEntity` // 就诊卡号): a relation or a nested
 * record, as JPA and MyBatis entities hold them across files; the held record's own fields carry
 * the data, whatever the holding field is named or described as. A schema version after the
 * suffix (`AddressEntityV1`, as versioned Realm entities name theirs) is still the layer's.
 */
export function typedAsLayerRecord(declared: string | undefined): boolean {
  if (declared === undefined) return false;
  const inner = innerType(declared);
  return inner !== undefined && LAYER_RECORD.test(inner.name);
}
