/**
 * Java statements to the language-neutral form (ir.ts) from the fast Java reader's tokens, as
 * the Lezer adapter (java.ts) lowers their nodes: local declarations, blocks, `while`, `throw`,
 * `return`, `this(…)`/`super(…)`, assignments, and an expression where java.ts lowers a node as
 * a statement. Compound statements (`if`, `for`, `try`…) are javaLowerControl.ts's.
 */
import { JK } from '../../scan/code/javaTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Stmt } from '../ir.js';
import { declineLowering, NO_BODY, NODE, type JNode } from './javaLowerCursor.js';
import { JavaExprLowerer } from './javaLowerExpr.js';
import * as syms from './javaLowerSyms.js';

const { declaringLet, exprStmt, group } = irModule;
const { IDENT, KEYWORD } = JK;
const { KW, P } = syms;

/** Statements; compound ones are javaLowerControl.ts's, class bodies javaLowerMembers.ts's. */
export abstract class JavaStmtLowerer extends JavaExprLowerer {
  // The compound statements at the cursor (javaLowerControl.ts): `for` gathers its form, the
  // others give their statements.
  protected abstract ifStatement(): readonly Stmt[];
  protected abstract forStatement(): void;
  protected abstract doStatement(): readonly Stmt[];
  protected abstract switchStatement(): readonly Stmt[];
  protected abstract synchronizedStatement(): readonly Stmt[];
  protected abstract assertStatement(): readonly Stmt[];
  protected abstract tryStatement(): readonly Stmt[];

  /**
   * `Type a = v, b;` at the cursor (modifiers read): one declaring `let` per variable, gathered
   * (no list of its own to spread: every local declaration of a file comes through here).
   */
  protected declaration(): void {
    const typeStart = this.p;
    const typeEnd = this.typeEnd(typeStart);
    if (typeEnd < 0) declineLowering();
    const type = this.typeName(typeStart, typeEnd);
    this.p = typeEnd;
    for (;;) {
      const def = this.p;
      const name = this.ident();
      this.p++;
      let value: Expr | undefined;
      if (this.is(P.assign)) {
        this.p++;
        value = this.is(P.lbrace) ? this.arrayInitializer() : this.expression();
      } else if (!this.is(P.comma) && !this.is(P.semi)) declineLowering();
      this.gather(declaringLet(this.off(def), name, value, type));
      if (this.is(P.comma)) this.p++;
      else break;
    }
    this.expect(P.semi);
  }

  blockStmts(): readonly Stmt[] {
    this.enter();
    if (!this.is(P.lbrace)) declineLowering();
    const close = this.closeOf(this.p);
    this.p++;
    const mark = this.mark();
    while (this.p < close) this.statement();
    this.p = close + 1;
    this.leave();
    return this.stmtsFrom(mark);
  }

  /** Whether a local declaration starts at the cursor (modifiers already read). */
  protected declarationAhead(): boolean {
    if (this.kind() === KEYWORD && !this.is(KW.this) && !this.is(KW.super) && !this.is(KW.new)) {
      const end = this.typeEnd(this.p);
      return end > 0 && this.kind(end) === IDENT;
    }
    if (this.kind() !== IDENT) return false;
    const end = this.typeEnd(this.p);
    if (end < 0 || this.kind(end) !== IDENT) return false;
    return (
      this.is(P.assign, end + 1) ||
      this.is(P.semi, end + 1) ||
      this.is(P.comma, end + 1) ||
      this.is(P.colon, end + 1)
    );
  }

  /** A statement at the cursor, its form gathered (one or more statements, or none). */
  statement(): void {
    this.enter();
    this.statementIn();
    this.leave();
  }

