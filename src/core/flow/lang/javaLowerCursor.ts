/**
 * The cursor of the Java token lowering (javaLower.ts) over the fast Java reader's tokens: token
 * questions, names, written types, modifiers, nesting, and the facts of the expression last
 * lowered that the statements ask about. The lowering's layers build on it: member chains and
 * calls (javaLowerChain.ts), operators and lambdas (javaLowerExpr.ts), statements
 * (javaLowerStmts.ts), declarations (javaLowerDecls.ts).
 */
import * as javaSymbols from '../../scan/code/javaSymbols.js';
import { JK, type JavaTokens } from '../../scan/code/javaTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Stmt } from '../ir.js';
import { InternedNames } from './interned.js';
import * as lezerModule from './lezer.js';
import { ListGatherer } from './listStack.js';
import * as syms from './javaLowerSyms.js';

// Imports used per token, copied once.
const { simpleType } = irModule;
const { isPlainWord } = lezerModule;
const { JAVA_SYMBOLS } = javaSymbols;
const { IS_MODIFIER, IS_PRIMITIVE, KW, P } = syms;
const { EOF, IDENT, KEYWORD } = JK;

export const JAVA_LOWER_DECLINED = new Error('javaLower: declined');

export function declineLowering(): never {
  throw JAVA_LOWER_DECLINED;
}

/** Nesting past this declines (Lezer's adapter stops lowering at 250 levels). */
export const MAX_NESTING = 100;

/** What the Lezer node of a lowered expression was, as far as statements and callees ask. */
export const NODE = {
  OTHER: 0,
  /** A bare identifier. */
  NAME: 1,
  /** `recv.prop`. */
  FIELD: 2,
  /** `this`. */
  THIS: 3,
  /** `a = b`, `a += b`. */
  ASSIGN: 4,
  /** A literal, `super`, a type, a method reference: nothing as a statement. */
  LEAF: 5,
  /** A node the Lezer adapter lowers as a statement of its own (`…Expression`, invocations). */
  EXPRESSION: 6,
} as const;

/**
 * What the statements ask of an expression's Lezer node, held only where a node must outlive the
 * next one (a field access's receiver, an assignment's target). Every other expression's facts
 * are the lowerer's `last…` fields: an object each was a third of the lowering's allocations.
 */
export interface JNode {
  readonly e: Expr;
  readonly from: number;
  readonly node: number;
  /** A name's text, a field access's member. */
  readonly name: string | undefined;
  /** A field access's receiver. */
  readonly left: JNode | undefined;
}

/** The empty group: a keyword's node, an omitted part. */
export const EMPTY: Expr = { k: 'group', parts: [] };
/** The body of every empty block and bodiless method (read only, like all of the form). */
export const NO_BODY: readonly Stmt[] = [];

/** Token questions and the facts of the last expression; the layers above lower the form. */
export abstract class JavaCursor extends ListGatherer {
  readonly text: string;
  // The token arrays, read directly rather than through the tokens object (one load less each).
  readonly tokenKind: Uint8Array;
  readonly tokenSym: Uint8Array;
  readonly tokenFrom: Int32Array;
  readonly tokenTo: Int32Array;
  /** A bracket's partner token, -1 for other tokens. */
  readonly partner: Int32Array;
  p = 0;
  nesting = 0;
  /** Names and callees, one string each. */
  readonly strings = new InternedNames();
  /** The expression last lowered: where its Lezer node starts, and what node it was (NODE). */
  lastFrom = 0;
  lastNode: number = NODE.OTHER;
  /** A name's text, a field access's member (read for NAME and FIELD only). */
  lastName: string | undefined = undefined;
  /** A field access's receiver, an assignment's target (read for FIELD and ASSIGN only). */
  lastLeft: JNode | undefined = undefined;
  /** Whether an assignment was compound (`+=`), read for ASSIGN only. */
  lastCompound = false;
  /** `simpleType` of the written types met (null for none): a file writes the same few often. */
  readonly #types = new Map<string, string | null>();

  constructor(text: string, tokens: JavaTokens) {
    super();
    this.text = text;
    this.tokenKind = tokens.kind;
    this.tokenSym = tokens.sym;
    this.tokenFrom = tokens.from;
    this.tokenTo = tokens.to;
    this.partner = tokens.match;
  }

  kind(at = this.p): number {
    return this.tokenKind[at] ?? EOF;
  }

  /**
   * Whether the token at `at` is the punctuation or keyword of symbol `sym` (`P.dot`, `KW.new`;
   * a name has no such symbol). Symbols are compared, not the tokens' `text`, which would slice
   * every name of the file into an array the scan never made.
   */
  is(sym: number, at = this.p): boolean {
    return this.tokenSym[at] === sym;
  }

  /** The symbol of the token at `at` (javaSymbols.ts), 0 for a name, a literal or the end. */
  sym(at = this.p): number {
    return this.tokenSym[at] ?? 0;
  }

  off(at = this.p): number {
    return this.tokenFrom[at] ?? this.text.length;
  }

  /** A punctuation mark's, keyword's or contextual word's (`record`) text; '' for other tokens. */
  word(at = this.p): string {
    return JAVA_SYMBOLS[this.tokenSym[at] ?? 0] ?? '';
  }

