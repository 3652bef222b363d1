/**
 * Java to the language-neutral form (ir.ts) from the fast Java reader's tokens: the file,
 * classes and their members, statements and signatures (expressions are javaLowerExpr.ts's).
 * The scan has already read these tokens (javaReader.ts), so flows cost one pass over them
 * instead of an @lezer/java parse, which cost the analysis five times the scan. It makes what
 * the Lezer adapter (java.ts, kept as the reference of a differential test) makes from the
 * tree, up to blocks that hold nothing; what it does not know (enums, switches, array
 * creation, generic methods…) declines and the caller parses with Lezer.
 */
import * as javaSymbols from '../../scan/code/javaSymbols.js';
import { JK, type JavaTokens } from '../../scan/code/javaTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Fn, Param, Stmt } from '../ir.js';
import { LOWERING_DECLINED } from '../walkStream.js';
import { declineLowering, JAVA_LOWER_DECLINED, JavaExprLowerer, NODE, type JNode } from './javaLowerExpr.js';

const { declaringLet, exprStmt, group } = irModule;
const { EOF, IDENT, KEYWORD } = JK;
const { JAVA_SYMBOLS, wordSym } = javaSymbols;

const MODIFIERS: ReadonlySet<string> = new Set([
  'public',
  'protected',
  'private',
  'static',
  'final',
  'abstract',
  'synchronized',
  'native',
  'transient',
  'volatile',
  'strictfp',
]);

/**
 * The language-neutral form of a Java text from its tokens, which must be those of the text
 * @lezer/java is given (`rewriteClassLiterals`, same offsets); undefined where the lowering
 * declines or nesting exhausts the stack (the caller parses with Lezer).
 */
export function lowerJavaTokens(text: string, tokens: JavaTokens): Stmt[] | undefined {
  if (rewroteNames(text, tokens)) return undefined;
  const l = new JavaLowerer(text, tokens);
  try {
    return l.file();
  } catch (e) {
    if (e === JAVA_LOWER_DECLINED || e instanceof RangeError) return undefined;
    throw e;
  }
}

/**
 * The form of a Java text one top-level declaration at a time (walkStream.ts), from the same
 * tokens as `lowerJavaTokens`; undefined where that declines before lowering, and a call throws
 * LOWERING_DECLINED where it declines later.
 */
export function javaTopLevel(text: string, tokens: JavaTokens): (() => Stmt[] | undefined) | undefined {
  if (rewroteNames(text, tokens)) return undefined;
  const l = new JavaLowerer(text, tokens);
  return () => {
    try {
      return l.nextTop();
    } catch (e) {
      throw e === JAVA_LOWER_DECLINED || e instanceof RangeError ? LOWERING_DECLINED : e;
    }
  };
}

/**
 * Whether the text has module words (`to`, `with`…): the scan's parse text turned them into
 * names (`t_`, java.ts) but the flow analysis's Lezer parse reads them as keywords, so such a
 * file is left to it. A name is looked up by its symbol in the original text (`wordSym`), not
 * sliced, and only when its first letter and length are a module word's: this runs over every
 * token of the file, and a keyword table lookup per name was 3-4% of the analysis.
 */
function rewroteNames(text: string, tokens: JavaTokens): boolean {
  const { kind, sym, from, to } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    const k = kind[i];
    const s = sym[i] ?? 0;
    if (k === KEYWORD && IS_MODULE_SYM[s] === 1) return true;
    if (k !== IDENT || s !== 0) continue;
    const start = from[i] ?? 0;
    const end = to[i] ?? 0;
    const lengths = MODULE_WORD_LENGTHS[text.charCodeAt(start)] ?? 0;
    if (
      end - start < 31 &&
      ((lengths >>> (end - start)) & 1) === 1 &&
      IS_MODULE_SYM[wordSym(text, start, end)] === 1
    )
      return true;
  }
  return false;
}

/** The words @lezer/java reserves for `module-info.java` only. */
const MODULE_WORDS: readonly string[] = 'to with uses requires exports opens provides transitive'.split(' ');

