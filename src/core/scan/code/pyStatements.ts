import type { FieldDraft } from '../kit/index.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';
import { plausible, plausibleParams } from './pyCheck.js';
import { classBody, type PyStatement } from './pyFields.js';
import { API_OWNERS, isSettingsClass } from './pyRules.js';
import { KIND, type PyTokens } from './pyTokens.js';
import { decline, PyView, statementShape } from './pyView.js';

const { DEDENT, FSTRING, INDENT, NAME, NEWLINE, NUMBER, OP, STRING } = KIND;

/**
 * The statement pass of the fast Python reader (`pyReader.ts`): statements and blocks, their
 * clauses in the order Python allows them, class bodies, imports, and the attribute accesses of
 * expressions, with where each top-level statement chain starts. Declines (throws `DECLINE`)
 * wherever it cannot be sure Lezer would parse the text without error.
 */
const COMPOUND: ReadonlySet<string> = new Set([
  'if',
  'elif',
  'else',
  'while',
  'for',
  'try',
  'except',
  'finally',
  'with',
  'def',
  'class',
  'async',
]);
/** Which clause may follow which (`elif` after `if`…); Lezer has no node for a lone `else`. */
const FOLLOWS: Readonly<Record<string, readonly string[]>> = {
  elif: ['if', 'elif'],
  else: ['if', 'elif', 'for', 'while', 'try', 'except'],
  except: ['try', 'except'],
  finally: ['try', 'except', 'else'],
};
/** Clauses that continue the statement before them, so no chain starts there. */
const CONTINUATIONS: ReadonlySet<string> = new Set(Object.keys(FOLLOWS));
const CONDITION: ReadonlySet<string> = new Set(['if', 'elif', 'while']);
const EMPTY_HEADER: ReadonlySet<string> = new Set(['else', 'try', 'finally']);
const SIMPLE_KEYWORDS: ReadonlySet<string> = new Set([
  'return',
  'raise',
  'del',
  'assert',
  'global',
  'nonlocal',
]);

/** The statement pass over one file's tokens. */
export class Reader {
  readonly emitted: FieldDraft[] = [];
  readonly pending: PendingDeclaration[] = [];
  readonly starts: number[] = [];
  readonly emittedAt: number[] = [];
  readonly pendingAt: number[] = [];
  readonly #v: PyView;
  readonly #t: PyTokens;
  #p = 0;
  /** Enclosing class names, innermost last: `self` means the innermost. */
  readonly #classes: string[] = [];
  /** The f-string replacement fields' tokens, and the next field to read (`PyTokens.fields`). */
  readonly #fields: PyView | undefined;
  #inner = 0;

  constructor(v: PyView) {
    this.#v = v;
    this.#t = v.t;
    this.#fields = v.t.inner === undefined ? undefined : new PyView(v.text, v.t.inner);
  }