  end(at: number): number {
    return this.tokenTo[at] ?? this.text.length;
  }

  expect(sym: number): void {
    if (!this.is(sym)) declineLowering();
    this.p++;
  }

  /**
   * A name token's text, sliced from the original text: `lowerJavaTokens` has declined every
   * file where the parse text renamed one (module words), so the two agree.
   */
  ident(at = this.p): string {
    if (this.kind(at) !== IDENT) declineLowering();
    const sym = this.tokenSym[at] ?? 0;
    return sym !== 0 ? (JAVA_SYMBOLS[sym] ?? '') : this.strings.name(this.text, this.off(at), this.end(at));
  }

  /**
   * `simpleType` of the type written in tokens `first` up to `end` (exclusive): a one-word type
   * (`String`, `int`) directly, others through its regular expressions, which every declaration
   * and parameter would otherwise run.
   */
  typeName(first: number, end: number): string | undefined {
    const from = this.off(first);
    if (end === first + 1) {
      const word = this.kind(first) === IDENT ? this.ident(first) : this.word(first);
      if (isPlainWord(word)) return word;
    }
    const written = this.text.slice(from, this.end(end - 1));
    const known = this.#types.get(written);
    if (known !== undefined) return known ?? undefined;
    const type = simpleType(written);
    this.#types.set(written, type ?? null);
    return type;
  }

  /**
   * `literalContent` (lezer.ts) of the string or text block `text[from, to)`: its first 400
   * characters without the quotes, sliced rather than interned (the walk hashes no literal).
   */
  literalContent(from: number, to: number): string {
    const text = this.text;
    const end = Math.min(to, from + 400);
    const quote =
      from + 3 <= end && text.charCodeAt(from + 1) === 34 && text.charCodeAt(from + 2) === 34 ? 3 : 1;
    const start = from + quote;
    let closed = end >= start + quote;
    for (let j = end - quote; closed && j < end; j++) closed = text.charCodeAt(j) === 34;
    return text.slice(start, closed ? end - quote : end);
  }

  enter(): void {
    if (++this.nesting > MAX_NESTING) declineLowering();
  }

  leave(): void {
    this.nesting--;
  }

  // ---- types -------------------------------------------------------------------------------

  /**
   * The index after a type starting at `at` (`a.b.C<D<E>, ?>[]`, a primitive), or -1. Type
   * arguments close with single `>` tokens (the tokenizer splits `>>`).
   */
  typeEnd(at: number): number {
    let i = at;
    if (this.kind(i) === KEYWORD && IS_PRIMITIVE[this.sym(i)] === 1) i++;
    else {
      if (this.kind(i) !== IDENT) return -1;
      i++;
      for (;;) {
        if (this.is(P.dot, i) && this.kind(i + 1) === IDENT) i += 2;
        else if (this.is(P.lt, i)) {
          const close = this.typeArgsEnd(i);
          if (close < 0) return -1;
          i = close;
        } else break;
      }
    }
    while (this.is(P.lbracket, i) && this.is(P.rbracket, i + 1)) i += 2;
    return i;
  }

  /** The index after type arguments `<…>` at `at`, or -1. */
  protected typeArgsEnd(at: number): number {
    let i = at + 1;
    if (this.is(P.gt, i)) return i + 1;
    for (;;) {
      if (this.is(P.question, i)) {
        i++;
        if (this.is(KW.extends, i) || this.is(KW.super, i)) {
          i = this.typeEnd(i + 1);
          if (i < 0) return -1;
        }
      } else {
        i = this.typeEnd(i);
        if (i < 0) return -1;
      }
      if (this.is(P.comma, i)) i++;
      else if (this.is(P.gt, i)) return i + 1;
      else return -1;
    }
  }

  // ---- the expression last lowered -----------------------------------------------------------
  // Each returns the form of what it read and leaves the facts of its Lezer node in the `last…`
  // fields (`done`), which the caller reads before lowering anything else.

  /** Records the facts of the expression just lowered; gives its form back. */
  protected done(e: Expr, from: number, node: number): Expr {
    this.lastFrom = from;
    this.lastNode = node;
    return e;
  }

  /** The expression just lowered, held beyond the next one (a receiver, a target). */
  protected held(e: Expr): JNode {
    const node = this.lastNode;
    const named = node === NODE.NAME || node === NODE.FIELD;
    return {
      e,
      from: this.lastFrom,
      node,
      name: named ? this.lastName : undefined,
      left: node === NODE.FIELD ? this.lastLeft : undefined,
    };
  }

  /** Modifiers and annotations at the cursor (an annotation type's `@interface` is one token). */
  protected modifiers(): void {
    for (;;) {
      if (this.kind() === KEYWORD && IS_MODIFIER[this.sym()] === 1) this.p++;
      else if (this.is(P.at)) {
        this.p++;
        this.ident();
        this.p++;
        while (this.is(P.dot) && this.kind(this.p + 1) === IDENT) this.p += 2;
        if (this.is(P.lparen)) this.p = this.closeOf(this.p) + 1;
      } else return;
    }
  }

  protected closeOf(open: number): number {
    const c = this.partner[open] ?? -1;
    if (c < 0) declineLowering();
    return c;
  }
}
