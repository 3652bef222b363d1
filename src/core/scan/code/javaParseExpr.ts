import { decline, JavaCursor, PRIMITIVES } from './javaParseCore.js';
import { JK } from './javaTokens.js';

const { IDENT, KEYWORD, PUNCT, STRING, TEXT_BLOCK, CHAR, NUMBER } = JK;

/**
 * What the expression before a `.` is, as the Lezer walk's `fieldAccess` and `accessorCall`
 * (java.ts) tell owners: a plain name, a field access ending in a name or in `this`, `this`
 * itself, or anything else (calls, literals, parentheses, `super`).
 */
const R = { OTHER: 0, NAME: 1, ACCESS: 2, ACCESS_THIS: 3, THIS: 4 } as const;

const BINARY: ReadonlySet<string> = new Set([
  '||', '&&', '|', '^', '&', '==', '!=', '<', '>', '<=', '>=', '<<', '+', '-', '*', '/', '%',
]); // prettier-ignore

const ASSIGN: ReadonlySet<string> = new Set([
  '=', '+=', '-=', '*=', '/=', '&=', '|=', '^=', '%=', '<<=', '>>=', '>>>=',
]); // prettier-ignore

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
const ACCESSOR = /^(get|set|is)(?=[A-Z])/;

/** Expressions of the fast Java reader, reporting field accesses and bean accessor calls. */
export abstract class JavaExprParser extends JavaCursor {
  /** In a `case` label: `A ->` ends the label, it starts no lambda. */
  noLambda = false;

  abstract block(): void;
  /** An anonymous class body: its fields belong to the enclosing named type. */
  abstract anonymousBody(): void;
  abstract formalParameters(): void;

  expression(): void {
    if (this.lambdaAhead()) {
      this.lambda();
      return;
    }
    this.unary();
    for (;;) {
      if (this.kind() !== PUNCT && !this.is('instanceof')) return;
      const w = this.word();
      if (ASSIGN.has(w)) {
        this.p++;
        this.expression();
        return;
      }
      if (w === '?') {
        this.p++;
        this.expression();
        this.expect(':');
        this.expression();
        return;
      }
      if (w === 'instanceof') {
        this.p++;
        if (this.is('final') || this.is('@')) decline();
        this.type();
        // A type pattern's binding (`x instanceof User u`).
        if (this.isName() && !this.is('.', this.p + 1)) this.p++;
        continue;
      }
      if (w === '>') {
        // `>>` and `>>>` are `>` tokens side by side.
        let k = this.p + 1;
        while (k < this.p + 3 && this.is('>', k) && this.t.from[k] === this.t.to[k - 1]) k++;
        if (this.is('=', k) && this.t.from[k] === this.t.to[k - 1]) decline();
        this.p = k;
        this.unary();
        continue;
      }
      if (!BINARY.has(w)) return;
      this.p++;
      this.unary();
    }
  }

  lambdaAhead(): boolean {
    if (this.noLambda) return false;
    if (this.isName() && this.is('->', this.p + 1)) return true;
    if (!this.is('(')) return false;
    return this.is('->', (this.t.match[this.p] ?? -2) + 1);
  }

  lambda(): void {
    if (this.isName()) this.p++;
    else {
      const close = this.close(this.p);
      if (this.inferredParameters(close)) this.p = close + 1;
      else this.formalParameters();
    }
    this.expect('->');
    if (this.is('{')) this.block();
    else this.expression();
  }

  /** `(a, b)`: names only. */
  inferredParameters(close: number): boolean {
    for (let k = this.p + 1; k < close; k += 2) {
      if (!this.isName(k) || !(this.is(',', k + 1) || k + 1 === close)) return false;
    }
    return true;
  }

  unary(): void {
    if (this.kind() === PUNCT) {
      const w = this.word();
      if (w === '+' || w === '-' || w === '!' || w === '~' || w === '++' || w === '--') {
        this.p++;
        this.unary();
        return;
      }
      if (w === '(') {
        this.parenthesized();
        return;
      }
    }
    this.postfix(this.primary());
  }

