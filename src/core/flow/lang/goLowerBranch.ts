/**
 * Go statements that start with a keyword to the language-neutral form (ir.ts): `var`, `const`
 * and `type` specs, `go`/`defer`, `return`, and the branches (`if`, `for`, `switch`, `select`),
 * each a block of its header's statements and its bodies. Simple statements and declarations
 * are goLowerStmt.ts's.
 */
import { GK } from '../../scan/code/goTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Stmt } from '../ir.js';
import { FORM } from './goLowerOperand.js';
import { GoStmtLowerer } from './goLowerStmt.js';
import * as syms from './goLowerSyms.js';

// Imports used per token, copied once (see goLowerExpr.ts).
const { exprStmt, group, isExprStmt } = irModule;
const { IDENT } = GK;
const { KW, P } = syms;

/** What a `case` of `clauses` names: a switch's expressions or types, a select's communications. */
const CASES = { EXPRESSIONS: 0, TYPES: 1, COMMUNICATIONS: 2 } as const;

/** The keyword statements and branches; goLower.ts adds the file, functions and signatures. */
export abstract class GoBranchLowerer extends GoStmtLowerer {
  /** The statements gathered since `mark`, gathered as one block in their place. */
  blockFrom(mark: number): void {
    this.gather({ k: 'block', body: this.stmtsFrom(mark) });
  }

  /** The branch statement keyword `sym` starts (`if`, `for`, `switch` or `select`). */
  branch(sym: number): void {
    if (sym === KW.if) this.ifStatement();
    else if (sym === KW.for) this.forStatement();
    else if (sym === KW.switch) this.switchStatement();
    else this.selectStatement();
  }

  override keywordStatement(sym: number): void {
    switch (sym) {
      case KW.var:
      case KW.const:
        this.p++;
        this.specs(false);
        return;
      case KW.type:
        this.p++;
        this.specs(true);
        return;
      case KW.if:
      case KW.for:
      case KW.switch:
      case KW.select: {
        // A branch's statements (its header's bindings, then its arms) make one block in its place.
        const mark = this.mark();
        this.branch(sym);
        this.blockFrom(mark);
        return;
      }
      case KW.go:
      case KW.defer:
        this.p++;
        this.gather(exprStmt(this.expr()));
        return;
      case KW.return:
        this.p++;
        this.gather({ k: 'return', e: this.endsHere() ? group([]) : group(this.exprList()) });
        return;
      case KW.break:
      case KW.continue:
      case KW.goto:
        this.p++;
        if (this.kind() === IDENT && !this.stopsHere()) this.p++;
        return;
      case KW.fallthrough:
        this.p++;
        return;
      default:
        this.simple();
    }
  }

  /** After a header's statement: `;` or a line end; false when the block follows directly. */
  semiHeader(): boolean {
    if (this.is(P.semi)) {
      this.p++;
      return true;
    }
    return !this.is(P.lbrace) && this.semi[this.p - 1] === 1;
  }

  /** `if`: its header's statements, its block, and its `else` as blocks, gathered. */
  ifStatement(): void {
    this.p++;
    // A header's statements: the block follows at `{` (no composite literal there).
    const saved = this.mode(true, true);
    const cond = this.simple();
    if (this.semiHeader() || !cond) this.condition();
    this.restore(saved);
    this.gather({ k: 'block', body: this.blockBody() });
    if (this.is(KW.else) && !this.stopsHere()) {
      this.p++;
      if (this.is(KW.if)) {
        const mark = this.mark();
        this.ifStatement();
        this.blockFrom(mark);
      } else this.gather({ k: 'block', body: this.blockBody() });
    }
  }

  condition(): void {
    if (!this.is(P.lbrace)) this.gather(exprStmt(this.expr()));
  }

  forStatement(): void {
    this.p++;
    if (!this.is(P.lbrace)) {
      const saved = this.mode(false, true);
      this.forHeader();
      this.restore(saved);
    }
    this.gather({ k: 'block', body: this.blockBody() });
  }

