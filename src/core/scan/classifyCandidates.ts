/**
 * Classifies the field candidates of one text, as a whole: first each field alone, then a
 * second pass that reads a record's other fields again once a sibling shows the record is a
 * person's. The scan pipeline and the name-only callers (the lexicon evaluator, tools that hold
 * field lists without positions) share it, so both see the same verdicts.
 */
import { classifyField, type ClassifyOptions } from '../detect/classify.js';
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
  return withSiblingContext(
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
