/**
 * Go to the language-neutral form (ir.ts) from the fast Go reader's tokens: the file, its
 * top-level declarations one at a time, functions and their signatures. The scan has already
 * read these tokens (goReader.ts), so flows cost one pass over them instead of an @lezer/go
 * parse, which cost the analysis twice the scan. It makes what the Lezer adapter (go.ts, kept as
 * the reference of a differential test) makes from the tree, up to blocks that hold nothing: the
 * walk gives both the same flows. Statements are goLowerStmt.ts's and goLowerBranch.ts's, expressions goLowerExpr.ts's,
 * the cursor goCursor.ts's.
 */
import { GK, type GoTokens } from '../../scan/code/goTokens.js';
import * as irModule from '../ir.js';
import type { Fn, Stmt } from '../ir.js';
import { LOWERING_DECLINED } from '../walkStream.js';
import { GO_LOWER_DECLINED, GoSource } from './goCursor.js';
import { GoBranchLowerer } from './goLowerBranch.js';
import * as syms from './goLowerSyms.js';

// Imports used per token, copied once (see goLowerExpr.ts).
const { simpleType } = irModule;
const { EOF, IDENT, OP } = GK;
const { KW, P } = syms;

/**
 * The language-neutral form of a Go text from its tokens, which must come from a text the fast
 * reader accepted (`readGo`); undefined where nesting passes the depth guard or the stack
 * (the caller parses with Lezer, as the scan does).
 */
export function lowerGoTokens(text: string, tokens: GoTokens): Stmt[] | undefined {
  return lowerGoSource(new GoSource(text, tokens));
}

/** `lowerGoTokens` of tokens whose names are already read (`GoSource`). */
export function lowerGoSource(source: GoSource): Stmt[] | undefined {
  const l = new GoLowerer(source, 0);
  try {
    return l.file();
  } catch (e) {
    if (e === GO_LOWER_DECLINED || e instanceof RangeError) return undefined;
    throw e;
  }
}

/**
 * The form of a Go text one top-level statement at a time (walkStream.ts), from the same tokens
 * as `lowerGoTokens` (`source`, whose names the hinted counts read too: goUses.ts); a call throws
 * LOWERING_DECLINED where that gives undefined. Each statement
 * has a lowerer of its own: one lowerer for the whole text outlived a few scavenges and was
 * promoted, after which every expression, argument and statement it stored (its fields, its
 * stack, its targets) went through the write barrier's remembered set (the Go flows' write
 * barrier was about 13 M instructions a call on the benchmark file, two thirds of it the
 * lowering's); a lowerer made per statement is young while it works.
 */
export function goTopLevel(source: GoSource): () => readonly Stmt[] | undefined {
  let l: GoLowerer | undefined;
  let uses = 0;
  return () => {
    try {
      if (l === undefined || uses === LOWERER_STATEMENTS) {
        l = new GoLowerer(source, l === undefined ? 0 : l.p);
        uses = 0;
      } else l.clearStack();
      uses++;
      return l.nextTop();
    } catch (e) {
      throw e === GO_LOWER_DECLINED || e instanceof RangeError ? LOWERING_DECLINED : e;
    }
  };
}

/**
 * Top-level statements one lowerer reads before the next is made. Made for each statement, the
 * lowerers (five class levels' constructors, about 300 bytes each with their stacks) were about
 * 1 M instructions and 0.3 MB a call of the benchmark file; a few statements' worth of
 * allocation (a few tens of kB with the walk's) is far below a scavenge's interval, so a
 * lowerer still dies young (see above).
 */
const LOWERER_STATEMENTS = 8;

class GoLowerer extends GoBranchLowerer {
  /** The whole file's form, as a list of its own (the whole-form lowerings all give one the caller owns). */
  file(): Stmt[] {
    const mark = this.mark();
    while (this.kind() !== EOF) this.topStatement();
    return [...this.stmtsFrom(mark)];
  }

  /** The next top-level statement's form, undefined at the end (walkStream.ts). */
  nextTop(): readonly Stmt[] | undefined {
    if (this.kind() === EOF) return undefined;
    const mark = this.mark();
    this.topStatement();
    return this.stmtsFrom(mark);
  }

