/**
 * Decides whether a field is personal information, which category, how sure we are, and why.
 * Combines the identifier's words, the attached comment (Chinese descriptions above all), the
 * owner, and the declared type. Every finding carries the evidence that produced it.
 */
import type { ContestedReading } from '../law/schema.js';
import type { Evidence, FieldCandidate, Finding } from '../types.js';
import { readType } from './declaredType.js';
import { words } from './tokenize.js';
import { keyedByPerson } from './choose.js';
import { CONFIDENCE, decide, nameReading } from './decide.js';
import { domainVerdict, OWNER_NAME } from './domainField.js';
import { OWNER_SLOT } from './fieldEvidence.js';
import { findingOf, usualVerdict, type Verdict } from './findingOf.js';
import { MISS, TupleMemo } from './memo.js';
import { ownerValueVerdict } from './ownerValue.js';
import { validatorOf, type Validator } from './validators.js';
import { criterionOnly } from './searchCriterion.js';
import { readComment, readOwner } from './readings.js';
import { defaultVocabulary, type CompiledVocabulary } from './vocabulary/index.js';
import type { RecordLink } from './workspaceContext.js';

export interface ClassifyOptions {
  /** Compiled vocabulary (default plus `.pilens.json` additions); the default when omitted. */
  readonly vocabulary?: CompiledVocabulary;
  /** `strict` (default) takes the lower threshold for contested mappings. */
  readonly contestedReading?: ContestedReading;
  /**
   * A sibling field of the same record that identifies a person (`realName`): the record is
   * about a person even if its owner's name does not say so.
   */
  readonly siblingPerson?: string;
  /**
   * The person record of a sensitive domain the workspace links the field's record to
   * (`workspaceContext.ts`): read with the owner, so the record's domain may come from it.
   */
  readonly link?: RecordLink;
}

/** A generated constraint or index name: Hibernate's `FK353690ED27D23FE4`, `UK_8e4kn5`, `IDX_1a2b3c4d`. */
const CONSTRAINT_NAME = /^(?:FK|PK|UK|UQ|IDX|IX)_?(?=[0-9A-Fa-f]*[0-9])[0-9A-Fa-f]{8,}$/;

interface CachedVerdict {
  readonly verdict: Verdict;
  readonly ownerSlot: boolean;
  /** The verdict has the usual keys in the usual order (findingOf.ts). */
  readonly usual: boolean;
}

const verdicts = new TupleMemo<CachedVerdict | null>(20_000);

/** Classifies one field candidate; `undefined` when it is not personal information. */
export function classifyField(candidate: FieldCandidate, options: ClassifyOptions = {}): Finding | undefined {
  const found = readField(candidate, options);
  return found === DISMISSED ? undefined : found;
}

/**
 * What `readField` answers for a field dismissed before `siblingPerson` is read (its words,
 * comment and type name nothing, and its record shows no domain): it is not personal
 * information whatever sibling its record holds, so a second reading with one is not needed.
 */
export const DISMISSED: unique symbol = Symbol('dismissed');

/** `classifyField`, telling a field the sibling cannot change (`DISMISSED`) from other misses. */
export function readField(
  candidate: FieldCandidate,
  options: ClassifyOptions = {},
): Finding | undefined | typeof DISMISSED {
  const found = readWords(candidate, options);
  const validator = validatorOf(candidate);
  const read = validator === undefined ? found : validated(candidate, options, validator, found);
  // `transactions(minAmount: Int)`: a search's criterion, not anyone's amount (searchCriterion.ts).
  return read !== undefined && read !== DISMISSED && criterionOnly(candidate, read) ? DISMISSED : read;
}

/**
 * A field whose validation says what it holds (`@Email`, `[Phone]`, `EmailStr`: validators.ts).
 * When its words already name that, the validation confirms them. Otherwise it is read as a
 * field named for what the validation accepts would be (`@Email String login` as
 * `email_address`), in the same record, so a record that is a thing (a mail server's
 * settings, a shop) still holds no one's address; and when it holds no one's, the field's own
 * words stand.
 */
