/**
 * Classifies the field candidates of one text, as a whole: first each field alone, then a
 * second pass that reads a record's other fields again once a sibling shows the record is a
 * person's. The scan pipeline and the name-only callers (the lexicon evaluator, tools that hold
 * field lists without positions) share it, so both see the same verdicts.
 */
import type { CategoryKey } from '../law/schema.js';
import { classifyField, type ClassifyOptions } from '../detect/classify.js';
import { boundedMemo } from '../detect/memo.js';
import { readOwner } from '../detect/readings.js';
import { tokenize } from '../detect/tokenize.js';
import { CLINICAL_FINDINGS, CLINICAL_RECORDS } from '../detect/vocabulary/clinical.js';
import { DETECTION_CONTEXT } from '../detect/vocabulary/context.js';
import { defaultVocabulary, type CompiledVocabulary } from '../detect/vocabulary/index.js';
import { categoriesWith } from '../detect/vocabulary/traits.js';
import type { FieldCandidate, Finding } from '../types.js';

/** The options `classifyField` takes, less the sibling that this module supplies itself. */
export type CandidateOptions = Omit<ClassifyOptions, 'siblingPerson'>;

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
  const siblingOptions = new Map<string, ClassifyOptions>();
  const classified = withSiblingContext(
    candidates,
    candidates.map((c) => classifyField(c, options)),
    (c, field) => {
      let withSibling = siblingOptions.get(field);
      if (withSibling === undefined) {
        withSibling = { ...options, siblingPerson: field };
        siblingOptions.set(field, withSibling);
      }
      return classifyField(c, withSibling);
    },
    options.vocabulary ?? defaultVocabulary(),
  );
  return withRecordSiblings(candidates, classified, options);
}

/**
 * A record whose fields show its domain (`patientId` beside `leftDiag`, `user_id` beside a
 * `medication` owner), or that holds a clinical finding read with high confidence (`lists`
 * beside `diagnosis`), whatever its name: its other fields are read again with the record's
 * field names as their context, as a dataset's columns are, so the domain's words that need
 * such an owner (`reason`, `reaction`, `severity`) count and descriptive fields take the
 * domain's category (`detect/recordDomain.ts`). Only a reading of that domain is kept.
 */
function withRecordSiblings(
  candidates: readonly FieldCandidate[],
  classified: (Finding | undefined)[],
  options: CandidateOptions,
): (Finding | undefined)[] {
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const records = new Map<
    string,
    { names: string[]; first: FieldCandidate; open: boolean; health: boolean }
  >();
  candidates.forEach((c, k) => {
    if (c.owner === undefined || c.role !== 'declaration' || c.siblings !== undefined) return;
    const record = records.get(c.owner) ?? { names: [], first: c, open: false, health: false };
    record.names.push(c.name);
    record.open ||= classified[k] === undefined;
    record.health ||= classified[k]?.category === 'health';
    records.set(c.owner, record);
  });
  // Why each record is read again: the domain its siblings show, or its clinical finding.
  const why = new Map<string, { category: CategoryKey; field?: string }>();
  classified.forEach((f, k) => {
    const owner = candidates[k]?.owner;
    if (
      f?.category === 'health' &&
      f.confidence === 'high' &&
      f.evidence.some((e) => (e.kind === 'token' || e.kind === 'comment') && clinicalFinding(e.matched)) &&
      f.role === 'declaration' &&
      owner !== undefined &&
      !why.has(owner) &&
      !otherRecord(owner, vocabulary)
    )
      why.set(owner, { category: 'health', field: f.field });
  });
  for (const [owner, record] of records) {
    if (!record.open || why.has(owner) || record.names.length < 2) continue;
    // Only a record whose name speaks of the domain, or that already holds a health finding (a
    // key to a patient), may be shown clinical by its fields: no other record is read again.
    const alone = readOwner({ ...record.first, name: '' }, vocabulary);
    if (alone.domain !== undefined || !(alone.domainNamed || record.health)) continue;
    const domain = readOwner({ ...record.first, name: '', siblings: record.names }, vocabulary).domain;
    if (domain !== undefined) why.set(owner, { category: domain.category });
  }
  if (why.size === 0) return classified;
  return classified.map((f, k) => {
    const c = candidates[k];
    const reason = c?.owner === undefined ? undefined : why.get(c.owner);
    const record = c?.owner === undefined ? undefined : records.get(c.owner);
    if (f !== undefined || c === undefined || reason === undefined || record === undefined) return f;
    const found = classifyField({ ...c, siblings: record.names.filter((n) => n !== c.name) }, options);
    if (found?.category !== reason.category) return undefined;
    if (reason.field === undefined) return found;
    const clinical = {
      kind: 'owner' as const,
      matched: reason.field,
      detail: `the same record holds "${reason.field}": a clinical record`,
    };
    return { ...found, evidence: [...found.evidence, clinical] };
  });
}

