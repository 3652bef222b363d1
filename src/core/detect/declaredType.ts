/**
 * What a declared type allows. A boolean is never a phone number; an 18-character string next
 * to an ID-ish name supports an ID number; a date supports a birth date. Types are read as
 * written in any language (`varchar(18)`, `tinyint(1)`, `Boolean?`, `Optional[str]`,
 * `LocalDate`, `*time.Time`).
 */
import type { CategoryKey } from '../law/schema.js';
import {
  BINARY,
  BOOLEAN,
  DATE,
  DECIMAL,
  INTEGER,
  ormFieldType,
  PLATFORM_ALIAS,
  PLATFORM_NAMESPACE,
  SCALAR_WRAPPERS,
  STRING,
} from './typeNames.js';
import { categoriesWith } from './vocabulary/traits.js';

/**
 * `reference`: an ORM relation to one record (`models.ForeignKey`, `fields.Many2One`), which holds
 * that record's key; `collection`: a relation to many (`models.ManyToManyField`,
 * `fields.One2Many`), whose records carry their own fields.
 */
export type TypeShape =
  'boolean' | 'integer' | 'decimal' | 'date' | 'string' | 'binary' | 'reference' | 'collection' | 'other';

export interface TypeReading {
  readonly shape: TypeShape;
  /** The declared length of a string type (`varchar(18)` → 18). */
  readonly length?: number;
}

const typeCache = new Map<string, TypeReading>();

