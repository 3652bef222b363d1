/**
 * Go expressions to the language-neutral form (ir.ts), read from the fast Go reader's tokens
 * (goTokens.ts) instead of an @lezer/go tree: the same forms, offsets and callees the Lezer
 * adapter (go.ts, the reference a differential test holds this to) makes from the tree. The
 * tokens come only from texts the reader accepted, so the text parses without error; this
 * reader follows that grammar and does not check it again. It follows @lezer/go where the
 * grammar departs from Go: every unary and binary operator binds tighter than `.`, `[…]` and
 * calls, so `"a" + u.Phone` is `("a" + u).Phone` (goParseExpr.ts says the same for the scan).
 * Types, statements and the file are goLower.ts's.
 */
import { GK, type GoTokens } from '../../scan/code/goTokens.js';
import * as irModule from '../ir.js';
import type { Arg, Expr, Fn } from '../ir.js';
import { InternedNames } from './interned.js';
import * as lezerModule from './lezer.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { group, keyed } = irModule;
const { MAX_LOWER_DEPTH } = lezerModule;
const { EOF, IDENT, KEYWORD, NUMBER, OP, RUNE, STRING } = GK;

/**
 * A Go string literal's content as `literalContent` (lezer.ts) reads it — quotes stripped, at
 * most 400 characters read — without its regular expression, which cost the lowering a tenth.
 */
export function goStringContent(raw: string): string {
  const s = raw.length > 400 ? raw.slice(0, 400) : raw;
  return s.length >= 2 && s.charCodeAt(s.length - 1) === s.charCodeAt(0) ? s.slice(1, -1) : s.slice(1);
}

/** Thrown where this reader leaves the text to Lezer (nesting past the depth guard). */
export const GO_LOWER_DECLINED = new Error('goLower: declined');

/** What the last expression read was, as far as its use as a callee or a target matters. */
export const FORM = { OTHER: 0, NAME: 1, SELECTOR: 2, INDEX: 3, FUNC: 4, STRING: 5, GUARD: 6 } as const;

/** Binary operators by precedence (@lezer/go's, Go's); comparisons and logic carry nothing. */
const PRECEDENCE: Readonly<Record<string, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  '+': 4,
  '-': 4,
  '|': 4,
  '^': 4,
  '*': 5,
  '/': 5,
  '%': 5,
  '<<': 5,
  '>>': 5,
  '&': 5,
  '&^': 5,
};
const UNARY: ReadonlySet<string> = new Set(['+', '-', '!', '^', '*', '&', '<-']);
const TYPE_KEYWORDS: ReadonlySet<string> = new Set(['func', 'map', 'chan', 'struct', 'interface']);

/** The cursor and the expression reader; goLower.ts adds statements. */
export abstract class GoExprLowerer {
  readonly text: string;
  readonly t: GoTokens;
  p = 0;
  /** Line-end semicolons end constructs here (statement lists, not inside brackets). */
  nl = true;
  /** In an `if`/`for`/`switch` header: `Name {` opens the block, not a composite literal. */
  noLit = false;
  depth = 0;
  // The last expression read, as the callee of a call or the target of an assignment needs it.
  /** Its start offset. */
  from = 0;
  form: number = FORM.OTHER;
  /** Its callee text as the Lezer adapter writes it (`h.log.Info`, `?` for anything else). */
  dot = '?';
  /** A selector's or an index's receiver, lowered. */
  recv: Expr | undefined;
  /** A selector's or an index's receiver when it is a plain name. */
  recvName: string | undefined;
  /** A selector's member, or a plain name. */
  prop = '';
  /** Names, string contents and callees, one string each (interned.ts). */
  readonly strings = new InternedNames();

  constructor(text: string, tokens: GoTokens) {
    this.text = text;
    this.t = tokens;
  }

  /** `func(…) R { … }` at the cursor; undefined for a function type (no body). */
  abstract fnLiteral(): Fn | undefined;

  kind(at = this.p): number {
    return this.t.kind[at] ?? EOF;
  }

  is(s: string, at = this.p): boolean {
    const k = this.t.kind[at];
    return (k === OP || k === KEYWORD) && this.t.words[at] === s;
  }

  /**
   * Token `at`'s text ('' past the end): an operator's or keyword's as the reader kept it, a
   * name's read here, interned. Not `GoTokens.text`, which slices every name of the file at once.
   */
  word(at = this.p): string {
    if (at < 0 || at >= this.t.count) return '';
    return this.t.words[at] ?? this.strings.name(this.text, this.t.from[at] ?? 0, this.t.to[at] ?? 0);
  }

  /** `goStringContent` of the string token `at`, read in place and interned. */
  stringContent(at: number): string {
    const from = this.t.from[at] ?? 0;
    const end = Math.min(this.t.to[at] ?? 0, from + 400);
    const closed = end - from >= 2 && this.text.charCodeAt(end - 1) === this.text.charCodeAt(from);
    return this.strings.name(this.text, from + 1, closed ? end - 1 : end);
  }

