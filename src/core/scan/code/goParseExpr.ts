import { decline, EXPR, TYPE_KEYWORDS } from './goParseCore.js';
import { GoTypeParser } from './goParseType.js';
import { GK } from './goTokens.js';

const { IDENT, KEYWORD, NUMBER, OP, RUNE, STRING } = GK;

const BINARY: ReadonlySet<string> = new Set('* / % << >> & &^ + - | ^ == != < <= > >= && ||'.split(' '));
const UNARY: ReadonlySet<string> = new Set(['+', '-', '!', '^', '*', '&', '<-']);

/** Expressions for the fast Go reader (see goParseCore.ts). */
export abstract class GoExprParser extends GoTypeParser {
  /**
   * An expression. In @lezer/go every binary and unary operator binds tighter than `.`, `[…]`
   * and calls, so `24 * time.Hour` is `(24 * time).Hour` and `&u.Name` is `(&u).Name`: only an
   * operand that leads its expression (`lead`) can be the plain-name receiver of a selector.
   */
  override expr(): number {
    const r = this.unary(true);
    if (r === EXPR.GUARD) return r;
    let binary = false;
    while (this.kind() === OP && BINARY.has(this.word()) && !this.stopsHere()) {
      this.p++;
      if (this.unary(false) === EXPR.GUARD) decline();
      binary = true;
    }
    return binary ? EXPR.OTHER : r;
  }

  exprList(): { count: number; names: boolean; last: number } {
    let count = 0;
    let names = true;
    let last: number;
    for (;;) {
      last = this.expr();
      count++;
      if (last !== EXPR.NAME) names = false;
      if (!this.is(',') || this.stopsHere()) return { count, names, last };
      this.p++;
    }
  }

  unary(lead: boolean): number {
    if (this.kind() === OP && UNARY.has(this.word())) {
      if (this.is('<-') && this.is('chan', this.p + 1)) decline();
      this.p++;
      if (this.unary(false) === EXPR.GUARD) decline();
      return EXPR.OTHER;
    }
    return this.postfix(this.operand(lead));
  }

  operand(lead: boolean): number {
    const k = this.kind();
    if (k === NUMBER || k === STRING || k === RUNE) {
      this.p++;
      return EXPR.OTHER;
    }
    if (k === IDENT) return this.named(lead);
    if (this.is('(')) {
      this.p++;
      this.nested(false, false, () => this.expr());
      this.expect(')');
      return EXPR.OTHER;
    }
    if (this.is('func')) {
      this.p++;
      this.signature();
      if (!this.is('{')) decline();
      this.block();
      return EXPR.OTHER;
    }
    if (this.is('[') || this.is('map') || this.is('struct') || this.is('interface')) {
      const literal = !this.is('interface');
      this.type();
      if (literal && this.is('{')) this.literalValue();
      else if (this.is('(')) this.conversion();
      else decline();
      return EXPR.OTHER;
    }
    return decline();
  }

  /** An operand starting with a name: a value, a selector chain, a typed literal or a call. */
  named(lead: boolean): number {
    const start = this.p;
    const first = this.t.words[start];
    if (first === 'true' || first === 'false') {
      this.p++;
      if (this.is('.') && !this.stopsHere()) decline();
      return EXPR.OTHER;
    }
    if ((this.isWord('make', start) || this.isWord('new', start)) && this.is('(', start + 1)) {
      // After an operator, `new(…)` may also be `(x + new)(…)`: left to Lezer.
      if (!lead) decline();
      return this.makeOrNew();
    }
    this.p++;
    let n = 1;
    while (this.is('.') && !this.stopsHere() && this.kind(this.p + 1) === IDENT) {
      if (!this.isName(this.p + 1)) decline();
      this.p += 2;
      n++;
    }
    const stop = this.stopsHere();
    if (!stop && this.is('{') && !this.noLit) {
      // `pkg.Type{…}`: the chain is a qualified type, no selector at all.
      this.literalValue();
      return EXPR.OTHER;
    }
    if (!stop && this.is('[')) {
      const close = this.t.match[this.p] ?? -1;
      const callFollows = this.is('(', close + 1) && !(this.nl && this.t.semi[close] === 1);
      if (this.is('{', close + 1) && !this.noLit && !(this.nl && this.t.semi[close] === 1)) {
        this.typeArgs();
        this.literalValue();
        return EXPR.OTHER;
      }
      if (callFollows && !lead) decline();
      if (lead) this.emitChain(start, n, false);
      // Lezer prefers an instantiation `f[T](x)` to an index whenever the brackets hold types.
      if (callFollows && this.tryTypeArgs()) {
        this.callArguments();
        return EXPR.OTHER;
      }
      return n === 1 ? EXPR.NAME : EXPR.OTHER;
    }
    if (lead) this.emitChain(start, n, !stop && this.is('('));
    return n === 1 ? EXPR.NAME : EXPR.OTHER;
  }

