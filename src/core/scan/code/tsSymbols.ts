/**
 * The symbols of the fast TypeScript reader's tokens (tsTokens.ts), as javaSymbols.ts gives
 * the Java reader's: every punctuator and every word the parse tests for is one small number,
 * so the parse compares numbers or interned literals and slices a name only when it reports
 * one (issue 8: slicing and hashing a string per token was about a third of the reader).
 */
import { WordTable } from './wordTable.js';

/** Words @lezer/javascript always reads as keywords, so never as a variable. */
const RESERVED_WORDS: readonly string[] = (
  'break case catch class const continue debugger default delete do else export extends false ' +
  'finally for function if import in instanceof let new null return super switch this throw ' +
  'true try typeof var void while with'
).split(' ');

/** The other words the parse or the tokenizer tests a name for (contextual keywords). */
const CONTEXTUAL_WORDS: readonly string[] = (
  'abstract accessor as asserts async await declare defer enum from get global implements infer ' +
  'interface is keyof let module namespace of out override private protected public readonly ' +
  'satisfies set static type unique yield'
).split(' ');

/** Punctuators, longest first within each first character (the tokenizer's longest match). */
const PUNCTUATION: readonly string[] = [
  '...', '===', '!==', '**=', '<<=', '&&=', '||=', '??=', '=>', '==', '!=', '<=', '&&', '||',
  '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<',
  ...'{}()[];,<>+-*/%&|^!~?:=.@'.split(''),
]; // prettier-ignore

/**
 * Every symbol a token can have: index 0 is none (a name that is no such word, a string, a
 * number), then punctuation and words. The strings are literals, so comparing one with a
 * literal is a pointer comparison.
 */
export const TS_SYMBOLS: readonly string[] = [
  '',
  ...new Set([...PUNCTUATION, ...RESERVED_WORDS, ...CONTEXTUAL_WORDS]),
];

const SYM = new Map<string, number>(TS_SYMBOLS.map((s, i) => [s, i]));

/** The symbol of `s` (a punctuator or word of the table), 0 when it is none. */
export function symOf(s: string): number {
  return SYM.get(s) ?? 0;
}

/** `RESERVED[sym]` is 1 for the words Lezer always reads as keywords. */
export const RESERVED_SYM: Uint8Array = (() => {
  const reserved = new Uint8Array(TS_SYMBOLS.length);
  for (const w of RESERVED_WORDS) reserved[symOf(w)] = 1;
  return reserved;
})();

/** The table's words (lower-case ASCII), found in the text without a slice. */
const WORDS = new WordTable([...RESERVED_WORDS, ...CONTEXTUAL_WORDS].map((w) => [w, symOf(w)] as const));

/** The symbol of the name `text[i, j)` when it is one of the table's words, else 0. */
export function wordSym(text: string, i: number, j: number): number {
  return WORDS.symAt(text, i, j);
}

/** A punctuator as the tokenizer matches it: its second and third characters (-1: none). */
interface Punctuator {
  readonly sym: number;
  readonly second: number;
  readonly third: number;
}

/**
 * Punctuator symbols by first character (an array indexed by the character code: every
 * punctuator is ASCII), longest first, so the first match is the token. Each is matched by
 * comparing its next characters in place (issue 8: a Map look-up and a `startsWith` per
 * punctuator were an eighth of the tokenizer).
 */
const PUNCT_BY_FIRST: (Punctuator[] | undefined)[] = [];
for (const p of [...PUNCTUATION].sort((a, b) => b.length - a.length)) {
  const list = (PUNCT_BY_FIRST[p.charCodeAt(0)] ??= []);
  list.push({
    sym: symOf(p),
    second: p.length > 1 ? p.charCodeAt(1) : -1,
    third: p.length > 2 ? p.charCodeAt(2) : -1,
  });
}

/** The `?.` symbol, which is no punctuator before a digit. */
const QUESTION_DOT = symOf('?.');

/**
 * The symbol of the punctuator at `i` (longest match), 0 where none starts. `>` is always
 * alone: type arguments close with it, and the parser joins `>` `>` into `>>`.
 */
export function punctuatorSym(text: string, i: number): number {
  const list = PUNCT_BY_FIRST[text.charCodeAt(i)];
  if (list === undefined) return 0;
  for (const p of list) {
    if (p.second >= 0 && text.charCodeAt(i + 1) !== p.second) continue;
    if (p.third >= 0 && text.charCodeAt(i + 2) !== p.third) continue;
    // `?.5` is a `?` and a number.
    if (p.sym === QUESTION_DOT && isDigitAt(text, i + 2)) continue;
    return p.sym;
  }
  return 0;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