  off(at = this.p): number {
    return this.t.from[at] ?? this.text.length;
  }

  /** The text of tokens `first` to `last`. */
  span(first: number, last: number): string {
    return this.text.slice(this.t.from[first], this.t.to[last]);
  }

  /** A line-end semicolon after the previous token ends the construct being read. */
  stopsHere(): boolean {
    return this.nl && this.t.semi[this.p - 1] === 1;
  }

  enter(): void {
    if (++this.depth > MAX_LOWER_DEPTH) throw GO_LOWER_DECLINED;
  }

  /**
   * Sets the context for a construct, returning the caller's for `restore`. No `finally`: a
   * decline abandons the whole lowering. (A closure per bracket cost the lowering a tenth.)
   */
  mode(nl: boolean, noLit: boolean): number {
    const saved = (this.nl ? 1 : 0) | (this.noLit ? 2 : 0);
    this.nl = nl;
    this.noLit = noLit;
    return saved;
  }

  restore(saved: number): void {
    this.nl = (saved & 1) !== 0;
    this.noLit = (saved & 2) !== 0;
  }

  /** Skips a bracketed group at the cursor (`(`, `[`, `{`). */
  skipGroup(): void {
    this.p = (this.t.match[this.p] ?? this.p) + 1;
  }

  startsType(at = this.p): boolean {
    const k = this.kind(at);
    if (k === IDENT) return true;
    if (k === KEYWORD) return TYPE_KEYWORDS.has(this.word(at));
    return this.is('*', at) || this.is('[', at) || this.is('(', at) || this.is('<-', at);
  }

  /** Skips a type: `pkg.T[A]`, `*T`, `[]T`, `map[K]V`, `chan<- T`, `func(…) R`, `struct{…}`. */
  skipType(): void {
    this.enter();
    if (this.kind() === IDENT) {
      this.p++;
      while (this.is('.') && !this.stopsHere()) this.p += 2;
      if (this.is('[') && !this.stopsHere()) this.skipGroup();
    } else if (this.is('*')) {
      this.p++;
      this.skipType();
    } else if (this.is('[') || this.is('map')) {
      if (this.is('map')) this.p++;
      this.skipGroup();
      this.skipType();
    } else if (this.is('chan')) {
      this.p++;
      if (this.is('<-')) this.p++;
      this.skipType();
    } else if (this.is('<-')) {
      this.p += 2;
      this.skipType();
    } else if (this.is('func')) {
      this.p++;
      this.skipGroup();
      this.skipResults();
    } else if (this.is('struct') || this.is('interface')) {
      this.p++;
      this.skipGroup();
    } else if (this.is('(')) this.skipGroup();
    else this.p++;
    this.depth--;
  }

  /** A signature's results: `(…)` or one type, unless a line end or the body follows. */
  skipResults(): void {
    if (this.stopsHere()) return;
    if (this.is('(')) this.skipGroup();
    else if (this.startsType() && !this.is('(')) this.skipType();
  }

  /**
   * An expression: a chain of operands and binary operators, where `.`, `[…]`, `(…)` and
   * `.(T)` apply to all of the chain read so far (@lezer/go's precedence).
   */
  expr(): Expr {
    this.enter();
    const start = this.p;
    let operands: Expr[] | undefined;
    let froms: number[] | undefined;
    let ops: string[] | undefined;
    let e = this.operand();
    for (;;) {
      if (this.stopsHere()) break;
      if (this.is('.') || this.is('(') || this.is('[')) {
        if (operands !== undefined && froms !== undefined && ops !== undefined) {
          operands.push(e);
          e = reduce(operands, froms, ops);
          operands = froms = ops = undefined;
          this.form = FORM.OTHER;
          this.dot = '?';
        }
        if (!this.postfix(e, start)) break;
        e = this.lastPostfix;
        continue;
      }
      const op = this.kind() === OP ? this.word() : '';
      if (PRECEDENCE[op] === undefined) break;
      if (operands === undefined) {
        operands = [];
        froms = [this.off(start)];
        ops = [];
      }
      this.p++;
      operands.push(e);
      ops?.push(op);
      froms?.push(this.off());
      e = this.operand();
    }
    if (operands !== undefined && froms !== undefined && ops !== undefined) {
      operands.push(e);
      e = reduce(operands, froms, ops);
      this.form = FORM.OTHER;
      this.dot = '?';
    }
    this.from = this.off(start);
    this.depth--;
    return e;
  }

  lastPostfix: Expr = { k: 'group', parts: [] };

