/**
 * Go statements to the language-neutral form (ir.ts) from the fast Go reader's tokens:
 * declarations in a body, assignments, `if`/`for`/`switch`/`select`, each statement gathered on
 * the cursor's stack (goCursor.ts) into the list being read. Expressions are goLowerExpr.ts's,
 * the file and signatures goLower.ts's.
 */
import { GK } from '../../scan/code/goTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Stmt } from '../ir.js';
import { GoExprLowerer } from './goLowerExpr.js';
import { FORM } from './goLowerOperand.js';
import * as syms from './goLowerSyms.js';

// Imports used per token, copied once (see goLowerExpr.ts).
const { declaringLet, exprStmt, group } = irModule;
const { EOF, IDENT, KEYWORD } = GK;
const { IS_UPDATE, KW, P } = syms;

/**
 * One target of an assignment, as its lowering needs it: slots reused from statement to
 * statement (`Targets`), where an object per target and a list per statement were garbage at once.
 */
class Target {
  from = 0;
  form: number = FORM.OTHER;
  /** A plain name's text, or a selector's member. */
  prop = '';
  /** A selector's or index's receiver when a plain name. */
  recvName: string | undefined;
  e: Expr | undefined;
}

/** The statement reader; goLower.ts adds the file, functions and signatures. */
export abstract class GoStmtLowerer extends GoExprLowerer {
  /** The targets being read, innermost statement's last (a function literal's body nests). */
  readonly #targets: Target[] = [];
  #targetCount = 0;

  /** A block at the cursor: its statements gathered. */
  block(): void {
    const close = this.partner[this.p] ?? this.p;
    this.p++;
    const saved = this.mode(true, false);
    this.statements(close, false);
    this.restore(saved);
    this.p = close + 1;
  }

  /** The statements of the block at the cursor. */
  blockBody(): readonly Stmt[] {
    const mark = this.mark();
    this.block();
    return this.stmtsFrom(mark);
  }

  /** Statements up to token `close` (or, in a `case`, the next `case`/`default`). */
  statements(close: number, inCase: boolean): void {
    while (this.p < close) {
      if (this.is(P.semi)) {
        this.p++;
        continue;
      }
      if (inCase && (this.is(KW.case) || this.is(KW.default))) return;
      const before = this.p;
      this.enter();
      this.statement();
      this.depth--;
      if (this.p === before) this.p++;
    }
  }

  statement(): void {
    if (this.kind() === KEYWORD) {
      this.keywordStatement(this.sym());
      return;
    }
    if (this.is(P.lbrace)) {
      this.gather({ k: 'block', body: this.blockBody() });
      return;
    }
    if (this.kind() === IDENT && this.is(P.colon, this.p + 1)) {
      this.p += 2;
      if (!this.is(P.rbrace) && !this.is(P.semi) && this.kind() !== EOF) this.statement();
      return;
    }
    this.simple();
  }

  /** A statement that starts with a keyword (goLowerBranch.ts). */
  abstract keywordStatement(sym: number): void;

  /** A statement ends here: `;`, a line end, or before `)`/`}`. */
  endsHere(): boolean {
    return (
      this.is(P.semi) ||
      this.semi[this.p - 1] === 1 ||
      this.is(P.rparen) ||
      this.is(P.rbrace) ||
      this.kind() === EOF
    );
  }

  /** One spec, or a parenthesised list of them, of a `var`/`const` or (`types`) a `type`. */
  specs(types: boolean): void {
    if (!this.is(P.lparen)) {
      this.spec(types);
      return;
    }
    const close = this.partner[this.p] ?? this.p;
    this.p++;
    const saved = this.mode(true, false);
    while (this.p < close) {
      if (this.is(P.semi)) {
        this.p++;
        continue;
      }
      const before = this.p;
      this.spec(types);
      if (this.p === before) this.p++;
    }
    this.restore(saved);
    this.p = close + 1;
  }

  spec(types: boolean): void {
    if (!types) {
      this.valueSpec();
      return;
    }
    this.p++;
    if (this.is(P.assign)) this.p++;
    else if (this.is(P.lbracket)) this.skipGroup();
    if (!this.stopsHere() && !this.is(P.semi) && !this.is(P.rparen)) this.skipType();
  }

  /** `a, b T = x, y` in a `var` or `const`. */
  valueSpec(): void {
    // The names are every other token from the first (`a, b`).
    const first = this.p;
    let count = 0;
    for (;;) {
      count++;
      this.p++;
      if (!this.is(P.comma) || this.stopsHere()) break;
      this.p++;
    }
    let type: string | undefined;
    let hasType = false;
    if (
      !this.stopsHere() &&
      !this.is(P.assign) &&
      !this.is(P.semi) &&
      !this.is(P.rparen) &&
      this.startsType()
    ) {
      const typeStart = this.p;
      this.skipType();
      hasType = true;
      type = this.typeName(typeStart, this.p - 1);
    }
    const values =
      this.is(P.assign) && !(hasType && this.stopsHere()) ? (this.p++, this.exprList()) : NO_EXPRS;
    for (let i = 0; i < count; i++)
      this.gather(
        declaringLet(this.off(first + 2 * i), this.word(first + 2 * i), valueOf(values, i, count), type),
      );
  }