  /** A cast, or an expression in parentheses, decided as @lezer/java decides. */
  parenthesized(): void {
    const close = this.close(this.p);
    const end = this.typeEnd(this.p + 1);
    if (end === close) {
      const nameOnly = this.dottedName(this.p + 1, close);
      const next = close + 1;
      if (nameOnly && (this.is('++', next) || this.is('--', next))) decline();
      // `(a.b) - c` is a difference or a cast of `-c`: Lezer decides by dynamic precedence.
      const signed = this.is('+', next) || this.is('-', next);
      if (!nameOnly || this.startsOperand(next) || (signed && this.typeReadingWins(this.p + 1, close))) {
        this.p = next;
        if (this.lambdaAhead()) this.lambda();
        else this.unary();
        return;
      }
    }
    this.p++;
    this.expression();
    if (this.p !== close) decline();
    this.p++;
    this.postfix(R.OTHER);
  }

  /** Names and dots only between `a` and `b` (exclusive). */
  dottedName(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if ((k - a) % 2 === 0 ? !this.isName(k) : !this.is('.', k)) return false;
    return true;
  }

  /** A token after `(T)` that makes it a cast: what starts an operand other than `+`/`-`. */
  startsOperand(k: number): boolean {
    const kind = this.kind(k);
    if (kind === IDENT || kind === STRING || kind === TEXT_BLOCK || kind === CHAR || kind === NUMBER)
      return true;
    const w = this.word(k);
    if (kind === KEYWORD) return ['this', 'super', 'new', 'true', 'false', 'null'].includes(w);
    return w === '(' || w === '!' || w === '~';
  }

  /** A primary expression; what it is, for the owner of a following access. */
  primary(): number {
    const kind = this.kind();
    if (kind === IDENT) {
      if (this.is('(', this.p + 1)) {
        this.p++;
        this.args();
        return R.OTHER;
      }
      this.methodReferenceType();
      this.name();
      return R.NAME;
    }
    if (kind === STRING || kind === TEXT_BLOCK || kind === CHAR || kind === NUMBER) {
      this.p++;
      return R.OTHER;
    }
    const w = this.word();
    if (kind !== KEYWORD) decline();
    if (w === 'this') {
      if (this.is('(', this.p + 1)) decline();
      this.p++;
      return R.THIS;
    }
    if (w === 'true' || w === 'false' || w === 'null') {
      this.p++;
      return R.OTHER;
    }
    if (w === 'super') {
      if (!this.is('.', this.p + 1) && !this.is('::', this.p + 1)) decline();
      this.p++;
      return R.OTHER;
    }
    if (w === 'new') {
      this.creation();
      return R.OTHER;
    }
    if ((PRIMITIVES.has(w) || w === 'void') && this.is('.', this.p + 1) && this.is('class', this.p + 2)) {
      this.p += 3;
      return R.OTHER;
    }
    return decline();
  }

  /**
   * `a.b.C::m`: @lezer/java reads the names before `::` as a type or as field accesses by
   * dynamic precedence (a lower-case type name and a capitalised expression name each cost one);
   * a type reports nothing, so the names are skipped. A tie is declined.
   */
  methodReferenceType(): void {
    let k = this.p;
    while (this.is('.', k + 1) && this.isName(k + 2)) k += 2;
    if (k === this.p || !this.is('::', k + 1)) return;
    if (this.typeReadingWins(this.p, k + 1)) this.p = k;
  }

  /**
   * Whether @lezer/java reads the dotted name in `[a, b)` as a type rather than an expression
   * where both parse: a lower-case type name and a capitalised expression name each cost one,
   * so fewer lower-case names make a type (`a.B`, `Foo.Bar`). A tie is declined.
   */
  typeReadingWins(a: number, b: number): boolean {
    let lower = 0;
    let upper = 0;
    for (let k = a; k < b; k += 2) {
      if (this.startsCapital(k)) upper++;
      else lower++;
    }
    if (lower === upper) decline();
    return lower < upper;
  }

