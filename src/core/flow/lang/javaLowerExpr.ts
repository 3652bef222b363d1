/**
 * Java expressions to the language-neutral form (ir.ts) from the fast Java reader's tokens, as
 * the Lezer adapter (java.ts) lowers the @lezer/java nodes of the same text: node by node, with
 * the same offsets, callees and quirks (`x -> x` has neither parameter nor value, `super.f()`
 * calls `?.f`). Anything it is not sure Lezer reads the same way declines (the caller parses).
 */
import * as javaParseCore from '../../scan/code/javaParseCore.js';
import * as javaSymbols from '../../scan/code/javaSymbols.js';
import { JK, type JavaTokens } from '../../scan/code/javaTokens.js';
import * as irModule from '../ir.js';
import type { Arg, Expr, Fn, Param, Stmt } from '../ir.js';
import { InternedNames } from './interned.js';
import * as lezerModule from './lezer.js';

// Imports used per token, copied once.
const { group, simpleType } = irModule;
const { isPlainWord } = lezerModule;
const { PRIMITIVES } = javaParseCore;
const { FIRST_CONTEXTUAL, JAVA_SYMBOLS } = javaSymbols;
const { EOF, IDENT, KEYWORD, PUNCT, STRING, TEXT_BLOCK, CHAR, NUMBER } = JK;

export const JAVA_LOWER_DECLINED = new Error('javaLower: declined');

export function declineLowering(): never {
  throw JAVA_LOWER_DECLINED;
}

/** Nesting past this declines (Lezer's adapter stops lowering at 250 levels). */
const MAX_NESTING = 100;

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

const ASSIGN_OPS: ReadonlySet<string> = new Set('= += -= *= /= %= &= |= ^= <<= >>='.split(' '));

/** Binary operators by precedence (higher binds tighter), and whether the value is silent. */
const BINARY: ReadonlyMap<string, { prec: number; silent: boolean }> = new Map([
  ['||', { prec: 1, silent: true }],
  ['&&', { prec: 2, silent: true }],
  ['|', { prec: 3, silent: false }],
  ['^', { prec: 4, silent: false }],
  ['&', { prec: 5, silent: false }],
  ['==', { prec: 6, silent: true }],
  ['!=', { prec: 6, silent: true }],
  ['<', { prec: 7, silent: true }],
  ['>', { prec: 7, silent: true }],
  ['<=', { prec: 7, silent: true }],
  ['>=', { prec: 7, silent: true }],
  ['<<', { prec: 8, silent: false }],
  ['+', { prec: 9, silent: false }],
  ['-', { prec: 9, silent: false }],
  ['*', { prec: 10, silent: false }],
  ['/', { prec: 10, silent: false }],
  ['%', { prec: 10, silent: false }],
]);

const EMPTY: Expr = { k: 'group', parts: [] };
/** The arguments of every call without any (a getter's): read only, like all of the form. */
const NO_ARGS: readonly Arg[] = [];

/** Cursor and expressions; statements and class bodies are javaLower.ts's. */
export abstract class JavaExprLowerer {
  readonly text: string;
  readonly t: JavaTokens;
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

  constructor(text: string, tokens: JavaTokens) {
    this.text = text;
    this.t = tokens;
  }

  /** A class body's members as statements (javaLower.ts). */
  abstract classBody(): Stmt[];
  /** A block `{ … }` at the cursor as its statements. */
  abstract blockStmts(): Stmt[];
  /** A parameter list `( … )` at the cursor. */
  abstract formalParams(): Param[];

  kind(at = this.p): number {
    return this.t.kind[at] ?? EOF;
  }

  /**
   * The punctuation or keyword `s` at `at`. Symbols are compared, not the tokens' `text`, which
   * would slice every name of the file into an array the scan never made.
   */
  is(s: string, at = this.p): boolean {
    const sym = this.t.sym[at] ?? 0;
    return sym !== 0 && sym < FIRST_CONTEXTUAL && JAVA_SYMBOLS[sym] === s;
  }

  off(at = this.p): number {
    return this.t.from[at] ?? this.text.length;
  }

  /** A punctuation mark's, keyword's or contextual word's (`record`) text; '' for other tokens. */
  word(at = this.p): string {
    return JAVA_SYMBOLS[this.t.sym[at] ?? 0] ?? '';
  }

  end(at: number): number {
    return this.t.to[at] ?? this.text.length;
  }

  expect(s: string): void {
    if (!this.is(s)) declineLowering();
    this.p++;
  }

