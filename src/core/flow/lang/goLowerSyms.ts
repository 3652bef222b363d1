/**
 * Numbers for the operators and keywords the Go token lowering (goLower.ts and its layers) asks
 * about, and its operator classes as tables indexed by them. The tokenizer numbers each operator
 * and keyword token as it cuts it (`GoTokens.sym`, GO_SYMBOLS) and the lowering compares
 * numbers: comparing the token's string with a literal (`is('.')`) cost a string comparison per
 * question, and the reader's keyword strings are slices of the text (not the literals' own
 * strings), so each one compared every character; a quarter of the lowering's time on the
 * benchmark file went to those questions and the operator tables' string lookups.
 */
import { GO_SYMBOLS } from '../../scan/code/goTokens.js';

/** The operators and keywords, each numbered by its place (from 1; 0: any other token). */
const SYMBOLS = GO_SYMBOLS;

const SYMBOL_OF: ReadonlyMap<string, number> = new Map(SYMBOLS.map((s, i) => [s, i]));

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

/** A symbol's text ('' for 0): for tests. */
export const symbolText = (sym: number): string => SYMBOLS[sym] ?? '';
