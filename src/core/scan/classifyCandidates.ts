/**
 * Classifies the field candidates of one text, as a whole: first each field alone, then a
 * second pass that reads a record's other fields again once a sibling shows the record is a
 * person's. The scan pipeline and the name-only callers (the lexicon evaluator, tools that hold
 * field lists without positions) share it, so both see the same verdicts.
 */
import type { CategoryKey } from '../law/schema.js';
import { classifyField, DISMISSED, readField, type ClassifyOptions } from '../detect/classify.js';
import { boundedMemo } from '../detect/memo.js';
import { namesListElement } from '../detect/ownerHead.js';
import { regionsOfAddresses } from '../detect/places.js';
import { readNameCached, readRecordOwner } from '../detect/readings.js';
import { marksDomain } from '../detect/recordDomain.js';
import { PERSON_DOCUMENT_HEADS } from '../detect/recordHeads.js';
import { tokenize } from '../detect/tokenize.js';
import { CLINICAL_FINDINGS, CLINICAL_READINGS, CLINICAL_RECORDS } from '../detect/vocabulary/clinical.js';
import { DETECTION_CONTEXT } from '../detect/vocabulary/context.js';
import { defaultVocabulary, type CompiledVocabulary } from '../detect/vocabulary/index.js';
import { categoriesWith } from '../detect/vocabulary/traits.js';
import { linkOf, type RecordLink, type WorkspaceContext } from '../detect/workspaceContext.js';
import type { FieldCandidate, Finding } from '../types.js';

/**
 * The options `classifyField` takes, less the sibling and the link that this module supplies
 * itself, and the workspace those links come from (a workspace scan; `undefined` for one file).
 */
export type CandidateOptions = Omit<ClassifyOptions, 'siblingPerson' | 'link'> & {
  readonly workspace?: WorkspaceContext;
};

/** Categories whose presence (with high confidence) makes a record a person's. */
const IDENTIFYING: ReadonlySet<string> = categoriesWith((t) => t.identifies === 'record');

/**
 * One verdict per candidate, in order (`undefined`: not personal information). Candidates
 * that share an `owner` are one record.
 */
export function classifyCandidates(
  candidates: readonly FieldCandidate[],
  options: CandidateOptions = {},
): (Finding | undefined)[] {
  return classifyRecordsOf(candidates, recordsOf(candidates), options);
}

/**
 * The members of each record (candidate indexes, in order, by owner); owner-less candidates
 * belong to none.
 */
export function recordsOf(candidates: readonly FieldCandidate[]): Map<string, number[]> {
  const records = new Map<string, number[]>();
  for (let k = 0; k < candidates.length; k++) {
    const owner = (candidates[k] as FieldCandidate).owner;
    if (owner === undefined) continue;
    const members = records.get(owner);
    if (members === undefined) records.set(owner, [k]);
    else members.push(k);
  }
  return records;
}

/**
 * `classifyCandidates` given the candidates' records (`recordsOf`): each field alone, then each
 * record as a whole. A record reads nothing outside itself, so records are read one at a time,
 * all three readings of one record before the next (issue 8: its fields share their owner's
 * reading, which `readOwner` keeps for the next field, so a record's owner is looked up once
 * rather than once for each of its fields in file order, where records interleave).
 */
