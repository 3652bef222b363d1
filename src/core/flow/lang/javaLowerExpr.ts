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

/** A lowered expression with what the statements and callees need of its Lezer node. */
export interface JNode {
  readonly e: Expr;
  readonly from: number;
  readonly node: number;
  /** The callee text `dotted` of java.ts gives the node. */
  readonly dotted: string;
  /** A name's text, a field access's member. */
  readonly name?: string;
  /** A field access's receiver; an assignment's target. */
  readonly left?: JNode;
  /** An assignment's value and whether it was compound. */
  readonly right?: JNode;
  readonly compound?: boolean;
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

  expression(): JNode {
    this.enter();
    const n = this.assignment();
    this.leave();
    return n;
  }

  private assignment(): JNode {
    const left = this.ternary();
    const op = this.kind() === PUNCT ? this.word() : '';
    if (this.is('>') && this.is('>', this.p + 1) && this.off(this.p + 1) === this.end(this.p))
      declineLowering();
    if (!ASSIGN_OPS.has(op)) return left;
    this.p++;
    const right = this.expression();
    return {
      e: right.e,
      from: left.from,
      node: NODE.ASSIGN,
      dotted: '?',
      left,
      right,
      compound: op !== '=',
    };
  }

  private ternary(): JNode {
    const test = this.binary(1);
    if (!this.is('?')) return test;
    this.p++;
    const yes = this.expression();
    this.expect(':');
    const no = this.lambdaOr(() => this.ternary());
    return {
      e: group([{ k: 'silent', parts: [test.e] }, yes.e, no.e]),
      from: test.from,
      node: NODE.EXPRESSION,
      dotted: '?',
    };
  }

  private lambdaOr(read: () => JNode): JNode {
    return this.lambdaAhead() ? this.lambda() : read();
  }

  private binary(min: number): JNode {
    let left = this.unary();
    for (;;) {
      if (this.is('instanceof')) declineLowering();
      const op = this.kind() === PUNCT ? this.word() : '';
      const info = BINARY.get(op);
      if (info === undefined || info.prec < min) return left;
      // `>>` and `>>>` come as adjacent `>` tokens: shifts are left to Lezer.
      if (op === '>' && this.is('>', this.p + 1) && this.off(this.p + 1) === this.end(this.p))
        declineLowering();
      this.p++;
      const right = this.binary(info.prec + 1);
      left = {
        e: info.silent
          ? { k: 'silent', parts: [left.e, right.e] }
          : { k: 'concat', at: left.from, parts: [left.e, right.e], interp: false },
        from: left.from,
        node: NODE.EXPRESSION,
        dotted: '?',
      };
    }
  }

  private unary(): JNode {
    const at = this.p;
    if (this.kind() === PUNCT) {
      const op = this.word(at);
      if (op === '!' || op === '-' || op === '+' || op === '~') {
        this.p++;
        this.enter();
        const operand = this.unary();
        this.leave();
        return {
          e: op === '!' ? { k: 'silent', parts: [operand.e] } : operand.e,
          from: this.off(at),
          node: NODE.EXPRESSION,
          dotted: '?',
        };
      }
      if (op === '++' || op === '--') {
        this.p++;
        const operand = this.unary();
        return { e: group([EMPTY, operand.e]), from: this.off(at), node: NODE.EXPRESSION, dotted: '?' };
      }
      if (op === '(' && this.castAhead()) {
        this.p = this.typeEnd(this.p + 1) + 1;
        this.enter();
        const operand = this.lambdaOr(() => this.unary());
        this.leave();
        return { e: operand.e, from: this.off(at), node: NODE.EXPRESSION, dotted: '?' };
      }
    }
    let n = this.postfix(this.primary());
    while (this.is('++') || this.is('--')) {
      this.p++;
      n = { e: group([n.e, EMPTY]), from: n.from, node: NODE.EXPRESSION, dotted: '?' };
    }
    return n;
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

  private lambda(): JNode {
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
        value.node === NODE.NAME
          ? single
            ? [{ k: 'return', e: EMPTY }]
            : []
          : [{ k: 'return', e: value.e }];
    }
    return {
      e: { k: 'fn', fn: { at: this.off(at), params, body } },
      from: this.off(at),
      node: NODE.EXPRESSION,
      dotted: '?',
    };
  }

  private primary(): JNode {
    const at = this.p;
    const from = this.off(at);
    const k = this.kind();
    if (k === IDENT) {
      if (this.is('->', at + 1)) return this.lambda();
      if (this.is('::', at + 1)) return this.methodRef(at);
      const name = this.ident();
      this.p++;
      if (this.is('(')) return this.call(undefined, name, at);
      return { e: { k: 'name', at: from, name }, from, node: NODE.NAME, dotted: name, name };
    }
    if (k === STRING || k === TEXT_BLOCK) {
      this.p++;
      const str = this.strings.literal(this.text, from, this.end(at));
      return { e: { k: 'lit', at: from, str }, from, node: NODE.LEAF, dotted: '?' };
    }
    if (k === CHAR || k === NUMBER) {
      this.p++;
      return { e: { k: 'lit', at: from }, from, node: NODE.LEAF, dotted: '?' };
    }
    if (k === KEYWORD) {
      const w = this.word(at);
      if (w === 'null' || w === 'true' || w === 'false') {
        this.p++;
        return { e: { k: 'lit', at: from }, from, node: NODE.LEAF, dotted: '?' };
      }
      if (w === 'this') {
        this.p++;
        if (this.is('(')) declineLowering();
        return { e: { k: 'lit', at: from }, from, node: NODE.THIS, dotted: '' };
      }
      if (w === 'super') {
        this.p++;
        if (!this.is('.') || this.kind(this.p + 1) !== IDENT || !this.is('(', this.p + 2)) declineLowering();
        return { e: { k: 'lit', at: from }, from, node: NODE.LEAF, dotted: '?' };
      }
      if (w === 'new') return this.creation();
      declineLowering();
    }
    if (this.is('(')) {
      if (this.lambdaAhead()) return this.lambda();
      this.p++;
      const inner = this.expression();
      this.expect(')');
      return { e: inner.e, from, node: NODE.EXPRESSION, dotted: '?' };
    }
    return declineLowering();
  }

