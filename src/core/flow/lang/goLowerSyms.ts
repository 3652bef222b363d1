/**
 * Numbers for the operators and keywords the Go token lowering (goLower.ts and its layers) asks
 * about, and its operator classes as tables indexed by them. The lowering numbers each operator
 * and keyword token once (`goSymbols`) and then compares numbers: comparing the token's string
 * with a literal (`is('.')`) cost a string comparison per question, and the reader's keyword
 * strings are slices of the text (not the literals' own strings), so each one compared every
 * character; a quarter of the lowering's time on the benchmark file went to those questions and
 * the operator tables' string lookups.
 */
import { GK, GO_KEYWORDS, type GoTokens } from '../../scan/code/goTokens.js';

const { KEYWORD, OP } = GK;

/** The operators and keywords, each numbered by its place (from 1; 0: any other token). */
const SYMBOLS: readonly string[] = [
  '',
  ...'( ) [ ] { } , ; : . ... = := <- * & + - ! ^ | % / << >> &^ && || == != < <= > >= ++ --'.split(' '),
  ...'+= -= *= /= %= &= |= ^= <<= >>= &^= ~'.split(' '),
  ...[...GO_KEYWORDS].sort(),
];

const SYMBOL_OF: ReadonlyMap<string, number> = new Map(SYMBOLS.map((s, i) => [s, i]));
if (SYMBOLS.length > 255) throw new Error('goLowerSyms: more symbols than a byte holds');

function symOf(s: string): number {
  const sym = SYMBOL_OF.get(s);
  if (sym === undefined || sym === 0) throw new Error(`goLowerSyms: no symbol ${s}`);
  return sym;
}

/** Punctuation and operator symbols. */
export const P = {
  lparen: symOf('('),
  rparen: symOf(')'),
  lbracket: symOf('['),
  rbracket: symOf(']'),
  lbrace: symOf('{'),
  rbrace: symOf('}'),
  comma: symOf(','),
  semi: symOf(';'),
  colon: symOf(':'),
  dot: symOf('.'),
  ellipsis: symOf('...'),
  assign: symOf('='),
  define: symOf(':='),
  arrow: symOf('<-'),
  star: symOf('*'),
  not: symOf('!'),
  inc: symOf('++'),
  dec: symOf('--'),
} as const;

const WORDS = [
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for',
  'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select',
  'struct', 'switch', 'type', 'var',
] as const; // prettier-ignore

/** Keyword symbols by word (`KW.func`). */
export const KW = Object.fromEntries(WORDS.map((w) => [w, symOf(w)])) as Record<
  (typeof WORDS)[number],
  number
>;

/** 1 at each symbol in `words`. */
function table(words: readonly string[]): Uint8Array {
  const out = new Uint8Array(SYMBOLS.length);
  for (const w of words) out[symOf(w)] = 1;
  return out;
}

/** The keywords that start a type (`map[K]V`, `func(…)`, `chan T`, `struct{…}`). */
export const IS_TYPE_KEYWORD = table(['func', 'map', 'chan', 'struct', 'interface']);

/** The unary operators. */
export const IS_UNARY = table(['+', '-', '!', '^', '*', '&', '<-']);

/** The compound assignment operators. */
export const IS_UPDATE = table('+= -= *= /= %= &= |= ^= <<= >>= &^='.split(' '));

/**
 * The binary operators' precedence (@lezer/go's, Go's) by symbol, 0 for none; comparisons and
 * logic (3 and below) carry nothing.
 */
export const PRECEDENCE = new Uint8Array(SYMBOLS.length);
for (const [ops, prec] of [
  ['||', 1],
  ['&&', 2],
  ['== != < <= > >=', 3],
  ['+ - | ^', 4],
  ['* / % << >> & &^', 5],
] as const)
  for (const op of ops.split(' ')) PRECEDENCE[symOf(op)] = prec;

/** Operator symbols by their characters: one by its code, two by both, three by the first. */
const ONE = new Uint8Array(128);
const TWO = new Uint8Array(128 * 128);
const THREE = new Uint8Array(128);
/** Keyword symbols by their first two letters and length. */
const KEYWORD_AT = new Uint8Array(26 * 26 * 16);
const keywordKey = (c0: number, c1: number, length: number): number =>
  ((c0 - 97) * 26 + (c1 - 97)) * 16 + length;
for (let sym = 1; sym < SYMBOLS.length; sym++) {
  const s = SYMBOLS[sym] ?? '';
  const c0 = s.charCodeAt(0);
  const c1 = s.charCodeAt(1);
  if (GO_KEYWORDS.has(s)) KEYWORD_AT[keywordKey(c0, c1, s.length)] = sym;
  else if (s.length === 1) ONE[c0] = sym;
  else if (s.length === 2) TWO[c0 * 128 + c1] = sym;
  else THREE[c0] = sym;
}

/**
 * Each token's symbol: an operator's or keyword's number, 0 for names (`true` and `false`
 * included) and literals; one more slot, 0, for the end. Read from the token's characters (an
 * operator's first one to three, a keyword's first two and length, which tell Go's apart):
 * a map lookup of its string cost a tenth of the lowering.
 */
export function goSymbols(text: string, tokens: GoTokens): Uint8Array {
  const { count, kind, from, to } = tokens;
  const out = new Uint8Array(count + 1);
  for (let i = 0; i < count; i++) {
    const k = kind[i];
    if (k !== OP && k !== KEYWORD) continue;
    const f = from[i] ?? 0;
    const length = (to[i] ?? 0) - f;
    const c0 = text.charCodeAt(f);
    if (k === KEYWORD) out[i] = KEYWORD_AT[keywordKey(c0, text.charCodeAt(f + 1), length)] ?? 0;
    else if (length === 1) out[i] = ONE[c0] ?? 0;
    else if (length === 2) out[i] = TWO[c0 * 128 + text.charCodeAt(f + 1)] ?? 0;
    else out[i] = THREE[c0] ?? 0;
  }
  return out;
}

/** A symbol's text ('' for 0): for tests. */
export const symbolText = (sym: number): string => SYMBOLS[sym] ?? '';