  private statementIn(): void {
    if (this.is(P.semi)) {
      this.p++;
      return;
    }
    if (this.is(P.lbrace)) {
      this.gather({ k: 'block', body: this.blockStmts() });
      return;
    }
    if (this.is(KW.final) || this.is(P.at)) {
      this.modifiers();
      if (!this.declarationAhead()) declineLowering();
      this.declaration();
      return;
    }
    if (this.kind() === KEYWORD) {
      switch (this.sym()) {
        case KW.return: {
          this.p++;
          if (this.is(P.semi)) {
            this.p++;
            this.gather({ k: 'return' });
            return;
          }
          const e = this.expression();
          this.expect(P.semi);
          this.gather({ k: 'return', e });
          return;
        }
        case KW.if:
          this.gather({ k: 'block', body: this.ifStatement() });
          return;
        case KW.while: {
          this.p++;
          const mark = this.mark();
          this.gather(this.condition());
          this.statement();
          this.gather({ k: 'block', body: this.stmtsFrom(mark) });
          return;
        }
        case KW.for:
          this.forStatement();
          return;
        case KW.do:
          this.gather({ k: 'block', body: this.doStatement() });
          return;
        case KW.switch:
          this.gather({ k: 'block', body: this.switchStatement() });
          return;
        case KW.synchronized:
          if (!this.is(P.lparen, this.p + 1)) declineLowering();
          this.gather({ k: 'block', body: this.synchronizedStatement() });
          return;
        case KW.assert:
          this.gather({ k: 'block', body: this.assertStatement() });
          return;
        case KW.try:
          this.gather({ k: 'block', body: this.tryStatement() });
          return;
        case KW.throw: {
          this.p++;
          const body = [this.asStatement(this.expression())];
          this.expect(P.semi);
          this.gather({ k: 'block', body });
          return;
        }
        case KW.break:
        case KW.continue:
          // An empty block, as java.ts lowers these: a function's last value is not the one before.
          this.p++;
          if (this.kind() === IDENT) this.p++;
          this.expect(P.semi);
          this.gather({ k: 'block', body: NO_BODY });
          return;
        case KW.this:
        case KW.super:
          if (this.is(P.lparen, this.p + 1)) {
            this.gather({ k: 'block', body: this.constructorCall() });
            return;
          }
          break;
        case KW.new:
          break;
        default:
          if (!this.declarationAhead()) declineLowering();
          this.declaration();
          return;
      }
    }
    if (this.kind() === IDENT && this.is(P.colon, this.p + 1)) declineLowering();
    if (this.declarationAhead()) {
      this.declaration();
      return;
    }
    const e = this.expression();
    this.expect(P.semi);
    this.gather(this.lastNode === NODE.ASSIGN ? this.assignmentStatement(e) : exprStmt(e));
  }

  /**
   * `this(a, b);`, `super(a);`: java.ts lowers the invocation node by node, so each argument is
   * a statement of its own.
   */
  private constructorCall(): readonly Stmt[] {
    this.p += 2;
    const mark = this.mark();
    while (!this.is(P.rparen)) {
      this.gather(this.asStatement(this.expression()));
      if (this.is(P.comma)) this.p++;
      else if (!this.is(P.rparen)) declineLowering();
    }
    this.p++;
    this.expect(P.semi);
    return this.stmtsFrom(mark);
  }

  /** `(cond)` at the cursor: java.ts lowers a parenthesized condition as an expression statement. */
  protected condition(): Stmt {
    if (!this.is(P.lparen)) declineLowering();
    this.p++;
    const e = this.expression();
    this.expect(P.rparen);
    return exprStmt(e);
  }

  /**
   * The expression just lowered (`e`) where java.ts lowers a node as a statement: only
   * `…Expression` nodes count.
   */
  protected asStatement(e: Expr): Stmt {
    return this.nodeAsStatement(e, this.lastNode, this.lastLeft);
  }

  private nodeAsStatement(e: Expr, node: number, left: JNode | undefined): Stmt {
    if (node === NODE.EXPRESSION || node === NODE.ASSIGN) return exprStmt(e);
    if (node === NODE.NAME || node === NODE.LEAF || node === NODE.THIS) return { k: 'block', body: NO_BODY };
    // A field access is no `…Expression`: its receiver and member nodes are lowered one by one.
    if (node === NODE.FIELD && left)
      return {
        k: 'block',
        body: [this.nodeAsStatement(left.e, left.node, left.left), { k: 'block', body: NO_BODY }],
      };
    return declineLowering();
  }

  /**
   * `a = v`, `this.a = v`, `u.a = v`, `a += v` (just lowered, `value` its form) as java.ts
   * lowers an assignment statement.
   */
  private assignmentStatement(value: Expr): Stmt {
    const lhs = this.lastLeft;
    if (!lhs) return declineLowering();
    if (lhs.node === NODE.NAME && lhs.name !== undefined) {
      const name = lhs.name;
      return {
        k: 'let',
        at: lhs.from,
        name,
        declare: false,
        value: this.lastCompound ? group([{ k: 'name', at: lhs.from, name }, value]) : value,
      };
    }
    if (lhs.node === NODE.FIELD && lhs.name !== undefined && lhs.left) {
      if (lhs.left.node === NODE.THIS)
        return { k: 'let', at: lhs.from, name: lhs.name, declare: false, value };
      if (lhs.left.node === NODE.NAME && lhs.left.name !== undefined)
        return { k: 'store', at: lhs.from, recv: lhs.left.name, prop: lhs.name, value };
    }
    return exprStmt(value);
  }
}
