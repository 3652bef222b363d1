/**
 * A descriptive field of a record about a person in a sensitive domain takes the domain's
 * category (issue 9): `MedicalPatient.coffee` is the patient's health, `Employeetrain.traincontent`
 * the employee's work record. Read only when nothing in the field itself named a category, at
 * low confidence, and never for the record's keys, its housekeeping or another party's fields.
 */
import { classFor } from '../law/categories.js';
import type { ContestedReading } from '../law/schema.js';
import type { Evidence, FieldCandidate, Finding } from '../types.js';
import type { NameReading } from './analyze.js';
import { listsRecords, readType, typeFit } from './declaredType.js';
import type { CommentReading, OwnerReading } from './readings.js';
import { singularOf } from './plural.js';
import { recordKind, type RecordDomain } from './recordDomain.js';
import type { CompiledVocabulary } from './vocabulary/index.js';
import { HOUSEKEEPING } from './vocabulary/domains.js';
import { containsAny } from './wordIndex.js';
import type { RecordLink } from './workspaceContext.js';

type Verdict = Pick<Finding, 'category' | 'class' | 'confidence' | 'evidence' | 'minor' | 'contest'>;

/** Stands in the detail for the owner's name, filled in per finding (as the owner slot). */
export const OWNER_NAME = '\u0000owner-name';

/** The domain's verdict for a field nothing else classified, or `undefined`. */
export function domainVerdict(
  candidate: FieldCandidate,
  name: NameReading,
  comment: CommentReading,
  owner: OwnerReading,
  vocab: CompiledVocabulary,
  reading: ContestedReading | undefined,
): Verdict | undefined {
  const domain = owner.domain;
  // A user's record read as an employee's file by their staff number opens the domain's terms
  // (`recordDomain.ts`) and lends nothing else: its `Signature` and `Introduction` are the account's.
  if (domain === undefined || domain.reads === 'terms') return undefined;
  const money = domain.reads === 'money';
  const paidOn = money && paymentDate(name, domain);
  if (money ? !paid(name, comment, domain) && !paidOn : !descriptive(candidate, name, comment, domain, vocab))
    return undefined;
  const type = candidate.declaredType;
  if (type !== undefined && type.trim() !== '') {
    // `recreational_drugs: One2Many`, `procedures: List<Procedure>`: the related records carry
    // their own fields.
    // `dept: SmsDept`, `objects: PatientManager`: an object of another class is its own record.
    const read = readType(type);
    // A question's answer typed as an enum (`hasHadStroke: Answer`) is no other record.
    if (
      listsRecords(type) ||
      (read.shape === 'other' && !name.booleanish && !pastWith(name.words)) ||
      (read.shape === 'date' &&
        !eventDate(name.words, domain.datedBy) &&
        !clinicalDate(name.words, domain, true))
    )
      return undefined;
    // A record whose domain only the workspace shows keeps its codes and flags to itself: a row
    // keyed to a patient holds its own states and types (`agreedToVisit`, a `status` code).
    if (domain.link !== undefined && (read.shape === 'boolean' || read.shape === 'integer')) return undefined;
    // Yes/no answers describe the person too (`ex_alcoholic`, `works_at_home`); an amount is
    // never one (`is_paid`).
    if (typeFit(domain.category, read, !money, candidate.name) === undefined) return undefined;
  }
  const evidence: Evidence[] = [
    {
      kind: 'owner',
      matched: domain.word,
      detail:
        `because ${OWNER_NAME} is ${recordKind(domain)} of a person ("${domain.word}"` +
        (domain.sibling === undefined ? '' : `; the same record holds "${domain.sibling}"`) +
        (domain.link === undefined ? '' : `; ${linkText(domain.link)}`) +
        (paidOn
          ? '), when it was paid is theirs'
          : money
            ? '), what it says was paid is theirs'
            : '), its descriptive fields are theirs'),
    },
  ];
  return {
    category: domain.category,
    class: classFor(domain.category, { reading: reading ?? 'strict' }) ?? 'C',
    confidence: 'low',
    evidence,
    ...(owner.minor || name.minor ? { minor: true } : {}),
  };
}

/**
 * Why the workspace ties the record to a person: `it is linked to "Patient" (src/patient.ts)`,
 * or through the record between them. Names and a path only, never data.
 */
function linkText(link: RecordLink): string {
  const target = `"${link.person}" (${link.path})`;
  return link.through === undefined
    ? `it is linked to ${target}`
    : `it is linked to "${link.through}", which is linked to ${target}`;
}