export function classifyRecordsOf(
  candidates: readonly FieldCandidate[],
  records: ReadonlyMap<string, readonly number[]>,
  options: CandidateOptions = {},
): (Finding | undefined)[] {
  const classified: (Finding | undefined)[] = [];
  for (let k = 0; k < candidates.length; k++) classified.push(undefined);
  // What each field read alone gave: not read yet, read, or dismissed whatever its record holds
  // (issue 8: a record's plain fields, `createdAt`, `status`, were read a second time beside
  // every person's record for the same answer).
  const state = new Uint8Array(candidates.length);
  const readAlone = (k: number): void => {
    const found = readField(candidates[k] as FieldCandidate, options);
    state[k] = found === DISMISSED ? DISMISSED_ALONE : READ;
    if (found !== DISMISSED) classified[k] = found;
  };
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const siblingOptions = new Map<string, ClassifyOptions>();
  const withSibling = (field: string): ClassifyOptions => {
    let found = siblingOptions.get(field);
    if (found === undefined) {
      found = { ...options, siblingPerson: field };
      siblingOptions.set(field, found);
    }
    return found;
  };
  for (const [owner, members] of records) {
    for (const k of members) readAlone(k);
    const person = namesListElement(owner, vocabulary)
      ? undefined
      : personShown(candidates, members, classified, vocabulary);
    if (person !== undefined) {
      for (const k of members) {
        if (classified[k] === undefined && state[k] === READ)
          classified[k] = classifyField(candidates[k] as FieldCandidate, withSibling(person));
      }
    }
    withRecordSiblings(owner, members, candidates, classified, options, vocabulary);
    regionsOfAddresses(members, candidates, classified, (name) => identifierWords(name, vocabulary));
  }
  // Fields of no record, each alone.
  for (let k = 0; k < candidates.length; k++) if (state[k] === UNREAD) readAlone(k);
  return classified;
}

const UNREAD = 0;
const READ = 1;
const DISMISSED_ALONE = 2;

/**
 * A record whose fields show its domain (`patientId` beside `leftDiag`, `user_id` beside a
 * `medication` owner), or that holds a clinical finding read with high confidence (`lists`
 * beside `diagnosis`), whatever its name: its other fields are read again with the record's
 * field names as their context, as a dataset's columns are, so the domain's words that need
 * such an owner (`reason`, `reaction`, `severity`) count and descriptive fields take the
 * domain's category (`detect/recordDomain.ts`). Only a reading of that domain is kept.
 * Fills the record's verdicts in `classified`.
 */
function withRecordSiblings(
  owner: string,
  members: readonly number[],
  candidates: readonly FieldCandidate[],
  classified: (Finding | undefined)[],
  options: CandidateOptions,
  vocabulary: CompiledVocabulary,
): void {
  // The record's plain declarations: how many, the first, and whether any is unread or health.
  let plain = 0;
  let first: FieldCandidate | undefined;
  let open = false;
  let health = false;
  for (const k of members) {
    const c = candidates[k] as FieldCandidate;
    if (!plainDeclaration(c)) continue;
    first ??= c;
    plain++;
    open ||= classified[k] === undefined;
    health ||= classified[k]?.category === 'health';
  }
  if (first === undefined) return;
  // Why the record is read again: its clinical finding, or the domain its siblings show.
  let reason: { category: CategoryKey; field?: string } | undefined;
  for (const k of members) {
    const f = classified[k];
    if (
      f?.category === 'health' &&
      f.confidence === 'high' &&
      f.evidence.some((e) => (e.kind === 'token' || e.kind === 'comment') && clinicalFinding(e.matched)) &&
      f.role === 'declaration' &&
      !otherRecord(owner, vocabulary)
    ) {
      reason = { category: 'health', field: f.field };
      break;
    }
  }
  // The person record elsewhere in the workspace this record is tied to, when it shows no domain.
  let link: RecordLink | undefined;
  if (reason === undefined) {
    if (!open || plain < 2) return;
    // Only a record whose name speaks of the domain, or that already holds a health finding (a
    // key to a patient), or that the workspace ties to a domain's person, may be shown to be in
    // the domain by its fields: no other record is read again.
    const alone = readRecordOwner(first, vocabulary);
    if (alone.domain === undefined) link = linkOf(options.workspace, owner);
    if (
      alone.domain !== undefined ||
      !(alone.domainNamed || health || link !== undefined || marked(candidates, members, vocabulary))
    )
      return;
  }
  // The names of the record's plain declarations, read only for a record read again.
  const names: string[] = [];
  for (const k of members) {
    const c = candidates[k] as FieldCandidate;
    if (plainDeclaration(c)) names.push(c.name);
  }
  if (reason === undefined) {
    const domain = readRecordOwner(first, vocabulary, names, link).domain;
    if (domain === undefined) return;
    reason = { category: domain.category };
  }
  const linked = link === undefined ? options : { ...options, link };
  for (const k of members) {
    const c = candidates[k] as FieldCandidate;
    if (classified[k] !== undefined) continue;
    const found = classifyField({ ...c, siblings: names.filter((n) => n !== c.name) }, linked);
    if (found?.category !== reason.category) continue;
    if (reason.field === undefined) {
      classified[k] = found;
      continue;
    }
    const clinical = {
      kind: 'owner' as const,
      matched: reason.field,
      detail: `the same record holds "${reason.field}": a clinical record`,
    };
    classified[k] = { ...found, evidence: [...found.evidence, clinical] };
  }
}

