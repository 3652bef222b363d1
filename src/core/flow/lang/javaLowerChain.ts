/**
 * Java primaries, member chains, calls and creations (`a.b().c`, `new T(…)`, `new T[n]`, `{…}`)
 * from the fast Java reader's tokens, as the Lezer adapter (java.ts) lowers the same nodes: with
 * the callee text its `dotted` gives each call (cut at its depth, `super.f()` calling `?.f`).
 */
import { JK } from '../../scan/code/javaTokens.js';
import * as irModule from '../ir.js';
import type { Arg, Expr, Fn, Stmt } from '../ir.js';
import { NO_ITEMS as NONE } from './listStack.js';
import { declineLowering, EMPTY, JavaCursor, MAX_NESTING, NODE, type JNode } from './javaLowerCursor.js';
import * as syms from './javaLowerSyms.js';

const { group } = irModule;
const { IS_PRIMITIVE, KW, P } = syms;
const { IDENT, KEYWORD, STRING, TEXT_BLOCK, CHAR, NUMBER } = JK;

/** Links of a member chain past this decline (a builder's calls, `a.b().c()…`). */
const MAX_CHAIN = 40;
/** How many nodes of a receiver java.ts's `dotted` names in a callee (its depth 0 to 12). */
const CALLEE_NODES = 13;

/** The arguments of every call without any (a getter's): read only, like all of the form. */
const NO_ARGS: readonly Arg[] = [];

/** Primaries and what follows them; operators are javaLowerExpr.ts's. */
export abstract class JavaChainLowerer extends JavaCursor {
  /** The callee text `dotted` of java.ts gives a primary, read by the member accesses after it. */
  #dotted = '?';
  /** Whether `#dotted` is a call's callee, whose text as a receiver is `callee()` (made on use). */
  #dottedCalls = false;

  /** An expression at the cursor (javaLowerExpr.ts). */
  abstract expression(): Expr;
  /** A lambda's head at the cursor. */
  abstract lambdaAhead(): boolean;
  /** A lambda at the cursor (its head checked). */
  protected abstract lambda(): Expr;
  /** A class body's members as statements (javaLowerDecls.ts). */
  abstract classBody(): readonly Stmt[];

  /** A primary expression, its callee text `#dotted` for the member accesses after it. */
  protected primary(): Expr {
    const at = this.p;
    const from = this.off(at);
    const k = this.kind();
    this.#setDotted('?');
    if (this.is(P.lbracket, at + 1) && this.is(P.rbracket, at + 2)) {
      // `String[]::new`, `int[]::new`: a method reference (a name's `[` is else an index).
      const colons = this.arrayRefColons(at + 1);
      if (colons < 0 || !(k === IDENT || IS_PRIMITIVE[this.sym(at)] === 1)) declineLowering();
      return this.methodRef(at, colons);
    }
    if (k === IDENT) {
      if (this.is(P.arrow, at + 1)) return this.undotted(this.lambda());
      if (this.is(P.colons, at + 1)) return this.methodRef(at, at + 1);
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

  /** The index of the `::` after the dimensions `[]…` at `at`, or -1. */
  private arrayRefColons(at: number): number {
    let i = at;
    while (this.is(P.lbracket, i) && this.is(P.rbracket, i + 1)) i += 2;
    return this.is(P.colons, i) ? i : -1;
  }

  /** A method reference whose `::` is token `colons`, its node starting at `at`. */
  private methodRef(at: number, colons: number): Expr {
    // `Foo::bar`, `this::bar` (`this` is a keyword and is not read here), `String[]::new`.
    this.p = colons + 1;
    if (this.kind() !== IDENT && !this.is(KW.new)) declineLowering();
    this.p++;
    const from = this.off(at);
    return this.done({ k: 'lit', at: from }, from, NODE.LEAF);
  }

  /** Member accesses, calls and indexes after a primary (`start`, its facts just recorded). */
  protected postfix(start: Expr): Expr {
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
        let at = this.p + 1;
        if (this.is(KW.this, at)) {
          // `Name.class`, rewritten `Name.this ` for Lezer: a field access named as written.
          const prop = this.text.slice(this.off(at), this.end(at));
          const left = this.held(e);
          this.p = at + 1;
          e = this.field({ k: 'member', at: this.off(at), recv: e, prop }, prop, left);
          dotted = this.strings.joined(dotted, prop);
          continue;
        }
        // A generic method's type arguments (`Foo.<T>bar()`): java.ts reads neither them nor their node.
        if (this.is(P.lt, at)) {
          at = this.typeArgsEnd(at);
          if (at < 0 || !this.is(P.lparen, at + 1)) declineLowering();
        }
        if (this.kind(at) !== IDENT) declineLowering();
        const name = this.ident(at);
        const dot = this.p;
        this.p = at + 1;
        if (this.is(P.lparen)) {
          const recv = this.lastNode === NODE.THIS ? undefined : e;
          const receiver = links > CALLEE_NODES ? this.#cut(dotted, plain) : dotted;
          const from = this.lastFrom;
          e = this.call(recv, from, this.strings.joined(receiver, name), this.linkAt(e, dot, at, from));
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

  /**
   * Where a call of a chain sits (java.ts `invocation`): at its name when a line break comes
   * before its dot (`.bodyValue(form)` of a builder chain), else where its receiver call sits,
   * else at the chain's start `from`.
   */
  private linkAt(recv: Expr, dot: number, name: number, from: number): number {
    const nameFrom = this.off(name);
    for (let i = this.end(dot - 1); i < nameFrom; i++) if (this.text.charCodeAt(i) === 10) return nameFrom;
    return recv.k === 'call' ? recv.at : from;
  }

  /** A call of `callee` with its receiver (undefined for a bare call or `this.f()`), node at `from`, call at `at`. */
  private call(recv: Expr | undefined, from: number, callee: string, at = from): Expr {
    const args = this.args();
    // Two literals rather than a spread: one call node per call of the file.
    const e: Expr = recv ? { k: 'call', at, callee, args, recv } : { k: 'call', at, callee, args };
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