function validated(
  candidate: FieldCandidate,
  options: ClassifyOptions,
  validator: Validator,
  found: Finding | undefined | typeof DISMISSED,
): Finding | undefined | typeof DISMISSED {
  const evidence: Evidence = {
    kind: 'type',
    matched: validator.name,
    detail: `the validation "${validator.name}" accepts only ${validator.holds}`,
  };
  if (found !== undefined && found !== DISMISSED && found.category === validator.category) {
    const confidence = CONFIDENCE[Math.min(CONFIDENCE.indexOf(found.confidence) + 1, 2)] ?? found.confidence;
    return { ...found, confidence, evidence: [...found.evidence, evidence] };
  }
  const read = readWords({ ...candidate, name: validator.term }, options);
  if (read === undefined || read === DISMISSED) return found;
  const term = words(validator.term).join(' ');
  return {
    ...read,
    field: candidate.name,
    evidence: read.evidence.map((e) => (e.kind === 'token' && e.matched === term ? evidence : e)),
  };
}

function readWords(
  candidate: FieldCandidate,
  options: ClassifyOptions,
): Finding | undefined | typeof DISMISSED {
  // `DROP FOREIGN KEY FK353690ED27D23FE4`: a constraint's generated name is no field, whatever
  // comment stands above the statement (`-- 删除资产记录表对应外键约束`).
  if (CONSTRAINT_NAME.test(candidate.name)) return DISMISSED;
  // `markMarriageAsCertified(id: ID!, details: MarriageRegistrationInput!)`: an operation names
  // what it acts on; what it carries are its arguments, read as fields of their own.
  if (candidate.takesArguments === true) return DISMISSED;
  const vocab = options.vocabulary ?? defaultVocabulary();
  const maybe = mayBePersonal(candidate, vocab);
  // The verdict depends only on the text around the field, which repeats a lot: cache it. The
  // owner enters through its reading's signature, so `t_member_1` and `t_member_2` share verdicts.
  const owner = readOwner(candidate, vocab, options.link);
  // A record in a sensitive domain lends its category to fields that name none (domainField.ts);
  // a record named for a phone or an address lends it to the field holding its value.
  // Nothing here reads `options.siblingPerson`.
  if (!maybe && owner.domain === undefined) {
    const value = ownerValueVerdict(candidate, vocab, options.contestedReading);
    return value === undefined ? DISMISSED : findingOf(candidate, value, false);
  }
  const reading = options.contestedReading;
  const sibling = options.siblingPerson;
  const { name, declaredType, comment } = candidate;
  // The parts that change least come first: a record's fields share the first three (memo.ts).
  let cached = verdicts.find(vocab, reading, sibling, owner.id, name, declaredType, comment);
  if (cached === MISS) {
    const verdict = maybe
      ? decide(candidate, vocab, options, owner)
      : domainVerdict(
          candidate,
          nameReading(candidate, vocab),
          readComment(comment, vocab),
          owner,
          vocab,
          reading,
        );
    cached =
      verdict === undefined
        ? null
        : {
            verdict,
            ownerSlot: verdict.evidence.some(
              (e) => e.matched === OWNER_SLOT || e.detail.includes(OWNER_NAME),
            ),
            usual: usualVerdict(verdict),
          };
    verdicts.store(vocab, reading, sibling, owner.id, name, declaredType, comment, cached);
  }
  if (cached === null) return undefined;
  const verdict = cached.ownerSlot
    ? {
        ...cached.verdict,
        evidence: cached.verdict.evidence.map((e) =>
          e.matched === OWNER_SLOT
            ? { ...e, matched: candidate.owner ?? '' }
            : e.detail.includes(OWNER_NAME)
              ? { ...e, detail: e.detail.replace(OWNER_NAME, ownerName(candidate.owner)) }
              : e,
        ),
      }
    : cached.verdict;
  return findingOf(candidate, verdict, cached.usual);
}

/** How an explanation names the owner: quoted, or "the record" when there is none. */
function ownerName(owner: string | undefined): string {
  return owner === undefined || owner === '' ? 'the record' : `"${owner}"`;
}

/**
 * Most fields (`status`, `createdAt`) name nothing in the vocabulary, say nothing in their
 * comment and have a plain type: no reading can be chosen for them (see `chooseReading`), so
 * they are dismissed before the owner is read.
 */
function mayBePersonal(candidate: FieldCandidate, vocab: CompiledVocabulary): boolean {
  const name = nameReading(candidate, vocab);
  if (name.head !== undefined) return true;
  const comment = readComment(candidate.comment, vocab);
  if (comment.head !== undefined || (comment.previous?.length ?? 0) > 0) return true;
  if (name.cancelled !== undefined || candidate.declaredType === undefined) return false;
  const shape = readType(candidate.declaredType).shape;
  return shape === 'other' || shape === 'reference' || keyedByPerson(name.words, candidate.declaredType);
}
