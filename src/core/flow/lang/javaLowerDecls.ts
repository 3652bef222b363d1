/**
 * Java declarations to the language-neutral form (ir.ts) from the fast Java reader's tokens, as
 * the Lezer adapter (java.ts) lowers their nodes: the file's top-level types, classes,
 * interfaces, enums and records with their members, methods, constructors and parameters.
 */
import * as javaSymbols from '../../scan/code/javaSymbols.js';
import { JK } from '../../scan/code/javaTokens.js';
import type { Fn, Param, Stmt } from '../ir.js';
import { declineLowering, NO_BODY } from './javaLowerCursor.js';
import { JavaStmtLowerer } from './javaLowerStmts.js';
import * as syms from './javaLowerSyms.js';

const { EOF, IDENT, KEYWORD } = JK;
const { JAVA_SYMBOLS } = javaSymbols;
const { KW, P } = syms;

/** Besides names and keywords, what a record's header holds: types' punctuation. */
const RECORD_HEADER = new Uint8Array(JAVA_SYMBOLS.length);
for (const sym of [P.comma, P.dot, P.lt, P.gt, P.question, P.lbracket, P.rbracket, P.ellipsis, P.amp, P.at])
  RECORD_HEADER[sym] = 1;

/** The whole lowering: a file's declarations down to its expressions. */
export class JavaLowerer extends JavaStmtLowerer {
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
}
