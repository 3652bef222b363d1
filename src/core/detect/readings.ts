/**
 * The context readings of a candidate, each cached where it repeats: its attached comment,
 * its owner (record name, owner description, dotted prefix) and its name.
 */
import { hanOwner, ownerKindOfWord, readEnglishText, readHanText, readName, singularOf } from './analyze.js';
import type { NameReading, OwnerKind } from './analyze.js';
import type { PhraseMatch } from './match.js';
import { hanRuns, tokenize } from './tokenize.js';
import type { CompiledVocabulary, TermMeaning } from './vocabulary/index.js';
import type { FieldCandidate } from '../types.js';

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

/** Reads an attached comment: Chinese first, then distinctive English phrases. */
export function readComment(text: string | undefined, vocab: CompiledVocabulary): CommentReading {
  if (text === undefined || text.trim() === '')
    return { english: false, booleanish: false, minor: false, hasHan: false };
  const hasHan = hanRuns(text).length > 0;
  if (hasHan) {
    const han = readHanText(text, vocab);
    if (han.head !== undefined || han.negative !== undefined) return { ...han, english: false, hasHan };
    const english = readEnglishText(text, vocab);
    return {
      ...(english !== undefined ? { head: english } : {}),
      english: true,
      booleanish: han.booleanish,
      minor: han.minor,
      hasHan,
    };
  }
  const english = readEnglishText(text, vocab);
  return {
    ...(english !== undefined ? { head: english } : {}),
    english: true,
    booleanish: false,
    minor: false,
    hasHan,
  };
}

/** Who owns the field. */
export interface OwnerReading {
  readonly kind?: OwnerKind;
  readonly context?: { readonly kind: OwnerKind; readonly word: string };
  readonly minor: boolean;
  /** Owner words (singular too) and raw owner texts, for owner-gated terms. */
  readonly words: ReadonlySet<string>;
  readonly texts: readonly string[];
}

/** Reads the owner from the record name, its description and a dotted prefix. */
export function readOwner(candidate: FieldCandidate, vocab: CompiledVocabulary): OwnerReading {
  let context: OwnerReading['context'];
  let minor = false;
  const allWords = new Set<string>();
  const texts: string[] = [];
  const dotted = candidate.name.includes('.') ? candidate.name.slice(0, candidate.name.lastIndexOf('.')) : '';
  for (const text of [candidate.owner, candidate.ownerComment, dotted]) {
    if (text === undefined || text === '') continue;
    const words = tokenize(text)
      .filter((t) => t.kind === 'word')
      .map((t) => vocab.abbreviations.get(t.text) ?? t.text);
    texts.push(text);
    for (const w of words) {
      allWords.add(w);
      allWords.add(singularOf(w));
    }
    minor ||=
      words.some((w) => vocab.minorOwners.has(w)) || vocab.minorOwnersZh.some((z) => text.includes(z));
    if (context !== undefined) continue;
    // An owner's description is prose: read its Chinese, and its English only when it is a label.
    const englishOk = text !== candidate.ownerComment || words.length <= 3;
    for (let k = words.length - 1; englishOk && k >= 0 && context === undefined; k--) {
      const kind = ownerKindOfWord(words[k] ?? '', vocab);
      if (kind !== undefined) context = { kind, word: words[k] ?? '' };
    }
    context ??= hanOwner(text, vocab);
  }
  return { ...(context !== undefined ? { kind: context.kind, context } : {}), minor, words: allWords, texts };
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

/** Owner-gated terms (`street` in `Address`) count only when the owner names their context. */
export function ownerGateOpen(m: TermMeaning, owner: OwnerReading, nameWords: readonly string[]): boolean {
  if (m.owners.length === 0) return true;
  // English gate words match whole words; Chinese ones match inside owner descriptions.
  return m.owners.some(
    (o) =>
      owner.words.has(o) ||
      nameWords.includes(o) ||
      (!/^[a-z_]+$/.test(o) && (owner.texts.some((t) => t.includes(o)) || m.phrase.includes(o))),
  );
}