  /**
   * One postfix on `e` (which started at token `start`): `.name`, `.(T)`, `(args)`, `[…]`.
   * False when the chain ends here (a type switch's `.(type)`).
   */
  postfix(e: Expr, start: number): boolean {
    const from = this.off(start);
    if (this.is('.')) {
      if (this.kind(this.p + 1) === IDENT) {
        const name = this.word(this.p + 1);
        const at = this.off(this.p + 1);
        this.p += 2;
        this.recvName = this.form === FORM.NAME ? this.prop : undefined;
        this.recv = e;
        this.dot = this.strings.joined(this.dot, name);
        this.form = FORM.SELECTOR;
        this.prop = name;
        this.lastPostfix = { k: 'member', at, recv: e, prop: name };
        this.from = from;
        return true;
      }
      // `.(T)` or `.(type)`
      this.p++;
      if (this.is('type', this.p + 1)) {
        this.p += 3;
        this.lastPostfix = e;
        this.form = FORM.GUARD;
        this.from = from;
        return false;
      }
      const typeAt = this.off(this.p + 1);
      this.skipGroup();
      this.lastPostfix = { k: 'group', parts: [e, { k: 'lit', at: typeAt }] };
      this.form = FORM.OTHER;
      this.dot = '?';
      this.from = from;
      return true;
    }
    if (this.is('(')) {
      this.lastPostfix = this.call(e, from);
      return true;
    }
    this.lastPostfix = this.index(e, from);
    return true;
  }

  /** `callee(args)`: the callee's text and receiver from the reading of `e`. */
  call(e: Expr, from: number): Expr {
    const form = this.form;
    const dot = this.dot;
    const recv = form === FORM.SELECTOR ? this.recv : undefined;
    const args = this.args(dot === '?' && form === FORM.NAME);
    const c: Expr =
      recv !== undefined
        ? { k: 'call', at: from, callee: dot, args, recv }
        : { k: 'call', at: from, callee: dot, args };
    this.form = FORM.OTHER;
    this.dot = this.strings.called(dot);
    this.from = from;
    return form === FORM.FUNC ? group([e, c]) : c;
  }

  /** Call arguments; `make`'s first is a type (a literal). */
  args(make: boolean): Arg[] {
    const out: Arg[] = [];
    this.p++;
    const saved = this.mode(false, false);
    if (make && !this.is(')')) {
      out.push({ k: 'lit', at: this.off() });
      this.skipType();
      if (this.is(',')) this.p++;
    }
    while (!this.is(')') && this.kind() !== EOF) {
      out.push(this.expr());
      if (this.is('...')) this.p++;
      if (this.is(',')) this.p++;
      else break;
    }
    this.restore(saved);
    this.p++;
    return out;
  }

  /** `e[k]`: a string key is a member (`m["phone"]`); an index, a slice or type arguments a group. */
  index(e: Expr, from: number): Expr {
    const recvName = this.form === FORM.NAME ? this.prop : undefined;
    this.p++;
    const parts: Expr[] = [e];
    // The one string key's token (`m["phone"]`), else -1.
    let key = -1;
    let slice = false;
    const saved = this.mode(false, false);
    while (!this.is(']') && this.kind() !== EOF) {
      if (this.is(':') || this.is(',')) {
        slice ||= this.is(':');
        this.p++;
        continue;
      }
      const first = this.p;
      parts.push(this.expr());
      key = this.form === FORM.STRING && this.p === first + 1 ? first : -1;
    }
    this.restore(saved);
    this.p++;
    this.form = slice ? FORM.OTHER : FORM.INDEX;
    this.recvName = recvName;
    this.recv = e;
    this.dot = '?';
    this.from = from;
    if (!slice && parts.length === 2 && key >= 0)
      return { k: 'member', at: this.off(key), recv: e, prop: this.stringContent(key) };
    return group(parts);
  }

  /** An operand: unary operators, then a literal, a name, a composite literal, a function literal, a conversion or `( … )`. */
  operand(): Expr {
    const start = this.p;
    const at = this.off();
    const k = this.kind();
    let e: Expr;
    if (k === OP && UNARY.has(this.word())) {
      const op = this.word();
      this.p++;
      this.enter();
      const inner = this.operand();
      this.depth--;
      e = op === '!' ? { k: 'silent', parts: [inner] } : inner;
      this.form = FORM.OTHER;
      this.dot = '?';
    } else if (k === STRING) {
      this.p++;
      e = { k: 'lit', at, str: this.stringContent(start) };
      this.form = FORM.STRING;
      this.dot = '?';
    } else if (k === NUMBER || k === RUNE) {
      this.p++;
      e = { k: 'lit', at };
      this.form = FORM.OTHER;
      this.dot = '?';
    } else if (k === IDENT) e = this.named();
    else if (this.is('(')) {
      this.p++;
      const saved = this.mode(false, false);
      e = this.expr();
      this.restore(saved);
      this.p++;
      this.form = FORM.OTHER;
      this.dot = '?';
    } else if (this.is('func')) {
      const fn = this.fnLiteral();
      e = fn === undefined ? { k: 'lit', at } : { k: 'fn', fn };
      this.form = fn === undefined ? FORM.OTHER : FORM.FUNC;
      this.dot = '?';
    } else {
      e = this.typeLed(at);
      this.form = FORM.OTHER;
      this.dot = '?';
    }
    this.from = at;
    return e;
  }

