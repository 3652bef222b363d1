/**
 * Go expressions to the language-neutral form (ir.ts), read from the fast Go reader's tokens
 * (goTokens.ts) instead of an @lezer/go tree: the same forms, offsets and callees the Lezer
 * adapter (go.ts, the reference a differential test holds this to) makes from the tree. The
 * tokens come only from texts the reader accepted, so the text parses without error; this
 * reader follows that grammar and does not check it again. It follows @lezer/go where the
 * grammar departs from Go: every unary and binary operator binds tighter than `.`, `[…]` and
 * calls, so `"a" + u.Phone` is `("a" + u).Phone` (goParseExpr.ts says the same for the scan).
 * Operands are goLowerOperand.ts's, the cursor goCursor.ts's; statements goLowerStmt.ts's.
 */
import { GK } from '../../scan/code/goTokens.js';
import * as irModule from '../ir.js';
import type { Arg, Expr } from '../ir.js';
import { NO_ITEMS } from './listStack.js';
import { CALLED, FORM, GoOperandLowerer } from './goLowerOperand.js';
import * as syms from './goLowerSyms.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { group } = irModule;
const { EOF, IDENT } = GK;
const { KW, P, PRECEDENCE } = syms;

/**
 * A Go string literal's content as `literalContent` (lezer.ts) reads it — quotes stripped, at
 * most 400 characters read — without its regular expression, which cost the lowering a tenth.
 */
export function goStringContent(raw: string): string {
  const s = raw.length > 400 ? raw.slice(0, 400) : raw;
  return s.length >= 2 && s.charCodeAt(s.length - 1) === s.charCodeAt(0) ? s.slice(1, -1) : s.slice(1);
}

/** The expression reader; goLowerStmt.ts adds statements. */
export abstract class GoExprLowerer extends GoOperandLowerer {
  /** The operand `climb` reads next. */
  #next = 0;

  /**
   * An expression: a chain of operands and binary operators, where `.`, `[…]`, `(…)` and
   * `.(T)` apply to all of the chain read so far (@lezer/go's precedence).
   */
  override expr(): Expr {
    this.enter();
    const start = this.p;
    /** The stack mark of the binary chain being read, -1 for none. */
    let chain = -1;
    let e = this.operand();
    for (;;) {
      if (this.stopsHere()) break;
      if (this.is(P.dot) || this.is(P.lparen) || this.is(P.lbracket)) {
        if (chain >= 0) {
          e = this.reduced(chain, e);
          chain = -1;
          this.form = FORM.OTHER;
          this.setCallee('?');
        }
        const applied = this.postfix(e, start);
        if (applied === undefined) break;
        e = applied;
        continue;
      }
      const op = this.sym();
      if (PRECEDENCE[op] === 0) break;
      const at = this.mark();
      if (chain < 0) {
        chain = at;
        this.source.froms[at] = this.off(start);
      }
      this.p++;
      this.gather(e);
      this.source.ops[at] = op;
      const from = this.off();
      e = this.operand();
      // Written after the operand, whose own chains use the places above `at`.
      this.source.froms[at + 1] = from;
    }
    if (chain >= 0) {
      e = this.reduced(chain, e);
      this.form = FORM.OTHER;
      this.setCallee('?');
    }
    this.from = this.off(start);
    this.depth--;
    return e;
  }

  /**
   * The chain gathered from `chain`, `last` its last operand, by precedence, left-associative:
   * `BinaryExp` lowered as the Lezer adapter does, a `concat` at its left operand's start,
   * comparisons and logic `silent`.
   */
  reduced(chain: number, last: Expr): Expr {
    this.gather(last);
    const operands = this.exprsFrom(chain);
    this.#next = 0;
    return this.climb(operands, chain, 0);
  }