  /**
   * A name token's text, sliced from the original text: `lowerJavaTokens` has declined every
   * file where the parse text renamed one (module words), so the two agree.
   */
  ident(at = this.p): string {
    if (this.kind(at) !== IDENT) declineLowering();
    const sym = this.t.sym[at] ?? 0;
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
    return simpleType(this.text.slice(from, this.end(end - 1)));
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
    if (this.kind(i) === KEYWORD && PRIMITIVES.has(this.word(i))) i++;
    else {
      if (this.kind(i) !== IDENT) return -1;
      i++;
      for (;;) {
        if (this.is('.', i) && this.kind(i + 1) === IDENT) i += 2;
        else if (this.is('<', i)) {
          const close = this.typeArgsEnd(i);
          if (close < 0) return -1;
          i = close;
        } else break;
      }
    }
    while (this.is('[', i) && this.is(']', i + 1)) i += 2;
    return i;
  }

  /** The index after type arguments `<…>` at `at`, or -1. */
  private typeArgsEnd(at: number): number {
    let i = at + 1;
    if (this.is('>', i)) return i + 1;
    for (;;) {
      if (this.is('?', i)) {
        i++;
        if (this.is('extends', i) || this.is('super', i)) {
          i = this.typeEnd(i + 1);
          if (i < 0) return -1;
        }
      } else {
        i = this.typeEnd(i);
        if (i < 0) return -1;
      }
      if (this.is(',', i)) i++;
      else if (this.is('>', i)) return i + 1;
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
    const op = this.kind() === PUNCT ? this.word() : '';
    if (this.is('>') && this.is('>', this.p + 1) && this.off(this.p + 1) === this.end(this.p))
      declineLowering();
    if (!ASSIGN_OPS.has(op)) return left;
    const target = this.held(left);
    this.p++;
    const value = this.expression();
    this.lastLeft = target;
    this.lastCompound = op !== '=';
    return this.done(value, target.from, NODE.ASSIGN);
  }

  private ternary(): Expr {
    const test = this.binary(1);
    if (!this.is('?')) return test;
    const from = this.lastFrom;
    this.p++;
    const yes = this.expression();
    this.expect(':');
    const no = this.lambdaAhead() ? this.lambda() : this.ternary();
    return this.done(group([{ k: 'silent', parts: [test] }, yes, no]), from, NODE.EXPRESSION);
  }

  private binary(min: number): Expr {
    let left = this.unary();
    for (;;) {
      if (this.is('instanceof')) declineLowering();
      const op = this.kind() === PUNCT ? this.word() : '';
      const info = BINARY.get(op);
      if (info === undefined || info.prec < min) return left;
      // `>>` and `>>>` come as adjacent `>` tokens: shifts are left to Lezer.
      if (op === '>' && this.is('>', this.p + 1) && this.off(this.p + 1) === this.end(this.p))
        declineLowering();
      const from = this.lastFrom;
      this.p++;
      const right = this.binary(info.prec + 1);
      left = this.done(
        info.silent
          ? { k: 'silent', parts: [left, right] }
          : { k: 'concat', at: from, parts: [left, right], interp: false },
        from,
        NODE.EXPRESSION,
      );
    }
  }

  private unary(): Expr {
    const at = this.p;
    if (this.kind() === PUNCT) {
      const op = this.word(at);
      if (op === '!' || op === '-' || op === '+' || op === '~') {
        this.p++;
        this.enter();
        const operand = this.unary();
        this.leave();
        return this.done(
          op === '!' ? { k: 'silent', parts: [operand] } : operand,
          this.off(at),
          NODE.EXPRESSION,
        );
      }
      if (op === '++' || op === '--') {
        this.p++;
        const operand = this.unary();
        return this.done(group([EMPTY, operand]), this.off(at), NODE.EXPRESSION);
      }
      if (op === '(' && this.castAhead()) {
        this.p = this.typeEnd(this.p + 1) + 1;
        this.enter();
        const operand = this.lambdaAhead() ? this.lambda() : this.unary();
        this.leave();
        return this.done(operand, this.off(at), NODE.EXPRESSION);
      }
    }
    let e = this.postfix(this.primary());
    while (this.is('++') || this.is('--')) {
      this.p++;
      e = this.done(group([e, EMPTY]), this.lastFrom, NODE.EXPRESSION);
    }
    return e;
  }

  /** `(Type) operand` at the cursor, read as @lezer/java reads a cast. */
  private castAhead(): boolean {
    const close = this.t.match[this.p] ?? -1;
    if (close < 0) return false;
    const end = this.typeEnd(this.p + 1);
    if (end !== close) return false;
    const next = close + 1;
    const k = this.kind(next);
    if (k === IDENT || k === STRING || k === TEXT_BLOCK || k === CHAR || k === NUMBER) return true;
    if (k === KEYWORD) return ['this', 'new', 'super', 'null', 'true', 'false'].includes(this.word(next));
    // `(A) (b)` and `(A) !b` are casts to @lezer/java too; a cast of a lambda is left to it.
    if (this.is('(', next)) {
      const inner = this.t.match[next] ?? -1;
      if (inner < 0 || this.is('->', inner + 1)) declineLowering();
      return true;
    }
    return this.is('!', next) || this.is('~', next);
  }

  /** A lambda's head at the cursor: `x ->`, `() ->`, `(a, b) ->`, `(T a) ->`. */
  lambdaAhead(): boolean {
    if (this.kind() === IDENT) return this.is('->', this.p + 1);
    if (!this.is('(')) return false;
    const close = this.t.match[this.p] ?? -1;
    return close >= 0 && this.is('->', close + 1);
  }

  private lambda(): Expr {
    const at = this.p;
    let params: Param[] = [];
    if (this.kind() === IDENT) this.p++;
    else {
      const close = this.t.match[this.p] ?? -1;
      const inferred = this.kind(this.p + 1) === IDENT && (this.is(',', this.p + 2) || this.p + 2 === close);
      if (this.p + 1 === close || !inferred) params = this.formalParams();
      else this.p = close + 1;
    }
    this.expect('->');
    const single = this.kind(at) === IDENT;
    let body: Stmt[];
    if (this.is('{')) body = this.blockStmts();
    else {
      const value = this.expression();
      // java.ts leaves out every Identifier child: `x -> x` returns the parameter's Definition.
      body =
        this.lastNode === NODE.NAME
          ? single
            ? [{ k: 'return', e: EMPTY }]
            : []
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
    this.#dotted = '?';
    if (k === IDENT) {
      if (this.is('->', at + 1)) return this.undotted(this.lambda());
      if (this.is('::', at + 1)) return this.methodRef(at);
      const name = this.ident();
      this.p++;
      if (this.is('(')) return this.call(undefined, from, name);
      this.#dotted = name;
      this.lastName = name;
      return this.done({ k: 'name', at: from, name }, from, NODE.NAME);
    }
    if (k === STRING || k === TEXT_BLOCK) {
      this.p++;
      const str = this.strings.literal(this.text, from, this.end(at));
      return this.done({ k: 'lit', at: from, str }, from, NODE.LEAF);
    }
    if (k === CHAR || k === NUMBER) {
      this.p++;
      return this.done({ k: 'lit', at: from }, from, NODE.LEAF);
    }
    if (k === KEYWORD) {
      const w = this.word(at);
      if (w === 'null' || w === 'true' || w === 'false') {
        this.p++;
        return this.done({ k: 'lit', at: from }, from, NODE.LEAF);
      }
      if (w === 'this') {
        this.p++;
        if (this.is('(')) declineLowering();
        this.#dotted = '';
        return this.done({ k: 'lit', at: from }, from, NODE.THIS);
      }
      if (w === 'super') {
        this.p++;
        if (!this.is('.') || this.kind(this.p + 1) !== IDENT || !this.is('(', this.p + 2)) declineLowering();
        return this.done({ k: 'lit', at: from }, from, NODE.LEAF);
      }
      if (w === 'new') return this.creation();
      declineLowering();
    }
    if (this.is('(')) {
      if (this.lambdaAhead()) return this.undotted(this.lambda());
      this.p++;
      const inner = this.expression();
      this.expect(')');
      this.#dotted = '?';
      return this.done(inner, from, NODE.EXPRESSION);
    }
    return declineLowering();
  }

  /** `e`, a primary with no callee text (a lambda's body may have left one). */
  private undotted(e: Expr): Expr {
    this.#dotted = '?';
    return e;
  }

  private methodRef(at: number): Expr {
    // `Foo::bar`, `this::bar` (`this` is a keyword and is not read here).
    this.p = at + 2;
    if (this.kind() !== IDENT && !this.is('new')) declineLowering();
    this.p++;
    const from = this.off(at);
    return this.done({ k: 'lit', at: from }, from, NODE.LEAF);
  }

  /** Member accesses, calls and indexes after a primary (`start`, its facts just recorded). */
  private postfix(start: Expr): Expr {
    let e = start;
    let dotted = this.#dotted;
    let chain = 0;
    for (;;) {
      if (this.is('.')) {
        if (++chain > 10) declineLowering();
        const at = this.p + 1;
        if (this.is('this', at)) {
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
        if (this.is('(')) {
          const recv = this.lastNode === NODE.THIS ? undefined : e;
          e = this.call(recv, this.lastFrom, this.strings.joined(dotted, name));
          dotted = this.#dotted;
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
      } else if (this.is('[')) {
        const from = this.lastFrom;
        this.p++;
        const index = this.expression();
        this.expect(']');
        e = this.done(group([e, index]), from, NODE.OTHER);
        dotted = '?';
      } else if (this.is('::')) {
        const from = this.lastFrom;
        this.p++;
        if (this.kind() !== IDENT && !this.is('new')) declineLowering();
        this.p++;
        e = this.done({ k: 'lit', at: from }, from, NODE.LEAF);
        dotted = '?';
      } else return e;
    }
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
    this.#dotted = this.strings.called(callee);
    return this.done(e, from, NODE.EXPRESSION);
  }

  /** An argument list `( … )` at the cursor; one shared empty list for every call without any. */
  args(): readonly Arg[] {
    this.expect('(');
    if (this.is(')')) {
      this.p++;
      return NO_ARGS;
    }
    const out: Arg[] = [];
    while (!this.is(')')) {
      out.push(this.expression());
      if (this.is(',')) this.p++;
      else if (!this.is(')')) declineLowering();
    }
    this.p++;
    return out;
  }

  /** `new T(args)`, `new T(args) { body }`, `new T[n]`, `new T[] { … }`. */
  private creation(): Expr {
    const at = this.p;
    const from = this.off(at);
    this.p++;
    if (this.kind() === KEYWORD && PRIMITIVES.has(this.word())) return this.arrayCreation(at);
    if (this.kind() !== IDENT) declineLowering();
    let simple = this.p + 1;
    while (this.is('.', simple) && this.kind(simple + 1) === IDENT) simple += 2;
    if (this.is('[', simple)) return this.arrayCreation(at);
    const typeEnd = this.typeEnd(this.p);
    if (typeEnd < 0 || !this.is('(', typeEnd)) declineLowering();
    const type = this.createdType(simple, typeEnd);
    this.p = typeEnd;
    const args = this.args();
    const call: Expr = { k: 'call', at: from, callee: type, args };
    let e: Expr = call;
    if (this.is('{')) {
      const bodyAt = this.off();
      const fn: Fn = { at: bodyAt, params: [], body: this.classBody() };
      e = { k: 'group', parts: [call, { k: 'fn', fn }] };
    }
    this.#dotted = this.strings.called(type);
    return this.done(e, from, NODE.EXPRESSION);
  }

  /**
   * The type `new` creates, written from the cursor to `typeEnd` (its name ending at `simple`),
   * without type arguments: the name's one string when type arguments, if any, follow it at
   * once, else the written text cut at its first `<`.
   */
  private createdType(simple: number, typeEnd: number): string {
    const nameEnd = this.end(simple - 1);
    if (simple === typeEnd || (this.is('<', simple) && this.off(simple) === nameEnd)) {
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
    while (this.is('.') && this.kind(this.p + 1) === IDENT) this.p += 2;
    const entries: Arg[] = [EMPTY, { k: 'lit', at: typeFrom }];
    while (this.is('[')) {
      this.p++;
      if (this.is(']')) entries.push(EMPTY);
      else entries.push(group([this.expression()]));
      this.expect(']');
    }
    if (this.is('{')) entries.push(this.arrayInitializer());
    this.#dotted = '?';
    return this.done({ k: 'collection', at: from, entries }, from, NODE.EXPRESSION);
  }

  /** `{a, b, {c}}`: a collection of its elements. */
  arrayInitializer(): Expr {
    const from = this.off();
    const close = this.t.match[this.p] ?? -1;
    if (close < 0) declineLowering();
    this.enter();
    this.p++;
    const entries: Arg[] = [];
    while (this.p < close) {
      entries.push(this.is('{') ? this.arrayInitializer() : this.expression());
      if (this.is(',')) this.p++;
      else if (this.p !== close) declineLowering();
    }
    this.p = close + 1;
    this.leave();
    return this.done({ k: 'collection', at: from, entries }, from, NODE.OTHER);
  }
}