  file(): void {
    const t = this.#t;
    let clause = '';
    while (this.#p < this.#v.length && t.kind[this.#p] !== DEDENT) {
      if (
        this.starts.length === 0 ||
        !(this.#v.isKeyword(this.#p) && CONTINUATIONS.has(this.#v.s(this.#p)))
      ) {
        this.starts.push(this.starts.length === 0 ? 0 : (t.from[this.#p] ?? 0));
        this.emittedAt.push(this.emitted.length);
        this.pendingAt.push(this.pending.length);
      }
      clause = this.#statement(clause).clause ?? '';
    }
    if (this.#p !== this.#v.length || this.#inner !== this.#t.fields.length) decline();
  }

  /** Statements until a dedent or the end. */
  #block(): PyStatement[] {
    const out: PyStatement[] = [];
    let clause = '';
    while (this.#p < this.#v.length && this.#t.kind[this.#p] !== DEDENT) {
      const s = this.#statement(clause);
      out.push(s);
      clause = s.clause ?? '';
    }
    return out;
  }

  #statement(previousClause: string): PyStatement {
    const v = this.#v;
    const p = this.#p;
    const kind = this.#t.kind[p];
    if (kind === INDENT || kind === NEWLINE) decline();
    if (v.isOp(p, '@')) return this.#decorated();
    if (kind === NAME && COMPOUND.has(v.s(p))) return this.#compound(previousClause);
    return this.#simpleLine();
  }

  /** `@a.b(args)` lines, then the decorated definition. */
  #decorated(): PyStatement {
    const v = this.#v;
    const from = this.#t.from[this.#p] ?? 0;
    while (v.isOp(this.#p, '@')) {
      let i = this.#p + 1;
      if (!v.isVariable(i)) decline();
      while (v.isOp(i + 1, '.') && v.isVariable(i + 2)) i += 2;
      i++;
      if (v.isOp(i, '(')) {
        const close = v.partner(i);
        if (!plausible(v, i - 1, close + 1)) decline();
        this.#expression(i, close + 1, -1);
        i = close + 1;
      }
      if (this.#t.kind[i] !== NEWLINE) decline();
      this.#p = i + 1;
    }
    const word = v.s(this.#p);
    if (!(word === 'def' || word === 'class' || word === 'async')) decline();
    return { ...this.#compound(''), kind: 'other', from };
  }

  #compound(previousClause: string): PyStatement {
    const v = this.#v;
    const start = this.#p;
    let word = v.s(start);
    let at = start;
    if (word === 'async') {
      at++;
      word = v.s(at);
      if (!(word === 'def' || word === 'for' || word === 'with')) decline();
    }
    const follows = FOLLOWS[word];
    if (follows !== undefined && !follows.includes(previousClause)) decline();
    const colon = this.#bodyColon(word, at);
    let name: string | undefined;
    if (word === 'class' || word === 'def') {
      if (!v.isVariable(at + 1)) decline();
      name = v.s(at + 1);
      if (word === 'class') this.#classes.push(name);
      if (!plausible(v, at + 1, colon, { def: word === 'def' })) decline();
      this.#expression(at + 1, colon, -1);
    } else {
      // `else`, `try` and `finally` take nothing before their colon; `except` may; a
      // condition is one expression, not a tuple.
      if (CONDITION.has(word) && this.#hasTopComma(at + 1, colon)) decline();
      if (
        EMPTY_HEADER.has(word)
          ? colon !== at + 1
          : !plausible(v, at + 1, colon, { allowEmpty: word === 'except' })
      )
        decline();
      this.#expression(at + 1, colon, -1);
    }
    this.#p = colon + 1;
    const body = this.#body();
    if (word === 'class') {
      this.#classes.pop();
      if (name !== undefined && !isSettingsClass(name, this.#classes.length > 0)) classBody(this, name, body);
    }
    const end = this.#p - 1;
    return {
      kind: word === 'def' ? 'def' : 'other',
      start,
      end: this.#p,
      from: this.#t.from[start] ?? 0,
      to: this.#t.to[end] ?? 0,
      clause: word,
      ...(name !== undefined ? { name } : {}),
      body,
    };
  }

  /** The `:` that opens a compound statement's body. */
  #bodyColon(word: string, at: number): number {
    const v = this.#v;
    let i = at + 1;
    if (word === 'def' || word === 'class') {
      i++;
      if (v.isOp(i, '[')) i = v.partner(i) + 1;
      if (v.isOp(i, '(')) {
        if (word === 'def' && !plausibleParams(v, i, v.partner(i))) decline();
        i = v.partner(i) + 1;
      } else if (word === 'def') decline();
      // Only a return annotation may stand between the header and its colon.
      if (v.isOp(i, ':')) return i;
      if (!(word === 'def' && v.isOp(i, '->'))) decline();
    }
    for (; i < v.length; i++) {
      const k = this.#t.kind[i];
      if (k === NEWLINE) decline();
      if (this.#t.depth[i] !== 0) continue;
      if (v.isKeyword(i, 'lambda')) decline();
      if (v.isOp(i, ':')) return i;
    }
    return decline();
  }

  #hasTopComma(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (this.#t.depth[i] === 0 && this.#v.isOp(i, ',')) return true;
    return false;
  }

  /** A body: an indented block, or one simple line after the colon. */
  #body(): PyStatement[] {
    const t = this.#t;
    if (t.kind[this.#p] !== NEWLINE) {
      if (t.kind[this.#p] === NAME && COMPOUND.has(this.#v.s(this.#p))) decline();
      const line = this.#simpleLine();
      return line.group === true ? [] : [line];
    }
    this.#p++;
    if (t.kind[this.#p] !== INDENT) decline();
    this.#p++;
    const body = this.#block();
    if (t.kind[this.#p] !== DEDENT) decline();
    this.#p++;
    return body;
  }

  /** One logical line of simple statements (`a = 1; b = 2` is a group). */
  #simpleLine(): PyStatement {
    const v = this.#v;
    const t = this.#t;
    const start = this.#p;
    let end = start;
    while (end < v.length && t.kind[end] !== NEWLINE) end++;
    if (end >= v.length) decline();
    let a = start;
    let group = false;
    let result: PyStatement | undefined;
    for (let i = start; i <= end; i++) {
      if (i < end && !(t.depth[i] === 0 && v.isOp(i, ';'))) continue;
      if (i < end) group = true;
      if (a === i) {
        // `x = 1;` ends a group; `;;` and an empty statement do not parse.
        if (!(group && i === end)) decline();
      } else result = this.#small(a, i);
      a = i + 1;
    }
    this.#p = end + 1;
    if (result === undefined) return decline();
    if (!group) return result;
    return { kind: 'other', start, end, from: t.from[start] ?? 0, to: t.to[end - 1] ?? 0, group: true };
  }

  /** One small statement `[a, b)`: assignment, expression or keyword statement. */
  #small(a: number, b: number): PyStatement {
    const v = this.#v;
    const t = this.#t;
    const word = t.kind[a] === NAME ? v.s(a) : '';
    if (word === 'import' || word === 'from') {
      this.#importStatement(a, b);
      return this.#statementOf(a, b, 'other');
    }
    if (word === 'pass' || word === 'break' || word === 'continue') {
      if (b !== a + 1) decline();
      return this.#statementOf(a, b, 'other');
    }
    if (SIMPLE_KEYWORDS.has(word)) {
      // `raise E from cause`: two expressions.
      let from = b;
      if (word === 'raise')
        for (let i = a + 1; i < b; i++) if (t.depth[i] === 0 && v.isKeyword(i, 'from')) from = i;
      const allowEmpty = word === 'return' || word === 'raise';
      if (!plausible(v, a + 1, from, { allowEmpty }) || (from < b && !plausible(v, from + 1, b))) decline();
      if (from < b && from === a + 1) decline();
      this.#expression(a + 1, b, -1);
      return this.#statementOf(a, b, 'other');
    }
    if (COMPOUND.has(word)) decline();
    // `print x` is Python 2's print statement to Lezer; `match x:`, `case …:` and `type X = …`
    // are soft-keyword statements: the reader follows none of them.
    if (word === 'print' && a + 1 < b && !(v.isOp(a + 1, '(') || v.isOp(a + 1, '.'))) decline();
    // …and so is a `print` that ends the file.
    if (word === 'print' && a + 1 === b && /^[ \t]*$/.test(v.text.slice(t.to[a]))) decline();
    if ((word === 'match' || word === 'case' || word === 'type') && a + 1 < b && startsOperand(v, a + 1))
      decline();
    const shape = statementShape(v, a, b);
    if (!plausible(v, a, b, { statement: true })) decline();
    this.#expression(a, b, shape.assign ? shape.firstEnd : -1);
    if (shape.assign) return this.#statementOf(a, b, 'assign');
    return this.#statementOf(a, b, b === a + 1 && v.isPlainString(a) ? 'string' : 'other');
  }

  /**
   * The statement `[a, b)` of `#small`, a method rather than a closure made for each statement
   * (under tsx every closure is also named with a property definition).
   */
  #statementOf(a: number, b: number, kind: PyStatement['kind']): PyStatement {
    const t = this.#t;
    return { kind, start: a, end: b, from: t.from[a] ?? 0, to: t.to[b - 1] ?? 0 };
  }

  /** `import a.b as c`, `from ..x import (y, z)`: names only, no attribute accesses. */
  #importStatement(a: number, b: number): void {
    const v = this.#v;
    let i = a + 1;
    const dotted = (): void => {
      if (!v.isVariable(i)) decline();
      i++;
      while (v.isOp(i, '.') && v.isVariable(i + 1)) i += 2;
    };
    const names = (close: boolean): void => {
      for (;;) {
        dotted();
        if (v.isKeyword(i, 'as')) {
          if (!v.isVariable(i + 1)) decline();
          i += 2;
        }
        if (!v.isOp(i, ',')) return;
        i++;
        if (close && v.isOp(i, ')')) return;
      }
    };
    if (v.isKeyword(a, 'from')) {
      let dots = 0;
      while (v.isOp(i, '.') || v.isOp(i, '...')) {
        i++;
        dots++;
      }
      if (dots === 0 || v.isVariable(i)) dotted();
      if (!v.isKeyword(i, 'import')) decline();
      i++;
      if (v.isOp(i, '*')) i++;
      else if (v.isOp(i, '(')) {
        i++;
        names(true);
        if (!v.isOp(i, ')')) decline();
        i++;
      } else names(false);
    } else names(false);
    if (i !== b) decline();
  }

  /**
   * The attribute accesses in `[a, b)` as usages; `targetEnd` is where an assignment's first
   * target ends (its own accesses are not usages), or -1. F-strings' fields are read here too.
   */
  #expression(a: number, b: number, targetEnd: number): void {
    const v = this.#v;
    const t = this.#t;
    for (let i = a; i < b; i++) {
      const k = t.kind[i];
      if (k === FSTRING) this.#fstring(t.to[i] ?? 0);
      else if (k === OP && v.isOp(i, '.')) this.#member(v, i, a, b, targetEnd);
    }
  }

  /** The replacement fields of the f-string ending at `to`, in the fields' token list. */
  #fstring(to: number): void {
    const fields = this.#t.fields;
    const inner = this.#fields;
    if (inner === undefined) return decline();
    while (this.#inner < fields.length) {
      const start = fields[this.#inner] ?? 0;
      const end = fields[this.#inner + 1] ?? 0;
      if ((inner.t.from[start] ?? to) >= to) break;
      this.#inner += 2;
      if (!plausible(inner, start, end)) decline();
      for (let i = start; i < end; i++) if (inner.isOp(i, '.')) this.#member(inner, i, start, end, -1);
    }
  }

  /** `receiver.prop` at the dot `i`: a usage owned by the receiver, unless a call or target. */
  #member(v: PyView, i: number, a: number, b: number, targetEnd: number): void {
    const t = v.t;
    const prop = i + 1;
    const r = i - 1;
    if (prop >= b || t.kind[prop] !== NAME || r < a) decline();
    let owner: string | undefined;
    if (t.kind[r] === NAME) {
      const afterDot = r - 1 >= a && v.isOp(r - 1, '.');
      const s = v.s(r);
      if (afterDot || !v.isKeyword(r)) owner = s;
      else if (!(s === 'None' || s === 'True' || s === 'False')) decline();
      if (owner === 'self') {
        const cls = this.#classes[this.#classes.length - 1];
        // `x.self.y` outside a class would be owned by `x.self`: not worth following.
        if (cls === undefined && afterDot) decline();
        owner = cls ?? 'self';
      }
    } else if (!(t.kind[r] === STRING || t.kind[r] === FSTRING || t.kind[r] === NUMBER || t.kind[r] === OP))
      decline();
    if (owner === undefined || API_OWNERS.has(owner)) return;
    if (prop + 1 < b && v.isOp(prop + 1, '(')) return;
    if (prop + 1 === targetEnd && v.primaryEnd(a, b) === targetEnd) return;
    this.emitted.push({ name: v.s(prop), from: t.from[prop] ?? 0, role: 'usage', owner });
  }

  get view(): PyView {
    return this.#v;
  }
}

/** Whether the token can begin an operand (so `match x` is a statement, `match = …` is not). */
function startsOperand(v: PyView, i: number): boolean {
  const k = v.t.kind[i];
  if (k === NAME || k === NUMBER || k === STRING || k === FSTRING) return true;
  const s = v.s(i);
  return (
    s === '(' || s === '[' || s === '{' || s === '-' || s === '+' || s === '~' || s === '*' || s === '...'
  );
}