  climb(operands: readonly Expr[], chain: number, min: number): Expr {
    let left = operands[this.#next] ?? { k: 'group', parts: [] };
    const leftFrom = this.source.froms[chain + this.#next] ?? 0;
    while (this.#next < operands.length - 1) {
      const prec = PRECEDENCE[this.source.ops[chain + this.#next] ?? 0] ?? 0;
      if (prec < min) break;
      this.#next++;
      const right = this.climb(operands, chain, prec + 1);
      left =
        prec <= 3
          ? { k: 'silent', parts: [left, right] }
          : { k: 'concat', at: leftFrom, parts: [left, right], interp: false };
    }
    return left;
  }

  /**
   * One postfix on `e` (which started at token `start`): `.name`, `.(T)`, `(args)`, `[…]`, and
   * the expression it makes; undefined when the chain ends here (a type switch's `.(type)`).
   * Returned, not kept in a field of the lowerer: a pointer written into the lowerer per postfix
   * took the write barrier's slow path while the collector marked.
   */
  postfix(e: Expr, start: number): Expr | undefined {
    const from = this.off(start);
    if (this.is(P.dot)) {
      if (this.kind(this.p + 1) === IDENT) {
        const name = this.nameAt(this.p + 1);
        const at = this.off(this.p + 1);
        this.p += 2;
        // A method called at once (`h.log.Info(`, most members): the call is read here, its
        // receiver `e`, and the lowerer's receiver and member fields are not written (each
        // pointer written took the write barrier's slow path while the collector marked).
        if (this.callFollows()) return this.called(this.strings.joined(this.calleeText(), name), e, from);
        this.recvName = this.form === FORM.NAME ? this.prop : undefined;
        this.recv = e;
        this.calleeText();
        this.dotMember = name;
        this.form = FORM.SELECTOR;
        this.prop = name;
        this.from = from;
        return this.callFollows() ? CALLED : { k: 'member', at, recv: e, prop: name };
      }
      // `.(T)` or `.(type)`
      this.p++;
      if (this.is(KW.type, this.p + 1)) {
        this.p += 3;
        this.form = FORM.GUARD;
        this.from = from;
        return undefined;
      }
      const typeAt = this.off(this.p + 1);
      this.skipGroup();
      this.form = FORM.OTHER;
      this.setCallee('?');
      this.from = from;
      return { k: 'group', parts: [e, { k: 'lit', at: typeAt }] };
    }
    if (this.is(P.lparen)) return this.call(e, from);
    return this.index(e, from);
  }

  /** `callee(args)`: the callee's text and receiver from the reading of `e`. */
  call(e: Expr, from: number): Expr {
    const form = this.form;
    const dot = this.calleeText();
    const recv = form === FORM.SELECTOR ? this.recv : undefined;
    const args = this.args(dot === '?' && form === FORM.NAME);
    const c: Expr =
      recv !== undefined
        ? { k: 'call', at: from, callee: dot, args, recv }
        : { k: 'call', at: from, callee: dot, args };
    this.form = FORM.OTHER;
    this.setCallee(dot);
    this.dotCalled = true;
    this.from = from;
    return form === FORM.FUNC ? group([e, c]) : c;
  }

  /** `recv.name(args)`, `callee` its text, read at the `(`. */
  called(callee: string, recv: Expr, from: number): Expr {
    const args = this.args(false);
    const c: Expr = { k: 'call', at: from, callee, args, recv };
    this.form = FORM.OTHER;
    this.setCallee(callee);
    this.dotCalled = true;
    this.from = from;
    return c;
  }

  /** Call arguments; `make`'s first is a type (a literal). */
  args(make: boolean): readonly Arg[] {
    this.p++;
    const saved = this.mode(false, false);
    // The first three arguments are kept here and the list made from them at its size; a fourth
    // moves them onto the stack. Each argument written into the stack took the write barrier's
    // slow path while the collector marked; a new array's own items do not.
    let a0: Arg | undefined;
    let a1: Arg | undefined;
    let a2: Arg | undefined;
    let n = 0;
    let mark = -1;
    if (make && !this.is(P.rparen)) {
      a0 = { k: 'lit', at: this.off() };
      n = 1;
      this.skipType();
      if (this.is(P.comma)) this.p++;
    }
    while (!this.is(P.rparen) && this.kind() !== EOF) {
      const e = this.expr();
      if (n === 0) a0 = e;
      else if (n === 1) a1 = e;
      else if (n === 2) a2 = e;
      else {
        if (n === 3) {
          mark = this.mark();
          this.gather(a0 as Arg);
          this.gather(a1 as Arg);
          this.gather(a2 as Arg);
        }
        this.gather(e);
      }
      n++;
      if (this.is(P.ellipsis)) this.p++;
      if (this.is(P.comma)) this.p++;
      else break;
    }
    this.restore(saved);
    this.p++;
    switch (n) {
      case 0:
        return NO_ARGS;
      case 1:
        return [a0 as Arg];
      case 2:
        return [a0 as Arg, a1 as Arg];
      case 3:
        return [a0 as Arg, a1 as Arg, a2 as Arg];
      default:
        return this.argsFrom(mark);
    }
  }

  /** `e[k]`: a string key is a member (`m["phone"]`); an index, a slice or type arguments a group. */
  index(e: Expr, from: number): Expr {
    const recvName = this.form === FORM.NAME ? this.prop : undefined;
    this.p++;
    const mark = this.mark();
    this.gather(e);
    // The one string key's token (`m["phone"]`), else -1.
    let key = -1;
    let slice = false;
    const saved = this.mode(false, false);
    while (!this.is(P.rbracket) && this.kind() !== EOF) {
      if (this.is(P.colon) || this.is(P.comma)) {
        slice ||= this.is(P.colon);
        this.p++;
        continue;
      }
      const first = this.p;
      this.gather(this.expr());
      key = this.form === FORM.STRING && this.p === first + 1 ? first : -1;
    }
    this.restore(saved);
    this.p++;
    this.form = slice ? FORM.OTHER : FORM.INDEX;
    this.recvName = recvName;
    this.recv = e;
    this.setCallee('?');
    this.from = from;
    const parts = this.exprsFrom(mark);
    if (!slice && parts.length === 2 && key >= 0)
      return { k: 'member', at: this.off(key), recv: e, prop: this.stringContent(key) };
    return group(parts);
  }

  /** A list of expressions. */
  exprList(): readonly Expr[] {
    const mark = this.mark();
    this.gather(this.expr());
    while (this.is(P.comma) && !this.stopsHere()) {
      this.p++;
      this.gather(this.expr());
    }
    return this.exprsFrom(mark);
  }
}

/** Every empty argument list of a form (listStack.ts's one empty array). */
const NO_ARGS: readonly Arg[] = NO_ITEMS;
