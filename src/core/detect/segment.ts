/**
 * Cutting run-together lower-case words (`userphone`, `idcardnum`, `drivinglicence`) into the
 * words a reader sees in them. A cut is kept only when it reads as vocabulary: English is full of
 * words that split into other words (`generate` is not gene + rate), so a cut must either end in
 * a whole vocabulary phrase or hold a context word.
 */
import type { CompiledVocabulary } from './vocabulary/compile.js';

/** At most this many parts: `idcardnum` has three; four covers a person word before them. */
const MAX_PARTS = 4;
/** Longer runs are not cut (they are rarely one field's words, and the cost stays bounded). */
const MAX_LENGTH = 32;

/**
 * Splits a run-together word whose parts, abbreviations expanded, end in a whole vocabulary
 * phrase of two words or more (`idcardnum` → id, card, number; `phonenum` → phone, number;
 * `drivinglicence` → driving, license), with only context words before the phrase
 * (`userphonenum` → user, phone, number). Fewest parts win. `undefined` when no cut reads so.
 */
export function segmentPhrase(word: string, vocab: CompiledVocabulary): string[] | undefined {
  if (
    word.length < 5 ||
    word.length > MAX_LENGTH ||
    vocab.byLastToken.has(word) ||
    vocab.knownWords.has(word)
  )
    return undefined;
  let best: string[] | undefined;
  const walk = (at: number, parts: string[]): void => {
    if (best !== undefined && parts.length >= best.length) return;
    if (at === word.length) {
      if (parts.length >= 2 && endsInPhrase(parts, vocab)) best = [...parts];
      return;
    }
    if (parts.length === MAX_PARTS) return;
    for (let end = at + 2; end <= word.length; end++) {
      const part = word.slice(at, end);
      const expanded = vocab.abbreviations.get(part) ?? (vocab.knownWords.has(part) ? part : undefined);
      if (expanded === undefined) continue;
      parts.push(expanded);
      walk(end, parts);
      parts.pop();
    }
  };
  walk(0, []);
  return best;
}

/** The last two parts or more are one vocabulary phrase, and every part before it a context word. */
function endsInPhrase(parts: readonly string[], vocab: CompiledVocabulary): boolean {
  const phrases = vocab.byLastToken.get(parts[parts.length - 1] ?? '') ?? [];
  for (const phrase of phrases) {
    const start = parts.length - phrase.tokens.length;
    if (phrase.tokens.length < 2 || start < 0) continue;
    if (!phrase.tokens.every((t, k) => parts[start + k] === t)) continue;
    if (parts.slice(0, start).every((p) => isContextWord(p, vocab))) return true;
  }
  return false;
}

function isContextWord(w: string, vocab: CompiledVocabulary): boolean {
  return (
    vocab.personOwners.has(w) ||
    vocab.nonPersonOwners.has(w) ||
    vocab.personalModifiers.has(w) ||
    vocab.metaSuffixes.has(w)
  );
}

/**
 * Splits a run-together lower-case word into known words (`userphone` → user, phone) when it
 * is not itself in the vocabulary. Two or three parts, one of them at least four letters, and
 * one of them a context word (owner, modifier or meta suffix): `generate` is not gene + rate.
 */
export function segmentWord(word: string, vocab: CompiledVocabulary): string[] | undefined {
  const parts = splitKnown(word, vocab);
  if (parts === undefined) return undefined;
  const context = (w: string): boolean =>
    (w.endsWith('s') && w !== parts[parts.length - 1] && context(w.slice(0, -1))) ||
    vocab.personOwners.has(w) ||
    vocab.nonPersonOwners.has(w) ||
    vocab.personalModifiers.has(w) ||
    vocab.metaSuffixes.has(w);
  return parts.some(context) ? parts : undefined;
}

function splitKnown(word: string, vocab: CompiledVocabulary): string[] | undefined {
  if (word.length < 6 || vocab.byLastToken.has(word) || vocab.knownWords.has(word)) return undefined;
  const n = word.length;
  for (let a = 2; a <= n - 2; a++) {
    const left = word.slice(0, a);
    // A possessive or plural before the head (`fathersname`, `guardiansname`) reads as the
    // word itself, as `mothers_name` does when it is written apart.
    if (!vocab.knownWords.has(left) && !(left.endsWith('s') && vocab.knownWords.has(left.slice(0, -1))))
      continue;
    const right = word.slice(a);
    if (vocab.knownWords.has(right) && Math.max(a, right.length) >= 4) return [left, right];
    for (let b = a + 2; b <= n - 2; b++) {
      const mid = word.slice(a, b);
      const tail = word.slice(b);
      if (vocab.knownWords.has(mid) && vocab.knownWords.has(tail) && Math.max(a, b - a, n - b) >= 4) {
        return [left, mid, tail];
      }
    }
  }
  return undefined;
}
