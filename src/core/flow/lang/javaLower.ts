/**
 * Java to the language-neutral form (ir.ts) from the fast Java reader's tokens. The scan has
 * already read these tokens (javaReader.ts), so flows cost one pass over them instead of an
 * @lezer/java parse, which cost the analysis five times the scan. It makes what the Lezer adapter
 * (java.ts, kept as the reference of a differential test) makes from the tree, up to blocks that
 * hold nothing; what it does not know (arrow switches, switch expressions, record patterns…)
 * declines and the caller parses with Lezer. The lowering is layered by what it reads, each
 * layer a class extending the one before: the cursor (javaLowerCursor.ts), chains and calls
 * (javaLowerChain.ts), operators (javaLowerExpr.ts), statements (javaLowerStmts.ts), compound
 * statements (javaLowerControl.ts), class bodies (javaLowerMembers.ts), type declarations
 * (javaLowerDecls.ts).
 */
import * as javaSymbols from '../../scan/code/javaSymbols.js';
import { JK, type JavaTokens } from '../../scan/code/javaTokens.js';
import type { Stmt } from '../ir.js';
import { LOWERING_DECLINED } from '../walkStream.js';
import { JAVA_LOWER_DECLINED } from './javaLowerCursor.js';
import { JavaLowerer } from './javaLowerDecls.js';

const { IDENT, KEYWORD } = JK;
const { JAVA_SYMBOLS, wordSym } = javaSymbols;

/**
 * The language-neutral form of a Java text from its tokens, which must be those of the text
 * @lezer/java is given (`rewriteClassLiterals`, same offsets); undefined where the lowering
 * declines or nesting exhausts the stack (the caller parses with Lezer).
 */
export function lowerJavaTokens(text: string, tokens: JavaTokens): Stmt[] | undefined {
  if (rewroteNames(text, tokens)) return undefined;
  const l = new JavaLowerer(text, tokens);
  try {
    return l.file();
  } catch (e) {
    if (e === JAVA_LOWER_DECLINED || e instanceof RangeError) return undefined;
    throw e;
  }
}

/**
 * The form of a Java text one top-level declaration at a time (walkStream.ts), from the same
 * tokens as `lowerJavaTokens`; undefined where that declines before lowering, and a call throws
 * LOWERING_DECLINED where it declines later.
 */
export function javaTopLevel(text: string, tokens: JavaTokens): (() => Stmt[] | undefined) | undefined {
  if (rewroteNames(text, tokens)) return undefined;
  const l = new JavaLowerer(text, tokens);
  return () => {
    try {
      return l.nextTop();
    } catch (e) {
      throw e === JAVA_LOWER_DECLINED || e instanceof RangeError ? LOWERING_DECLINED : e;
    }
  };
}

/**
 * Whether the text has module words (`to`, `with`…): the scan's parse text turned them into
 * names (`t_`, java.ts) but the flow analysis's Lezer parse reads them as keywords, so such a
 * file is left to it. A name is looked up by its symbol in the original text (`wordSym`), not
 * sliced, and only when its first letter and length are a module word's: this runs over every
 * token of the file, and a keyword table lookup per name was 3-4% of the analysis.
 */
function rewroteNames(text: string, tokens: JavaTokens): boolean {
  const { kind, sym, from, to } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    const k = kind[i];
    const s = sym[i] ?? 0;
    if (k === KEYWORD && IS_MODULE_SYM[s] === 1) return true;
    if (k !== IDENT || s !== 0) continue;
    const start = from[i] ?? 0;
    const end = to[i] ?? 0;
    const lengths = MODULE_WORD_LENGTHS[text.charCodeAt(start)] ?? 0;
    if (
      end - start < 31 &&
      ((lengths >>> (end - start)) & 1) === 1 &&
      IS_MODULE_SYM[wordSym(text, start, end)] === 1
    )
      return true;
  }
  return false;
}

/** The words @lezer/java reserves for `module-info.java` only. */
const MODULE_WORDS: readonly string[] = 'to with uses requires exports opens provides transitive'.split(' ');

/** 1 at the symbol of each module word. */
const IS_MODULE_SYM = new Uint8Array(JAVA_SYMBOLS.length + 1);
for (const w of MODULE_WORDS) IS_MODULE_SYM[JAVA_SYMBOLS.indexOf(w)] = 1;

/** By a name's first character (ASCII), a bit per length some module word of that letter has. */
const MODULE_WORD_LENGTHS = new Int32Array(128);
for (const w of MODULE_WORDS)
  MODULE_WORD_LENGTHS[w.charCodeAt(0)] = (MODULE_WORD_LENGTHS[w.charCodeAt(0)] ?? 0) | (1 << w.length);
