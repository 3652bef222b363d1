import { decline, EXPR } from './goParseCore.js';
import { GoExprParser } from './goParseExpr.js';
import { GK } from './goTokens.js';

const { OP } = GK;

const UPDATE: ReadonlySet<string> = new Set('+= -= *= /= %= &= |= ^= <<= >>= &^='.split(' '));

/** What a simple statement was: a header needs to know (`if x {`, `switch v := x.(type) {`). */
const SIMPLE = { EXPR: 0, GUARD: 1, OTHER: 2 } as const;
/**
 * Simple statements and the control statements' headers and case bodies for the fast Go reader
 * (see goParseCore.ts); blocks, declarations and the file are goReader.ts's.
 */
export abstract class GoStmtParser extends GoExprParser {
  /** Statements up to `}` (or, in a `case`, up to the next `case`/`default`); goReader.ts's. */
  abstract statements(inCase: boolean): void;

  simpleStatement(): number {
    const list = this.exprList();
    return this.simpleRest(list);
  }

  /** The rest of a simple statement whose first expression list has been read. */
  simpleRest(list: { count: number; names: boolean; last: number }): number {
    if (this.stopsHere()) return this.single(list);
    if (this.is('=') || (this.kind() === OP && UPDATE.has(this.word()))) {
      this.p++;
      this.exprList();
      return SIMPLE.OTHER;
    }
    if (this.is(':=')) {
      if (!list.names) decline();
      this.p++;
      const rhs = this.exprList();
      return rhs.count === 1 && rhs.last === EXPR.GUARD && list.count === 1 ? SIMPLE.GUARD : SIMPLE.OTHER;
    }
    if (this.is('++') || this.is('--') || this.is('<-')) {
      if (list.count !== 1 || list.last === EXPR.GUARD) decline();
      if (this.is('<-')) {
        this.p++;
        this.expr();
      } else this.p++;
      return SIMPLE.OTHER;
    }
    return this.single(list);
  }

  /** An expression statement: exactly one expression. */
  single(list: { count: number; last: number }): number {
    if (list.count !== 1) decline();
    return list.last === EXPR.GUARD ? SIMPLE.GUARD : SIMPLE.EXPR;
  }

  /** `if`/`switch` headers: `(simpleStatement semi)? …`, line-end semicolons included. */
  header<R>(guardOk: boolean, read: () => R): R {
    return this.nested(true, true, () => {
      this.guardOk = guardOk;
      return read();
    });
  }

  ifStatement(): void {
    this.p++;
    this.header(false, () => {
      const kind = this.simpleStatement();
      if (this.semiHeader()) this.expr();
      else if (kind !== SIMPLE.EXPR) decline();
    });
    this.block();
    if (this.is('else') && !this.stopsHere()) {
      this.p++;
      if (this.is('if')) this.ifStatement();
      else this.block();
    }
  }

  /**
   * The semicolon after a header's statement (`;` or at a line end, which Lezer takes even
   * before `{`); false when the block follows directly.
   */
  semiHeader(): boolean {
    if (this.is(';') || this.t.semi[this.p - 1] === 1) {
      if (this.is(';')) this.p++;
      return true;
    }
    if (this.is('{')) return false;
    return decline();
  }

  forStatement(): void {
    this.p++;
    if (!this.is('{')) {
      this.nested(false, true, () => {
        if (this.is(';')) {
          this.forClause();
          return;
        }
        const list = this.exprList();
        if ((this.is('=') || this.is(':=')) && this.is('range', this.p + 1)) {
          if (this.is(':=') && !list.names) decline();
          this.p += 2;
          this.expr();
          return;
        }
        if (this.is(';')) {
          this.forClause();
          return;
        }
        if (this.simpleRest(list) !== SIMPLE.EXPR) {
          if (!this.is(';')) decline();
          this.forClause();
        }
      });
    }
    this.block();
  }

  /** `; cond; post` after a `for` clause's init (or none). */
  forClause(): void {
    this.expect(';');
    if (!this.is(';')) this.expr();
    this.expect(';');
    if (!this.is('{')) this.simpleStatement();
  }

  switchStatement(): void {
    this.p++;
    const guard = this.header(true, () => {
      if (this.is('{')) return false;
      let kind = this.simpleStatement();
      if (this.semiHeader()) {
        if (kind === SIMPLE.GUARD) decline();
        if (this.is('{')) return false;
        kind = this.simpleStatement();
      }
      if (kind === SIMPLE.OTHER) decline();
      return kind === SIMPLE.GUARD;
    });
    this.caseBody(() => {
      if (guard) this.typeList();
      else this.exprList();
    });
  }

  typeList(): void {
    for (;;) {
      this.type();
      if (!this.is(',')) return;
      this.p++;
      if (this.is(':')) return;
    }
  }

  selectStatement(): void {
    this.p++;
    this.caseBody(() => {
      const list = this.exprList();
      if (this.is('<-')) {
        if (list.count !== 1) decline();
        this.p++;
        this.expr();
      } else if (this.is('=') || this.is(':=')) {
        if (this.is(':=') && !list.names) decline();
        this.p++;
        this.expr();
      } else if (list.count !== 1) decline();
    });
  }

  /** `{ case …: statements … default: statements }`. */
  caseBody(clause: () => void): void {
    this.expect('{');
    this.nested(true, false, () => {
      while (!this.is('}')) {
        if (this.is('case')) {
          this.p++;
          this.nested(false, false, clause);
        } else if (!this.is('default')) decline();
        else this.p++;
        this.expect(':');
        this.statements(true);
      }
    });
    this.expect('}');
  }
}