/** A code above 1 listed in a description (`2：支付宝`, `3-微信`): a value no flag holds. */
const CODE_ABOVE_ONE = /(?:^|[\s,，;；:：(（/、])(?:[2-9]|\d{2,4})\s*[-:：=、.．]?\s*[\u4e00-\u9fff]/;

/**
 * The declared type as its description shows it used: MySQL's `tinyint(1)` is a display width,
 * not a bit, and a column described with codes above 1 (`支付方式 1：余额支付；2：支付宝；3：微信`)
 * holds a small code, not a yes or no.
 */
export function readTypeDescribed(declared: string, comment: string | undefined): TypeReading {
  const type = readType(declared);
  if (type.shape !== 'boolean' || comment === undefined || !/^\s*tinyint\s*\(\s*1\s*\)/i.test(declared))
    return type;
  return CODE_ABOVE_ONE.test(comment) ? { shape: 'integer' } : type;
}

/** Normalises and classifies a declared type (cached: the same few types recur everywhere). */
export function readType(declared: string): TypeReading {
  let cached = typeCache.get(declared);
  if (cached === undefined) {
    if (typeCache.size > 5000) typeCache.clear();
    cached = readTypeUncached(declared);
    typeCache.set(declared, cached);
  }
  return cached;
}

const LIST_OF =
  /^(?:\[\s*([A-Za-z_][\w.]*)\s*!?\s*\]|([A-Za-z_][\w.]*)\s*\[\]|(?:Array|List|Set)<\s*([A-Za-z_][\w.]*)\s*>)\s*[!?]?$/;

/**
 * The type a declaration names last, without list and optional marks (`[HumanName!]` →
 * `HumanName`, `List<Order>` → `Order`): the record type a field holds.
 */
export function innermostTypeName(declared: string): string {
  return (
    declared
      .replace(/[?!\[\]<>]/g, ' ')
      .trim()
      .split(/\s+/)
      .pop() ?? ''
  );
}

/**
 * A list of records of a named type (`Account[]` in Prisma, `[Address!]!` in GraphQL,
 * `Array<Session>`): a relation whose records carry their own fields. A list of plain values
 * (`String[]`, `[Int]`) is not one, nor a lower-case type (`string[]`).
 */
export function listsRecords(declared: string): boolean {
  const t = declared.trim();
  // A page of records (`orders: OrderCollection`, `followers: UserConnection!`) lists them too.
  if (containerElement(t) !== undefined) return true;
  // A repeated protobuf field (`repeated UserEntry`) lists the messages it names.
  const repeated = REPEATED.exec(t)?.[1];
  if (repeated !== undefined) return /^[A-Z]/.test(repeated) && readType(repeated).shape === 'other';
  const m = LIST_OF.exec(t);
  const element = m?.[1] ?? m?.[2] ?? m?.[3] ?? OPENAPI_LIST.exec(t)?.[1];
  if (element === undefined || !(/^[A-Z]/.test(element) || OPENAPI_LIST.test(t))) return false;
  return readType(element).shape === 'other' && element !== 'object';
}

/**
 * The record type a GraphQL page of records holds (`OrderCollection` → `Order`,
 * `UserConnection!` → `User`): Open Collective's collections and Relay's connections wrap the
 * records they list with paging fields, so a field typed as one holds a list of records.
 */
export function containerElement(declared: string): string | undefined {
  const m = CONTAINER.exec(declared.trim());
  return m?.[1];
}

const CONTAINER = /^([A-Z][A-Za-z0-9]*?)(?:Collection|Connection)\s*!?$/;

/** A repeated protobuf field's element type (`repeated QualifiedUserId`, `repeated pkg.Entry`). */
const REPEATED = /^repeated\s+([A-Za-z_][\w.]*)$/;

/**
 * An OpenAPI array of schema objects as the extractor writes it (`array<contact>`,
 * `array<part_attachment>`): schema names are often lower-case there, unlike the type names of
 * code. Scalars (`array<string>`, `array<string:uri>`) read as their own shapes.
 */
const OPENAPI_LIST = /^array<\s*([a-z][a-z0-9_]*)\s*>$/;

/**
 * A schema object's name as an OpenAPI document writes it, snake_case (`contact_location`,
 * `conversation_contacts`): a record type, like a PascalCase one.
 */
export const SNAKE_RECORD = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

/** ORM relation classes, module prefix allowed (Django, SQLAlchemy, Tryton, Odoo). */
const ORM_REFERENCE = /^(?:[a-z_][a-z0-9_]*\.)*(?:foreignkey|onetoonefield|many2one|manytoone)$/;
const ORM_COLLECTION = /^(?:[a-z_][a-z0-9_]*\.)*(?:manytomanyfield|one2many|many2many|onetomany)$/;

/** A TypeORM lazy relation (`Promise<User>`, `Promise<Order[]>`): the related record or records. */
const PROMISED = /^Promise<\s*(.+?)\s*>$/;

/**
 * A relation typed as the related record (TypeORM's lazy `Promise<User>`), not as its key: the
 * key column is declared beside it or made by the ORM, so the relation itself is no key to the
 * person (the relations ruling of `docs/detection-rulings.md`). A Django `ForeignKey` or a
 * Mongoose `ObjectId` declares the key column itself.
 */
export function typedAsRecord(declared: string): boolean {
  return PROMISED.test(declared.trim()) && readType(declared).shape === 'reference';
}

/**
 * A Mongoose reference (`Schema.Types.ObjectId`, `mongoose.Types.ObjectId`). A list of them
 * (`[ObjectId]`, a group's members) stores the keys themselves, so it is not a relation to many.
 */
const OBJECT_ID = /^(?:[a-z_][a-z0-9_]*\.)*objectid$/;

/**
 * A relation declared by its ORM's own type: a promised record (TypeORM's lazy `Promise<User>`)
 * or a Mongoose `ObjectId`, which holds the referenced document's key. A promised list is a
 * relation to many; a promised value (`Promise<string>`) is read as that value.
 */
function relationShape(declared: string): TypeReading | undefined {
  const trimmed = declared.trim();
  const promised = PROMISED.exec(trimmed)?.[1];
  if (promised !== undefined) {
    if (listsRecords(promised)) return { shape: 'collection' };
    return /^[A-Z][\w.]*$/.test(promised) && readType(promised).shape === 'other'
      ? { shape: 'reference' }
      : readType(promised);
  }
  const lower = trimmed.toLowerCase();
  return OBJECT_ID.test(lower) ? { shape: 'reference' } : undefined;
}

/**
 * OpenAPI's type and format as the extractor writes them (`string:date-time`, `integer:int64`,
 * `string:email`): the format says what the value is, more precisely than the type.
 */
const OPENAPI_FORMAT = /^(string|integer|number|boolean):([a-z0-9_-]+)$/;
const FORMAT_SHAPES: ReadonlyMap<string, TypeShape> = new Map([
  ['date', 'date'],
  ['date-time', 'date'],
  ['datetime', 'date'],
  ['time', 'date'],
  ['timestamp', 'date'],
  ['int32', 'integer'],
  ['int64', 'integer'],
  ['integer', 'integer'],
  ['long', 'integer'],
  ['float', 'decimal'],
  ['double', 'decimal'],
  ['decimal', 'decimal'],
  ['binary', 'binary'],
]);

function readTypeUncached(declared: string): TypeReading {
  const relation = relationShape(declared);
  if (relation !== undefined) return relation;
  let t = declared.trim().toLowerCase();
  const oas = OPENAPI_FORMAT.exec(t);
  if (oas !== null) {
    const shape = FORMAT_SHAPES.get(oas[2] ?? '');
    if (shape !== undefined) return { shape };
    // Any other format (`email`, `uuid`, `uri`, `password`) is a string of that kind.
    t = oas[1] === 'number' ? 'decimal' : (oas[1] ?? t);
  }
  if (ORM_REFERENCE.test(t)) return { shape: 'reference' };
  if (ORM_COLLECTION.test(t)) return { shape: 'collection' };
  t = ormFieldType(t) ?? t;
  // Unwrap nullability and containers that do not change the shape.
  t = t.replace(/^(optional|nullable|option|maybe)\s*[[<(]\s*(.*?)\s*[\]>)]$/, '$2');
  t = t
    .replace(/[?!*]+/g, '')
    .replace(/\s+(not\s+null|null|unsigned|signed|primary\s+key|default\b.*)$/g, '');
  // A platform type written with its namespace (C# `System.Int32`, Java `java.sql.Timestamp`,
  // `java.math.BigDecimal`, Kotlin `kotlin.String`) is the type its last name says.
  // A protobuf label (`optional uint32`, proto2's `required string`) says whether the field is
  // set, not what it holds.
  t = t.trim().replace(/^(?:optional|required)\s+/, '');
  t = SCALAR_WRAPPERS.get(t) ?? t;
  t = t.replace(PLATFORM_NAMESPACE, '');
  t = PLATFORM_ALIAS.get(t) ?? t;
  const lengthMatch = /^([a-z][a-z0-9 ]*?)\s*\(\s*(\d+)\s*(?:,\s*\d+\s*)?\)/.exec(t);
  if (t === 'tinyint(1)' || t === 'bit(1)') return { shape: 'boolean' };
  const base = lengthMatch?.[1]?.trim() ?? t.split(/[\s(<[]/)[0] ?? t;
  const length = lengthMatch?.[2] === undefined ? undefined : Number(lengthMatch[2]);
  if (BOOLEAN.has(base)) return { shape: 'boolean' };
  if (INTEGER.has(base)) return { shape: 'integer' };
  if (DECIMAL.has(base)) return { shape: 'decimal' };
  if (DATE.has(base) || base.endsWith('date') || base.endsWith('datetime')) return { shape: 'date' };
  if (BINARY.has(base) || BINARY.has(t)) return { shape: 'binary' };
  if (STRING.has(base)) return length === undefined ? { shape: 'string' } : { shape: 'string', length };
  return { shape: 'other' };
}

/** Categories whose values are text: a number, a date or a boolean cannot hold them. */
const TEXTUAL = categoriesWith((t) => t.valueShape === 'text');

/** Address terms whose value is a number in digits: a postcode. */
const POSTCODE = /^(?:address )?(?:zip|zip ?code|post ?code|postal ?code|邮编|邮政编码)$/;

/** Words saying how well a value is known (`typeFit`): approximate, estimated, exact, unknown. */
const DATA_QUALITY = /approximat|estimated|exact|unknown/i;

/** Categories a date cannot hold. */
const UNDATED = categoriesWith((t) => !t.datable);

/**
 * When an identity document was issued, becomes valid or expires: printed on the document, so
 * part of it (`身份证有效截止日期`, `证件过期日期`, `id_card_expiry_date`, `StartValidDate`).
 */
const DOCUMENT_DATE = /有效|过期|到期|签发|发证|expir|valid/i;

/**
 * +1 when the type supports the category, −∞ (returned as `undefined`) when it rules it out,
 * 0 otherwise. `booleanMeaningful` categories accept booleans (`is_married`, `pregnant`).
 * `fieldText` is the field's name and comment, read only where the head does not say enough
 * (an identity document's date says which date in the words around the document).
 */
export function typeFit(
  category: CategoryKey,
  type: TypeReading,
  booleanMeaningful: boolean,
  headText: string,
  fieldText = headText,
): { delta: number; detail: string } | undefined {
  const { shape, length } = type;
  // `exactDateOfBirthUnknown`, `isApproximateDateOfBirth`: a yes/no on how well the data is known
  // is a flag about the data, even for a category a yes/no can hold (`is_married`).
  if (shape === 'boolean')
    return booleanMeaningful && !DATA_QUALITY.test(fieldText) ? { delta: 0, detail: '' } : undefined;
  // A relation to many records (`medications = One2Many`): each record carries its own fields;
  // but a relation to many people named as a contact list (`followers = ManyToManyField(User)`,
  // `friends`) is that list.
  if (shape === 'collection') return category === 'contacts_list' ? { delta: 0, detail: '' } : undefined;
  // A relation to one record holds its key: never a name, an address or a number written out
  // (`name = Many2One(registration)`, `address = ForeignKey(Address)`); a code it points to may
  // still say what it is (`admission_reason = Many2One(pathology)`).
  // A reference to a person in a follow record is an entry of a contact list.
  if (shape === 'reference')
    return TEXTUAL.has(category) && category !== 'contacts_list' ? undefined : { delta: 0, detail: '' };
  if (shape === 'date') {
    if (category === 'basic_profile' && /birth|dob|生日|出生/.test(headText))
      return { delta: 1, detail: 'a date type fits a birth date' };
    // An identity document's validity or issue date is the document's data, as its number is.
    if (category === 'id_number' && DOCUMENT_DATE.test(fieldText))
      return { delta: 0, detail: 'a date of the identity document (its validity or issue)' };
    // A date is when something happened (check-in, move-in, first registration), never a
    // name, number or address.
    return UNDATED.has(category) ? undefined : { delta: 0, detail: '' };
  }
  // A friend list holds references to people: `friend_uid bigint` is an entry of it.
  const reference = category === 'contacts_list' && /\b(?:id|uid)$/.test(headText);
  // `zip_code int32`, `PostalCode int`: a postcode is digits, and Go, protobuf and C# models
  // often keep it as a number (a leading zero is lost, the place is not).
  if (shape === 'integer' && category === 'address' && POSTCODE.test(headText))
    return { delta: 0, detail: '' };
  if ((shape === 'integer' || shape === 'decimal') && TEXTUAL.has(category) && !reference) return undefined;
  if (shape === 'decimal' && category === 'contact') return undefined;
  // `hipaa_mail varchar(3)` holds YES or NO: no e-mail address or phone number fits in four
  // characters, so a field that short is a flag about the channel.
  if (category === 'contact' && shape === 'string' && length !== undefined && length < 5) return undefined;
  if (category === 'id_number' && shape === 'string' && (length === 18 || length === 15 || length === 20)) {
    return { delta: 1, detail: `a string of ${String(length)} characters fits a resident ID number` };
  }
  if (category === 'contact' && shape === 'string' && (length === 11 || length === 13)) {
    return { delta: 1, detail: `a string of ${String(length)} characters fits a mobile number` };
  }
  if (category === 'biometric' && shape === 'binary')
    return { delta: 1, detail: 'a binary type fits biometric data' };
  if (category === 'whereabouts' && shape === 'decimal')
    return { delta: 1, detail: 'a decimal type fits a coordinate' };
  return { delta: 0, detail: '' };
}
