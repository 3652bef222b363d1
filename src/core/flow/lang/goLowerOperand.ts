/**
 * Go operands to the language-neutral form (ir.ts), read from the fast Go reader's tokens: unary
 * operators, literals, names, composite literals (`pkg.T{…}`, `[]T{…}`, `map[K]V{…}`), function
 * literals, conversions and parenthesised expressions, with what the last one read was as a
 * callee or a target needs it. Chains, postfixes and calls are goLowerExpr.ts's.
 */
import { GK } from '../../scan/code/goTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Fn } from '../ir.js';
import { GoCursor } from './goCursor.js';
import * as syms from './goLowerSyms.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { keyed } = irModule;
const { EOF, IDENT, KEYWORD, NUMBER, RUNE, STRING } = GK;
const { IS_TYPE_KEYWORD, IS_UNARY, KW, P } = syms;

/** What the last expression read was, as far as its use as a callee or a target matters. */
export const FORM = { OTHER: 0, NAME: 1, SELECTOR: 2, INDEX: 3, FUNC: 4, STRING: 5, GUARD: 6 } as const;

/**
 * Stands for a callee that is called at once (`h.log.Info(`, `send(`): a call keeps only its
 * callee's text and receiver, so the name or member itself, one object per call, is not made.
 * Never part of the form.
 */
export const CALLED: Expr = { k: 'group', parts: [] };

/** The operand reader; goLowerExpr.ts adds chains, postfixes and calls. */
export abstract class GoOperandLowerer extends GoCursor {
  // The last expression read, as the callee of a call or the target of an assignment needs it.
  /** Its start offset. */
  from = 0;
  form: number = FORM.OTHER;
  /**
   * Its callee text as the Lezer adapter writes it (`h.log.Info`, `?` for anything else), up to
   * what `calleeText` adds: most calls and members end a chain, and the text each would add
   * (an interned `f()` or `a.b`, a map lookup or two) was made for nothing.
   */
  dot = '?';
  /** A member read after `dot` and not yet joined to it ('' for none). */
  dotMember = '';
  /** `dot` was called (`f()`), not yet written so. */
  dotCalled = false;
  /** A selector's or an index's receiver, lowered. */
  recv: Expr | undefined;
  /** A selector's or an index's receiver when it is a plain name. */
  recvName: string | undefined;
  /** A selector's member, or a plain name. */
  prop = '';

  /** `func(…) R { … }` at the cursor; undefined for a function type (no body). */
  abstract fnLiteral(): Fn | undefined;

  /** An expression at the cursor (goLowerExpr.ts). */
  abstract expr(): Expr;

  /** The last expression's callee text (`dot` with what is pending). */
  calleeText(): string {
    if (this.dotMember !== '') {
      this.dot = this.strings.joined(this.dot, this.dotMember);
      this.dotMember = '';
    } else if (this.dotCalled) {
      this.dot = this.strings.called(this.dot);
      this.dotCalled = false;
    }
    return this.dot;
  }

  /**
   * The last expression's callee text is `dot`, nothing pending. Each field is written only when
   * it changes: every operand sets `?`, and while the collector marks, each pointer written into
   * the lowerer takes the write barrier's slow path (the Go lowering's barriers were 5 M
   * instructions a call of the benchmark's flows).
   */
  setCallee(dot: string): void {
    if (this.dot !== dot) this.dot = dot;
    if (this.dotMember !== '') this.dotMember = '';
    this.dotCalled = false;
  }

  /** A call follows at the cursor: what was just read is a callee. */
  callFollows(): boolean {
    return this.is(P.lparen) && !this.stopsHere();
  }

  /** An operand: unary operators, then a literal, a name, a composite literal, a function literal, a conversion or `( … )`. */
  operand(): Expr {
    const start = this.p;
    const at = this.off();
    const k = this.kind();
    let e: Expr;
    const op = this.sym();
    if (IS_UNARY[op] === 1) {
      this.p++;
      this.enter();
      const inner = this.operand();
      this.depth--;
      e = op === P.not ? { k: 'silent', parts: [inner] } : inner;
      this.form = FORM.OTHER;
      this.setCallee('?');
    } else if (k === STRING) {
      this.p++;
      e = { k: 'lit', at, str: this.stringContent(start) };
      this.form = FORM.STRING;
      this.setCallee('?');
    } else if (k === NUMBER || k === RUNE) {
      this.p++;
      e = { k: 'lit', at };
      this.form = FORM.OTHER;
      this.setCallee('?');
    } else if (k === IDENT) e = this.named();
    else if (this.is(P.lparen)) {
      this.p++;
      const saved = this.mode(false, false);
      e = this.expr();
      this.restore(saved);
      this.p++;
      this.form = FORM.OTHER;
      this.setCallee('?');
    } else if (this.is(KW.func)) {
      const fn = this.fnLiteral();
      e = fn === undefined ? { k: 'lit', at } : { k: 'fn', fn };
      this.form = fn === undefined ? FORM.OTHER : FORM.FUNC;
      this.setCallee('?');
    } else {
      e = this.typeLed(at);
      this.form = FORM.OTHER;
      this.setCallee('?');
    }
    this.from = at;
    return e;
  }