  /** `new T(…)` with an optional body, or `new T[n]…` / `new T[]{…}`. */
  creation(): void {
    this.p++;
    if (this.is('<') || this.is('@')) decline();
    const start = this.p;
    const end = this.typeEnd(start, false);
    if (end < 0) decline();
    // The type ends before any `[`: dimensions are read here.
    let k = start;
    while (k < end && !this.is('[', k)) k++;
    this.p = k;
    if (this.is('(')) {
      if (this.kind(start) === KEYWORD && PRIMITIVES.has(this.word(start))) decline();
      this.args();
      if (this.is('{')) this.anonymousBody();
      return;
    }
    if (!this.is('[')) decline();
    let sized = false;
    while (this.is('[')) {
      const close = this.close(this.p);
      this.p++;
      if (this.p < close) {
        if (!sized && k !== this.p - 1) decline();
        this.expression();
        sized = true;
      }
      if (this.p !== close) decline();
      this.p++;
    }
    if (this.is('{')) {
      if (sized) decline();
      this.arrayInitializer();
    }
  }

  arrayInitializer(): void {
    const close = this.close(this.p);
    this.p++;
    while (this.p < close) {
      if (this.is('{')) this.arrayInitializer();
      else this.expression();
      if (this.is(',')) this.p++;
      else break;
    }
    if (this.p !== close) decline();
    this.p++;
  }

  args(): void {
    const close = this.close(this.p);
    this.p++;
    while (this.p < close) {
      this.expression();
      if (this.is(',') && this.p + 1 < close) this.p++;
      else break;
    }
    if (this.p !== close) decline();
    this.p++;
  }

  /** Accesses, calls, indexing, method references and `++`/`--` after a primary. */
  postfix(first: number): void {
    let receiver = first;
    let last = this.p - 1;
    for (;;) {
      if (this.is('.')) {
        const k = this.p + 1;
        if (this.isName(k) && this.is('(', k + 1)) {
          if (receiver === R.NAME) this.accessorCall(last, k);
          this.p = k + 1;
          this.args();
          receiver = R.OTHER;
        } else if (this.is('<', k)) {
          const end = this.typeArgsEnd(k);
          if (end < 0 || !this.isName(end) || !this.is('(', end + 1)) decline();
          if (receiver === R.NAME) this.accessorCall(last, end);
          this.p = end + 1;
          this.args();
          receiver = R.OTHER;
        } else if (this.isName(k)) {
          this.fieldAccess(receiver, last, k);
          this.p = k + 1;
          last = k;
          receiver = R.ACCESS;
        } else if (this.is('this', k)) {
          this.p = k + 1;
          last = k;
          receiver = R.ACCESS_THIS;
        } else if (this.is('new', k)) {
          this.p = k;
          this.creation();
          receiver = R.OTHER;
        } else decline();
      } else if (this.is('[')) {
        const close = this.close(this.p);
        this.p++;
        this.expression();
        if (this.p !== close) decline();
        this.p++;
        receiver = R.OTHER;
      } else if (this.is('::')) {
        this.p++;
        if (this.is('<')) {
          const end = this.typeArgsEnd(this.p);
          if (end < 0) decline();
          this.p = end;
        }
        if (this.is('new') || this.isName()) this.p++;
        else decline();
        return;
      } else if (this.is('++') || this.is('--')) {
        this.p++;
        return;
      } else return;
    }
  }

  /** `user.idCard`, `this.idCard` (owned by the enclosing type): a usage, as `fieldAccess` in java.ts. */
  fieldAccess(receiver: number, last: number, prop: number): void {
    if (this.inAnnotation > 0) return;
    let owner: string | undefined;
    if (receiver === R.THIS) owner = this.owner();
    else if (receiver === R.NAME || receiver === R.ACCESS || receiver === R.ACCESS_THIS)
      owner = this.source(last, last);
    const name = this.source(prop, prop);
    if (!owner || CONSTANT.test(name)) return;
    this.emitted.push({ name, from: this.t.from[prop] ?? 0, role: 'usage', owner });
  }

  /** `user.getIdCard()`: a usage of `IdCard`, as `accessorCall` in java.ts. */
  accessorCall(receiver: number, method: number): void {
    const text = this.source(method, method);
    const prefix = ACCESSOR.exec(text)?.[0];
    if (!prefix || /By[A-Z]/.test(text)) return;
    const from = (this.t.from[method] ?? 0) + prefix.length;
    this.emitted.push({
      name: this.text.slice(from, this.t.to[method]),
      from,
      role: 'usage',
      owner: this.source(receiver, receiver),
    });
  }
}
