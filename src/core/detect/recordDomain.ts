/**
 * Which sensitive domain a record about a person belongs to (issue 9): read from the owner's
 * words and description and from its sibling fields, by the data in `vocabulary/domains.ts`.
 * The classifier gives a descriptive field of such a record the domain's category when nothing
 * in the field itself names one (`MedicalPatient.coffee`, `Employeetrain.traincontent`).
 */
import type { CategoryKey } from '../law/schema.js';
import type { OwnerKind } from './analyze.js';
import { singularOf } from './plural.js';
import type { CompiledVocabulary } from './vocabulary/index.js';
import { CLINICAL_RECORDS } from './vocabulary/clinical.js';
import {
  LOOKUP_HEADS,
  NEUTRAL_RECORDS,
  QUERY_OWNERS,
  RECORD_DOMAINS,
  type RecordDomainData,
} from './vocabulary/domains.js';
import { containsAny, occurrencesIn } from './wordIndex.js';
import type { RecordLink } from './workspaceContext.js';

/** A record's domain and the word that showed it. */
export interface RecordDomain {
  readonly category: CategoryKey;
  readonly label: string;
  readonly word: string;
  /** Other parties of such records (`doctor`): a field naming one is not the person's. */
  readonly others: readonly string[];
  /** The domain's person (`employee`, `员工`): a record of theirs opens the gates they open. */
  readonly people: readonly string[];
  /** Events whose dates describe the person (an employee's transfer date). */
  readonly datedBy: readonly string[];
  /**
   * Which fields take the category: all descriptive ones, only what was paid, or none but those
   * the domain's terms name (a person's record shown to be the domain's file by a mark only).
   */
  readonly reads: 'descriptive' | 'money' | 'terms';
  /**
   * The owner names what the person has or is given (`Allergy`, `PrescribedDrug`), so its
   * `name` or `title` names that thing (`vocabulary/domains.ts`, `titled`).
   */
  readonly titled?: string;
  /** The sibling field that showed the record is a person's (`user_id`), when one did. */
  readonly sibling?: string;
  /** The person record elsewhere in the workspace that showed it, when one did. */
  readonly link?: RecordLink;
}

/** The domain's label with its article, for evidence sentences (`an employment record`). */
export function recordKind(domain: RecordDomain): string {
  return `${/^[aeiou]/.test(domain.label) ? 'an' : 'a'} ${domain.label} record`;
}

/** What a record's domain is read from. */
export interface DomainInput {
  /** The owner's own words (record name, dotted prefix, a short description), in order. */
  readonly words: readonly string[];
  /** The owner texts as written, for Chinese terms. */
  readonly texts: readonly string[];
  /** The owner's head noun, once code suffixes are dropped. */
  readonly head: string;
  /** Who the owner is, as the owner reading found it. */
  readonly context: { readonly kind: OwnerKind; readonly word: string } | undefined;
  /** Each sibling field's words. */
  readonly siblings: readonly (readonly string[])[];
  /** The person record of a domain the workspace links the record to (`workspaceContext.ts`). */
  readonly link?: RecordLink;
}

/**
 * The domain of a record about a person, or `undefined`. A thing's record (a hospital's
 * department, a product) and a lookup table (`encounter_type`) have none.
 */
