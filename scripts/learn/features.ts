/**
 * What the learned second opinion (an experiment, see README.md) sees of a field: the words a reader sees in its name, its
 * comment's Chinese characters and English words, its owner's words, its declared type, a few of
 * its record's other fields, and what the rules made of it. Every feature is a short readable
 * string (`name:zjhm`, `comment:证件`), so a finding can say which of them it was learned from.
 * The tokenisation is the rules' own (`tokenize`, the name reading's expanded and segmented
 * words), so the model and the rules see the same words.
 */
import { readType } from '../../src/core/detect/declaredType.js';
import { singularOf } from '../../src/core/detect/plural.js';
import { readComment, readNameCached, readOwner } from '../../src/core/detect/readings.js';
import { hanRuns, tokenize } from '../../src/core/detect/tokenize.js';
import type { CompiledVocabulary } from '../../src/core/detect/vocabulary/index.js';
import type { CategoryKey } from '../../src/core/law/schema.js';
import type { FieldCandidate, Finding } from '../../src/core/types.js';

/** What a record offers one of its fields: its other fields, and what the rules said of them. */
export interface RecordView {
  /** The other fields' names, in order (the field itself left out). */
  readonly siblings: readonly string[];
  /** Categories the rules found among the other fields, each once. */
  readonly siblingCategories: readonly CategoryKey[];
}

/** At most this many sibling fields are read: a wide table's far columns say little about one field. */
const MAX_SIBLINGS = 40;
/** At most this many English comment words: an OpenAPI description's first clause carries its meaning. */
const MAX_COMMENT_WORDS = 12;
/** Words too common in descriptions to mean anything. */
const STOP: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'for',
  'is',
  'be',
  'or',
  'and',
  'on',
  'by',
  'this',
  'that',
  'if',
  'it',
  'as',
  'at',
  'with',
]);

/**
 * The features of one field, each once, sorted (so the same field always gives the same list).
 * `rule` is the rules' verdict on the field (`undefined`: nothing).
 */
export function fieldFeatures(
  candidate: FieldCandidate,
  record: RecordView,
  rule: Finding | undefined,
  vocab: CompiledVocabulary,
): string[] {
  const out = new Set<string>();
  const reading = readNameCached(candidate.name, vocab);
  // The name's words as the rules read them (abbreviations expanded, run-together words cut).
  const nameWords = reading.words.filter((w) => /^[a-z0-9]+$/.test(w) && !/^\d+$/.test(w));
  for (const w of nameWords) out.add(`name:${w}`);
  for (let k = 1; k < nameWords.length; k++) out.add(`pair:${nameWords[k - 1] ?? ''}_${nameWords[k] ?? ''}`);
  const last = nameWords[nameWords.length - 1];
  if (last !== undefined) out.add(`last:${last}`);
  if (nameWords.length > 0) out.add(`whole:${nameWords.join('_')}`);
  // The raw words too: `zjhm` and `uid` as written, before any expansion.
  for (const t of tokenize(candidate.name))
    if (t.kind === 'word' && !/^\d+$/.test(t.text)) out.add(`name:${t.text}`);
  hanFeatures(`${candidate.name} ${reading.pinyin ?? ''}`, 'nameZh', out);
  if (candidate.comment !== undefined) {
    hanFeatures(candidate.comment, 'comment', out);
    const english = tokenize(candidate.comment)
      .filter((t) => t.kind === 'word' && t.text.length > 1 && !STOP.has(t.text))
      .slice(0, MAX_COMMENT_WORDS);
    for (const t of english) out.add(`says:${singularOf(t.text)}`);
  }
  for (const t of tokenize(`${candidate.owner ?? ''} ${candidate.ownerComment ?? ''}`)) {
    if (t.kind === 'word' && !/^\d+$/.test(t.text)) out.add(`owner:${singularOf(t.text)}`);
    else if (t.kind === 'han') for (const ch of t.text) out.add(`ownerZh:${ch}`);
  }
  const type = candidate.declaredType === undefined ? 'none' : readType(candidate.declaredType).shape;
  out.add(`type:${type}`);
  for (const name of record.siblings.slice(0, MAX_SIBLINGS)) {
    const words = readNameCached(name, vocab).words;
    const word = words[words.length - 1];
    if (word !== undefined && /^[a-z]+$/.test(word)) out.add(`sibling:${word}`);
  }
  for (const c of record.siblingCategories) out.add(`siblingRule:${c}`);
  out.add(`fields:${record.siblings.length < 3 ? 'few' : record.siblings.length < 12 ? 'some' : 'many'}`);
  ruleFeatures(candidate, rule, vocab, out);
  return [...out].sort();
}

/** What the rules read in the field, whether or not they made a finding of it. */
function ruleFeatures(
  candidate: FieldCandidate,
  rule: Finding | undefined,
  vocab: CompiledVocabulary,
  out: Set<string>,
): void {
  out.add(`rule:${rule === undefined ? 'none' : rule.category}`);
  if (rule !== undefined) out.add(`rule:${rule.category}:${rule.confidence}`);
  const reading = readNameCached(candidate.name, vocab);
  for (const m of reading.head?.meanings ?? []) if (m.category !== undefined) out.add(`reads:${m.category}`);
  if (reading.cancelled !== undefined) out.add(`cancelled:${reading.cancelled.reason}`);
  if (reading.booleanish) out.add('booleanish');
  const comment = readComment(candidate.comment, vocab);
  for (const m of comment.head?.meanings ?? [])
    if (m.category !== undefined) out.add(`commentReads:${m.category}`);
  if (comment.negative !== undefined) out.add('commentNegative');
  const owner = readOwner(candidate, vocab);
  out.add(`ownerKind:${owner.context?.kind ?? owner.kind ?? 'unknown'}`);
  if (owner.domain !== undefined) out.add(`ownerDomain:${owner.domain.category}`);
}

/** Chinese characters and adjacent pairs: `证件号码` gives 证, 件, …, 证件, 件号, 号码. */
function hanFeatures(text: string, prefix: string, out: Set<string>): void {
  for (const run of hanRuns(text)) {
    for (let k = 0; k < run.length; k++) {
      out.add(`${prefix}:${run[k] ?? ''}`);
      if (k > 0) out.add(`${prefix}:${run.slice(k - 1, k + 1)}`);
    }
  }
}

/**
 * Each candidate's record as the model sees it: the other declared fields of its owner and the
 * categories the rules found among them. `undefined` for a candidate outside any record (a usage,
 * a field without an owner).
 */
export function recordViews(
  candidates: readonly FieldCandidate[],
  classified: readonly (Finding | undefined)[],
): (RecordView | undefined)[] {
  const records = new Map<string, number[]>();
  candidates.forEach((c, k) => {
    if (c.owner === undefined || c.owner === '' || c.role !== 'declaration') return;
    const list = records.get(c.owner);
    if (list === undefined) records.set(c.owner, [k]);
    else list.push(k);
  });
  const views = new Array<RecordView | undefined>(candidates.length);
  for (const members of records.values()) {
    for (const k of members) {
      const siblings: string[] = [];
      const categories = new Set<CategoryKey>();
      for (const j of members) {
        if (j === k) continue;
        siblings.push(candidates[j]?.name ?? '');
        const found = classified[j];
        if (found !== undefined) categories.add(found.category);
      }
      views[k] = { siblings, siblingCategories: [...categories].sort() };
    }
  }
  return views;
}
