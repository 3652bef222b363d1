/**
 * Java expressions to the language-neutral form (ir.ts) from the fast Java reader's tokens, as
 * the Lezer adapter (java.ts) lowers the @lezer/java nodes of the same text: node by node, with
 * the same offsets, callees and quirks (`x -> x` has neither parameter nor value, `super.f()`
 * calls `?.f`). Anything it is not sure Lezer reads the same way declines (the caller parses).
 */
import * as javaSymbols from '../../scan/code/javaSymbols.js';
import { JK, type JavaTokens } from '../../scan/code/javaTokens.js';
import * as irModule from '../ir.js';
import type { Arg, Expr, Fn, Param, Stmt } from '../ir.js';
import { InternedNames } from './interned.js';
import * as lezerModule from './lezer.js';
import { ListGatherer, NO_ITEMS as NONE } from './listStack.js';
import * as syms from './javaLowerSyms.js';

// Imports used per token, copied once.
const { group, simpleType } = irModule;
const { isPlainWord } = lezerModule;
const { JAVA_SYMBOLS } = javaSymbols;
const {
  ENDS_RELATIONAL,
  IS_ASSIGN,
  IS_CAST_OPERAND_KEYWORD,
  IS_PRIMITIVE,
  IS_SILENT,
  KW,
  P,
  PRECEDENCE,
  RELATIONAL,
} = syms;
const { EOF, IDENT, KEYWORD, PUNCT, STRING, TEXT_BLOCK, CHAR, NUMBER } = JK;

export const JAVA_LOWER_DECLINED = new Error('javaLower: declined');

export function declineLowering(): never {
  throw JAVA_LOWER_DECLINED;
}

/** Nesting past this declines (Lezer's adapter stops lowering at 250 levels). */
const MAX_NESTING = 100;
/** Links of a member chain past this decline (a builder's calls, `a.b().c()…`). */
const MAX_CHAIN = 40;
/** How many nodes of a receiver java.ts's `dotted` names in a callee (its depth 0 to 12). */
const CALLEE_NODES = 13;

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

const EMPTY: Expr = { k: 'group', parts: [] };
/** The arguments of every call without any (a getter's): read only, like all of the form. */
const NO_ARGS: readonly Arg[] = [];

/** Cursor and expressions; statements and class bodies are javaLower.ts's. */
export abstract class JavaExprLowerer extends ListGatherer {
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
  /** The callee text `dotted` of java.ts gives a primary, read by the member accesses after it. */
  #dotted = '?';
  /** Whether `#dotted` is a call's callee, whose text as a receiver is `callee()` (made on use). */
  #dottedCalls = false;
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

