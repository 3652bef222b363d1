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
import { rewriteClassLiterals } from '../../scan/code/javaClassLiterals.js';
import * as javaSymbols from '../../scan/code/javaSymbols.js';
import { JK, tokenizeJava, type JavaTokens } from '../../scan/code/javaTokens.js';
import type { Stmt } from '../ir.js';
import { LOWERING_DECLINED } from '../walkStream.js';
import { JAVA_LOWER_DECLINED } from './javaLowerCursor.js';
import { JavaLowerer } from './javaLowerDecls.js';

const { KEYWORD } = JK;
const { JAVA_SYMBOLS } = javaSymbols;

/**
 * The tokens the flow analysis lowers when the scan left none: those of the text @lezer/java is
 * given (class literals rewritten), undefined where the reader declines or a module word is a
 * keyword token (`to`, `with`…: @lezer/java reserves them, so such a text is left to it). The
 * scan's own tokens (`javaTokensOf`, scan/code/java.ts) are those of a text whose module words
 * were renamed, given only where no name was.
 */
export function javaFlowTokens(text: string): JavaTokens | undefined {
  const tokens = tokenizeJava(rewriteClassLiterals(text));
  return tokens && !moduleKeywords(tokens) ? tokens : undefined;
}

/**
 * The language-neutral form of a Java text from its tokens, which must be those of the text
 * @lezer/java is given (`rewriteClassLiterals`, same offsets) with no module word as a name
 * (`javaFlowTokens`, or the scan's); undefined where the lowering declines or nesting exhausts
 * the stack (the caller parses with Lezer).
 */
export function lowerJavaTokens(text: string, tokens: JavaTokens): Stmt[] | undefined {
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
 * tokens as `lowerJavaTokens`; a call throws LOWERING_DECLINED where that gives undefined.
 */
export function javaTopLevel(text: string, tokens: JavaTokens): () => Stmt[] | undefined {
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
 * Whether a module word is a keyword token. The flows once checked every token of the scan's
 * tokens for a renamed name as well (10 M instructions a call on the benchmark file, a twentieth
 * of the analysis): the scan now says so itself.
 */
function moduleKeywords(tokens: JavaTokens): boolean {
  const { kind, sym } = tokens;
  for (let i = 0; i < tokens.count; i++)
    if (kind[i] === KEYWORD && IS_MODULE_SYM[sym[i] ?? 0] === 1) return true;
  return false;
}

/** The words @lezer/java reserves for `module-info.java` only. */
const MODULE_WORDS: readonly string[] = 'to with uses requires exports opens provides transitive'.split(' ');

/** 1 at the symbol of each module word. */
const IS_MODULE_SYM = new Uint8Array(JAVA_SYMBOLS.length + 1);
for (const w of MODULE_WORDS) IS_MODULE_SYM[JAVA_SYMBOLS.indexOf(w)] = 1;