  /** A name: a value, `true`/`false`/`nil`, or the type of a composite literal (`pkg.T{…}`, `T[A]{…}`). */
  named(): Expr {
    const start = this.p;
    const at = this.off();
    const name = this.nameAt(start);
    let q = start + 1;
    while (this.is(P.dot, q) && !(this.nl && this.semi[q - 1] === 1) && this.kind(q + 1) === IDENT) q += 2;
    const stop = this.nl && this.semi[q - 1] === 1;
    if (!stop && !this.noLit) {
      if (this.is(P.lbrace, q)) {
        this.p = q;
        return this.literal(at);
      }
      if (this.is(P.lbracket, q)) {
        const close = this.partner[q] ?? -1;
        if (this.is(P.lbrace, close + 1) && !(this.nl && this.semi[close] === 1)) {
          this.p = close + 1;
          return this.literal(at);
        }
      }
    }
    this.p++;
    this.prop = name;
    // `true` and `false` are the reader's own words (a name's is undefined); `nil` is compared
    // only when a name has its length and first letter (a string comparison per name was 0.4 M
    // instructions a call, and per three-letter name 0.2 M: `log`, `zap`, `msg`, `ctx`).
    if (
      this.tokenWords[start] !== undefined ||
      (name.length === 3 && name.charCodeAt(0) === 110 && name === 'nil')
    ) {
      this.form = FORM.OTHER;
      this.setCallee('?');
      return { k: 'group', parts: [] };
    }
    // `make([]T, n)`, `make(map…)`, `make(chan…)` are a keyword's to @lezer/go: no callee text,
    // the first argument a type; `make(T)` with a named type is an ordinary call to it.
    const a = this.p + 1;
    // The call is tested first: `name === 'make'` compared every four-letter name (`json`, `body`).
    const makeType =
      this.is(P.lparen) &&
      name === 'make' &&
      (this.is(P.lbracket, a) || (this.kind(a) === KEYWORD && IS_TYPE_KEYWORD[this.sym(a)] === 1));
    this.form = FORM.NAME;
    this.setCallee(makeType ? '?' : name);
    return this.callFollows() ? CALLED : { k: 'name', at, name };
  }

  /** A type-led operand: `[]T{…}` and `map[K]V{…}` are literals, `[]byte(x)` a conversion, else a type. */
  typeLed(at: number): Expr {
    const literal = !this.is(KW.interface);
    this.skipType();
    if (literal && this.is(P.lbrace) && !this.stopsHere()) return this.literal(at);
    if (this.is(P.lparen) && !this.stopsHere()) {
      this.p++;
      const saved = this.mode(false, false);
      const e = this.is(P.rparen) ? undefined : this.expr();
      if (this.is(P.comma)) this.p++;
      this.restore(saved);
      this.p++;
      return e ?? { k: 'group', parts: [] };
    }
    return { k: 'lit', at };
  }

  /** `{ key: value, … }` at the cursor, the literal starting at `at`. */
  literal(at: number): Expr {
    const mark = this.mark();
    this.p++;
    const saved = this.mode(false, false);
    while (!this.is(P.rbrace) && this.kind() !== EOF) {
      const first = this.p;
      const elAt = this.off();
      const value = this.element();
      if (this.is(P.colon)) {
        const key = this.span(first, this.p - 1).replace(/^"|"$/g, '');
        this.p++;
        this.gather(keyed(key, elAt, this.element()));
      } else this.gather(value);
      if (this.is(P.comma)) this.p++;
      else break;
    }
    this.restore(saved);
    this.p++;
    this.form = FORM.OTHER;
    this.setCallee('?');
    return { k: 'collection', at, entries: this.argsFrom(mark) };
  }

  element(): Expr {
    if (this.is(P.lbrace)) {
      this.enter();
      const e = this.literal(this.off());
      this.depth--;
      return e;
    }
    return this.expr();
  }
}
