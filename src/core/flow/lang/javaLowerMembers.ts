/**
 * Java class bodies to the language-neutral form (ir.ts) from the fast Java reader's tokens, as
 * the Lezer adapter (java.ts) lowers their nodes: members (fields, methods, constructors,
 * initializers, member types), parameters, and the constants of interfaces and annotation types.
 */
import { JK } from '../../scan/code/javaTokens.js';
import type { Fn, Param, Stmt } from '../ir.js';
import { declineLowering, NO_BODY } from './javaLowerCursor.js';
import { JavaControlLowerer } from './javaLowerControl.js';
import * as syms from './javaLowerSyms.js';

const { IDENT } = JK;
const { KW, P } = syms;

/** Class bodies and their members; type declarations are javaLowerDecls.ts's. */
export abstract class JavaMemberLowerer extends JavaControlLowerer {
  /** A type declaration whose modifiers start at `first` (javaLowerDecls.ts). */
  protected abstract typeDeclaration(first: number): Stmt;

  /** A member type's keyword at the cursor (modifiers read): `class`, `@interface`… */
  protected typeDeclarationAhead(): boolean {
    return (
      this.is(KW.class) ||
      this.is(KW.interface) ||
      this.is(KW.enum) ||
      this.is(P.annotationInterface) ||
      this.recordAhead()
    );
  }

  /** `record Name(` or `record Name<` at the cursor (`record` is a name elsewhere). */
  protected recordAhead(): boolean {
    return (
      this.is(KW.record) &&
      this.kind(this.p + 1) === IDENT &&
      (this.is(P.lparen, this.p + 2) || this.is(P.lt, this.p + 2))
    );
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
  protected member(inInterface: boolean, inRecord: boolean): void {
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
    if (this.typeDeclarationAhead()) {
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
    if (inInterface) this.constants();
    else this.declaration();
  }

  /** `<T extends Comparable<T>, U>` at the cursor. */
  protected skipTypeParameters(): void {
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
   * An interface's or annotation type's constants `Type A = v, B = w;` at the type (modifiers
   * read): java.ts lowers a ConstantDeclaration node by node, declaring nothing, each value's
   * nodes statements.
   */
  protected constants(): void {
    const typeEnd = this.typeEnd(this.p);
    if (typeEnd < 0) declineLowering();
    this.p = typeEnd;
    for (;;) {
      this.ident();
      this.p++;
      if (this.is(P.assign)) {
        this.p++;
        this.elementValue(false);
      }
      if (this.is(P.comma)) this.p++;
      else break;
    }
    this.expect(P.semi);
  }

  /**
   * A value whose nodes java.ts lowers as statements: an expression, an array initializer's
   * elements, or (`annotations`, an element's default) an annotation, which is nothing.
   */
  protected elementValue(annotations: boolean): void {
    if (this.is(P.at) && annotations) {
      this.modifiers();
      return;
    }
    if (!this.is(P.lbrace)) {
      this.gather(this.asStatement(this.expression()));
      return;
    }
    const close = this.closeOf(this.p);
    this.enter();
    this.p++;
    while (this.p < close) {
      this.elementValue(annotations);
      if (this.is(P.comma)) this.p++;
      else if (this.p !== close) declineLowering();
    }
    this.p = close + 1;
    this.leave();
  }
}
