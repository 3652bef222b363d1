/**
 * The context readings of a candidate, each cached where it repeats: its attached comment,
 * its owner (record name, owner description, dotted prefix) and its name.
 */
import { readName } from './analyze.js';
import { readEnglishClause, readHanText } from './textReading.js';
import type { NameReading, OwnerKind } from './analyze.js';
import type { OwnerReading } from './ownerReading.js';
import type { PhraseMatch } from './match.js';
import { expandedWords, hanRuns } from './tokenize.js';
import type { CompiledVocabulary, TermMeaning } from './vocabulary/index.js';
import { boundedMemo } from './memo.js';

/** What the attached comment says. */
export interface CommentReading {
  readonly head?: PhraseMatch;
  /** Earlier Chinese terms of the described clause, nearest first. */
  readonly previous?: readonly PhraseMatch[];
  readonly english: boolean;
  readonly negative?: PhraseMatch;
  readonly owner?: { readonly kind: OwnerKind; readonly word: string };
  readonly booleanish: boolean;
  readonly minor: boolean;
  readonly hasHan: boolean;
}

const BLANK = /^\s*$/;
const NO_COMMENT: CommentReading = { english: false, booleanish: false, minor: false, hasHan: false };
const comments = boundedMemo<CommentReading>(5_000);

/** Reads an attached comment: Chinese first, then distinctive English phrases (cached by text). */
export function readComment(text: string | undefined, vocab: CompiledVocabulary): CommentReading {
  if (text === undefined || BLANK.test(text)) return NO_COMMENT;
  return comments.get(vocab, text, () => readCommentText(text, vocab));
}

/**
 * A value of a code listed in a Chinese description: a number standing alone (after the start, a
 * space or a punctuation mark), an optional separator, then a Chinese label (`0：成人`, `1001 业主本人`,
 * `1-支付宝`). A number inside a phrase (`近6个月`) is not one.
 */
const LISTED_VALUE = /(?:^|[\s,，;；:：(（/、])\d{1,4}\s*[-:：=、.．]?\s*(?=[\u4e00-\u9fff])/g;

/**
 * `车票类型 0：成人 1：儿童 2：学生 3：残疾军人` → `车票类型`: a description that lists the values of a
 * code (two or more) says what the field is before the list; the values are what it may hold, not
 * what it is (a ticket type is not a disability, a role code not a family member).
 */
export function beforeListedValues(text: string): string {
  const found = [...text.matchAll(LISTED_VALUE)];
  if (found.length < 2) return text;
  return text.slice(0, (found[0] as RegExpMatchArray).index).replace(/[\s,，;；:：(（/、]+$/, '');
}

function readCommentText(written: string, vocab: CompiledVocabulary): CommentReading {
  const hasHan = hanRuns(written).length > 0;
  if (hasHan) {
    const text = beforeListedValues(written);
    if (BLANK.test(text)) {
      // Only values (`0否 1是`): nothing says what the field is, but a yes-or-no list stays one.
      const values = readHanText(written, vocab);
      return { ...NO_COMMENT, booleanish: values.booleanish, minor: values.minor, hasHan };
    }
    const han = readHanText(text, vocab);
    if (han.head !== undefined || han.negative !== undefined) return { ...han, english: false, hasHan };
    const english = readEnglishClause(text, vocab);
    return {
      ...(english !== undefined ? { head: english.head } : {}),
      ...(english?.owner !== undefined ? { owner: english.owner } : {}),
      english: true,
      booleanish: han.booleanish,
      minor: han.minor,
      hasHan,
    };
  }
  const english = readEnglishClause(firstSentence(written), vocab);
  return {
    ...(english !== undefined ? { head: english.head } : {}),
    ...(english?.owner !== undefined ? { owner: english.owner } : {}),
    english: true,
    booleanish: false,
    minor: false,
    hasHan,
  };
}

/** A sentence's end: `.`, `!` or `?` before a space (not in `e.g.`, `i.e.`, `etc.`), or a blank line. */
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|incl|approx|no))[.!?](?=\s)|\n[ \t]*\n/i;

/**
 * The first sentence of an English description. API and doc descriptions open with what the field
 * is (Javadoc takes that sentence as the summary); the sentences after it speak of other data
 * (`The ID of the customer associated with the payment. … Square may use the billing and shipping
 * address, email address… to identify a matching customer`), which is not this field's reading.
 */
export function firstSentence(text: string): string {
  const end = SENTENCE_END.exec(text);
  return end === null ? text : text.slice(0, end.index);
}

const nameCache = new WeakMap<CompiledVocabulary, Map<string, NameReading>>();

/** Identifiers repeat a lot within and across files; reading one is cached per vocabulary. */
export function readNameCached(name: string, vocab: CompiledVocabulary): NameReading {
  let cache = nameCache.get(vocab);
  if (cache === undefined) {
    cache = new Map();
    nameCache.set(vocab, cache);
  }
  let reading = cache.get(name);
  if (reading === undefined) {
    if (cache.size > 50_000) cache.clear();
    reading = readName(name, vocab);
    cache.set(name, reading);
  }
  return reading;
}

/** Categories whose terms are never opened by their own words (see `ownerGateOpen`). */
const OWN_WORDS_CLOSED: ReadonlySet<string> = new Set(['credential', 'transaction', 'property']);

/** Owner-gated terms (`street` in `Address`) count only when the owner names their context. */
export function ownerGateOpen(
  m: TermMeaning,
  owner: OwnerReading,
  nameWords: readonly string[],
  vocab: CompiledVocabulary,
): boolean {
  if (m.owners.length === 0) return true;
  // English gate words match whole words; Chinese ones match inside owner descriptions.
  return m.owners.some(
    (o) =>
      owner.words.has(o) ||
      // A gate of two words (`page_view`) in a camel-case or snake-case owner (`PageView`,
      // `page_views`), whose words the owner reading holds one by one.
      (o.includes('_') && o.split('_').every((w) => owner.words.has(w))) ||
      // A word before the term (`addressProvince`, `order_refund_amount`: an order's). The term's
      // own words open nothing when they name a thing (`hotel_id` in a rate plan is a hotel's
      // key, not a stay), a secret (`auth_code` in a payment log says nothing of whose it is) or
      // money (`payment_method` of an employee, `refund_amount` of a goods line: the money word
      // says what kind of money, not whose record holds it). A money event's own number
      // (`transaction_id`, `order_no`) is read in any record by its own ungated term.
      (nameWords.slice(0, -1).includes(o) &&
        !(
          m.phrase.split('_').includes(o) &&
          (OWN_WORDS_CLOSED.has(m.category ?? '') || vocab.nonPersonOwners.has(o))
        )) ||
      (!/^[a-z_]+$/.test(o) && (owner.gates.has(o) || m.phrase.includes(o))),
  );
}

export { COMMUNICATION_ZH, readOwner, readRecordOwner, type OwnerReading } from './ownerReading.js';
export { descriptionOwner } from './ownerHead.js';

/**
 * The words of an identifier, abbreviations spelt out (`expandedWords`), cached: a workspace scan
 * summarises every file's records, whose names and declared types (`String`, `patient_id`) repeat
 * across thousands of files (workspaceContext.ts, unowned.ts).
 */
export function identifierWords(text: string, vocab: CompiledVocabulary): readonly string[] {
  return identifiers.get(vocab, text, () => expandedWords(text, vocab.abbreviations));
}

const identifiers = boundedMemo<readonly string[]>(20_000);