  /** A class body's members as statements (javaLower.ts). */
  abstract classBody(): readonly Stmt[];
  /** A block `{ … }` at the cursor as its statements. */
  abstract blockStmts(): readonly Stmt[];
  /** A parameter list `( … )` at the cursor. */
  abstract formalParams(): readonly Param[];

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
  private typeArgsEnd(at: number): number {
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

  // ---- expressions -------------------------------------------------------------------------
  // Each returns the form of what it read and leaves the facts of its Lezer node in the `last…`
  // fields (`done`), which the caller reads before lowering anything else.

  /** Records the facts of the expression just lowered; gives its form back. */
  private done(e: Expr, from: number, node: number): Expr {
    this.lastFrom = from;
    this.lastNode = node;
    return e;
  }

  /** The expression just lowered, held beyond the next one (a receiver, a target). */
  private held(e: Expr): JNode {
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

  expression(): Expr {
    this.enter();
    const e = this.assignment();
    this.leave();
    return e;
  }

  private assignment(): Expr {
    const left = this.ternary();
    const op = this.kind() === PUNCT ? this.sym() : 0;
    if (op === P.gt && this.is(P.gt, this.p + 1) && this.off(this.p + 1) === this.end(this.p))
      declineLowering();
    if (IS_ASSIGN[op] !== 1) return left;
    const target = this.held(left);
    this.p++;
    const value = this.expression();
    this.lastLeft = target;
    this.lastCompound = op !== P.assign;
    return this.done(value, target.from, NODE.ASSIGN);
  }

  private ternary(): Expr {
    const test = this.binary(1);
    if (!this.is(P.question)) return test;
    const from = this.lastFrom;
    this.p++;
    const yes = this.expression();
    this.expect(P.colon);
    const no = this.lambdaAhead() ? this.lambda() : this.ternary();
    return this.done(group([{ k: 'silent', parts: [test] }, yes, no]), from, NODE.EXPRESSION);
  }

  private binary(min: number): Expr {
    let left = this.unary();
    for (;;) {
      if (this.is(KW.instanceof)) {
        if (RELATIONAL < min) return left;
        left = this.instanceOf(left);
        continue;
      }
      const op = this.kind() === PUNCT ? this.sym() : 0;
      const prec = PRECEDENCE[op] ?? 0;
      if (prec === 0 || prec < min) return left;
      // `>>` and `>>>` come as adjacent `>` tokens: shifts are left to Lezer.
      if (op === P.gt && this.is(P.gt, this.p + 1) && this.off(this.p + 1) === this.end(this.p))
        declineLowering();
      const from = this.lastFrom;
      this.p++;
      const right = this.binary(prec + 1);
      left = this.done(
        IS_SILENT[op] === 1
          ? { k: 'silent', parts: [left, right] }
          : { k: 'concat', at: from, parts: [left, right], interp: false },
        from,
        NODE.EXPRESSION,
      );
    }
  }

  /**
   * `left instanceof Type` or the pattern `left instanceof Type name` at the `instanceof` (`left`
   * just lowered), as java.ts lowers an InstanceofExpression: a group of its children, the
   * keyword an empty group and the type or pattern a literal where it starts (a pattern's name is
   * no variable there). A modifier, an annotation or a record pattern declines, and so does a type
   * not followed by what ends a relational operand.
   */
  private instanceOf(left: Expr): Expr {
    const from = this.lastFrom;
    const typeAt = this.p + 1;
    let next = this.typeEnd(typeAt);
    if (next < 0) declineLowering();
    if (this.kind(next) === IDENT) next++;
    if (this.kind(next) !== EOF && ENDS_RELATIONAL[this.sym(next)] !== 1) declineLowering();
    this.p = next;
    return this.done(
      { k: 'group', parts: [left, EMPTY, { k: 'lit', at: this.off(typeAt) }] },
      from,
      NODE.EXPRESSION,
    );
  }

  private unary(): Expr {
    const at = this.p;
    if (this.kind() === PUNCT) {
      const op = this.sym(at);
      if (op === P.bang || op === P.minus || op === P.plus || op === P.tilde) {
        this.p++;
        this.enter();
        const operand = this.unary();
        this.leave();
        return this.done(
          op === P.bang ? { k: 'silent', parts: [operand] } : operand,
          this.off(at),
          NODE.EXPRESSION,
        );
      }
      if (op === P.increment || op === P.decrement) {
        this.p++;
        const operand = this.unary();
        return this.done(group([EMPTY, operand]), this.off(at), NODE.EXPRESSION);
      }
      if (op === P.lparen && this.castAhead()) {
        this.p = this.typeEnd(this.p + 1) + 1;
        this.enter();
        const operand = this.lambdaAhead() ? this.lambda() : this.unary();
        this.leave();
        return this.done(operand, this.off(at), NODE.EXPRESSION);
      }
    }
    let e = this.postfix(this.primary());
    while (this.is(P.increment) || this.is(P.decrement)) {
      this.p++;
      e = this.done(group([e, EMPTY]), this.lastFrom, NODE.EXPRESSION);
    }
    return e;
  }

  /** `(Type) operand` at the cursor, read as @lezer/java reads a cast. */
  private castAhead(): boolean {
    const close = this.partner[this.p] ?? -1;
    if (close < 0) return false;
    const end = this.typeEnd(this.p + 1);
    if (end !== close) return false;
    const next = close + 1;
    const k = this.kind(next);
    if (k === IDENT || k === STRING || k === TEXT_BLOCK || k === CHAR || k === NUMBER) return true;
    if (k === KEYWORD) return IS_CAST_OPERAND_KEYWORD[this.sym(next)] === 1;
    // `(A) (b)` and `(A) !b` are casts to @lezer/java too; a cast of a lambda is left to it.
    if (this.is(P.lparen, next)) {
      const inner = this.partner[next] ?? -1;
      if (inner < 0 || this.is(P.arrow, inner + 1)) declineLowering();
      return true;
    }
    return this.is(P.bang, next) || this.is(P.tilde, next);
  }

  /** A lambda's head at the cursor: `x ->`, `() ->`, `(a, b) ->`, `(T a) ->`. */
  lambdaAhead(): boolean {
    if (this.kind() === IDENT) return this.is(P.arrow, this.p + 1);
    if (!this.is(P.lparen)) return false;
    const close = this.partner[this.p] ?? -1;
    return close >= 0 && this.is(P.arrow, close + 1);
  }

  private lambda(): Expr {
    const at = this.p;
    let params: readonly Param[] = NONE;
    if (this.kind() === IDENT) this.p++;
    else {
      const close = this.partner[this.p] ?? -1;
      const inferred =
        this.kind(this.p + 1) === IDENT && (this.is(P.comma, this.p + 2) || this.p + 2 === close);
      if (this.p + 1 === close || !inferred) params = this.formalParams();
      else this.p = close + 1;
    }
    this.expect(P.arrow);
    const single = this.kind(at) === IDENT;
    let body: readonly Stmt[];
    if (this.is(P.lbrace)) body = this.blockStmts();
    else {
      const value = this.expression();
      // java.ts leaves out every Identifier child: `x -> x` returns the parameter's Definition.
      body =
        this.lastNode === NODE.NAME
          ? single
            ? [{ k: 'return', e: EMPTY }]
            : NONE
          : [{ k: 'return', e: value }];
    }
    const from = this.off(at);
    return this.done({ k: 'fn', fn: { at: from, params, body } }, from, NODE.EXPRESSION);
  }

  /** A primary expression, its callee text `#dotted` for the member accesses after it. */
  private primary(): Expr {
    const at = this.p;
    const from = this.off(at);
    const k = this.kind();
    this.#setDotted('?');
    if (k === IDENT) {
      if (this.is(P.arrow, at + 1)) return this.undotted(this.lambda());
      if (this.is(P.colons, at + 1)) return this.methodRef(at);
      const name = this.ident();
      this.p++;
      if (this.is(P.lparen)) return this.call(undefined, from, name);
      this.#setDotted(name);
      this.lastName = name;
      return this.done({ k: 'name', at: from, name }, from, NODE.NAME);
    }
    if (k === STRING || k === TEXT_BLOCK) {
      this.p++;
      const str = this.literalContent(from, this.end(at));
      return this.done({ k: 'lit', at: from, str }, from, NODE.LEAF);
    }
    if (k === CHAR || k === NUMBER) {
      this.p++;
      return this.done({ k: 'lit', at: from }, from, NODE.LEAF);
    }
    if (k === KEYWORD) {
      const w = this.sym(at);
      if (w === KW.null || w === KW.true || w === KW.false) {
        this.p++;
        return this.done({ k: 'lit', at: from }, from, NODE.LEAF);
      }
      if (w === KW.this) {
        this.p++;
        if (this.is(P.lparen)) declineLowering();
        this.#setDotted('');
        return this.done({ k: 'lit', at: from }, from, NODE.THIS);
      }
      if (w === KW.super) {
        this.p++;
        if (!this.is(P.dot) || this.kind(this.p + 1) !== IDENT || !this.is(P.lparen, this.p + 2))
          declineLowering();
        return this.done({ k: 'lit', at: from }, from, NODE.LEAF);
      }
      if (w === KW.new) return this.creation();
      declineLowering();
    }
    if (this.is(P.lparen)) {
      if (this.lambdaAhead()) return this.undotted(this.lambda());
      this.p++;
      const inner = this.expression();
      this.expect(P.rparen);
      this.#setDotted('?');
      return this.done(inner, from, NODE.EXPRESSION);
    }
    return declineLowering();
  }

  /** Sets the callee text of the primary just read (`call`: a call's callee). */
  #setDotted(text: string, call = false): void {
    this.#dotted = text;
    this.#dottedCalls = call;
  }

  /** `e`, a primary with no callee text (a lambda's body may have left one). */
  private undotted(e: Expr): Expr {
    this.#setDotted('?');
    return e;
  }

  private methodRef(at: number): Expr {
    // `Foo::bar`, `this::bar` (`this` is a keyword and is not read here).
    this.p = at + 2;
    if (this.kind() !== IDENT && !this.is(KW.new)) declineLowering();
    this.p++;
    const from = this.off(at);
    return this.done({ k: 'lit', at: from }, from, NODE.LEAF);
  }

  /** Member accesses, calls and indexes after a primary (`start`, its facts just recorded). */
  private postfix(start: Expr): Expr {
    let e = start;
    let dotted = this.#dotted;
    let calls = this.#dottedCalls;
    // Links read after the primary: the receiver of the link being read has `links` nodes.
    let links = 0;
    // No index nor method reference among them (each makes the callee text `?` again).
    let plain = true;
    for (;;) {
      if (this.is(P.dot)) {
        // A link is a node deeper for java.ts: the chain counts as nesting.
        if (++links > MAX_CHAIN || this.nesting + links > MAX_NESTING) declineLowering();
        if (calls) {
          dotted = this.strings.called(dotted);
          calls = false;
        }
        const at = this.p + 1;
        if (this.is(KW.this, at)) {
          // `Name.class`, rewritten `Name.this ` for Lezer: a field access named as written.
          const prop = this.text.slice(this.off(at), this.end(at));
          const left = this.held(e);
          this.p = at + 1;
          e = this.field({ k: 'member', at: this.off(at), recv: e, prop }, prop, left);
          dotted = this.strings.joined(dotted, prop);
          continue;
        }
        if (this.kind(at) !== IDENT) declineLowering();
        const name = this.ident(at);
        this.p = at + 1;
        if (this.is(P.lparen)) {
          const recv = this.lastNode === NODE.THIS ? undefined : e;
          const receiver = links > CALLEE_NODES ? this.#cut(dotted, plain) : dotted;
          e = this.call(recv, this.lastFrom, this.strings.joined(receiver, name));
          dotted = this.#dotted;
          calls = this.#dottedCalls;
          continue;
        }
        const propFrom = this.off(at);
        const left = this.held(e);
        e = this.field(
          left.node === NODE.THIS
            ? { k: 'name', at: propFrom, name }
            : { k: 'member', at: propFrom, recv: e, prop: name },
          name,
          left,
        );
        dotted = this.strings.joined(dotted, name);
      } else if (this.is(P.lbracket)) {
        const from = this.lastFrom;
        this.p++;
        const index = this.expression();
        this.expect(P.rbracket);
        e = this.done(group([e, index]), from, NODE.OTHER);
        dotted = '?';
        calls = false;
        links++;
        plain = false;
      } else if (this.is(P.colons)) {
        const from = this.lastFrom;
        this.p++;
        if (this.kind() !== IDENT && !this.is(KW.new)) declineLowering();
        this.p++;
        e = this.done({ k: 'lit', at: from }, from, NODE.LEAF);
        dotted = '?';
        calls = false;
        links++;
        plain = false;
      } else return e;
    }
  }

  /**
   * The callee text of a receiver of more than CALLEE_NODES nodes, as java.ts's `dotted` gives it:
   * it stops at that depth with `?`, so only the last CALLEE_NODES links are named, one word each
   * (`name` or `name()`). After an index or a method reference the text restarted from `?`
   * somewhere in the chain: left to Lezer.
   */
  #cut(dotted: string, plain: boolean): string {
    if (!plain) declineLowering();
    let at = dotted.length;
    for (let i = 0; i < CALLEE_NODES; i++) {
      at = dotted.lastIndexOf('.', at - 1);
      if (at < 0) declineLowering();
    }
    return this.strings.joined('?', dotted.slice(at + 1));
  }

