/**
 * Java's compound statements to the language-neutral form (ir.ts) from the fast Java reader's
 * tokens, as the Lezer adapter (java.ts) lowers their nodes: `if`, `for`, `do`, `switch` with
 * `:` labels, `synchronized`, `assert`, and `try` with its resources, catches and `finally`.
 */
import { JK } from '../../scan/code/javaTokens.js';
import * as irModule from '../ir.js';
import type { Stmt } from '../ir.js';
import { declineLowering } from './javaLowerCursor.js';
import { JavaStmtLowerer } from './javaLowerStmts.js';
import * as syms from './javaLowerSyms.js';

const { IDENT } = JK;
const { declaringLet } = irModule;
const { KW, P } = syms;

/** Compound statements; class bodies and members are javaLowerMembers.ts's. */
export abstract class JavaControlLowerer extends JavaStmtLowerer {
  protected ifStatement(): readonly Stmt[] {
    this.p++;
    const mark = this.mark();
    this.gather(this.condition());
    this.statement();
    if (this.is(KW.else)) {
      this.p++;
      this.statement();
    }
    return this.stmtsFrom(mark);
  }

  /** A `for` statement at the cursor, gathered. */
  protected forStatement(): void {
    this.p++;
    if (!this.is(P.lparen)) declineLowering();
    const close = this.closeOf(this.p);
    this.p++;
    this.modifiers();
    const typeEnd = this.typeEnd(this.p);
    if (typeEnd > 0 && this.kind(typeEnd) === IDENT && this.is(P.colon, typeEnd + 1)) {
      // Enhanced `for`: the variable takes the source, then the body, in the enclosing list.
      const def = typeEnd;
      const name = this.ident(def);
      // Its type, as a declaration's (`for (NewHire h : hires)`: `h.fullName()` reads a member).
      const type = this.typeName(this.p, typeEnd);
      this.p = typeEnd + 2;
      const source = this.expression();
      if (this.p !== close) declineLowering();
      this.p = close + 1;
      this.gather(declaringLet(this.off(def), name, source, type));
      this.statement();
      return;
    }
    const mark = this.mark();
    if (this.is(P.semi)) this.p++;
    else if (this.declarationAhead()) this.declaration();
    else declineLowering();
    if (!this.is(P.semi)) this.gather(this.asStatement(this.expression()));
    this.expect(P.semi);
    while (this.p < close) {
      this.gather(this.asStatement(this.expression()));
      if (this.is(P.comma)) this.p++;
      else if (this.p !== close) declineLowering();
    }
    this.p = close + 1;
    this.gather({ k: 'block', body: this.stmtsFrom(mark) });
    this.statement();
    this.gather({ k: 'block', body: this.stmtsFrom(mark) });
  }

  /** `do body while (cond);`: the body, then the condition as an expression statement. */
  protected doStatement(): readonly Stmt[] {
    this.p++;
    const mark = this.mark();
    this.statement();
    this.expect(KW.while);
    this.gather(this.condition());
    this.expect(P.semi);
    return this.stmtsFrom(mark);
  }

  /**
   * `switch (e) { case A, B: … default: … }` with `:` labels, each label's values lowered as
   * statements (as java.ts lowers a SwitchLabel node by node) and the statements between them in
   * one list. Arrow rules, patterns and guards are left to Lezer.
   */
  protected switchStatement(): readonly Stmt[] {
    this.p++;
    const mark = this.mark();
    this.gather(this.condition());
    if (!this.is(P.lbrace)) declineLowering();
    const close = this.closeOf(this.p);
    this.enter();
    this.p++;
    const cases = this.mark();
    while (this.p < close) {
      if (this.is(KW.case)) {
        this.p++;
        for (;;) {
          this.gather(this.asStatement(this.expression()));
          if (!this.is(P.comma)) break;
          this.p++;
        }
        this.expect(P.colon);
      } else if (this.is(KW.default) && this.is(P.colon, this.p + 1)) this.p += 2;
      else this.statement();
    }
    this.p = close + 1;
    this.leave();
    this.gather({ k: 'block', body: this.stmtsFrom(cases) });
    return this.stmtsFrom(mark);
  }

  /** `synchronized (lock) { … }`: the lock as an expression statement, then the block. */
  protected synchronizedStatement(): readonly Stmt[] {
    this.p++;
    const mark = this.mark();
    this.gather(this.condition());
    this.gather({ k: 'block', body: this.blockStmts() });
    return this.stmtsFrom(mark);
  }

  /** `assert test : message;`: java.ts lowers each expression's node as a statement. */
  protected assertStatement(): readonly Stmt[] {
    this.p++;
    const mark = this.mark();
    this.gather(this.asStatement(this.expression()));
    if (this.is(P.colon)) {
      this.p++;
      this.gather(this.asStatement(this.expression()));
    }
    this.expect(P.semi);
    return this.stmtsFrom(mark);
  }

  protected tryStatement(): readonly Stmt[] {
    this.p++;
    const mark = this.mark();
    if (this.is(P.lparen)) this.gather({ k: 'block', body: this.resources() });
    this.gather({ k: 'block', body: this.blockStmts() });
    while (this.is(KW.catch)) {
      this.p++;
      if (!this.is(P.lparen)) declineLowering();
      this.p = this.closeOf(this.p) + 1;
      this.gather({ k: 'block', body: [{ k: 'block', body: this.blockStmts() }] });
    }
    if (this.is(KW.finally)) {
      this.p++;
      this.gather({ k: 'block', body: [{ k: 'block', body: this.blockStmts() }] });
    }
    return this.stmtsFrom(mark);
  }

  /**
   * A `try`'s resources `(Type a = v; b)`: java.ts lowers a Resource node by node, so a resource
   * declares no variable, its type and name are nothing and its value is lowered as a statement.
   */
  private resources(): readonly Stmt[] {
    const close = this.closeOf(this.p);
    this.p++;
    const mark = this.mark();
    while (this.p < close) {
      this.modifiers();
      if (this.declarationAhead()) {
        this.p = this.typeEnd(this.p) + 1;
        this.expect(P.assign);
      }
      this.gather(this.asStatement(this.expression()));
      if (this.is(P.semi)) this.p++;
      else if (this.p !== close) declineLowering();
    }
    this.p = close + 1;
    return this.stmtsFrom(mark);
  }
}