/** 1 at the symbol of each module word. */
const IS_MODULE_SYM = new Uint8Array(JAVA_SYMBOLS.length + 1);
for (const w of MODULE_WORDS) IS_MODULE_SYM[JAVA_SYMBOLS.indexOf(w)] = 1;

/** By a name's first character (ASCII), a bit per length some module word of that letter has. */
const MODULE_WORD_LENGTHS = new Int32Array(128);
for (const w of MODULE_WORDS)
  MODULE_WORD_LENGTHS[w.charCodeAt(0)] = (MODULE_WORD_LENGTHS[w.charCodeAt(0)] ?? 0) | (1 << w.length);

class JavaLowerer extends JavaExprLowerer {
  file(): Stmt[] {
    const out: Stmt[] = [];
    for (let decl = this.nextTop(); decl !== undefined; decl = this.nextTop())
      for (const st of decl) out.push(st);
    return out;
  }

  /** The next top-level declaration's form, undefined at the end (walkStream.ts). */
  nextTop(): Stmt[] | undefined {
    while (this.kind() !== EOF) {
      if (this.is('package') || this.is('import')) this.skipPast(';');
      else if (this.is(';')) this.p++;
      else return this.typeDeclaration(this.p);
    }
    return undefined;
  }

  /** Skips to the token after the next `s`, at the same nesting (imports, packages). */
  private skipPast(s: string): void {
    while (!this.is(s)) {
      if (this.kind() === EOF || this.is('{') || this.is('(')) declineLowering();
      this.p++;
    }
    this.p++;
  }

  /** Modifiers and annotations at the cursor. */
  private modifiers(): void {
    for (;;) {
      if (this.kind() === KEYWORD && MODIFIERS.has(this.word())) this.p++;
      else if (this.is('@')) {
        if (this.is('interface', this.p + 1)) declineLowering();
        this.p++;
        this.ident();
        this.p++;
        while (this.is('.') && this.kind(this.p + 1) === IDENT) this.p += 2;
        if (this.is('(')) this.p = this.closeOf(this.p) + 1;
      } else return;
    }
  }

  private closeOf(open: number): number {
    const c = this.t.match[open] ?? -1;
    if (c < 0) declineLowering();
    return c;
  }

  /** `class Name … { members }` (after modifiers, which start at `first`): a block of its members. */
  private typeDeclaration(first: number): Stmt[] {
    this.p = first;
    this.modifiers();
    const kind = this.is('class') ? 'class' : this.is('interface') ? 'interface' : declineLowering();
    this.p++;
    this.ident();
    this.p++;
    // The head (type parameters, `extends`, `implements`) lowers to empty blocks in java.ts.
    while (!this.is('{')) {
      const k = this.kind();
      if (this.word() === 'permits') declineLowering();
      if (!(k === IDENT || this.is('.') || this.is(',') || this.is('<') || this.is('>') || this.is('?')))
        if (!(this.is('extends') || this.is('implements') || this.is('super'))) declineLowering();
      this.p++;
    }
    return [{ k: 'block', body: this.classBody(kind === 'interface') }];
  }

  /** A class's (or an interface's, whose fields are constants java.ts lowers apart) members. */
  classBody(inInterface = false): Stmt[] {
    this.enter();
    const close = this.closeOf(this.p);
    this.p++;
    const out: Stmt[] = [];
    while (this.p < close) {
      if (this.is(';')) {
        this.p++;
        continue;
      }
      this.member(out, inInterface);
    }
    this.p = close + 1;
    this.leave();
    return out;
  }