  /** A field access `left.name` lowered to `e`. */
  private field(e: Expr, name: string, left: JNode): Expr {
    this.lastName = name;
    this.lastLeft = left;
    return this.done(e, left.from, NODE.FIELD);
  }

  /** A call of `callee` with its receiver (undefined for a bare call or `this.f()`), at `from`. */
  private call(recv: Expr | undefined, from: number, callee: string): Expr {
    const args = this.args();
    // Two literals rather than a spread: one call node per call of the file.
    const e: Expr = recv
      ? { k: 'call', at: from, callee, args, recv }
      : { k: 'call', at: from, callee, args };
    this.#setDotted(callee, true);
    return this.done(e, from, NODE.EXPRESSION);
  }

  /** An argument list `( … )` at the cursor; one shared empty list for every call without any. */
  args(): readonly Arg[] {
    this.expect(P.lparen);
    if (this.is(P.rparen)) {
      this.p++;
      return NO_ARGS;
    }
    const mark = this.mark();
    while (!this.is(P.rparen)) {
      this.gather(this.expression());
      if (this.is(P.comma)) this.p++;
      else if (!this.is(P.rparen)) declineLowering();
    }
    this.p++;
    return this.argsFrom(mark);
  }

  /** `new T(args)`, `new T(args) { body }`, `new T[n]`, `new T[] { … }`. */
  private creation(): Expr {
    const at = this.p;
    const from = this.off(at);
    this.p++;
    if (this.kind() === KEYWORD && IS_PRIMITIVE[this.sym()] === 1) return this.arrayCreation(at);
    if (this.kind() !== IDENT) declineLowering();
    let simple = this.p + 1;
    while (this.is(P.dot, simple) && this.kind(simple + 1) === IDENT) simple += 2;
    if (this.is(P.lbracket, simple)) return this.arrayCreation(at);
    const typeEnd = this.typeEnd(this.p);
    if (typeEnd < 0 || !this.is(P.lparen, typeEnd)) declineLowering();
    const type = this.createdType(simple, typeEnd);
    this.p = typeEnd;
    const args = this.args();
    const call: Expr = { k: 'call', at: from, callee: type, args };
    let e: Expr = call;
    if (this.is(P.lbrace)) {
      const bodyAt = this.off();
      const fn: Fn = { at: bodyAt, params: NONE, body: this.classBody() };
      e = { k: 'group', parts: [call, { k: 'fn', fn }] };
    }
    this.#setDotted(type, true);
    return this.done(e, from, NODE.EXPRESSION);
  }