export function readRecordDomain(input: DomainInput, vocab: CompiledVocabulary): RecordDomain | undefined {
  const { words, texts, head, context, siblings, link } = input;
  const own = new Set(words.flatMap((x) => [x, singularOf(x)]));
  // `EmployeeCertificate`: a thing's word (a TLS certificate) that is one of a domain's records
  // is that record once the domain's person owns it.
  if (context?.kind === 'meta' || (context?.kind === 'nonperson' && !personsRecord(context.word, own)))
    return undefined;
  if (LOOKUP_HEADS.has(head) || LOOKUP_HEADS.has(singularOf(head))) return undefined;
  for (const x of own) if (QUERY_OWNERS.has(x)) return undefined;
  // A record of something else a person did (`InsuranceClaim`, `InpatientMealOrder`) is that
  // thing's, read by its own words, even when it carries a diagnosis.
  // A record whose head is always someone's (`loan_repay`: a repayment of a loan) is that record,
  // whatever other record its name mentions.
  const aloneHead = RECORD_DOMAINS.some((d) => aloneRecord(words, head, d) !== undefined);
  if (!aloneHead) for (const x of own) if (vocab.recordOwners.has(x) && !domainRecord(x)) return undefined;
  const headWord = singularOf(head);
  const found = (domain: RecordDomainData, word: string, sibling?: string, link?: RecordLink): RecordDomain =>
    foundIn(domain, word, own, sibling, link);
  for (const domain of RECORD_DOMAINS) {
    // An inpatient's meal order is an order, not a clinical record; an employee's expense is a
    // payment, not their work.
    if ([...own].some((x) => foreignRecord(x, domain, vocab))) continue;
    const person = [...own].map((x) => personIn(x, domain)).find((x) => x !== undefined);
    const personZh = firstZh(domain.people.zh, texts);
    const record = firstOf(domain.records.en, own) ?? firstZh(domain.records.zh, texts);
    const ownPerson = siblings.find((s) => s.some((x) => domain.people.en.includes(singularOf(x))));
    const named = person ?? personZh ?? ownPerson?.join('_');
    // The workspace ties the record to the domain's person (`Encounter` keyed to `Patient` in
    // another file): that person stands in it as a key beside it would.
    const linked = link !== undefined && link.domain === domain.label ? link : undefined;
    if (domain.specific) {
      // A patient's registration (`Patient`, `patient_info`) is not clinical by itself: its
      // lifestyle, medication or rounds are (`MedicalPatient`, `PatientRounding`), and so is a
      // record named for them that holds a clinical finding (`patient` beside `left_diag`).
      // A practitioner's or a doctor's own record (`MedicalPractitioner`) is not a patient's file.
      const inOwner =
        person ??
        personZh ??
        (context?.kind === 'person' && !domain.others.includes(singularOf(context.word))
          ? context.word
          : undefined);
      // A key to another party (`teacher_id` in a course, `doctor_id`) shows no one's record.
      const sibling =
        ownPerson?.join('_') ??
        siblings
          .find((s) => personKey(s, vocab) && !s.some((x) => domain.others.includes(singularOf(x))))
          ?.join('_');
      if (record !== undefined && (inOwner ?? sibling) !== undefined)
        return found(domain, record, inOwner === undefined ? sibling : undefined);
      if (record !== undefined && linked !== undefined) return found(domain, record, undefined, linked);
      // A visit, a lab test, an `MzRecipe` of the domain's own person (`ptNo`, `sickNumber`).
      const shared = firstOf(domain.shared, own);
      const patient = person ?? personZh ?? siblings.find((s) => domainKey(s, domain) || ownName(s, domain));
      if (shared !== undefined && patient !== undefined)
        return found(domain, shared, typeof patient === 'string' ? undefined : patient.join('_'));
      if (shared !== undefined && linked !== undefined) return found(domain, shared, undefined, linked);
      // An encounter, an allergy, a care plan: such a record is always someone's.
      const alone = aloneRecord(words, head, domain);
      if (alone !== undefined) return found(domain, alone);
      // A key to a patient beside a diagnosis is not enough: the held-out fixtures label the
      // rest of such records none (a visit's department, a ward); tried again in issue 9 with
      // `sickNumber` and `patientUuid` keys, and they still do.
      const finding = siblings.find((s) => s.some((x) => domain.findings.includes(x)));
      const self = person ?? personZh;
      if (finding !== undefined && self !== undefined) return found(domain, self);
      // A record the workspace ties to the patient (`CareGoal` keyed to `Patient`, listed by
      // it, or keyed to an `Encounter` of theirs) is part of their clinical file, unless it is
      // another person's own record (`User`, `RelatedPerson`); its codes and flags stay out
      // (`domainField.ts`).
      if (linked !== undefined && context?.kind !== 'person')
        return found(domain, personWord(linked.person, domain), undefined, linked);
    } else {
      // One of the domain's records about its person (`EmployeeTransfer`, `Employeetrain` run
      // together, `员工…`); a bank `transfer` is nobody's work, and a staff account's other
      // fields (`Staff.sZt`) are the account's.
      const runOn = personIn(headWord, domain);
      if ((runOn !== undefined && runOn !== headWord) || personZh !== undefined)
        return found(domain, person ?? personZh ?? headWord);
      if (record !== undefined && named !== undefined) return found(domain, record);
      if (record !== undefined && linked !== undefined) return found(domain, record, undefined, linked);
      // A person's record holding the domain's mark (a staff number, a hire date) is that
      // person's file (`User` beside `workNumber`), where an admin account's department alone is
      // not; it opens the domain's terms and lends nothing else.
      const mark = context?.kind === 'person' ? siblings.find((s) => marks(s, domain)) : undefined;
      if (mark !== undefined && context !== undefined)
        return { ...found(domain, context.word, mark.join('_')), reads: 'terms' };
    }
  }
  return undefined;
}

