/**
 * Go to the language-neutral form (ir.ts) from the fast Go reader's tokens: the file,
 * declarations, statements and signatures (expressions are goLowerExpr.ts's). The scan has
 * already read these tokens (goReader.ts), so flows cost one pass over them instead of an
 * @lezer/go parse, which cost the analysis twice the scan. It makes what the Lezer adapter
 * (go.ts, kept as the reference of a differential test) makes from the tree, up to blocks that
 * hold nothing: the walk gives both the same flows.
 */
import { GK, type GoTokens } from '../../scan/code/goTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Fn, Param, Stmt } from '../ir.js';
import { LOWERING_DECLINED } from '../walkStream.js';
import { FORM, GO_LOWER_DECLINED, GoExprLowerer } from './goLowerExpr.js';

// Imports used per token, copied once (see goLowerExpr.ts).
const { declaringLet, exprStmt, group, isExprStmt, simpleType } = irModule;
const { EOF, IDENT, KEYWORD, OP } = GK;

const UPDATE: ReadonlySet<string> = new Set('+= -= *= /= %= &= |= ^= <<= >>= &^='.split(' '));

/**
 * The language-neutral form of a Go text from its tokens, which must come from a text the fast
 * reader accepted (`readGo`); undefined where nesting passes the depth guard or the stack
 * (the caller parses with Lezer, as the scan does).
 */
export function lowerGoTokens(text: string, tokens: GoTokens): Stmt[] | undefined {
  const l = new GoLowerer(text, tokens);
  try {
    return l.file();
  } catch (e) {
    if (e === GO_LOWER_DECLINED || e instanceof RangeError) return undefined;
    throw e;
  }
}

/**
 * The form of a Go text one top-level statement at a time (walkStream.ts), from the same tokens
 * as `lowerGoTokens`; a call throws LOWERING_DECLINED where that gives undefined.
 */
export function goTopLevel(text: string, tokens: GoTokens): () => Stmt[] | undefined {
  const l = new GoLowerer(text, tokens);
  return () => {
    try {
      return l.nextTop();
    } catch (e) {
      throw e === GO_LOWER_DECLINED || e instanceof RangeError ? LOWERING_DECLINED : e;
    }
  };
}

/** One target of an assignment, as its lowering needs it. */
interface Target {
  readonly from: number;
  readonly form: number;
  /** A plain name's text. */
  readonly name: string;
  /** A selector's or index's receiver when a plain name. */
  readonly recvName: string | undefined;
  readonly prop: string;
  readonly e: Expr;
}

class GoLowerer extends GoExprLowerer {
  /** Runs `read` in the given context (once per statement at most; brackets use `mode`). */
  nested<R>(nl: boolean, noLit: boolean, read: () => R): R {
    const saved = this.mode(nl, noLit);
    const r = read();
    this.restore(saved);
    return r;
  }

  file(): Stmt[] {
    const out: Stmt[] = [];
    while (this.kind() !== EOF) this.topStatement(out);
    return out;
  }

  /** The next top-level statement's form, undefined at the end (walkStream.ts). */
  nextTop(): Stmt[] | undefined {
    if (this.kind() === EOF) return undefined;
    const out: Stmt[] = [];
    this.topStatement(out);
    return out;
  }

  topStatement(out: Stmt[]): void {
    const before = this.p;
    if (this.is('package')) this.p += 2;
    else if (this.is('import')) {
      this.p++;
      if (this.is('(')) this.skipGroup();
      else this.p += this.kind() === GK.STRING ? 1 : 2;
    } else if (this.is('func') && (this.kind(this.p + 1) === IDENT || this.methodAhead())) {
      out.push({ k: 'fn', fn: this.funcDecl() });
    } else this.statement(out);
    if (this.is(';')) this.p++;
    if (this.p === before) this.p++;
  }

  /** `func (r T) Name(` at the cursor: a method, not a function literal. */
  methodAhead(): boolean {
    if (!this.is('(', this.p + 1)) return false;
    const close = this.t.match[this.p + 1] ?? -1;
    return this.kind(close + 1) === IDENT && this.is('(', close + 2);
  }