  /**
   * The type `new` creates, written from the cursor to `typeEnd` (its name ending at `simple`),
   * without type arguments: the name's one string when type arguments, if any, follow it at
   * once, else the written text cut at its first `<`.
   */
  private createdType(simple: number, typeEnd: number): string {
    const nameEnd = this.end(simple - 1);
    if (simple === typeEnd || (this.is(P.lt, simple) && this.off(simple) === nameEnd)) {
      const name = this.strings.name(this.text, this.off(), nameEnd);
      if (!name.includes('<')) return name;
    }
    return this.text.slice(this.off(), this.end(typeEnd - 1)).replace(/<.*$/s, '');
  }

  /**
   * `new T[n]…`, `new T[] { … }` as java.ts lowers an ArrayCreationExpression: a collection of
   * its children, the `new` keyword (nothing) and the type (a literal) among them.
   */
  private arrayCreation(newAt: number): Expr {
    const from = this.off(newAt);
    const typeFrom = this.off();
    this.p++;
    while (this.is(P.dot) && this.kind(this.p + 1) === IDENT) this.p += 2;
    const mark = this.mark();
    this.gather(EMPTY);
    this.gather({ k: 'lit', at: typeFrom });
    while (this.is(P.lbracket)) {
      this.p++;
      this.gather(this.is(P.rbracket) ? EMPTY : group([this.expression()]));
      this.expect(P.rbracket);
    }
    if (this.is(P.lbrace)) this.gather(this.arrayInitializer());
    this.#setDotted('?');
    return this.done({ k: 'collection', at: from, entries: this.argsFrom(mark) }, from, NODE.EXPRESSION);
  }

  /** `{a, b, {c}}`: a collection of its elements. */
  arrayInitializer(): Expr {
    const from = this.off();
    const close = this.partner[this.p] ?? -1;
    if (close < 0) declineLowering();
    this.enter();
    this.p++;
    const mark = this.mark();
    while (this.p < close) {
      this.gather(this.is(P.lbrace) ? this.arrayInitializer() : this.expression());
      if (this.is(P.comma)) this.p++;
      else if (this.p !== close) declineLowering();
    }
    this.p = close + 1;
    this.leave();
    return this.done({ k: 'collection', at: from, entries: this.argsFrom(mark) }, from, NODE.OTHER);
  }
}
