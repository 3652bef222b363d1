/**
 * Finds vocabulary phrases in token lists and Chinese text. Identifiers are read right to
 * left, longest phrase first, because English and Chinese compounds put the head noun last:
 * `userIdCard` is an ID card (id card) owned by a user, not a user id followed by "card".
 */
import { singularOf } from './plural.js';
import type { CompiledVocabulary, TermMeaning } from './vocabulary/compile.js';
import { segmentPhrase, segmentWord } from './segment.js';
import type { Token } from './tokenize.js';

export interface PhraseMatch {
  /** Token span `[start, end)` for identifier matches; character span for Chinese text. */
  readonly start: number;
  readonly end: number;
  /** The words or characters matched, as evidence. */
  readonly text: string;
  /** Every meaning of the phrase (several for an ambiguous pinyin abbreviation). */
  readonly meanings: readonly TermMeaning[];
  readonly negative: boolean;
}

/** Matches phrases in the word tokens of one identifier, right to left. Returned in text order. */
export function matchTokens(tokens: readonly string[], vocab: CompiledVocabulary): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  let j = tokens.length - 1;
  while (j >= 0) {
    const match = longestEndingAt(tokens, j, vocab) ?? pinyinSuffix(tokens[j] ?? '', j, vocab);
    if (match === undefined) {
      j--;
      continue;
    }
    found.push(match);
    j = match.start - 1;
  }
  return found.reverse();
}

function longestEndingAt(
  tokens: readonly string[],
  j: number,
  vocab: CompiledVocabulary,
): PhraseMatch | undefined {
  const candidates = vocab.byLastToken.get(tokens[j] ?? '');
  if (candidates === undefined) return undefined;
  for (const phrase of candidates) {
    const start = j - phrase.tokens.length + 1;
    if (start < 0) continue;
    // A plural or possessive before the head reads as the singular: `friends_uid` is a friend's
    // uid, `mothers_name` a mother's name.
    let same = true;
    for (let k = 0; k < phrase.tokens.length - 1 && same; k++) {
      const token = tokens[start + k] ?? '';
      same = token === phrase.tokens[k] || singularOf(token) === phrase.tokens[k];
    }
    if (!same) continue;
    return {
      start,
      end: j + 1,
      text: tokens.slice(start, j + 1).join(' '),
      meanings: phrase.meanings,
      negative: phrase.meanings.some((m) => m.category === undefined),
    };
  }
  return undefined;
}

const VOWELS = /[aeiou]/;

/** `khsjh` (客户手机号): a vowel-less token ending in a known pinyin abbreviation. */
function pinyinSuffix(token: string, j: number, vocab: CompiledVocabulary): PhraseMatch | undefined {
  if (token.length < 4 || VOWELS.test(token)) return undefined;
  for (let cut = 1; cut <= token.length - 3; cut++) {
    const meanings = vocab.pinyinSuffixes.get(token.slice(cut));
    if (meanings !== undefined) return { start: j, end: j + 1, text: token, meanings, negative: false };
  }
  return undefined;
}

/**
 * Word tokens for matching: abbreviations expanded (`acct` → account), run-together words split
 * (`segmentPhrase`, `segmentWord`), digits and Chinese runs dropped (Chinese is matched separately).
 */
export function wordTokens(tokens: readonly Token[], vocab: CompiledVocabulary): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const word = vocab.abbreviations.get(t.text) ?? t.text;
    const parts = segmentPhrase(word, vocab) ?? segmentWord(word, vocab);
    if (parts === undefined) out.push(word);
    else for (const part of parts) out.push(part);
  }
  return out;
}

/**
 * Matches Chinese terms in a text, right to left, longest first (`入住人脸照片` is a face photo
 * taken at check-in, not a lodger), plus mixed terms (`IP地址`). Offsets refer to `text`.
 */
export function matchHan(text: string, vocab: CompiledVocabulary): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const covered: [number, number][] = [];
  if (vocab.mixedTerms.length > 0 && /[a-z]/i.test(text)) {
    const lower = text.toLowerCase();
    for (const { term, meanings } of vocab.mixedTerms) {
      let at = lower.indexOf(term);
      while (at >= 0) {
        const end = at + term.length;
        if (!covered.some(([s, e]) => at < e && end > s)) {
          covered.push([at, end]);
          found.push({
            start: at,
            end,
            text: text.slice(at, end),
            meanings,
            negative: meanings.some((m) => m.category === undefined),
          });
        }
        at = lower.indexOf(term, end);
      }
    }
  }
  for (let i = text.length - 1; i >= 0; i--) {
    const list = vocab.hanByLastChar.get(text.charAt(i));
    if (list === undefined || covered.some(([s, e]) => i >= s && i < e)) continue;
    for (const { term, meanings } of list) {
      const start = i + 1 - term.length;
      if (start < 0 || !text.startsWith(term, start) || covered.some(([s, e]) => start < e && i + 1 > s))
        continue;
      if (startsInsideOwnerWord(text, start, vocab)) continue;
      found.push({
        start,
        end: i + 1,
        text: term,
        meanings,
        negative: meanings.some((m) => m.category === undefined),
      });
      i = start;
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * `客户号` is a customer number, not a 户号 (household number): a term whose first character
 * ends an owner word (`客户`, `门店`) was cut out of that word and is not read.
 */
function startsInsideOwnerWord(text: string, start: number, vocab: CompiledVocabulary): boolean {
  if (start === 0) return false;
  for (const list of [vocab.personOwnersZh, vocab.nonPersonOwnersZh]) {
    for (const word of list) {
      for (let j = 1; j < word.length && j <= start; j++) {
        if (text.startsWith(word, start - j)) return true;
      }
    }
  }
  return false;
}