/** The domain's person a linked record is named for (`ZyPatientBase` → patient), for the explanation. */
function personWord(owner: string, domain: RecordDomainData): string {
  const lower = owner.toLowerCase();
  return (
    domain.people.en.find((p) => lower.includes(p)) ??
    domain.people.zh.find((p) => owner.includes(p)) ??
    domain.label
  );
}

/** A domain's record word (`certificate`) in an owner that names the domain's person. */
function personsRecord(word: string, own: ReadonlySet<string>): boolean {
  const record = singularOf(word);
  return RECORD_DOMAINS.some(
    (d) =>
      d.records.en.includes(record) && [...own].some((x) => x !== record && personIn(x, d) !== undefined),
  );
}

/** A record word of another domain or of none (`order` for a clinical domain). */
function foreignRecord(word: string, domain: RecordDomainData, vocab: CompiledVocabulary): boolean {
  if (!vocab.recordOwners.has(word) || CLINICAL_RECORDS.has(word) || NEUTRAL_RECORDS.has(word)) return false;
  if (domain.records.en.includes(word)) return false;
  // An employee's transfer is theirs: the word names the domain's record, not a payment.
  return RECORD_DOMAINS.some((d) => d !== domain && d.reads === 'money' && d.records.en.includes(word));
}

/** A record word a domain may hold: its own records, clinical visits, logs and histories. */
function domainRecord(word: string): boolean {
  return (
    CLINICAL_RECORDS.has(word) ||
    NEUTRAL_RECORDS.has(word) ||
    RECORD_DOMAINS.some((d) => d.records.en.includes(word))
  );
}

/**
 * The domain's person in one owner word: the word itself, or run together with what follows
 * (`Employeeremove`, `employeeec`, as the tables of some HR systems are named).
 */
function personIn(word: string, domain: RecordDomainData): string | undefined {
  for (const p of domain.people.en) {
    if (word === p || singularOf(word) === p) return p;
    if (word.length > p.length + 1 && word.startsWith(p) && !RUN_ON.has(word.slice(p.length))) return p;
  }
  return undefined;
}

/** Endings that make another word of a person word (`staffing`, `patients`). */
const RUN_ON: ReadonlySet<string> = new Set(['ing', 'ly', 'es', 'ed', 'er', 'ers']);

/**
 * Whether the owner's own words name a domain's person or record: only then can its siblings
 * give it a domain, so the sibling pass reads no other record again.
 */
export function namesDomain(words: readonly string[], texts: readonly string[]): boolean {
  return RECORD_DOMAINS.some(
    (d) =>
      words.some(
        (x) =>
          personIn(x, d) !== undefined ||
          d.records.en.includes(singularOf(x)) ||
          d.shared.includes(singularOf(x)),
      ) || texts.some((t) => containsAny(t, d.people.zh) || containsAny(t, d.records.zh)),
  );
}