  topStatement(): void {
    const before = this.p;
    if (this.is(KW.package)) this.p += 2;
    else if (this.is(KW.import)) {
      this.p++;
      if (this.is(P.lparen)) this.skipGroup();
      else this.p += this.kind() === GK.STRING ? 1 : 2;
    } else if (this.is(KW.func) && (this.kind(this.p + 1) === IDENT || this.methodAhead())) {
      this.gather({ k: 'fn', fn: this.funcDecl() });
    } else this.statement();
    if (this.is(P.semi)) this.p++;
    if (this.p === before) this.p++;
  }

  /** `func (r T) Name(` at the cursor: a method, not a function literal. */
  methodAhead(): boolean {
    if (!this.is(P.lparen, this.p + 1)) return false;
    const close = this.partner[this.p + 1] ?? -1;
    return this.kind(close + 1) === IDENT && this.is(P.lparen, close + 2);
  }

  /** `func Name(…)`, `func (r T) Name(…)`: the receiver is the first parameter. */
  funcDecl(): Fn {
    const at = this.off();
    const mark = this.mark();
    this.p++;
    const method = this.is(P.lparen);
    if (method) this.parameters();
    const name = this.word();
    this.p++;
    if (this.is(P.lbracket)) this.skipGroup();
    this.signature();
    const params = this.paramsFrom(mark);
    const body = this.is(P.lbrace) && !this.stopsHere() ? this.blockBody() : NO_STMTS;
    return method ? { at, name, receiver: true, params, body } : { at, name, params, body };
  }

  /** Parameters and named results, gathered. */
  signature(): void {
    this.parameters();
    if (this.stopsHere()) return;
    if (this.is(P.lparen)) this.parameters();
    else if (this.startsType() && !this.is(P.lbrace)) this.skipType();
  }

  override fnLiteral(): Fn | undefined {
    const at = this.off();
    this.p++;
    const mark = this.mark();
    this.signature();
    const params = this.paramsFrom(mark);
    if (!this.is(P.lbrace)) return undefined;
    const saved = this.mode(true, false);
    const body = this.blockBody();
    this.restore(saved);
    return { at, params, body };
  }

  /**
   * `(a, b string, c *T)`: each name with the simple name of its type, gathered. A list where
   * no item is a name and a type (`(int, error)`) names nothing.
   */
  parameters(): void {
    const close = this.partner[this.p] ?? this.p;
    this.p++;
    // The names waiting for their type are every other token from this one (`a, b`), -1: none.
    let waiting = -1;
    const saved = this.mode(false, false);
    while (this.p < close) {
      const first = this.p;
      const named =
        this.kind() === IDENT &&
        !this.is(P.dot, first + 1) &&
        !this.is(P.comma, first + 1) &&
        !(first + 1 === close) &&
        !(this.is(P.lbracket, first + 1) && this.isItemEnd((this.partner[first + 1] ?? first) + 1, close));
      if (this.kind() === IDENT && (this.is(P.comma, first + 1) || first + 1 === close)) {
        if (waiting < 0) waiting = first;
        this.p++;
      } else if (named) {
        if (waiting < 0) waiting = first;
        this.p++;
        if (this.is(P.ellipsis)) this.p++;
        const typeStart = this.p;
        this.skipType();
        const type = this.typeName(typeStart, this.p - 1);
        for (let n = waiting; n <= first; n += 2) {
          const name = this.word(n);
          const at = this.off(n);
          this.gather(type !== undefined ? { name, at, type } : { name, at });
        }
        waiting = -1;
      } else {
        // A type alone: the names before it were types too.
        waiting = -1;
        if (this.is(P.ellipsis)) this.p++;
        this.skipType();
      }
      if (this.is(P.comma)) this.p++;
      else if (this.p < close && this.p === first) this.p++;
    }
    this.restore(saved);
    this.p = close + 1;
  }

  /**
   * `simpleType` of the type written in tokens `first` to `last`; `T`, `*T`, `pkg.T`, `[]T`
   * directly (its last name), others through its regular expression.
   */
  override typeName(first: number, last: number): string | undefined {
    const kind = this.tokenKind;
    if (kind[last] !== IDENT) return simpleType(this.span(first, last));
    for (let i = first; i < last; i++) {
      const k = kind[i];
      const s = this.sym(i);
      if (
        k !== IDENT &&
        !(
          k === OP &&
          (s === P.star || s === P.dot || (s === P.lbracket && this.partner[i] === i + 1) || s === P.rbracket)
        )
      )
        return simpleType(this.span(first, last));
    }
    return this.word(last);
  }

  isItemEnd(at: number, close: number): boolean {
    return at === close || this.is(P.comma, at);
  }
}

const NO_STMTS: readonly Stmt[] = [];