  /** `func Name(…)`, `func (r T) Name(…)`: the receiver is the first parameter. */
  funcDecl(): Fn {
    const at = this.off();
    const params: Param[] = [];
    this.p++;
    const method = this.is('(');
    if (method) this.parameters(params);
    const name = this.word();
    this.p++;
    if (this.is('[')) this.skipGroup();
    this.signature(params);
    const body: Stmt[] = [];
    if (this.is('{') && !this.stopsHere()) this.block(body);
    return method ? { at, name, receiver: true, params, body } : { at, name, params, body };
  }

  /** Parameters and named results. */
  signature(params: Param[]): void {
    this.parameters(params);
    if (this.stopsHere()) return;
    if (this.is('(')) this.parameters(params);
    else if (this.startsType() && !this.is('{')) this.skipType();
  }

  override fnLiteral(): Fn | undefined {
    const at = this.off();
    this.p++;
    const params: Param[] = [];
    this.signature(params);
    if (!this.is('{')) return undefined;
    const body: Stmt[] = [];
    this.nested(true, false, () => {
      this.block(body);
    });
    return { at, params, body };
  }

  /**
   * `(a, b string, c *T)`: each name with the simple name of its type. A list where no item is
   * a name and a type (`(int, error)`) names nothing.
   */
  parameters(out: Param[]): void {
    const close = this.t.match[this.p] ?? this.p;
    this.p++;
    const names: { name: string; at: number }[] = [];
    this.nested(false, false, () => {
      while (this.p < close) {
        const first = this.p;
        const named =
          this.kind() === IDENT &&
          !this.is('.', first + 1) &&
          !this.is(',', first + 1) &&
          !(first + 1 === close) &&
          !(this.is('[', first + 1) && this.isItemEnd((this.t.match[first + 1] ?? first) + 1, close));
        if (this.kind() === IDENT && (this.is(',', first + 1) || first + 1 === close)) {
          names.push({ name: this.word(first), at: this.off(first) });
          this.p++;
        } else if (named) {
          names.push({ name: this.word(first), at: this.off(first) });
          this.p++;
          if (this.is('...')) this.p++;
          const typeStart = this.p;
          this.skipType();
          const type = this.typeName(typeStart, this.p - 1);
          for (const n of names)
            out.push(type !== undefined ? { name: n.name, at: n.at, type } : { name: n.name, at: n.at });
          names.length = 0;
        } else {
          // A type alone: the names before it were types too.
          names.length = 0;
          if (this.is('...')) this.p++;
          this.skipType();
        }
        if (this.is(',')) this.p++;
        else if (this.p < close && this.p === first) this.p++;
      }
    });
    this.p = close + 1;
  }

  /**
   * `simpleType` of the type written in tokens `first` to `last`; `T`, `*T`, `pkg.T`, `[]T`
   * directly (its last name), others through its regular expression.
   */
  typeName(first: number, last: number): string | undefined {
    const t = this.t;
    if (t.kind[last] !== IDENT) return simpleType(this.span(first, last));
    for (let i = first; i < last; i++) {
      const k = t.kind[i];
      const s = t.words[i];
      if (
        k !== IDENT &&
        !(k === OP && (s === '*' || s === '.' || (s === '[' && t.match[i] === i + 1) || s === ']'))
      )
        return simpleType(this.span(first, last));
    }
    return this.word(last);
  }

  isItemEnd(at: number, close: number): boolean {
    return at === close || this.is(',', at);
  }

  block(out: Stmt[]): void {
    const close = this.t.match[this.p] ?? this.p;
    this.p++;
    const saved = this.mode(true, false);
    this.statements(out, close, false);
    this.restore(saved);
    this.p = close + 1;
  }

