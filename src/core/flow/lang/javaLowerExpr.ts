/**
 * Java expressions to the language-neutral form (ir.ts) from the fast Java reader's tokens, as
 * the Lezer adapter (java.ts) lowers the @lezer/java nodes of the same text: node by node, with
 * the same offsets, callees and quirks (`x -> x` has neither parameter nor value, `super.f()`
 * calls `?.f`). Anything it is not sure Lezer reads the same way declines (the caller parses).
 * This file holds the operators, casts and lambdas; primaries and chains are javaLowerChain.ts's.
 */
import { JK } from '../../scan/code/javaTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Param, Stmt } from '../ir.js';
import { NO_ITEMS as NONE } from './listStack.js';
import { JavaChainLowerer } from './javaLowerChain.js';
import { declineLowering, EMPTY, NODE } from './javaLowerCursor.js';
import * as syms from './javaLowerSyms.js';

const { group } = irModule;
const { ENDS_RELATIONAL, IS_ASSIGN, IS_CAST_OPERAND_KEYWORD, IS_SILENT, KW, P, PRECEDENCE, RELATIONAL } =
  syms;
const { EOF, IDENT, KEYWORD, PUNCT, STRING, TEXT_BLOCK, CHAR, NUMBER } = JK;

/** Operators, casts and lambdas; statements and class bodies are the layers above. */
export abstract class JavaExprLowerer extends JavaChainLowerer {
  /** A block `{ … }` at the cursor as its statements. */
  abstract blockStmts(): readonly Stmt[];
  /** A parameter list `( … )` at the cursor. */
  abstract formalParams(): readonly Param[];

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

  protected lambda(): Expr {
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
}