/**
 * Second pass: a record holding a name, an ID number or a phone describes a person, so its
 * fields that needed a person owner (`password`, `balance`, `address`) are read again with it.
 */
function withSiblingContext(
  candidates: readonly FieldCandidate[],
  classified: (Finding | undefined)[],
  reclassify: (c: FieldCandidate, field: string) => Finding | undefined,
  vocabulary: CompiledVocabulary,
): (Finding | undefined)[] {
  const people = new Map<string, string>();
  classified.forEach((f, k) => {
    const owner = candidates[k]?.owner;
    if (
      f !== undefined &&
      owner !== undefined &&
      f.role === 'declaration' &&
      f.confidence === 'high' &&
      IDENTIFYING.has(f.category)
    ) {
      if (!people.has(owner)) people.set(owner, f.field);
    }
  });
  // `Admin` with `username` beside `password`: a login name makes the record an account of a
  // person, unless the record is a connection's setting (`SmtpConfig`: `host`, `port`, `username`).
  const connections = connectionRecords(candidates, vocabulary);
  classified.forEach((f, k) => {
    const owner = candidates[k]?.owner;
    if (
      f !== undefined &&
      owner !== undefined &&
      !people.has(owner) &&
      !connections.has(owner) &&
      f.role === 'declaration' &&
      f.category === 'online_id' &&
      f.confidence === 'high' &&
      loginName(f.field, vocabulary)
    )
      people.set(owner, f.field);
  });
  // `Client` with `firstname` and `dob`: a role owner (a client, a payee) read as a thing is a
  // person when a field only a natural person has shows it; an API client has no first name.
  candidates.forEach((c, k) => {
    if (classified[k] !== undefined || c.owner === undefined || people.has(c.owner)) return;
    if (c.role === 'declaration' && naturalPersonField(c.name, vocabulary)) {
      const context = readOwner({ ...c, name: '' }, vocabulary).context;
      if (context?.kind === 'nonperson' && vocabulary.personRoles.has(context.word))
        people.set(c.owner, c.name);
    }
  });
  if (people.size === 0) return classified;
  return classified.map((f, k) => {
    const c = candidates[k];
    const field = c?.owner === undefined ? undefined : people.get(c.owner);
    return f !== undefined || c === undefined || field === undefined ? f : reclassify(c, field);
  });
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

/** Owners whose fields include a connection's host, port, server or URL. */
function connectionRecords(
  candidates: readonly FieldCandidate[],
  vocabulary: CompiledVocabulary,
): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.owner === undefined || c.role !== 'declaration' || out.has(c.owner)) continue;
    const words = identifierWords(c.name, vocabulary);
    if (CONNECTION_FIELDS.has(words[words.length - 1] ?? '')) out.add(c.owner);
  }
  return out;
}

function clinicalFinding(matched: string): boolean {
  return (
    matched.split(' ').some((word) => CLINICAL_FINDINGS.en.has(word)) ||
    CLINICAL_FINDINGS.zh.some((term) => matched.includes(term))
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