  /** `a.b` on a plain name is a usage, unless it is the very callee of a call (`a.b(x)`). */
  emitChain(start: number, n: number, called: boolean): void {
    if (n < 2 || (called && n === 2)) return;
    const prop = start + 2;
    const from = this.t.from[prop] ?? 0;
    this.emitted.push({
      name: this.word(prop),
      from,
      role: 'usage',
      owner: this.word(start),
    });
  }

  /** `make(T, n)` / `new(T)`: a type first, unless the argument reads as an expression. */
  makeOrNew(): number {
    this.p++;
    const a = this.p + 1;
    if (this.is('*', a)) decline();
    const typeFirst = this.is('[', a) || (this.kind(a) === KEYWORD && TYPE_KEYWORDS.has(this.word(a)));
    if (!typeFirst) {
      let j = a;
      while (this.kind(j) === IDENT && this.is('.', j + 1)) j += 2;
      if (this.is('[', j + 1)) decline();
      this.callArguments();
      return EXPR.OTHER;
    }
    this.p++;
    this.nested(false, false, () => {
      this.type();
      if (this.is('{')) decline();
      if (this.is(',')) {
        this.p++;
        if (!this.is(')')) this.argumentsRest();
      }
    });
    this.expect(')');
    return EXPR.OTHER;
  }

  postfix(r: number): number {
    for (;;) {
      if (this.stopsHere()) return r;
      if (this.is('.')) {
        if (this.kind(this.p + 1) === IDENT) {
          if (!this.isName(this.p + 1)) decline();
          this.p += 2;
        } else if (this.is('(', this.p + 1)) {
          this.p += 2;
          if (this.is('type')) {
            if (!this.guardOk) decline();
            this.p++;
            this.expect(')');
            return EXPR.GUARD;
          }
          this.nested(false, false, () => {
            this.type();
          });
          this.expect(')');
        } else decline();
      } else if (this.is('(')) this.callArguments();
      else if (this.is('[')) this.index();
      else return r;
      r = EXPR.OTHER;
    }
  }

  callArguments(): void {
    this.expect('(');
    if (this.is(')')) {
      this.p++;
      return;
    }
    this.nested(false, false, () => {
      this.argumentsRest();
    });
    this.expect(')');
  }

  /** Arguments up to the closing parenthesis: `a, b`, `xs...`, a trailing comma. */
  argumentsRest(): void {
    for (;;) {
      this.expr();
      if (this.is('...')) {
        this.p++;
        if (this.is(',')) this.p++;
        return;
      }
      if (!this.is(',')) return;
      this.p++;
      if (this.is(')')) return;
    }
  }

  conversion(): void {
    this.expect('(');
    this.nested(false, false, () => {
      this.expr();
      if (this.is(',')) this.p++;
    });
    this.expect(')');
  }

  index(): void {
    this.expect('[');
    this.nested(false, false, () => {
      if (!this.is(':')) {
        this.expr();
        if (this.is(',')) {
          this.p++;
          return;
        }
      }
      if (!this.is(':')) return;
      this.p++;
      if (!this.is(']') && !this.is(':')) this.expr();
      if (this.is(':')) {
        this.p++;
        this.expr();
      }
    });
    this.expect(']');
  }

  literalValue(): void {
    this.expect('{');
    this.nested(false, false, () => {
      while (!this.is('}')) {
        this.element();
        if (this.is(':')) {
          this.p++;
          this.element();
        }
        if (!this.is(',')) break;
        this.p++;
      }
    });
    this.expect('}');
  }

  element(): void {
    if (this.is('{')) this.literalValue();
    else this.expr();
  }
}