  /** Statements up to token `close` (or, in a `case`, the next `case`/`default`). */
  statements(out: Stmt[], close: number, inCase: boolean): void {
    while (this.p < close) {
      if (this.is(';')) {
        this.p++;
        continue;
      }
      if (inCase && (this.is('case') || this.is('default'))) return;
      const before = this.p;
      this.enter();
      this.statement(out);
      this.depth--;
      if (this.p === before) this.p++;
    }
  }

  statement(out: Stmt[]): void {
    if (this.kind() === KEYWORD) {
      this.keywordStatement(this.word(), out);
      return;
    }
    if (this.is('{')) {
      const body: Stmt[] = [];
      this.block(body);
      out.push({ k: 'block', body });
      return;
    }
    if (this.kind() === IDENT && this.is(':', this.p + 1)) {
      this.p += 2;
      if (!this.is('}') && !this.is(';') && this.kind() !== EOF) this.statement(out);
      return;
    }
    this.simple(out);
  }

  keywordStatement(word: string, out: Stmt[]): void {
    switch (word) {
      case 'var':
      case 'const':
        this.p++;
        this.specs(() => {
          this.valueSpec(out);
        });
        return;
      case 'type':
        this.p++;
        this.specs(() => {
          this.p++;
          if (this.is('=')) this.p++;
          else if (this.is('[')) this.skipGroup();
          if (!this.stopsHere() && !this.is(';') && !this.is(')')) this.skipType();
        });
        return;
      case 'if':
        out.push({ k: 'block', body: this.ifStatement() });
        return;
      case 'for':
        out.push({ k: 'block', body: this.forStatement() });
        return;
      case 'switch':
        out.push({ k: 'block', body: this.switchStatement() });
        return;
      case 'select':
        out.push({ k: 'block', body: this.selectStatement() });
        return;
      case 'go':
      case 'defer':
        this.p++;
        out.push(exprStmt(this.expr()));
        return;
      case 'return':
        this.p++;
        out.push({ k: 'return', e: this.endsHere() ? group([]) : group(this.exprList()) });
        return;
      case 'break':
      case 'continue':
      case 'goto':
        this.p++;
        if (this.kind() === IDENT && !this.stopsHere()) this.p++;
        return;
      case 'fallthrough':
        this.p++;
        return;
      default:
        this.simple(out);
    }
  }

  /** A statement ends here: `;`, a line end, or before `)`/`}`. */
  endsHere(): boolean {
    return (
      this.is(';') || this.t.semi[this.p - 1] === 1 || this.is(')') || this.is('}') || this.kind() === EOF
    );
  }

  /** One spec or a parenthesised list of them. */
  specs(one: () => void): void {
    if (!this.is('(')) {
      one();
      return;
    }
    const close = this.t.match[this.p] ?? this.p;
    this.p++;
    this.nested(true, false, () => {
      while (this.p < close) {
        if (this.is(';')) {
          this.p++;
          continue;
        }
        const before = this.p;
        one();
        if (this.p === before) this.p++;
      }
    });
    this.p = close + 1;
  }

  /** `a, b T = x, y` in a `var` or `const`. */
  valueSpec(out: Stmt[]): void {
    const names: { name: string; at: number }[] = [];
    for (;;) {
      names.push({ name: this.word(), at: this.off() });
      this.p++;
      if (!this.is(',') || this.stopsHere()) break;
      this.p++;
    }
    let type: string | undefined;
    let hasType = false;
    if (!this.stopsHere() && !this.is('=') && !this.is(';') && !this.is(')') && this.startsType()) {
      const typeStart = this.p;
      this.skipType();
      hasType = true;
      type = this.typeName(typeStart, this.p - 1);
    }
    const values = this.is('=') && !(hasType && this.stopsHere()) ? (this.p++, this.exprList()) : [];
    this.declare(out, names, values, type);
  }

