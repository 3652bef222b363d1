/**
 * Java to the language-neutral form (ir.ts) from the fast Java reader's tokens: the file,
 * classes and their members, statements and signatures (expressions are javaLowerExpr.ts's).
 * The scan has already read these tokens (javaReader.ts), so flows cost one pass over them
 * instead of an @lezer/java parse, which cost the analysis five times the scan. It makes what
 * the Lezer adapter (java.ts, kept as the reference of a differential test) makes from the
 * tree, up to blocks that hold nothing; what it does not know (switches, annotation types, array
 * creation, generic methods…) declines and the caller parses with Lezer.
 */
import * as javaSymbols from '../../scan/code/javaSymbols.js';
import { JK, type JavaTokens } from '../../scan/code/javaTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Fn, Param, Stmt } from '../ir.js';
import { LOWERING_DECLINED } from '../walkStream.js';
import { declineLowering, JAVA_LOWER_DECLINED, JavaExprLowerer, NODE, type JNode } from './javaLowerExpr.js';
import * as syms from './javaLowerSyms.js';

const { declaringLet, exprStmt, group } = irModule;
const { EOF, IDENT, KEYWORD } = JK;
const { JAVA_SYMBOLS, wordSym } = javaSymbols;
const { IS_MODIFIER, KW, P } = syms;

/** The body of every empty block and bodiless method (read only, like all of the form). */
const NO_BODY: readonly Stmt[] = [];

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