/**
 * A field that describes the record's person: not a key (`eid`, `encounter_id`), not
 * housekeeping (`create_time`, `remark`, `sort`), not a link or file, not a field about
 * another party (`doctor_name`, `signed_by`) or a thing (`hospital_name`), and not a name the
 * vocabulary already cancelled (`dose_unit`, `warning_icon`).
 */
function descriptive(
  candidate: FieldCandidate,
  name: NameReading,
  comment: CommentReading,
  domain: RecordDomain,
  vocab: CompiledVocabulary,
): boolean {
  if (name.cancelled !== undefined || comment.negative !== undefined) return false;
  const words = name.words;
  const last = words[words.length - 1] ?? '';
  const { others } = domain;
  // `Allergy.name`, `CarePlan.title`: the record's own name names the allergy or the plan.
  if (domain.titled !== undefined && words.length === 1 && TITLES.has(last)) return true;
  if (
    words.length === 0 ||
    KEYS.has(last) ||
    (WHEN.has(last) && !eventDate(words, domain.datedBy) && !clinicalDate(words, domain)) ||
    FLAG_ENDS.has(last) ||
    (words.length === 1 ? SHORT_KEY.test(last) : ENDING_KEY.test(last) && !WORDS_IN_ID.has(last))
  )
    return false;
  for (const w of words) {
    const s = singularOf(w);
    if (
      HOUSEKEEPING.en.has(w) ||
      HOUSEKEEPING.en.has(s) ||
      LOCATORS.has(w) ||
      SCALE.has(w) ||
      others.includes(s) ||
      KIN.has(s)
    )
      return false;
    if (vocab.personOwners.has(s) || vocab.nonPersonOwners.has(s) || vocab.metaOwners.has(s)) return false;
  }
  return candidate.comment === undefined || !containsAny(candidate.comment, HOUSEKEEPING.zh);
}

/**
 * What a payment record says was paid (`order_price`, `pmSum`, `refund_amount`): an amount,
 * not a list price (`market_price`, `unit_price`), a limit, or a merchant's or platform's share
 * (`app_fee`, `merchant_amount`).
 */
function paid(name: NameReading, comment: CommentReading, domain: RecordDomain): boolean {
  if (name.cancelled !== undefined || comment.negative !== undefined || name.booleanish) return false;
  const words = name.words.map(singularOf);
  const last = words[words.length - 1] ?? '';
  if (!MONEY.has(last) && !(REPAID.has(last) && REPAYMENTS.has(domain.word))) return false;
  return !words.some((w) => LIST_PRICES.has(w) || domain.others.includes(w));
}

/**
 * A question asked as what was done with the person (`diagnosedWithDiabetes: Answer`,
 * `treated_with_insulin`): a past participle and `with`, answered yes or no as `hasDiabetes` is.
 */
function pastWith(words: readonly string[]): boolean {
  return words.length > 2 && words[1] === 'with' && /[a-z]{3,}ed$/.test(words[0] ?? '');
}

/**
 * `loan_repay.repay_date`, `actual_repay_date`: in a repayment, a date named for the repayment (the
 * domain's `datedBy` events) says when the person paid; in an order or a loan application the same
 * words are the terms agreed (`repay_first_month_datetime`).
 */
function paymentDate(name: NameReading, domain: RecordDomain): boolean {
  if (name.cancelled !== undefined || name.booleanish || !REPAYMENTS.has(domain.word)) return false;
  const words = name.words.map(singularOf);
  return WHEN.has(words[words.length - 1] ?? '') && eventDate(words, domain.datedBy);
}

/** Last words of an amount of money. */
const MONEY: ReadonlySet<string> = new Set([
  'price',
  'amount',
  'amt',
  'total',
  'subtotal',
  'fee',
  'cost',
  'money',
  'sum',
  'tax',
  'postage',
  'freight',
  'paid',
  'charge',
  'discount',
  'refund',
  'deposit',
  'tip',
]);

/**
 * Interest is what a person paid or was paid in a repayment (`loan_repay.actual_interest`); in
 * other money records (a loan application's settled interest, a product's rate) it is a term of
 * the loan, read by its own words.
 */
const REPAID: ReadonlySet<string> = new Set(['interest']);
const REPAYMENTS: ReadonlySet<string> = new Set(['repay', 'repayment']);