/**
 * Whether one of the record's fields is a domain's mark (`workNumber`, `time_of_entry`): the
 * record may be that person's file whatever its name (`User`), so it is read again.
 */
function marked(
  candidates: readonly FieldCandidate[],
  members: readonly number[],
  vocabulary: CompiledVocabulary,
): boolean {
  return members.some((k) => {
    const c = candidates[k] as FieldCandidate;
    // The name's reading is cached from the first pass, so this costs a look-up per field.
    return plainDeclaration(c) && marksDomain(readNameCached(c.name, vocabulary).words);
  });
}

/** A declaration of the record itself (not one given its siblings already). */
function plainDeclaration(c: FieldCandidate): boolean {
  return c.role === 'declaration' && c.siblings === undefined;
}

/**
 * The field of a record that shows the record describes a person, for a second reading of its
 * fields that needed a person owner (`password`, `balance`, `address`): a name, an ID number or
 * a phone read with high confidence, else a login name (unless the record is a connection's
 * settings), else a natural person's name or birth date beside a role owner read as a thing.
 */
function personShown(
  candidates: readonly FieldCandidate[],
  members: readonly number[],
  classified: readonly (Finding | undefined)[],
  vocabulary: CompiledVocabulary,
): string | undefined {
  for (const k of members) {
    const f = classified[k];
    if (
      f !== undefined &&
      f.role === 'declaration' &&
      f.confidence === 'high' &&
      IDENTIFYING.has(f.category) &&
      !shownName(f.field, vocabulary)
    )
      return f.field;
  }
  // `Admin` with `username` beside `password`: a login name makes the record an account of a
  // person, unless the record is a connection's setting (`SmtpConfig`: `host`, `port`, `username`).
  let connection: boolean | undefined;
  for (const k of members) {
    const f = classified[k];
    if (
      f !== undefined &&
      f.role === 'declaration' &&
      f.category === 'online_id' &&
      f.confidence === 'high' &&
      loginName(f.field, vocabulary) &&
      !(connection ??= connectionRecord(candidates, members, vocabulary))
    )
      return f.field;
  }
  // `Client` with `firstname` and `dob`: a role owner (a client, a payee) read as a thing is a
  // person when a field only a natural person has shows it; an API client has no first name.
  for (const k of members) {
    const c = candidates[k] as FieldCandidate;
    if (classified[k] !== undefined || c.role !== 'declaration' || !naturalPersonField(c.name, vocabulary))
      continue;
    const context = readRecordOwner(c, vocabulary).context;
    // `CovCertificate` with `dob` and `fullName`: a certificate made out to its holder.
    if (
      context?.kind === 'nonperson' &&
      (vocabulary.personRoles.has(context.word) || PERSON_DOCUMENT_HEADS.has(context.word))
    )
      return c.name;
  }
  return undefined;
}

/**
 * A display name (`displayName`, `display_name`) names whatever a screen shows, a notifier or a
 * reason type as often as a user: read as a name, it shows no person beside it (`personShown`),
 * so `ReasonTypeInfo.name` beside it stays the reason type's key.
 */