  private member(out: Stmt[], inInterface: boolean): void {
    const first = this.p;
    if (this.is('{') || (this.is('static') && this.is('{', this.p + 1))) {
      // An initializer: java.ts lowers its block as a block.
      if (this.is('static')) this.p++;
      out.push({ k: 'block', body: [{ k: 'block', body: this.blockStmts() }] });
      return;
    }
    this.modifiers();
    if (inInterface && this.is('default')) {
      this.p++;
      this.modifiers();
    }
    if (this.is('class') || this.is('interface')) {
      out.push(...this.typeDeclaration(first));
      return;
    }
    // A generic method's type parameters: java.ts reads neither them nor the return type.
    if (this.is('<')) this.skipTypeParameters();
    const at = this.off(first);
    if (this.kind() === IDENT && this.is('(', this.p + 1)) {
      const name = this.ident();
      this.p++;
      out.push({ k: 'fn', fn: this.method(at, name) });
      return;
    }
    const typeEnd = this.is('void') ? this.p + 1 : this.typeEnd(this.p);
    if (typeEnd < 0 || this.kind(typeEnd) !== IDENT) declineLowering();
    if (this.word(this.p) === 'record') declineLowering();
    if (this.is('(', typeEnd + 1)) {
      const name = this.ident(typeEnd);
      this.p = typeEnd + 1;
      out.push({ k: 'fn', fn: this.method(at, name) });
      return;
    }
    if (inInterface) declineLowering();
    this.declaration(out);
  }

  /** `<T extends Comparable<T>, U>` at the cursor. */
  private skipTypeParameters(): void {
    let depth = 0;
    do {
      if (this.is('<')) depth++;
      else if (this.is('>')) depth--;
      else if (!(this.kind() === IDENT || this.is('.') || this.is(',') || this.is('?') || this.is('&')))
        if (!this.is('extends') && !this.is('super')) declineLowering();
      this.p++;
    } while (depth > 0);
  }

  /** A method's or constructor's parameters, `throws` and body, its name read. */
  private method(at: number, name: string): Fn {
    const params = this.formalParams();
    if (this.is('[')) declineLowering();
    if (this.is('throws')) {
      this.p++;
      while (!this.is('{') && !this.is(';')) {
        if (!(this.kind() === IDENT || this.is('.') || this.is(','))) declineLowering();
        this.p++;
      }
    }
    if (this.is('default')) declineLowering();
    let body: Stmt[] = [];
    if (this.is(';')) this.p++;
    else body = this.blockStmts();
    return { at, name, params, body };
  }

  formalParams(): Param[] {
    const close = this.closeOf(this.p);
    if (!this.is('(')) declineLowering();
    this.p++;
    const out: Param[] = [];
    while (this.p < close) {
      this.modifiers();
      const typeStart = this.p;
      const typeEnd = this.typeEnd(typeStart);
      if (typeEnd < 0) declineLowering();
      this.p = typeEnd;
      const spread = this.is('...');
      if (spread) this.p++;
      const def = this.p;
      const name = this.ident();
      this.p++;
      if (!spread) {
        const type = this.typeName(typeStart, typeEnd);
        out.push(type !== undefined ? { name, at: this.off(def), type } : { name, at: this.off(def) });
      }
      if (this.is(',')) this.p++;
      else if (this.p !== close) declineLowering();
    }
    this.p = close + 1;
    return out;
  }

  /**
   * `Type a = v, b;` at the cursor (modifiers read): one declaring `let` per variable, into `out`
   * (no list of its own to spread: every local declaration of a file comes through here).
   */
  private declaration(out: Stmt[]): void {
    const typeStart = this.p;
    const typeEnd = this.typeEnd(typeStart);
    if (typeEnd < 0) declineLowering();
    const type = this.typeName(typeStart, typeEnd);
    this.p = typeEnd;
    for (;;) {
      const def = this.p;
      const name = this.ident();
      this.p++;
      let value: Expr | undefined;
      if (this.is('=')) {
        this.p++;
        value = this.is('{') ? this.arrayInitializer() : this.expression();
      } else if (!this.is(',') && !this.is(';')) declineLowering();
      out.push(declaringLet(this.off(def), name, value, type));
      if (this.is(',')) this.p++;
      else break;
    }
    this.expect(';');
  }

