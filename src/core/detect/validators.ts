/**
 * Validation annotations, attributes, decorators and types that say what a field holds
 * whatever its name: Bean Validation's `@Email` (javax, jakarta, Hibernate), Hibernate's
 * `@CreditCardNumber`, .NET's `[EmailAddress]`, `[Phone]`, `[CreditCard]`, class-validator's
 * `@IsEmail()`, `@IsPhoneNumber()`, `@IsMobilePhone()`, `@IsIdentityCard()`, `@IsCreditCard()`,
 * and pydantic's `EmailStr`, `NameEmail`, `PaymentCardNumber` types. A field they guard holds
 * that value; whose value it is still comes from its record, as for a field named for it.
 */
import type { CategoryKey } from '../law/schema.js';
import type { FieldCandidate } from '../types.js';

export interface Validator {
  /** The annotation, attribute, decorator or type as the code names it (`Email`, `EmailStr`). */
  readonly name: string;
  /** What it accepts, for the evidence sentence (`an e-mail address`). */
  readonly holds: string;
  /** The category of what it accepts. */
  readonly category: CategoryKey;
  /** A vocabulary term naming what it accepts, read in the field's place (`email_address`). */
  readonly term: string;
}

type Accepts = Omit<Validator, 'name'>;

const EMAIL: Accepts = { holds: 'an e-mail address', category: 'contact', term: 'email_address' };
const PHONE: Accepts = { holds: 'a phone number', category: 'contact', term: 'phone_number' };
const CARD: Accepts = { holds: 'a payment card number', category: 'property', term: 'bank_card_no' };
const ID_CARD: Accepts = { holds: 'an identity card number', category: 'id_number', term: 'id_card_no' };

/** Annotations, attributes and decorators, by name without `@`, brackets, package or `Attribute`. */
const MARKS: Readonly<Record<string, Accepts>> = {
  Email: EMAIL,
  EmailAddress: EMAIL,
  IsEmail: EMAIL,
  Phone: PHONE,
  IsPhoneNumber: PHONE,
  IsMobilePhone: PHONE,
  CreditCard: CARD,
  CreditCardNumber: CARD,
  IsCreditCard: CARD,
  IsIdentityCard: ID_CARD,
};

/** The first characters of those names, for a reader to test a token before making its string. */
export const VALIDATION_INITIALS: ReadonlySet<number> = new Set(
  Object.keys(MARKS).map((k) => k.charCodeAt(0)),
);

/** Declared types that are validated strings (pydantic). */
const TYPES: Readonly<Record<string, Accepts>> = {
  EmailStr: EMAIL,
  NameEmail: EMAIL,
  PaymentCardNumber: CARD,
};

/**
 * The name a reader keeps as `FieldCandidate.validation` when an annotation so named says what
 * the field holds (`javax.validation.constraints.Email`, `EmailAddressAttribute`), else undefined.
 */
export function validationName(annotation: string): string | undefined {
  // Called for every annotation and decorator: a plain name is looked up without rewriting.
  if (Object.hasOwn(MARKS, annotation)) return annotation;
  if (!QUALIFIED.test(annotation)) return undefined;
  const name = annotation
    .replace(/^@/, '')
    .replace(/^.*[.:]/, '')
    .replace(/Attribute$/, '');
  return Object.hasOwn(MARKS, name) ? name : undefined;
}

const QUALIFIED = /[@.:]|Attribute$/;

/** What the candidate's validation annotation, or else its declared type, says it holds. */
export function validatorOf(candidate: FieldCandidate): Validator | undefined {
  const mark = candidate.validation;
  if (mark !== undefined && Object.hasOwn(MARKS, mark)) return { name: mark, ...(MARKS[mark] as Accepts) };
  const declared = candidate.declaredType;
  // `Optional[EmailStr]`, `EmailStr | None`, `list[EmailStr]`: the type word anywhere.
  const type = declared === undefined ? undefined : VALIDATED_TYPE.exec(declared)?.[0];
  return type === undefined ? undefined : { name: type, ...(TYPES[type] as Accepts) };
}

const VALIDATED_TYPE = new RegExp(`\\b(?:${Object.keys(TYPES).join('|')})\\b`);