/** Besides names and keywords, what a record's header holds: types' punctuation. */
const RECORD_HEADER = new Uint8Array(JAVA_SYMBOLS.length);
for (const sym of [P.comma, P.dot, P.lt, P.gt, P.question, P.lbracket, P.rbracket, P.ellipsis, P.amp, P.at])
  RECORD_HEADER[sym] = 1;

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
      if (this.is(KW.package) || this.is(KW.import)) this.skipPast(P.semi);
      else if (this.is(P.semi)) this.p++;
      else {
        const decl = this.typeDeclaration(this.p);
        this.clearStack();
        return [decl];
      }
    }
    return undefined;
  }

  /** Skips to the token after the next `s`, at the same nesting (imports, packages). */
  private skipPast(sym: number): void {
    while (!this.is(sym)) {
      if (this.kind() === EOF || this.is(P.lbrace) || this.is(P.lparen)) declineLowering();
      this.p++;
    }
    this.p++;
  }

  /** Modifiers and annotations at the cursor. */
  private modifiers(): void {
    for (;;) {
      if (this.kind() === KEYWORD && IS_MODIFIER[this.sym()] === 1) this.p++;
      else if (this.is(P.at)) {
        if (this.is(KW.interface, this.p + 1)) declineLowering();
        this.p++;
        this.ident();
        this.p++;
        while (this.is(P.dot) && this.kind(this.p + 1) === IDENT) this.p += 2;
        if (this.is(P.lparen)) this.p = this.closeOf(this.p) + 1;
      } else return;
    }
  }

  private closeOf(open: number): number {
    const c = this.partner[open] ?? -1;
    if (c < 0) declineLowering();
    return c;
  }

  /**
   * `class Name … { members }`, an interface, an enum or a record (after modifiers, which start at
   * `first`): a block of its members.
   */
  private typeDeclaration(first: number): Stmt {
    this.p = first;
    this.modifiers();
    if (this.is(KW.enum)) return this.enumDeclaration();
    if (this.recordAhead()) return this.recordDeclaration();
    const kind = this.is(KW.class) ? 'class' : this.is(KW.interface) ? 'interface' : declineLowering();
    this.p++;
    this.ident();
    this.p++;
    this.typeHead();
    return { k: 'block', body: this.classBody(kind === 'interface') };
  }

  /** `record Name(` or `record Name<` at the cursor (`record` is a name elsewhere). */
  private recordAhead(): boolean {
    return (
      this.is(KW.record) &&
      this.kind(this.p + 1) === IDENT &&
      (this.is(P.lparen, this.p + 2) || this.is(P.lt, this.p + 2))
    );
  }

  /**
   * `record Name<T>(components) implements … { members }`: java.ts lowers the header's components
   * (types, names, annotations) to empty blocks, and a compact constructor's body as a block of
   * the record's, not a function.
   */
  private recordDeclaration(): Stmt {
    this.p += 2;
    if (this.is(P.lt)) this.skipTypeParameters();
    const close = this.closeOf(this.p);
    for (let i = this.p + 1; i < close; i++) {
      // Annotations' arguments are Modifiers to java.ts (nothing); anything else is a type or a name.
      if (this.is(P.at, i) && this.is(P.lparen, i + 2)) i = this.closeOf(i + 2);
      else if (!(this.kind(i) === IDENT || this.kind(i) === KEYWORD || RECORD_HEADER[this.sym(i)] === 1))
        declineLowering();
    }
    this.p = close + 1;
    this.typeHead();
    return { k: 'block', body: this.classBody(false, true) };
  }

  /**
   * `enum Name implements … { A, B(args), C { body }; members }`: each constant's arguments as
   * statements (java.ts lowers each argument node as a statement, as for `this(…)`), its body a
   * block of its members, then the members after `;` in a block of their own.
   */
  private enumDeclaration(): Stmt {
    this.p++;
    this.ident();
    this.p++;
    this.typeHead();
    this.enter();
    const close = this.closeOf(this.p);
    this.p++;
    const mark = this.mark();
    while (this.p < close && !this.is(P.semi)) {
      this.modifiers();
      this.ident();
      this.p++;
      if (this.is(P.lparen)) this.enumArguments();
      if (this.is(P.lbrace)) this.gather({ k: 'block', body: this.classBody() });
      if (this.is(P.comma)) this.p++;
      else if (!this.is(P.semi) && this.p !== close) declineLowering();
    }
    if (this.is(P.semi)) {
      this.p++;
      const members = this.mark();
      while (this.p < close) {
        if (this.is(P.semi)) this.p++;
        else this.member(false, false);
      }
      this.gather({ k: 'block', body: this.stmtsFrom(members) });
    }
    this.p = close + 1;
    this.leave();
    return { k: 'block', body: this.stmtsFrom(mark) };
  }

  /** An enum constant's `(args)`, each argument gathered as java.ts lowers its node as a statement. */
  private enumArguments(): void {
    this.p++;
    while (!this.is(P.rparen)) {
      this.gather(this.asStatement(this.expression()));
      if (this.is(P.comma)) this.p++;
      else if (!this.is(P.rparen)) declineLowering();
    }
    this.p++;
  }

  /** A type's head up to its body: type parameters, `extends`, `implements` (empty blocks in java.ts). */
  private typeHead(): void {
    while (!this.is(P.lbrace)) {
      const k = this.kind();
      if (this.is(KW.permits)) declineLowering();
      if (!(
        k === IDENT ||
        this.is(P.dot) ||
        this.is(P.comma) ||
        this.is(P.lt) ||
        this.is(P.gt) ||
        this.is(P.question)
      ))
        if (!(this.is(KW.extends) || this.is(KW.implements) || this.is(KW.super))) declineLowering();
      this.p++;
    }
  }

  /**
   * A class's (or an interface's, whose fields are constants java.ts lowers apart, or a
   * record's, which may have a compact constructor) members.
   */
  classBody(inInterface = false, inRecord = false): readonly Stmt[] {
    this.enter();
    const close = this.closeOf(this.p);
    this.p++;
    const mark = this.mark();
    while (this.p < close) {
      if (this.is(P.semi)) {
        this.p++;
        continue;
      }
      this.member(inInterface, inRecord);
    }
    this.p = close + 1;
    this.leave();
    return this.stmtsFrom(mark);
  }

  /** A member of a class body, gathered. */
  private member(inInterface: boolean, inRecord: boolean): void {
    const first = this.p;
    if (this.is(P.lbrace) || (this.is(KW.static) && this.is(P.lbrace, this.p + 1))) {
      // An initializer: java.ts lowers its block as a block.
      if (this.is(KW.static)) this.p++;
      this.gather({ k: 'block', body: [{ k: 'block', body: this.blockStmts() }] });
      return;
    }
    this.modifiers();
    if (inInterface && this.is(KW.default)) {
      this.p++;
      this.modifiers();
    }
    if (this.is(KW.class) || this.is(KW.interface) || this.is(KW.enum) || this.recordAhead()) {
      this.gather(this.typeDeclaration(first));
      return;
    }
    if (inRecord && this.kind() === IDENT && this.is(P.lbrace, this.p + 1)) {
      // A compact constructor: java.ts lowers its body as a block, as an initializer's.
      this.p++;
      this.gather({ k: 'block', body: [{ k: 'block', body: this.blockStmts() }] });
      return;
    }
    // A generic method's type parameters: java.ts reads neither them nor the return type.
    if (this.is(P.lt)) this.skipTypeParameters();
    const at = this.off(first);
    if (this.kind() === IDENT && this.is(P.lparen, this.p + 1)) {
      const name = this.ident();
      this.p++;
      this.gather({ k: 'fn', fn: this.method(at, name) });
      return;
    }
    const typeEnd = this.is(KW.void) ? this.p + 1 : this.typeEnd(this.p);
    if (typeEnd < 0 || this.kind(typeEnd) !== IDENT) declineLowering();
    if (this.is(KW.record)) declineLowering();
    if (this.is(P.lparen, typeEnd + 1)) {
      const name = this.ident(typeEnd);
      this.p = typeEnd + 1;
      this.gather({ k: 'fn', fn: this.method(at, name) });
      return;
    }
    if (inInterface) declineLowering();
    this.declaration();
  }

  /** `<T extends Comparable<T>, U>` at the cursor. */
  private skipTypeParameters(): void {
    let depth = 0;
    do {
      if (this.is(P.lt)) depth++;
      else if (this.is(P.gt)) depth--;
      else if (!(
        this.kind() === IDENT ||
        this.is(P.dot) ||
        this.is(P.comma) ||
        this.is(P.question) ||
        this.is(P.amp)
      ))
        if (!this.is(KW.extends) && !this.is(KW.super)) declineLowering();
      this.p++;
    } while (depth > 0);
  }

  /** A method's or constructor's parameters, `throws` and body, its name read. */
  private method(at: number, name: string): Fn {
    const params = this.formalParams();
    if (this.is(P.lbracket)) declineLowering();
    if (this.is(KW.throws)) {
      this.p++;
      while (!this.is(P.lbrace) && !this.is(P.semi)) {
        if (!(this.kind() === IDENT || this.is(P.dot) || this.is(P.comma))) declineLowering();
        this.p++;
      }
    }
    if (this.is(KW.default)) declineLowering();
    let body: readonly Stmt[] = NO_BODY;
    if (this.is(P.semi)) this.p++;
    else body = this.blockStmts();
    return { at, name, params, body };
  }

  formalParams(): readonly Param[] {
    const close = this.closeOf(this.p);
    if (!this.is(P.lparen)) declineLowering();
    this.p++;
    const mark = this.mark();
    while (this.p < close) {
      this.modifiers();
      const typeStart = this.p;
      const typeEnd = this.typeEnd(typeStart);
      if (typeEnd < 0) declineLowering();
      this.p = typeEnd;
      const spread = this.is(P.ellipsis);
      if (spread) this.p++;
      const def = this.p;
      const name = this.ident();
      this.p++;
      if (!spread) {
        const type = this.typeName(typeStart, typeEnd);
        this.gather(type !== undefined ? { name, at: this.off(def), type } : { name, at: this.off(def) });
      }
      if (this.is(P.comma)) this.p++;
      else if (this.p !== close) declineLowering();
    }
    this.p = close + 1;
    return this.paramsFrom(mark);
  }

  /**
   * `Type a = v, b;` at the cursor (modifiers read): one declaring `let` per variable, gathered
   * (no list of its own to spread: every local declaration of a file comes through here).
   */
  private declaration(): void {
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
      if (this.is(P.assign)) {
        this.p++;
        value = this.is(P.lbrace) ? this.arrayInitializer() : this.expression();
      } else if (!this.is(P.comma) && !this.is(P.semi)) declineLowering();
      this.gather(declaringLet(this.off(def), name, value, type));
      if (this.is(P.comma)) this.p++;
      else break;
    }
    this.expect(P.semi);
  }

  blockStmts(): readonly Stmt[] {
    this.enter();
    if (!this.is(P.lbrace)) declineLowering();
    const close = this.closeOf(this.p);
    this.p++;
    const mark = this.mark();
    while (this.p < close) this.statement();
    this.p = close + 1;
    this.leave();
    return this.stmtsFrom(mark);
  }

  /** Whether a local declaration starts at the cursor (modifiers already read). */
  private declarationAhead(): boolean {
    if (this.kind() === KEYWORD && !this.is(KW.this) && !this.is(KW.super) && !this.is(KW.new)) {
      const end = this.typeEnd(this.p);
      return end > 0 && this.kind(end) === IDENT;
    }
    if (this.kind() !== IDENT) return false;
    const end = this.typeEnd(this.p);
    if (end < 0 || this.kind(end) !== IDENT) return false;
    return (
      this.is(P.assign, end + 1) ||
      this.is(P.semi, end + 1) ||
      this.is(P.comma, end + 1) ||
      this.is(P.colon, end + 1)
    );
  }

  /** A statement at the cursor, its form gathered (one or more statements, or none). */
  statement(): void {
    this.enter();
    this.statementIn();
    this.leave();
  }

  private statementIn(): void {
    if (this.is(P.semi)) {
      this.p++;
      return;
    }
    if (this.is(P.lbrace)) {
      this.gather({ k: 'block', body: this.blockStmts() });
      return;
    }
    if (this.is(KW.final) || this.is(P.at)) {
      this.modifiers();
      if (!this.declarationAhead()) declineLowering();
      this.declaration();
      return;
    }
    if (this.kind() === KEYWORD) {
      switch (this.sym()) {
        case KW.return: {
          this.p++;
          if (this.is(P.semi)) {
            this.p++;
            this.gather({ k: 'return' });
            return;
          }
          const e = this.expression();
          this.expect(P.semi);
          this.gather({ k: 'return', e });
          return;
        }
        case KW.if:
          this.gather({ k: 'block', body: this.ifStatement() });
          return;
        case KW.while: {
          this.p++;
          const mark = this.mark();
          this.gather(this.condition());
          this.statement();
          this.gather({ k: 'block', body: this.stmtsFrom(mark) });
          return;
        }
        case KW.for:
          this.forStatement();
          return;
        case KW.try:
          this.gather({ k: 'block', body: this.tryStatement() });
          return;
        case KW.throw: {
          this.p++;
          const body = [this.asStatement(this.expression())];
          this.expect(P.semi);
          this.gather({ k: 'block', body });
          return;
        }
        case KW.break:
        case KW.continue:
          // An empty block, as java.ts lowers these: a function's last value is not the one before.
          this.p++;
          if (this.kind() === IDENT) this.p++;
          this.expect(P.semi);
          this.gather({ k: 'block', body: NO_BODY });
          return;
        case KW.this:
        case KW.super:
          if (this.is(P.lparen, this.p + 1)) {
            this.gather({ k: 'block', body: this.constructorCall() });
            return;
          }
          break;
        case KW.new:
          break;
        default:
          if (!this.declarationAhead()) declineLowering();
          this.declaration();
          return;
      }
    }
    if (this.kind() === IDENT && this.is(P.colon, this.p + 1)) declineLowering();
    if (this.declarationAhead()) {
      this.declaration();
      return;
    }
    const e = this.expression();
    this.expect(P.semi);
    this.gather(this.lastNode === NODE.ASSIGN ? this.assignmentStatement(e) : exprStmt(e));
  }

  /**
   * `this(a, b);`, `super(a);`: java.ts lowers the invocation node by node, so each argument is
   * a statement of its own.
   */
  private constructorCall(): readonly Stmt[] {
    this.p += 2;
    const mark = this.mark();
    while (!this.is(P.rparen)) {
      this.gather(this.asStatement(this.expression()));
      if (this.is(P.comma)) this.p++;
      else if (!this.is(P.rparen)) declineLowering();
    }
    this.p++;
    this.expect(P.semi);
    return this.stmtsFrom(mark);
  }

  /** `(cond)` at the cursor: java.ts lowers a parenthesized condition as an expression statement. */
  private condition(): Stmt {
    if (!this.is(P.lparen)) declineLowering();
    this.p++;
    const e = this.expression();
    this.expect(P.rparen);
    return exprStmt(e);
  }

  private ifStatement(): readonly Stmt[] {
    this.p++;
    const mark = this.mark();
    this.gather(this.condition());
    this.statement();
    if (this.is(KW.else)) {
      this.p++;
      this.statement();
    }
    return this.stmtsFrom(mark);
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
    if (node === NODE.NAME || node === NODE.LEAF || node === NODE.THIS) return { k: 'block', body: NO_BODY };
    // A field access is no `…Expression`: its receiver and member nodes are lowered one by one.
    if (node === NODE.FIELD && left)
      return {
        k: 'block',
        body: [this.nodeAsStatement(left.e, left.node, left.left), { k: 'block', body: NO_BODY }],
      };
    return declineLowering();
  }

  /** A `for` statement at the cursor, gathered. */
  private forStatement(): void {
    this.p++;
    if (!this.is(P.lparen)) declineLowering();
    const close = this.closeOf(this.p);
    this.p++;
    this.modifiers();
    const typeEnd = this.typeEnd(this.p);
    if (typeEnd > 0 && this.kind(typeEnd) === IDENT && this.is(P.colon, typeEnd + 1)) {
      // Enhanced `for`: the variable takes the source, then the body, in the enclosing list.
      const def = typeEnd;
      const name = this.ident(def);
      this.p = typeEnd + 2;
      const source = this.expression();
      if (this.p !== close) declineLowering();
      this.p = close + 1;
      this.gather({ k: 'let', at: this.off(def), name, declare: true, value: source });
      this.statement();
      return;
    }
    const mark = this.mark();
    if (this.is(P.semi)) this.p++;
    else if (this.declarationAhead()) this.declaration();
    else declineLowering();
    if (!this.is(P.semi)) this.gather(this.asStatement(this.expression()));
    this.expect(P.semi);
    while (this.p < close) {
      this.gather(this.asStatement(this.expression()));
      if (this.is(P.comma)) this.p++;
      else if (this.p !== close) declineLowering();
    }
    this.p = close + 1;
    this.gather({ k: 'block', body: this.stmtsFrom(mark) });
    this.statement();
    this.gather({ k: 'block', body: this.stmtsFrom(mark) });
  }

  private tryStatement(): readonly Stmt[] {
    this.p++;
    if (this.is(P.lparen)) declineLowering();
    const mark = this.mark();
    this.gather({ k: 'block', body: this.blockStmts() });
    while (this.is(KW.catch)) {
      this.p++;
      if (!this.is(P.lparen)) declineLowering();
      this.p = this.closeOf(this.p) + 1;
      this.gather({ k: 'block', body: [{ k: 'block', body: this.blockStmts() }] });
    }
    if (this.is(KW.finally)) {
      this.p++;
      this.gather({ k: 'block', body: [{ k: 'block', body: this.blockStmts() }] });
    }
    return this.stmtsFrom(mark);
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