  /** `simpleType` of the type written in tokens `first` to `last` (goLower.ts). */
  abstract typeName(first: number, last: number): string | undefined;

  /** An expression list read as targets into reused slots; the mark to `dropTargets` to. */
  targets(): number {
    return this.targetsAfter(this.expr());
  }

  /** `targets`, its first expression `first` just read. */
  targetsAfter(first: Expr): number {
    const mark = this.#targetCount;
    for (let e = first; ; e = this.expr()) {
      const t = (this.#targets[this.#targetCount++] ??= new Target());
      t.from = this.from;
      t.form = this.form;
      t.prop = this.prop;
      t.recvName = this.recvName;
      t.e = e;
      if (!this.is(P.comma) || this.stopsHere()) return mark;
      this.p++;
    }
  }

  /** Target `i` of the list read from `mark`. */
  target(mark: number, i: number): Target {
    return this.#targets[mark + i] as Target;
  }

  /** How many targets the list read from `mark` holds. */
  targetsFrom(mark: number): number {
    return this.#targetCount - mark;
  }

  /** The targets read from `mark` are lowered: their slots are free, their expressions let go. */
  dropTargets(mark: number): void {
    for (let i = mark; i < this.#targetCount; i++) (this.#targets[i] as Target).e = undefined;
    this.#targetCount = mark;
  }

  /**
   * A simple statement; true when it was an expression alone (an `if`'s condition). One
   * expression that nothing assigns to (a call, most statements) is gathered as it is read,
   * without a target slot: each slot's fields written per statement took the write barrier's
   * slow path while the collector marked.
   */
  simple(): boolean {
    const e = this.expr();
    if (!this.is(P.comma) || this.stopsHere()) {
      if (this.stopsHere()) {
        this.gather(exprStmt(e));
        return true;
      }
      const op = this.sym();
      if (
        op !== P.assign &&
        IS_UPDATE[op] !== 1 &&
        op !== P.define &&
        op !== P.inc &&
        op !== P.dec &&
        op !== P.arrow
      ) {
        this.gather(exprStmt(e));
        return true;
      }
    }
    const list = this.targetsAfter(e);
    const alone = this.simpleAfter(list);
    this.dropTargets(list);
    return alone;
  }

  simpleAfter(list: number): boolean {
    if (this.stopsHere()) return this.expressions(list);
    const op = this.sym();
    if (op === P.assign || IS_UPDATE[op] === 1) {
      this.p++;
      this.assign(list, this.exprList(), op !== P.assign);
      return false;
    }
    if (op === P.define) {
      this.p++;
      const values = this.exprList();
      const count = this.targetsFrom(list);
      for (let i = 0; i < count; i++) {
        const t = this.target(list, i);
        this.gather(declaringLet(t.from, t.prop, valueOf(values, i, count), undefined));
      }
      return false;
    }
    if (op === P.inc || op === P.dec) {
      this.p++;
      this.assign(list, NO_EXPRS, true);
      return false;
    }
    if (op === P.arrow) {
      this.p++;
      const v = this.expr();
      this.expressions(list);
      this.gather(exprStmt(v));
      return false;
    }
    return this.expressions(list);
  }

  /** The targets read from `list` as expression statements; true when one. */
  expressions(list: number): boolean {
    const count = this.targetsFrom(list);
    for (let i = 0; i < count; i++) this.gather(exprStmt(this.target(list, i).e as Expr));
    return count === 1;
  }

  /** `a, b.c, m[k] = …` and `x += …`, `x++`. */
  assign(list: number, values: readonly Expr[], compound: boolean): void {
    const count = this.targetsFrom(list);
    for (let i = 0; i < count; i++) {
      const t = this.target(list, i);
      const v = values.length === count ? (values[i] ?? group(values)) : group(values);
      if (t.form === FORM.NAME)
        this.gather({
          k: 'let',
          at: t.from,
          name: t.prop,
          declare: false,
          value: compound ? group([{ k: 'name', at: t.from, name: t.prop }, v]) : v,
        });
      else if (t.form === FORM.SELECTOR && t.recvName !== undefined)
        this.gather({ k: 'store', at: t.from, recv: t.recvName, prop: t.prop, value: v });
      else if (t.form === FORM.INDEX && t.recvName !== undefined)
        this.gather({ k: 'store', at: t.from, recv: t.recvName, value: v });
      else this.gather(exprStmt(v));
    }
  }
}

const NO_EXPRS: readonly Expr[] = [];

/** Name `i` of `count` declared: its own value, or all of them when the counts differ. */
function valueOf(values: readonly Expr[], i: number, count: number): Expr | undefined {
  return values.length === count ? values[i] : values.length > 0 ? group(values) : undefined;
}
