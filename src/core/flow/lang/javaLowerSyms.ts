/**
 * The symbols (javaSymbols.ts) the Java token lowering (javaLower.ts and its layers) asks
 * about, and its operator and word classes as tables indexed by symbol. The lowering compares a
 * token's symbol with these numbers: comparing the symbol's string with a literal (`is('.')`)
 * cost a string comparison per question, a seventh of the lowering, and the operator sets and
 * maps a string hash per expression.
 */
import * as javaParseCore from '../../scan/code/javaParseCore.js';
import * as javaSymbols from '../../scan/code/javaSymbols.js';

const { PRIMITIVES } = javaParseCore;
const { JAVA_SYMBOLS } = javaSymbols;

/** Punctuation symbols (`P.dot`, `P.lparen`…). */
export const { P } = javaSymbols;

function symOf(word: string): number {
  const sym = JAVA_SYMBOLS.indexOf(word);
  if (sym <= 0) throw new Error(`javaLowerSyms: no symbol ${word}`);
  return sym;
}

const WORDS = [
  'assert', 'break', 'case', 'catch', 'class', 'continue', 'default', 'do', 'else', 'enum', 'extends',
  'false', 'final', 'finally', 'for', 'if', 'implements', 'import', 'instanceof', 'interface', 'new',
  'null', 'package', 'permits', 'record', 'return', 'static', 'super', 'switch', 'synchronized',
  'this', 'throw', 'throws', 'true', 'try', 'void', 'while',
] as const; // prettier-ignore

/**
 * Keyword symbols by word (`KW.return`), and of the contextual words `record` and `permits`,
 * whose tokens are names.
 */
export const KW = Object.fromEntries(WORDS.map((w) => [w, symOf(w)])) as Record<
  (typeof WORDS)[number],
  number
>;

/** 1 at each symbol in `words`. */
function table(words: Iterable<string>): Uint8Array {
  const out = new Uint8Array(JAVA_SYMBOLS.length);
  for (const w of words) out[symOf(w)] = 1;
  return out;
}

/** The modifiers a declaration may start with. */
export const IS_MODIFIER = table([
  'public', 'protected', 'private', 'static', 'final', 'abstract', 'synchronized', 'native',
  'transient', 'volatile', 'strictfp',
]); // prettier-ignore

/** The primitive types. */
export const IS_PRIMITIVE = table(PRIMITIVES);

/** The assignment operators. */
export const IS_ASSIGN = table('= += -= *= /= %= &= |= ^= <<= >>='.split(' '));

/** The keywords @lezer/java reads as the start of a cast's operand. */
export const IS_CAST_OPERAND_KEYWORD = table(['this', 'new', 'super', 'null', 'true', 'false']);

/** The binary operators' precedence by symbol (higher binds tighter), 0 for no binary operator. */
export const PRECEDENCE = new Uint8Array(JAVA_SYMBOLS.length);
/** 1 for a binary operator whose value is silent (comparisons, logic). */
export const IS_SILENT = new Uint8Array(JAVA_SYMBOLS.length);
for (const [op, prec, silent] of [
  ['||', 1, true],
  ['&&', 2, true],
  ['|', 3, false],
  ['^', 4, false],
  ['&', 5, false],
  ['==', 6, true],
  ['!=', 6, true],
  ['<', 7, true],
  ['>', 7, true],
  ['<=', 7, true],
  ['>=', 7, true],
  ['<<', 8, false],
  ['+', 9, false],
  ['-', 9, false],
  ['*', 10, false],
  ['/', 10, false],
  ['%', 10, false],
] as const) {
  PRECEDENCE[symOf(op)] = prec;
  IS_SILENT[symOf(op)] = silent ? 1 : 0;
}

/** The precedence of `<`, `>`, `<=`, `>=` and `instanceof`. */
export const RELATIONAL = PRECEDENCE[symOf('<')] ?? 0;

/**
 * What may follow the type (or pattern) of an `instanceof`: a closing bracket, a separator or an
 * operator binding looser than it. Anything else (`(` of a record pattern, `<` read as a
 * comparison) is left to Lezer.
 */
export const ENDS_RELATIONAL = table(') ] } ; , ? : && || == != & | ^'.split(' '));
