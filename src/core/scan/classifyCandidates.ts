/**
 * Classifies the field candidates of one text, as a whole: first each field alone, then a
 * second pass that reads a record's other fields again once a sibling shows the record is a
 * person's. The scan pipeline and the name-only callers (the lexicon evaluator, tools that hold
 * field lists without positions) share it, so both see the same verdicts.
 */
import { classifyField, type ClassifyOptions } from '../detect/classify.js';
import { tokenize } from '../detect/tokenize.js';
import { CLINICAL_FINDINGS, CLINICAL_RECORDS } from '../detect/vocabulary/clinical.js';
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
  );
  return withClinicalSiblings(candidates, classified, options);
}

/**
 * A record that holds a diagnosis or another clinical finding read with high confidence is a
 * clinical record (`lists` beside `diagnosis`), whatever its name: its other fields are read
 * again with the record's field names as their context, as a dataset's columns are, so the
 * clinical words that need a clinical owner (`reason`, `reaction`, `severity`) count.
 */
function withClinicalSiblings(
  candidates: readonly FieldCandidate[],
  classified: (Finding | undefined)[],
  options: CandidateOptions,
): (Finding | undefined)[] {
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const clinical = new Map<string, string>();
  classified.forEach((f, k) => {
    const owner = candidates[k]?.owner;
    if (
      f?.category === 'health' &&
      f.confidence === 'high' &&
      f.evidence.some((e) => (e.kind === 'token' || e.kind === 'comment') && clinicalFinding(e.matched)) &&
      f.role === 'declaration' &&
      owner !== undefined &&
      !clinical.has(owner) &&
      !otherRecord(owner, vocabulary)
    )
      clinical.set(owner, f.field);
  });
  if (clinical.size === 0) return classified;
  const names = new Map<string, string[]>();
  for (const c of candidates)
    if (c.owner !== undefined && clinical.has(c.owner) && c.role === 'declaration') {
      const list = names.get(c.owner) ?? [];
      list.push(c.name);
      names.set(c.owner, list);
    }
  return classified.map((f, k) => {
    const c = candidates[k];
    const record = c?.owner === undefined ? undefined : names.get(c.owner);
    if (f !== undefined || c === undefined || record === undefined || c.siblings !== undefined) return f;
    const found = classifyField({ ...c, siblings: record.filter((n) => n !== c.name) }, options);
    if (found?.category !== 'health') return undefined;
    const field = clinical.get(c.owner ?? '') ?? '';
    const why = {
      kind: 'owner' as const,
      matched: field,
      detail: `the same record holds "${field}": a clinical record`,
    };
    return { ...found, evidence: [...found.evidence, why] };
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
  if (people.size === 0) return classified;
  return classified.map((f, k) => {
    const c = candidates[k];
    const field = c?.owner === undefined ? undefined : people.get(c.owner);
    return f !== undefined || c === undefined || field === undefined ? f : reclassify(c, field);
  });
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