  private methodRef(at: number): JNode {
    // `Foo::bar`, `this::bar` (`this` is a keyword and is not read here).
    this.p = at + 2;
    if (this.kind() !== IDENT && !this.is('new')) declineLowering();
    this.p++;
    const from = this.off(at);
    return { e: { k: 'lit', at: from }, from, node: NODE.LEAF, dotted: '?' };
  }

  /** Member accesses, calls and indexes after a primary. */
  private postfix(start: JNode): JNode {
    let n = start;
    let chain = 0;
    for (;;) {
      if (this.is('.')) {
        if (++chain > 10) declineLowering();
        const at = this.p + 1;
        if (this.is('this', at)) {
          // `Name.class`, rewritten `Name.this ` for Lezer: a field access named as written.
          const prop = this.text.slice(this.off(at), this.end(at));
          this.p = at + 1;
          n = {
            e: { k: 'member', at: this.off(at), recv: n.e, prop },
            from: n.from,
            node: NODE.FIELD,
            dotted: this.strings.joined(n.dotted, prop),
            name: prop,
            left: n,
          };
          continue;
        }
        if (this.kind(at) !== IDENT) declineLowering();
        const name = this.ident(at);
        this.p = at + 1;
        if (this.is('(')) {
          n = this.call(n, name, at);
          continue;
        }
        const propFrom = this.off(at);
        n = {
          e:
            n.node === NODE.THIS
              ? { k: 'name', at: propFrom, name }
              : { k: 'member', at: propFrom, recv: n.e, prop: name },
          from: n.from,
          node: NODE.FIELD,
          dotted: this.strings.joined(n.dotted, name),
          name,
          left: n,
        };
      } else if (this.is('[')) {
        this.p++;
        const index = this.expression();
        this.expect(']');
        n = { e: group([n.e, index.e]), from: n.from, node: NODE.OTHER, dotted: '?' };
      } else if (this.is('::')) {
        this.p++;
        if (this.kind() !== IDENT && !this.is('new')) declineLowering();
        this.p++;
        n = { e: { k: 'lit', at: n.from }, from: n.from, node: NODE.LEAF, dotted: '?' };
      } else return n;
    }
  }

  /** `name(args)` with its receiver (undefined for a bare call), `name` at token `at`. */
  private call(recv: JNode | undefined, name: string, at: number): JNode {
    const args = this.args();
    const callee = recv ? this.strings.joined(recv.dotted, name) : name;
    const recvExpr = recv && recv.node !== NODE.THIS ? recv.e : undefined;
    const from = recv ? recv.from : this.off(at);
    // Two literals rather than a spread: one call node per call of the file.
    const e: Expr = recvExpr
      ? { k: 'call', at: from, callee, args, recv: recvExpr }
      : { k: 'call', at: from, callee, args };
    return {
      e,
      from,
      node: NODE.EXPRESSION,
      dotted: this.strings.called(callee),
    };
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
      const a = this.expression();
      out.push(a.e);
      if (this.is(',')) this.p++;
      else if (!this.is(')')) declineLowering();
    }
    this.p++;
    return out;
  }

  /** `new T(args)`, `new T(args) { body }`, `new T[n]`, `new T[] { … }`. */
  private creation(): JNode {
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
    const parts: Expr[] = [{ k: 'call', at: from, callee: type, args }];
    if (this.is('{')) {
      const bodyAt = this.off();
      const fn: Fn = { at: bodyAt, params: [], body: this.classBody() };
      parts.push({ k: 'fn', fn });
    }
    return { e: group(parts), from, node: NODE.EXPRESSION, dotted: this.strings.called(type) };
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
  private arrayCreation(newAt: number): JNode {
    const from = this.off(newAt);
    const typeFrom = this.off();
    this.p++;
    while (this.is('.') && this.kind(this.p + 1) === IDENT) this.p += 2;
    const entries: Arg[] = [EMPTY, { k: 'lit', at: typeFrom }];
    while (this.is('[')) {
      this.p++;
      if (this.is(']')) entries.push(EMPTY);
      else entries.push(group([this.expression().e]));
      this.expect(']');
    }
    if (this.is('{')) {
      const init = this.arrayInitializer();
      entries.push(init.e);
    }
    return { e: { k: 'collection', at: from, entries }, from, node: NODE.EXPRESSION, dotted: '?' };
  }

  /** `{a, b, {c}}`: a collection of its elements. */
  arrayInitializer(): JNode {
    const from = this.off();
    const close = this.t.match[this.p] ?? -1;
    if (close < 0) declineLowering();
    this.enter();
    this.p++;
    const entries: Arg[] = [];
    while (this.p < close) {
      const n = this.is('{') ? this.arrayInitializer() : this.expression();
      entries.push(n.e);
      if (this.is(',')) this.p++;
      else if (this.p !== close) declineLowering();
    }
    this.p = close + 1;
    this.leave();
    return { e: { k: 'collection', at: from, entries }, from, node: NODE.OTHER, dotted: '?' };
  }
}
