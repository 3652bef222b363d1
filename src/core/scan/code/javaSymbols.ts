/**
 * The symbols of the fast Java reader's tokens (javaTokens.ts): every punctuation mark,
 * keyword and contextual word as one small number, so the tokenizer keeps no string per token
 * and the reader compares numbers or literal strings (issue 8: slicing every token's text was a
 * sixth of a Java scan).
 */
import { WordTable } from './wordTable.js';

/** Words @lezer/java reserves everywhere (`kw<…>`), module words excepted (rewritten before). */
const KEYWORDS: readonly string[] = [
  'null', 'true', 'false', 'instanceof', 'this', 'new', 'super', 'class', 'void',
  'byte', 'short', 'int', 'long', 'char', 'float', 'double', 'boolean',
  'assert', 'switch', 'case', 'default', 'do', 'while', 'break', 'continue', 'return',
  'synchronized', 'throw', 'try', 'catch', 'finally', 'if', 'else', 'for',
  'requires', 'exports', 'to', 'opens', 'uses', 'provides', 'with', 'transitive',
  'static', 'package', 'import', 'enum', 'public', 'protected', 'private', 'abstract',
  'final', 'strictfp', 'native', 'transient', 'volatile', 'extends', 'implements',
  'interface', 'throws',
]; // prettier-ignore

/** Names the reader treats specially (javaParseCore.ts `CONTEXTUAL`, `record`, `var`): still names. */
const CONTEXTUAL_WORDS: readonly string[] = ['sealed', 'non', 'permits', 'module', 'open', 'record', 'var'];

/** Operators and punctuation (operatorSym). */
const PUNCTUATION: readonly string[] = [
  '(', ')', '[', ']', '{', '}', ';', ',', '@', '~', '?', '.', '...', ':', '::',
  '-', '->', '--', '-=', '+', '++', '+=', '&', '&&', '&=', '|', '||', '|=',
  '=', '==', '!', '!=', '*', '*=', '/', '/=', '%', '%=', '^', '^=',
  '<', '<<', '<<=', '<=', '>', '>=', '>>=', '>>>=', '@interface',
]; // prettier-ignore

/**
 * Every symbol a token can have: index 0 is none, then punctuation, keywords and contextual
 * words. The strings are literals, so comparing one with a literal is a pointer comparison.
 */
export const JAVA_SYMBOLS: readonly string[] = ['', ...PUNCTUATION, ...KEYWORDS, ...CONTEXTUAL_WORDS];
const FIRST_KEYWORD = 1 + PUNCTUATION.length;
/** Symbols from here on are contextual words: their tokens are names (`IDENT`). */
export const FIRST_CONTEXTUAL = FIRST_KEYWORD + KEYWORDS.length;

const SYM = new Map<string, number>(JAVA_SYMBOLS.map((s, i) => [s, i]));
function sym(s: string): number {
  const i = SYM.get(s);
  if (i === undefined) throw new Error(`javaTokens: no symbol ${s}`);
  return i;
}

/** Keywords and contextual words (lower-case ASCII), found in the text without a slice. */
const WORDS = new WordTable(
  JAVA_SYMBOLS.slice(FIRST_KEYWORD).map((word, k) => [word, FIRST_KEYWORD + k] as const),
);

/** The symbol of the name `text[i, j)` when it is a keyword or contextual word, else 0. */
export function wordSym(text: string, i: number, j: number): number {
  return WORDS.symAt(text, i, j);
}

/** Symbols of the punctuation the tokenizer tells apart. */
export const P = {
  lparen: sym('('), rparen: sym(')'), lbracket: sym('['), rbracket: sym(']'), lbrace: sym('{'),
  rbrace: sym('}'), semi: sym(';'), comma: sym(','), at: sym('@'), tilde: sym('~'), question: sym('?'),
  dot: sym('.'), ellipsis: sym('...'), colon: sym(':'), colons: sym('::'), minus: sym('-'),
  arrow: sym('->'), decrement: sym('--'), minusAssign: sym('-='), plus: sym('+'), increment: sym('++'),
  plusAssign: sym('+='), amp: sym('&'), and: sym('&&'), ampAssign: sym('&='), bar: sym('|'),
  or: sym('||'), barAssign: sym('|='), assign: sym('='), equals: sym('=='), bang: sym('!'),
  notEquals: sym('!='), star: sym('*'), starAssign: sym('*='), slash: sym('/'), slashAssign: sym('/='),
  percent: sym('%'), percentAssign: sym('%='), caret: sym('^'), caretAssign: sym('^='), lt: sym('<'),
  shiftLeft: sym('<<'), shiftLeftAssign: sym('<<='), ltEquals: sym('<='), gt: sym('>'),
  gtEquals: sym('>='), shiftRightAssign: sym('>>='), shiftRightUnsignedAssign: sym('>>>='),
  annotationInterface: sym('@interface'),
}; // prettier-ignore

/**
 * The symbol of the operator at `i` (longest match), 0 where none starts. `>` is always one
 * token unless an assignment follows (`>>=`): generics close with `>>`.
 */
export function operatorSym(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  switch (c) {
    case 40: return P.lparen; // (
    case 41: return P.rparen;
    case 91: return P.lbracket; // [
    case 93: return P.rbracket;
    case 123: return P.lbrace; // {
    case 125: return P.rbrace;
    case 59: return P.semi; // ;
    case 44: return P.comma;
    case 64: return P.at;
    case 126: return P.tilde;
    case 63: return P.question;
    case 46: // .
      return d === 46 && text.charCodeAt(i + 2) === 46 ? P.ellipsis : P.dot;
    case 58: // :
      return d === 58 ? P.colons : P.colon;
    case 45: // -
      return d === 62 ? P.arrow : d === 45 ? P.decrement : d === 61 ? P.minusAssign : P.minus;
    case 43: // +
      return d === 43 ? P.increment : d === 61 ? P.plusAssign : P.plus;
    case 38: // &
      return d === 38 ? P.and : d === 61 ? P.ampAssign : P.amp;
    case 124: // |
      return d === 124 ? P.or : d === 61 ? P.barAssign : P.bar;
    case 61: // =
      return d === 61 ? P.equals : P.assign;
    case 33: // !
      return d === 61 ? P.notEquals : P.bang;
    case 42: // *
      return d === 61 ? P.starAssign : P.star;
    case 47: // /
      return d === 61 ? P.slashAssign : P.slash;
    case 37: // %
      return d === 61 ? P.percentAssign : P.percent;
    case 94: // ^
      return d === 61 ? P.caretAssign : P.caret;
    case 60: // <
      if (d === 60) return text.charCodeAt(i + 2) === 61 ? P.shiftLeftAssign : P.shiftLeft;
      return d === 61 ? P.ltEquals : P.lt;
    case 62: // >
      if (d === 61) return P.gtEquals;
      if (d === 62 && text.charCodeAt(i + 2) === 61) return P.shiftRightAssign;
      if (d === 62 && text.charCodeAt(i + 2) === 62 && text.charCodeAt(i + 3) === 61)
        return P.shiftRightUnsignedAssign;
      return P.gt;
    default:
      return 0;
  }
} // prettier-ignore