  /** `let`s of declared names, each with its value or, when the counts differ, all of them. */
  declare(out: Stmt[], names: readonly { name: string; at: number }[], values: Expr[], type?: string): void {
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      if (n === undefined) continue;
      const value =
        values.length === names.length ? values[i] : values.length > 0 ? group(values) : undefined;
      out.push(declaringLet(n.at, n.name, value, type));
    }
  }

  /** An expression list read as targets, with what each was. */
  targets(): Target[] {
    const out: Target[] = [];
    for (;;) {
      const e = this.expr();
      out.push({
        from: this.from,
        form: this.form,
        name: this.prop,
        recvName: this.recvName,
        prop: this.prop,
        e,
      });
      if (!this.is(',') || this.stopsHere()) return out;
      this.p++;
    }
  }

  /** A simple statement; true when it was an expression alone (an `if`'s condition). */
  simple(out: Stmt[]): boolean {
    const list = this.targets();
    if (this.stopsHere()) return this.expressions(list, out);
    const op = this.kind() === OP ? this.word() : '';
    if (op === '=' || UPDATE.has(op)) {
      this.p++;
      this.assign(list, this.exprList(), op !== '=', out);
      return false;
    }
    if (op === ':=') {
      this.p++;
      const values = this.exprList();
      this.declare(
        out,
        list.map((t) => ({ name: t.name, at: t.from })),
        values,
      );
      return false;
    }
    if (op === '++' || op === '--') {
      this.p++;
      this.assign(list, [], true, out);
      return false;
    }
    if (op === '<-') {
      this.p++;
      const v = this.expr();
      for (const t of list) out.push(exprStmt(t.e));
      out.push(exprStmt(v));
      return false;
    }
    return this.expressions(list, out);
  }

  expressions(list: readonly Target[], out: Stmt[]): boolean {
    for (const t of list) out.push(exprStmt(t.e));
    return list.length === 1;
  }

  /** `a, b.c, m[k] = …` and `x += …`, `x++`. */
  assign(list: readonly Target[], values: Expr[], compound: boolean, out: Stmt[]): void {
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (t === undefined) continue;
      const v = values.length === list.length ? (values[i] ?? group(values)) : group(values);
      if (t.form === FORM.NAME)
        out.push({
          k: 'let',
          at: t.from,
          name: t.name,
          declare: false,
          value: compound ? group([{ k: 'name', at: t.from, name: t.name }, v]) : v,
        });
      else if (t.form === FORM.SELECTOR && t.recvName !== undefined)
        out.push({ k: 'store', at: t.from, recv: t.recvName, prop: t.prop, value: v });
      else if (t.form === FORM.INDEX && t.recvName !== undefined)
        out.push({ k: 'store', at: t.from, recv: t.recvName, value: v });
      else out.push(exprStmt(v));
    }
  }

  /** A header's statements (`if`/`switch`): block follows at `{` (no composite literal there). */
  header<R>(read: () => R): R {
    return this.nested(true, true, read);
  }

  /** After a header's statement: `;` or a line end; false when the block follows directly. */
  semiHeader(): boolean {
    if (this.is(';')) {
      this.p++;
      return true;
    }
    return !this.is('{') && this.t.semi[this.p - 1] === 1;
  }

  ifStatement(): Stmt[] {
    const out: Stmt[] = [];
    this.p++;
    this.header(() => {
      const cond = this.simple(out);
      if (this.semiHeader() || !cond) this.condition(out);
    });
    const body: Stmt[] = [];
    this.block(body);
    out.push({ k: 'block', body });
    if (this.is('else') && !this.stopsHere()) {
      this.p++;
      if (this.is('if')) out.push({ k: 'block', body: this.ifStatement() });
      else {
        const other: Stmt[] = [];
        this.block(other);
        out.push({ k: 'block', body: other });
      }
    }
    return out;
  }

  condition(out: Stmt[]): void {
    if (!this.is('{')) out.push(exprStmt(this.expr()));
  }

  forStatement(): Stmt[] {
    const out: Stmt[] = [];
    this.p++;
    if (!this.is('{'))
      this.nested(false, true, () => {
        if (this.is(';')) {
          this.forClause(out);
          return;
        }
        if (this.is('range')) {
          this.p++;
          out.push(exprStmt(this.expr()));
          return;
        }
        const save = this.p;
        const list = this.targets();
        if ((this.is('=') || this.is(':=')) && this.is('range', this.p + 1)) {
          this.p += 2;
          const value = this.expr();
          for (const t of list)
            if (t.form === FORM.NAME) out.push({ k: 'let', at: t.from, name: t.name, declare: true, value });
          return;
        }
        this.p = save;
        this.simple(out);
        if (this.is(';')) this.forClause(out);
      });
    const body: Stmt[] = [];
    this.block(body);
    out.push({ k: 'block', body });
    return out;
  }

  /** `; cond; post` after a `for` clause's init (or none). */
  forClause(out: Stmt[]): void {
    this.p++;
    if (!this.is(';')) out.push(exprStmt(this.expr()));
    this.p++;
    if (!this.is('{')) this.simple(out);
  }

  switchStatement(): Stmt[] {
    const out: Stmt[] = [];
    this.p++;
    let guard = false;
    this.header(() => {
      if (this.is('{')) return;
      guard = this.switchHead(out);
      if (this.semiHeader() && !this.is('{')) guard = this.switchHead(out);
    });
    out.push({ k: 'block', body: this.caseBody(guard) });
    return out;
  }

  /** A switch header's statement; true for a type switch's guard (`v := x.(type)`, `x.(type)`). */
  switchHead(out: Stmt[]): boolean {
    if (this.kind() === IDENT && this.is(':=', this.p + 1)) {
      const save = this.p;
      this.p += 2;
      const e = this.expr();
      if (this.form === FORM.GUARD) {
        out.push(exprStmt(e));
        return true;
      }
      this.p = save;
    }
    const before = out.length;
    this.simple(out);
    const last = out[out.length - 1];
    return out.length === before + 1 && last !== undefined && isExprStmt(last) && this.form === FORM.GUARD;
  }

  /** `{ case …: statements … default: statements }`; a type switch's cases are types. */
  caseBody(types: boolean): Stmt[] {
    const out: Stmt[] = [];
    const close = this.t.match[this.p] ?? this.p;
    this.p++;
    this.nested(true, false, () => {
      while (this.p < close) {
        const before = this.p;
        if (this.is('case')) {
          this.p++;
          this.nested(false, false, () => {
            this.caseClause(types, out);
          });
        } else if (this.is('default')) this.p++;
        if (this.is(':')) this.p++;
        this.statements(out, close, true);
        if (this.p === before) this.p++;
      }
    });
    this.p = close + 1;
    return out;
  }

  caseClause(types: boolean, out: Stmt[]): void {
    for (;;) {
      if (types) this.skipType();
      else out.push(exprStmt(this.expr()));
      if (!this.is(',')) return;
      this.p++;
    }
  }

  selectStatement(): Stmt[] {
    const out: Stmt[] = [];
    this.p++;
    const close = this.t.match[this.p] ?? this.p;
    this.p++;
    this.nested(true, false, () => {
      while (this.p < close) {
        const before = this.p;
        if (this.is('case')) {
          this.p++;
          this.nested(false, false, () => {
            this.commClause(out);
          });
        } else if (this.is('default')) this.p++;
        if (this.is(':')) this.p++;
        this.statements(out, close, true);
        if (this.p === before) this.p++;
      }
    });
    this.p = close + 1;
    return out;
  }

  /** `v := <-ch`, `v, ok = <-ch`, `ch <- x`, `<-ch`: read, nothing bound (as the Lezer adapter). */
  commClause(out: Stmt[]): void {
    const declared = this.kind() === IDENT && (this.is(':=', this.p + 1) || this.is(',', this.p + 1));
    const list = this.targets();
    if (this.is(':=') || this.is('=')) {
      const define = this.is(':=');
      this.p++;
      if (!define || !declared) for (const t of list) if (t.form !== FORM.NAME) out.push(exprStmt(t.e));
      out.push(exprStmt(this.expr()));
      return;
    }
    for (const t of list) out.push(exprStmt(t.e));
    if (this.is('<-')) {
      this.p++;
      out.push(exprStmt(this.expr()));
    }
  }
}