/** What a price list, a quote or a rule says, not what someone paid. */
const LIST_PRICES: ReadonlySet<string> = new Set([
  'unit',
  'market',
  'original',
  'list',
  'estimated',
  'estimate',
  'standard',
  'base',
  'min',
  'max',
  'minimum',
  'maximum',
  'limit',
  'threshold',
  'rate',
]);

/**
 * A date of one of the domain's events (`train_date`, `removedate` run together): when the
 * person was trained or moved, not when the row was written.
 */
function eventDate(words: readonly string[], events: readonly string[]): boolean {
  return words.some((w) => events.some((e) => w === e || (w.startsWith(e) && WHEN.has(w.slice(e.length)))));
}

/** Relatives, whose facts are theirs (`brothers_count`, `relative_in_prison`). */
const KIN: ReadonlySet<string> = new Set([
  'brother',
  'sister',
  'sibling',
  'father',
  'mother',
  'parent',
  'relative',
  'spouse',
  'husband',
  'wife',
  'son',
  'daughter',
  'child',
  'children',
  'guardian',
  'family',
]);

/**
 * When something happened (`evaluation_date`, `removedate` aside): a date says when the record
 * was made as often as anything about the person, and labellers part on it, so it is left out.
 */
const WHEN: ReadonlySet<string> = new Set([
  'date',
  'time',
  'at',
  // `requestedOn`, `completed_on`: the last word of a multi-word name (a one-word `on` is no field).
  'on',
  'day',
  'days',
  'month',
  'year',
  'datetime',
  'timestamp',
]);

/**
 * A clinical record's dates are the patient's (`ptInDate`, `onset_date`, `startDateTime` of a
 * care plan): when they were admitted, fell ill or were treated (labellers part on dates, and
 * in a clinical record call them health more often than not). A work or study record's dates
 * typed as dates are the person's too (`leave_start: Date`, when a certificate was issued);
 * named as dates but typed otherwise, only their events' (`eventDate`). A bare `date` or `time`
 * and a stamp named with `at` or `on` (`recordedAt`, `completedOn`) say when the row was written,
 * and a payment's times are not what was paid.
 */
function clinicalDate(words: readonly string[], domain: RecordDomain, typed = false): boolean {
  const last = words[words.length - 1] ?? '';
  const dated = domain.category === 'health' || (typed && domain.reads === 'descriptive');
  return dated && words.length > 1 && (typed || WHEN.has(last)) && !STAMPS.has(last);
}

/** Last words of a row's time stamp (`createdAt`, `requestedOn`). */
const STAMPS: ReadonlySet<string> = new Set(['at', 'on']);

/** A record's own name: what a record named for an allergy or a drug calls it. */
const TITLES: ReadonlySet<string> = new Set(['name', 'title']);

/** Last words of a key to another row. */
const KEYS: ReadonlySet<string> = new Set([
  'id',
  'ids',
  'uuid',
  'guid',
  'key',
  'keys',
  'pk',
  'fk',
  'code',
  'no',
  'sn',
  'num',
  'nbr',
  // `chNumber`, `rtNumber`: a row's number in tables that prefix every column with the record's
  // letters. A count read from its own words (`smoking_number`) was classified before this.
  'number',
]);
/** One-word keys (`eid`, `pid`): a letter or two and `id`. */
const SHORT_KEY = /^[a-z]{0,2}id$/;
/** A key ending a longer name, as tables prefixed with a record's letters write them (`chSid`). */
const ENDING_KEY = /^[a-z]id$/;
/** Words, not keys (`hearing_aid`; `bid`, twice a day, is a dose's frequency). */
const WORDS_IN_ID: ReadonlySet<string> = new Set(['aid', 'bid', 'kid', 'lid']);
/**
 * A yes/no flag named after the record's letters (`chIs`, `inIs`: 是否): which kind of row it is.
 */
const FLAG_ENDS: ReadonlySet<string> = new Set(['is']);
/**
 * What a measurement is read against (`reference_range`, `min_normal`): the test's scale, the
 * same for every patient. A bare `min` or `max` stays (a blood pressure's `pa_min` and `pa_max`
 * are its readings), and so does a unit, which labellers part on.
 */
const SCALE: ReadonlySet<string> = new Set(['range', 'reference', 'normal']);
/** Links and files (`left_img` is still a picture of the eye: images are not locators here). */
const LOCATORS: ReadonlySet<string> = new Set([
  'url',
  'uri',
  'link',
  'href',
  'path',
  'icon',
  'logo',
  'avatar',
]);