function shownName(field: string, vocabulary: CompiledVocabulary): boolean {
  return identifierWords(field, vocabulary).includes('display');
}

/**
 * Every declaration's name is asked for its words (is it a connection's host, a login name?):
 * each name is tokenized once per vocabulary rather than once per candidate and scan (issue 8).
 */
const identifierWordsMemo = boundedMemo<readonly string[]>(20_000);

/** The words of an identifier, abbreviations spelt out (`usr_nm` stays as written). */
function identifierWords(name: string, vocabulary: CompiledVocabulary): readonly string[] {
  return identifierWordsMemo.get(vocabulary, name, () =>
    tokenize(name)
      .filter((t) => t.kind === 'word')
      .map((t) => vocabulary.abbreviations.get(t.text) ?? t.text),
  );
}

/** Names of the name a person logs in with. */
const LOGIN_NAMES: ReadonlySet<string> = new Set(DETECTION_CONTEXT.loginNames);

/** `username`, `login_name`, `userAccount`: the name a person logs in with. */
function loginName(name: string, vocabulary: CompiledVocabulary): boolean {
  return LOGIN_NAMES.has(identifierWords(name, vocabulary).join(''));
}

/**
 * Last words of a field that say its record is a connection to a service (a mail server, a
 * database, an API): the login name and password there are the service's, not a person's.
 */
const CONNECTION_FIELDS: ReadonlySet<string> = new Set(DETECTION_CONTEXT.connectionFields);

/** Whether the record's fields include a connection's host, port, server or URL. */
function connectionRecord(
  candidates: readonly FieldCandidate[],
  members: readonly number[],
  vocabulary: CompiledVocabulary,
): boolean {
  for (const k of members) {
    const c = candidates[k] as FieldCandidate;
    if (c.role !== 'declaration') continue;
    const words = identifierWords(c.name, vocabulary);
    if (CONNECTION_FIELDS.has(words[words.length - 1] ?? '')) return true;
  }
  return false;
}

/** A clinical finding or a body reading taken in care (`diagnosis`, `spo2`, `血压`). */
function clinicalFinding(matched: string): boolean {
  return (
    matched.split(' ').some((word) => CLINICAL_FINDINGS.en.has(word) || CLINICAL_READINGS.en.has(word)) ||
    CLINICAL_FINDINGS.zh.some((term) => matched.includes(term)) ||
    CLINICAL_READINGS.zh.some((term) => matched.includes(term))
  );
}

/** The owner names a record of something else a person did (`InsuranceClaim`, `refund_order`). */
function otherRecord(owner: string, vocab: CompiledVocabulary): boolean {
  return tokenize(owner).some(
    (t) => t.kind === 'word' && vocab.recordOwners.has(t.text) && !CLINICAL_RECORDS.has(t.text),
  );
}

/** Words only a natural person's record holds: given and family names, a birth date. */
const NATURAL_PERSON: ReadonlySet<string> = new Set([
  'firstname',
  'lastname',
  'middlename',
  'surname',
  'forename',
  'dob',
  'birthday',
  'birthdate',
]);

/** Plain fields of every record are asked about: each name is read once per vocabulary. */
const naturalPersonNames = boundedMemo<boolean>(20_000);

/** `firstname`, `last_name`, `dateOfBirth`: a field naming a natural person's name or birth. */
function naturalPersonField(name: string, vocabulary: CompiledVocabulary): boolean {
  return naturalPersonNames.get(vocabulary, name, () => readNaturalPersonField(name, vocabulary));
}

function readNaturalPersonField(name: string, vocabulary: CompiledVocabulary): boolean {
  const words = identifierWords(name, vocabulary);
  const joined = words.join('');
  return (
    NATURAL_PERSON.has(joined) ||
    words.some((w) => w === 'dob') ||
    /^(?:first|last|middle|given|family)name$/.test(joined) ||
    /^(?:dateofbirth|birthdate)/.test(joined)
  );
}