  forHeader(): void {
    if (this.is(P.semi)) {
      this.forClause();
      return;
    }
    if (this.is(KW.range)) {
      this.p++;
      this.gather(exprStmt(this.expr()));
      return;
    }
    const save = this.p;
    const list = this.targets();
    if ((this.is(P.assign) || this.is(P.define)) && this.is(KW.range, this.p + 1)) {
      this.p += 2;
      const value = this.expr();
      const count = this.targetsFrom(list);
      for (let i = 0; i < count; i++) {
        const t = this.target(list, i);
        if (t.form === FORM.NAME) this.gather({ k: 'let', at: t.from, name: t.prop, declare: true, value });
      }
      this.dropTargets(list);
      return;
    }
    this.dropTargets(list);
    this.p = save;
    this.simple();
    if (this.is(P.semi)) this.forClause();
  }

  /** `; cond; post` after a `for` clause's init (or none). */
  forClause(): void {
    this.p++;
    if (!this.is(P.semi)) this.gather(exprStmt(this.expr()));
    this.p++;
    if (!this.is(P.lbrace)) this.simple();
  }

  switchStatement(): void {
    this.p++;
    let guard = false;
    const saved = this.mode(true, true);
    if (!this.is(P.lbrace)) {
      guard = this.switchHead();
      if (this.semiHeader() && !this.is(P.lbrace)) guard = this.switchHead();
    }
    this.restore(saved);
    const mark = this.mark();
    this.clauses(guard ? CASES.TYPES : CASES.EXPRESSIONS);
    this.blockFrom(mark);
  }

  /** A switch header's statement; true for a type switch's guard (`v := x.(type)`, `x.(type)`). */
  switchHead(): boolean {
    if (this.kind() === IDENT && this.is(P.define, this.p + 1)) {
      const save = this.p;
      this.p += 2;
      const e = this.expr();
      if (this.form === FORM.GUARD) {
        this.gather(exprStmt(e));
        return true;
      }
      this.p = save;
    }
    const before = this.mark();
    this.simple();
    const last = this.lastGathered() as Stmt | undefined;
    return this.mark() === before + 1 && last !== undefined && isExprStmt(last) && this.form === FORM.GUARD;
  }

  /**
   * `{ case …: statements … default: statements }` of a switch (its cases expressions, or types
   * in a type switch) or a select (its cases communications), gathered in place.
   */
  clauses(cases: number): void {
    const close = this.partner[this.p] ?? this.p;
    this.p++;
    const saved = this.mode(true, false);
    while (this.p < close) {
      const before = this.p;
      if (this.is(KW.case)) {
        this.p++;
        const inCase = this.mode(false, false);
        if (cases === CASES.COMMUNICATIONS) this.commClause();
        else this.caseClause(cases === CASES.TYPES);
        this.restore(inCase);
      } else if (this.is(KW.default)) this.p++;
      if (this.is(P.colon)) this.p++;
      this.statements(close, true);
      if (this.p === before) this.p++;
    }
    this.restore(saved);
    this.p = close + 1;
  }

  caseClause(types: boolean): void {
    for (;;) {
      if (types) this.skipType();
      else this.gather(exprStmt(this.expr()));
      if (!this.is(P.comma)) return;
      this.p++;
    }
  }

  selectStatement(): void {
    this.p++;
    this.clauses(CASES.COMMUNICATIONS);
  }

  /** `v := <-ch`, `v, ok = <-ch`, `ch <- x`, `<-ch`: read, nothing bound (as the Lezer adapter). */
  commClause(): void {
    const declared = this.kind() === IDENT && (this.is(P.define, this.p + 1) || this.is(P.comma, this.p + 1));
    const list = this.targets();
    const count = this.targetsFrom(list);
    if (this.is(P.define) || this.is(P.assign)) {
      const define = this.is(P.define);
      this.p++;
      if (!define || !declared)
        for (let i = 0; i < count; i++) {
          const t = this.target(list, i);
          if (t.form !== FORM.NAME) this.gather(exprStmt(t.e as Expr));
        }
      this.gather(exprStmt(this.expr()));
    } else {
      this.expressions(list);
      if (this.is(P.arrow)) {
        this.p++;
        this.gather(exprStmt(this.expr()));
      }
    }
    this.dropTargets(list);
  }
}