function foundIn(
  domain: RecordDomainData,
  word: string,
  own: ReadonlySet<string>,
  sibling?: string,
  link?: RecordLink,
): RecordDomain {
  const { category, label, others, datedBy, reads } = domain;
  const titled = domain.titled.find((x) => own.has(x));
  return {
    category,
    label,
    word,
    others,
    people: [...domain.people.en, ...domain.people.zh],
    datedBy,
    reads,
    ...(titled !== undefined ? { titled } : {}),
    ...(sibling !== undefined ? { sibling } : {}),
    ...(link !== undefined ? { link } : {}),
  };
}

function firstOf(list: readonly string[], words: ReadonlySet<string>): string | undefined {
  return list.find((x) => words.has(x));
}

function firstZh(list: readonly string[], texts: readonly string[]): string | undefined {
  for (const text of texts) {
    if (!containsAny(text, list)) continue;
    const hit = occurrencesIn(text, list)[0];
    if (hit !== undefined) return hit.word;
  }
  return undefined;
}

/**
 * A key to a person's record (`user_id`, `member_no`, `patientUuid`) or a relation named for one
 * (`patient`).
 */
function personKey(words: readonly string[], vocab: CompiledVocabulary): boolean {
  const last = words[words.length - 1] ?? '';
  if (words.length === 1) return vocab.personOwners.has(singularOf(last)) && last !== 'account';
  return KEY_ENDS.has(last) && words.slice(0, -1).some((x) => x !== 'account' && vocab.personOwners.has(x));
}

/**
 * A key to the domain's own person (`patient_id`, `ptNo`, `sickNumber`): a hospital numbers its
 * patients, so `number` counts here, where a `contact_number` is a phone.
 */
function domainKey(words: readonly string[], domain: RecordDomainData): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    words.length > 1 &&
    (KEY_ENDS.has(last) || last === 'number') &&
    words.slice(0, -1).some((x) => domain.people.en.includes(x))
  );
}

/** A sibling naming the domain's person (`patientName`, `sick_name`): the record is about them. */
function ownName(words: readonly string[], domain: RecordDomainData): boolean {
  return words.some((x) => domain.people.en.includes(singularOf(x)));
}

/** A sibling field naming the domain's mark (`workNumber`, `time_of_entry`, `JobNum`). */
function marks(words: readonly string[], domain: RecordDomainData): boolean {
  return (
    words.length > 0 && (domain.marks.includes(words.join('_')) || domain.marks.includes(words.join('')))
  );
}

/**
 * Whether a field of a record, by its words, is one of a domain's marks (`detect/recordDomain.ts`):
 * such a record is read again with its siblings, whatever its name.
 */
export function marksDomain(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  // Asked of every plain field of a record: one look-up in the marks of all domains (issue 9,
  // scan speed; the same answer as asking each domain's list in turn).
  const joined = words.join('');
  return ALL_MARKS.has(joined) || (words.length > 1 && ALL_MARKS.has(words.join('_')));
}

/** Every domain's marks, for `marksDomain`. */
const ALL_MARKS: ReadonlySet<string> = new Set(RECORD_DOMAINS.flatMap((d) => d.marks));

/** Last words of a key to another record. */
const KEY_ENDS: ReadonlySet<string> = new Set(['id', 'no', 'uuid', 'guid']);

/**
 * The owner's head, as written or singular, or joined with the word before it (`CarePlan`), when
 * it names one of the domain's records that are always a person's.
 */
function aloneRecord(words: readonly string[], head: string, domain: RecordDomainData): string | undefined {
  const at = words.lastIndexOf(head);
  const joined = at > 0 ? `${words[at - 1] ?? ''}${head}` : '';
  return [head, singularOf(head), joined, singularOf(joined)].find(
    (x) => x !== '' && domain.alone.includes(x),
  );
}