  blockStmts(): Stmt[] {
    this.enter();
    if (!this.is('{')) declineLowering();
    const close = this.closeOf(this.p);
    this.p++;
    const out: Stmt[] = [];
    while (this.p < close) this.statement(out);
    this.p = close + 1;
    this.leave();
    return out;
  }

  /** Whether a local declaration starts at the cursor (modifiers already read). */
  private declarationAhead(): boolean {
    if (this.kind() === KEYWORD && !this.is('this') && !this.is('super') && !this.is('new')) {
      const end = this.typeEnd(this.p);
      return end > 0 && this.kind(end) === IDENT;
    }
    if (this.kind() !== IDENT) return false;
    const end = this.typeEnd(this.p);
    if (end < 0 || this.kind(end) !== IDENT) return false;
    return this.is('=', end + 1) || this.is(';', end + 1) || this.is(',', end + 1) || this.is(':', end + 1);
  }

  statement(out: Stmt[]): void {
    this.enter();
    this.statementIn(out);
    this.leave();
  }

  private statementIn(out: Stmt[]): void {
    if (this.is(';')) {
      this.p++;
      return;
    }
    if (this.is('{')) {
      out.push({ k: 'block', body: this.blockStmts() });
      return;
    }
    if (this.is('final') || this.is('@')) {
      this.modifiers();
      if (!this.declarationAhead()) declineLowering();
      this.declaration(out);
      return;
    }
    if (this.kind() === KEYWORD) {
      switch (this.word()) {
        case 'return': {
          this.p++;
          if (this.is(';')) {
            this.p++;
            out.push({ k: 'return' });
            return;
          }
          const e = this.expression();
          this.expect(';');
          out.push({ k: 'return', e });
          return;
        }
        case 'if':
          out.push({ k: 'block', body: this.ifStatement() });
          return;
        case 'while': {
          this.p++;
          const body: Stmt[] = [this.condition()];
          this.statement(body);
          out.push({ k: 'block', body });
          return;
        }
        case 'for':
          this.forStatement(out);
          return;
        case 'try':
          out.push({ k: 'block', body: this.tryStatement() });
          return;
        case 'throw': {
          this.p++;
          const body = [this.asStatement(this.expression())];
          this.expect(';');
          out.push({ k: 'block', body });
          return;
        }
        case 'break':
        case 'continue':
          // An empty block, as java.ts lowers these: a function's last value is not the one before.
          this.p++;
          if (this.kind() === IDENT) this.p++;
          this.expect(';');
          out.push({ k: 'block', body: [] });
          return;
        case 'this':
        case 'super':
          if (this.is('(', this.p + 1)) {
            out.push({ k: 'block', body: this.constructorCall() });
            return;
          }
          break;
        case 'new':
          break;
        default:
          if (!this.declarationAhead()) declineLowering();
          this.declaration(out);
          return;
      }
    }
    if (this.kind() === IDENT && this.is(':', this.p + 1)) declineLowering();
    if (this.declarationAhead()) {
      this.declaration(out);
      return;
    }
    const e = this.expression();
    this.expect(';');
    out.push(this.lastNode === NODE.ASSIGN ? this.assignmentStatement(e) : exprStmt(e));
  }

  /**
   * `this(a, b);`, `super(a);`: java.ts lowers the invocation node by node, so each argument is
   * a statement of its own.
   */
  private constructorCall(): Stmt[] {
    this.p += 2;
    const out: Stmt[] = [];
    while (!this.is(')')) {
      out.push(this.asStatement(this.expression()));
      if (this.is(',')) this.p++;
      else if (!this.is(')')) declineLowering();
    }
    this.p++;
    this.expect(';');
    return out;
  }

  /** `(cond)` at the cursor: java.ts lowers a parenthesized condition as an expression statement. */
  private condition(): Stmt {
    if (!this.is('(')) declineLowering();
    this.p++;
    const e = this.expression();
    this.expect(')');
    return exprStmt(e);
  }

  private ifStatement(): Stmt[] {
    this.p++;
    const body: Stmt[] = [this.condition()];
    this.statement(body);
    if (this.is('else')) {
      this.p++;
      this.statement(body);
    }
    return body;
  }