  /** A name: a value, `true`/`false`/`nil`, or the type of a composite literal (`pkg.T{…}`, `T[A]{…}`). */
  named(): Expr {
    const start = this.p;
    const at = this.off();
    const name = this.word(start);
    let q = start + 1;
    while (this.is('.', q) && !(this.nl && this.t.semi[q - 1] === 1) && this.kind(q + 1) === IDENT) q += 2;
    const stop = this.nl && this.t.semi[q - 1] === 1;
    if (!stop && !this.noLit) {
      if (this.is('{', q)) {
        this.p = q;
        return this.literal(at);
      }
      if (this.is('[', q)) {
        const close = this.t.match[q] ?? -1;
        if (this.is('{', close + 1) && !(this.nl && this.t.semi[close] === 1)) {
          this.p = close + 1;
          return this.literal(at);
        }
      }
    }
    this.p++;
    this.prop = name;
    if (name === 'true' || name === 'false' || name === 'nil') {
      this.form = FORM.OTHER;
      this.dot = '?';
      return { k: 'group', parts: [] };
    }
    // `make([]T, n)`, `make(map…)`, `make(chan…)` are a keyword's to @lezer/go: no callee text,
    // the first argument a type; `make(T)` with a named type is an ordinary call to it.
    const a = this.p + 1;
    const makeType =
      name === 'make' &&
      this.is('(') &&
      (this.is('[', a) || (this.kind(a) === KEYWORD && TYPE_KEYWORDS.has(this.word(a))));
    this.form = FORM.NAME;
    this.dot = makeType ? '?' : name;
    return { k: 'name', at, name };
  }

  /** A type-led operand: `[]T{…}` and `map[K]V{…}` are literals, `[]byte(x)` a conversion, else a type. */
  typeLed(at: number): Expr {
    const literal = !this.is('interface');
    this.skipType();
    if (literal && this.is('{') && !this.stopsHere()) return this.literal(at);
    if (this.is('(') && !this.stopsHere()) {
      this.p++;
      const saved = this.mode(false, false);
      const e = this.is(')') ? undefined : this.expr();
      if (this.is(',')) this.p++;
      this.restore(saved);
      this.p++;
      return e ?? { k: 'group', parts: [] };
    }
    return { k: 'lit', at };
  }

  /** `{ key: value, … }` at the cursor, the literal starting at `at`. */
  literal(at: number): Expr {
    const entries: Arg[] = [];
    this.p++;
    const saved = this.mode(false, false);
    while (!this.is('}') && this.kind() !== EOF) {
      const first = this.p;
      const elAt = this.off();
      const value = this.element();
      if (this.is(':')) {
        const key = this.span(first, this.p - 1).replace(/^"|"$/g, '');
        this.p++;
        entries.push(keyed(key, elAt, this.element()));
      } else entries.push(value);
      if (this.is(',')) this.p++;
      else break;
    }
    this.restore(saved);
    this.p++;
    this.form = FORM.OTHER;
    this.dot = '?';
    return { k: 'collection', at, entries };
  }

  element(): Expr {
    if (this.is('{')) {
      this.enter();
      const e = this.literal(this.off());
      this.depth--;
      return e;
    }
    return this.expr();
  }

  /** A list of expressions. */
  exprList(): Expr[] {
    const out = [this.expr()];
    while (this.is(',') && !this.stopsHere()) {
      this.p++;
      out.push(this.expr());
    }
    return out;
  }
}

/**
 * A binary chain by precedence, left-associative: `BinaryExp` lowered as the Lezer adapter
 * does, a `concat` at its left operand's start, comparisons and logic `silent`.
 */
function reduce(operands: readonly Expr[], froms: readonly number[], ops: readonly string[]): Expr {
  let j = 0;
  const climb = (min: number): Expr => {
    let left = operands[j] ?? { k: 'group', parts: [] };
    const leftFrom = froms[j] ?? 0;
    while (j < ops.length) {
      const prec = PRECEDENCE[ops[j] ?? ''] ?? 0;
      if (prec < min) break;
      j++;
      const right = climb(prec + 1);
      left =
        prec <= 3
          ? { k: 'silent', parts: [left, right] }
          : { k: 'concat', at: leftFrom, parts: [left, right], interp: false };
    }
    return left;
  };
  return climb(0);
}
