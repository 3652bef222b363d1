/**
 * Java declarations to the language-neutral form (ir.ts) from the fast Java reader's tokens, as
 * the Lezer adapter (java.ts) lowers their nodes: the file's package and imports (nothing), and
 * its classes, interfaces, enums, records and annotation types (their members are
 * javaLowerMembers.ts's).
 */
import * as javaSymbols from '../../scan/code/javaSymbols.js';
import { JK } from '../../scan/code/javaTokens.js';
import type { Stmt } from '../ir.js';
import { declineLowering } from './javaLowerCursor.js';
import { JavaMemberLowerer } from './javaLowerMembers.js';
import * as syms from './javaLowerSyms.js';

const { EOF, IDENT, KEYWORD } = JK;
const { JAVA_SYMBOLS } = javaSymbols;
const { KW, P } = syms;

/** Besides names and keywords, what a record's header holds: types' punctuation. */
const RECORD_HEADER = new Uint8Array(JAVA_SYMBOLS.length);
for (const sym of [P.comma, P.dot, P.lt, P.gt, P.question, P.lbracket, P.rbracket, P.ellipsis, P.amp, P.at])
  RECORD_HEADER[sym] = 1;

/** The whole lowering: a file's declarations down to its expressions. */
export class JavaLowerer extends JavaMemberLowerer {
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
      else if (this.annotatedPackage()) this.skipPast(P.semi);
      else {
        const decl = this.typeDeclaration(this.p);
        this.clearStack();
        return [decl];
      }
    }
    return undefined;
  }

  /**
   * Whether annotations and `package` are at the cursor (a `package-info.java`'s `@NullMarked
   * package a.b;`, nothing to java.ts), read up to `package` if so.
   */
  private annotatedPackage(): boolean {
    if (!this.is(P.at)) return false;
    const first = this.p;
    this.modifiers();
    if (this.is(KW.package)) return true;
    this.p = first;
    return false;
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
  protected typeDeclaration(first: number): Stmt {
    this.p = first;
    this.modifiers();
    if (this.is(KW.enum)) return this.enumDeclaration();
    if (this.recordAhead()) return this.recordDeclaration();
    if (this.is(P.annotationInterface)) return this.annotationTypeDeclaration();
    const kind = this.is(KW.class) ? 'class' : this.is(KW.interface) ? 'interface' : declineLowering();
    this.p++;
    this.ident();
    this.p++;
    this.typeHead();
    return { k: 'block', body: this.classBody(kind === 'interface') };
  }

  /**
   * `@interface Name { elements }` (after modifiers): java.ts lowers an annotation type node by
   * node, so an element's type and name are nothing, its default value's nodes are statements,
   * and so are its constants' values.
   */
  private annotationTypeDeclaration(): Stmt {
    this.p++;
    this.ident();
    this.p++;
    if (!this.is(P.lbrace)) declineLowering();
    this.enter();
    const close = this.closeOf(this.p);
    this.p++;
    const mark = this.mark();
    while (this.p < close) {
      if (this.is(P.semi)) {
        this.p++;
        continue;
      }
      const first = this.p;
      this.modifiers();
      if (this.typeDeclarationAhead()) {
        this.gather(this.typeDeclaration(first));
        continue;
      }
      const typeEnd = this.typeEnd(this.p);
      if (typeEnd < 0 || this.kind(typeEnd) !== IDENT) declineLowering();
      if (!this.is(P.lparen, typeEnd + 1)) {
        this.constants();
        continue;
      }
      this.p = typeEnd + 2;
      this.expect(P.rparen);
      if (this.is(KW.default)) {
        this.p++;
        this.elementValue(true);
      }
      this.expect(P.semi);
    }
    this.p = close + 1;
    this.leave();
    return { k: 'block', body: this.stmtsFrom(mark) };
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
}