  /**
   * The expression just lowered (`e`) where java.ts lowers a node as a statement: only
   * `…Expression` nodes count.
   */
  private asStatement(e: Expr): Stmt {
    return this.nodeAsStatement(e, this.lastNode, this.lastLeft);
  }

  private nodeAsStatement(e: Expr, node: number, left: JNode | undefined): Stmt {
    if (node === NODE.EXPRESSION || node === NODE.ASSIGN) return exprStmt(e);
    if (node === NODE.NAME || node === NODE.LEAF || node === NODE.THIS) return { k: 'block', body: [] };
    // A field access is no `…Expression`: its receiver and member nodes are lowered one by one.
    if (node === NODE.FIELD && left)
      return {
        k: 'block',
        body: [this.nodeAsStatement(left.e, left.node, left.left), { k: 'block', body: [] }],
      };
    return declineLowering();
  }

  private forStatement(out: Stmt[]): void {
    this.p++;
    if (!this.is('(')) declineLowering();
    const close = this.closeOf(this.p);
    this.p++;
    this.modifiers();
    const typeEnd = this.typeEnd(this.p);
    if (typeEnd > 0 && this.kind(typeEnd) === IDENT && this.is(':', typeEnd + 1)) {
      // Enhanced `for`: the variable takes the source, then the body, in the enclosing list.
      const def = typeEnd;
      const name = this.ident(def);
      this.p = typeEnd + 2;
      const source = this.expression();
      if (this.p !== close) declineLowering();
      this.p = close + 1;
      out.push({ k: 'let', at: this.off(def), name, declare: true, value: source });
      this.statement(out);
      return;
    }
    const spec: Stmt[] = [];
    if (this.is(';')) this.p++;
    else if (this.declarationAhead()) this.declaration(spec);
    else declineLowering();
    if (!this.is(';')) spec.push(this.asStatement(this.expression()));
    this.expect(';');
    while (this.p < close) {
      spec.push(this.asStatement(this.expression()));
      if (this.is(',')) this.p++;
      else if (this.p !== close) declineLowering();
    }
    this.p = close + 1;
    const body: Stmt[] = [{ k: 'block', body: spec }];
    this.statement(body);
    out.push({ k: 'block', body });
  }

  private tryStatement(): Stmt[] {
    this.p++;
    if (this.is('(')) declineLowering();
    const body: Stmt[] = [{ k: 'block', body: this.blockStmts() }];
    while (this.is('catch')) {
      this.p++;
      if (!this.is('(')) declineLowering();
      this.p = this.closeOf(this.p) + 1;
      body.push({ k: 'block', body: [{ k: 'block', body: this.blockStmts() }] });
    }
    if (this.is('finally')) {
      this.p++;
      body.push({ k: 'block', body: [{ k: 'block', body: this.blockStmts() }] });
    }
    return body;
  }

  /**
   * `a = v`, `this.a = v`, `u.a = v`, `a += v` (just lowered, `value` its form) as java.ts
   * lowers an assignment statement.
   */
  private assignmentStatement(value: Expr): Stmt {
    const lhs = this.lastLeft;
    if (!lhs) return declineLowering();
    if (lhs.node === NODE.NAME && lhs.name !== undefined) {
      const name = lhs.name;
      return {
        k: 'let',
        at: lhs.from,
        name,
        declare: false,
        value: this.lastCompound ? group([{ k: 'name', at: lhs.from, name }, value]) : value,
      };
    }
    if (lhs.node === NODE.FIELD && lhs.name !== undefined && lhs.left) {
      if (lhs.left.node === NODE.THIS)
        return { k: 'let', at: lhs.from, name: lhs.name, declare: false, value };
      if (lhs.left.node === NODE.NAME && lhs.left.name !== undefined)
        return { k: 'store', at: lhs.from, recv: lhs.left.name, prop: lhs.name, value };
    }
    return exprStmt(value);
  }
}
