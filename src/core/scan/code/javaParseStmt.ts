import { VALIDATION_INITIALS, validationName } from '../../detect/validators.js';
import { decline, MODIFIERS, PRIMITIVES } from './javaParseCore.js';
import { JavaExprParser } from './javaParseExpr.js';
import { JK } from './javaTokens.js';

const { IDENT, KEYWORD } = JK;

/**
 * What `modifiers()` read: the token span and the annotations in it with arguments or naming a
 * validation (`@Email`).
 */
export interface ModifierSpan {
  /** First and last token, or -1 when there were none. */
  readonly first: number;
  readonly last: number;
  readonly annotations: readonly AnnotationAt[];
}

/** An annotation with arguments: its name tokens and each argument's key and value tokens. */
export interface AnnotationAt {
  readonly name: number;
  readonly nameEnd: number;
  readonly args: readonly { key: number; from: number; to: number }[];
}

/** Statements of the fast Java reader (@lezer/java's `statement`, declarations included). */
export abstract class JavaStmtParser extends JavaExprParser {
  /** Argument spans of the annotation being read (`annotationArgs` fills them). */
  private argSpans: { key: number; from: number; to: number }[] | undefined;

  /** A type declaration after its modifiers (javaReader.ts). */
  abstract typeDeclaration(): void;

  block(): void {
    const close = this.close(this.p);
    if (!this.is('{')) decline();
    this.p++;
    while (this.p < close) this.statement();
    this.p = close + 1;
  }

  /** Annotations and modifier keywords, in any order. */
  modifiers(): ModifierSpan {
    const first = this.p;
    const annotations: AnnotationAt[] = [];
    for (;;) {
      if (this.is('@')) {
        const spans: { key: number; from: number; to: number }[] = [];
        this.argSpans = spans;
        const a = this.annotation();
        this.argSpans = undefined;
        // Without arguments, only a validation (`@Email`) says anything of the field.
        if (a.open >= 0 || this.namesValidation(a.nameEnd))
          annotations.push({ name: a.name, nameEnd: a.nameEnd, args: spans });
      } else if (this.kind() === KEYWORD && MODIFIERS.has(this.word())) this.p++;
      else if (this.isContextual('sealed') || this.isContextual('non')) decline();
      else break;
    }
    return { first: this.p > first ? first : -1, last: this.p - 1, annotations };
  }

  /**
   * Whether the annotation name token at `k` is a validation's (`@Email`): the token's first
   * letter is tested before a string is made, since most marker annotations (`@Override`,
   * `@Data`, `@Id`) are none.
   */
  namesValidation(k: number): boolean {
    const first = this.text.charCodeAt(this.t.from[k] ?? 0);
    return VALIDATION_INITIALS.has(first) && validationName(this.source(k, k)) !== undefined;
  }

  override annotationArgs(open: number, close: number): void {
    const spans = this.argSpans;
    // Nested annotations are read without recording.
    this.argSpans = undefined;
    this.p = open + 1;
    if (this.p !== close) {
      if (this.isName() && this.is('=', this.p + 1)) {
        for (;;) {
          const key = this.name();
          this.expect('=');
          const from = this.p;
          this.elementValue();
          spans?.push({ key, from, to: this.p });
          if (this.is(',')) this.p++;
          else break;
        }
      } else {
        const from = this.p;
        this.elementValue();
        spans?.push({ key: -1, from, to: this.p });
      }
    }
    if (this.p !== close) decline();
  }

  statement(): void {
    const kind = this.kind();
    if (kind === KEYWORD) {
      if (this.keywordStatement(this.word())) return;
    } else if (this.is('{')) {
      this.block();
      return;
    } else if (this.is(';')) {
      this.p++;
      return;
    } else if (this.is('@') || this.is('@interface')) {
      this.declaration();
      return;
    } else if (kind === IDENT) {
      if (
        this.isContextual('record') &&
        this.isName(this.p + 1) &&
        (this.is('(', this.p + 2) || this.is('<', this.p + 2))
      ) {
        this.declaration();
        return;
      }
      if (this.is(':', this.p + 1)) {
        this.p += 2;
        this.statement();
        return;
      }
      if (this.localAhead(this.p)) {
        this.local();
        this.expect(';');
        return;
      }
    }
    this.expression();
    this.expect(';');
  }

  /** Statements that start with a keyword; false for expressions (`this.x = 1;`, `new A();`). */
  keywordStatement(w: string): boolean {
    switch (w) {
      case 'if':
        this.p++;
        this.condition();
        this.statement();
        if (this.is('else')) {
          this.p++;
          this.statement();
        }
        return true;
      case 'while':
        this.p++;
        this.condition();
        this.statement();
        return true;
      case 'do':
        this.p++;
        this.statement();
        this.expect('while');
        this.condition();
        this.expect(';');
        return true;
      case 'for':
        this.forStatement();
        return true;
      case 'try':
        this.tryStatement();
        return true;
      case 'switch':
        this.switchStatement();
        return true;
      case 'synchronized':
        if (!this.is('(', this.p + 1)) break;
        this.p++;
        this.condition();
        this.block();
        return true;
      case 'return':
        this.p++;
        if (!this.is(';')) this.expression();
        this.expect(';');
        return true;
      case 'throw':
        this.p++;
        this.expression();
        this.expect(';');
        return true;
      case 'break':
      case 'continue':
        this.p++;
        if (this.isName()) this.p++;
        this.expect(';');
        return true;
      case 'assert':
        this.p++;
        this.expression();
        if (this.is(':')) {
          this.p++;
          this.expression();
        }
        this.expect(';');
        return true;
      case 'package':
      case 'import':
        this.packageOrImport();
        return true;
      default:
        break;
    }
    if (MODIFIERS.has(w) || w === 'class' || w === 'interface' || w === 'enum') {
      if (w === 'default') decline();
      this.declaration();
      return true;
    }
    if (PRIMITIVES.has(w) && !this.is('.', this.p + 1)) {
      this.local();
      this.expect(';');
      return true;
    }
    return false;
  }

  /** `(expr)` of `if`, `while`, `switch`, `synchronized`. */
  condition(): void {
    if (!this.is('(')) decline();
    const close = this.close(this.p);
    this.p++;
    this.expression();
    if (this.p !== close) decline();
    this.p++;
  }

  packageOrImport(): void {
    const isImport = this.is('import');
    this.p++;
    if (isImport && this.is('static')) this.p++;
    this.name();
    while (this.is('.')) {
      this.p++;
      if (isImport && this.is('*')) {
        this.p++;
        break;
      }
      this.name();
    }
    this.expect(';');
  }

  /** Modifiers, then a type declaration, a package declaration or a local variable. */
  declaration(): void {
    const mods = this.modifiers();
    if (this.is('package')) {
      if (mods.annotations.length > 0 || mods.first >= 0) decline();
      this.packageOrImport();
      return;
    }
    if (this.startsTypeDeclaration()) {
      this.typeDeclaration();
      return;
    }
    this.local();
    this.expect(';');
  }

  startsTypeDeclaration(): boolean {
    if (this.is('class') || this.is('interface') || this.is('enum') || this.is('@interface')) return true;
    return (
      this.isContextual('record') &&
      this.isName(this.p + 1) &&
      (this.is('(', this.p + 2) || this.is('<', this.p + 2))
    );
  }

  /**
   * Whether a local variable declaration starts at `k`: `var x`, or a type followed by a name
   * and `=`, `;`, `,`, `[` or `:`. A lower-case generic type (`a<b> c;`, also a comparison) is
   * declined.
   */
  localAhead(k: number): boolean {
    if (this.isContextual('var', k) && this.isName(k + 1)) return true;
    const end = this.typeEnd(k);
    if (end < 0 || !this.isName(end)) return false;
    if (this.kind(end + 1) !== JK.PUNCT || !['=', ';', ',', '[', ':'].includes(this.word(end + 1)))
      return false;
    if (!this.startsCapital(k)) {
      for (let j = k; j < end; j++) if (this.is('<', j)) decline();
    }
    return true;
  }

  /** `[var | Type] a = 1, b[] = {…}` without the `;`. */
  local(): void {
    if (this.isContextual('var') && this.isName(this.p + 1)) this.p++;
    else this.type();
    this.declarators();
  }

  /** Comma-separated declarators; the name tokens. */
  declarators(): number[] {
    const names: number[] = [];
    for (;;) {
      names.push(this.name());
      this.p = this.dimsEnd(this.p);
      if (this.is('=')) {
        this.p++;
        if (this.is('{')) this.arrayInitializer();
        else this.expression();
      }
      if (this.is(',')) this.p++;
      else return names;
    }
  }

  forStatement(): void {
    this.p++;
    if (!this.is('(')) decline();
    const close = this.close(this.p);
    this.p++;
    let k = this.p;
    while (this.kind(k) === KEYWORD && this.word(k) === 'final') k++;
    if (this.is('@', k)) decline();
    if (this.localAhead(k) || (this.kind(k) === KEYWORD && PRIMITIVES.has(this.word(k)))) {
      this.p = k;
      if (this.isContextual('var') && this.isName(this.p + 1)) this.p++;
      else this.type();
      if (this.isName() && this.is(':', this.p + 1)) {
        this.p += 2;
        this.expression();
      } else {
        this.declarators();
        this.forRest();
      }
    } else {
      if (k !== this.p) decline();
      this.expressions(';');
      this.forRest();
    }
    if (this.p !== close) decline();
    this.p++;
    this.statement();
  }

  /** `; cond; update` after a `for` initializer. */
  forRest(): void {
    this.expect(';');
    if (!this.is(';')) this.expression();
    this.expect(';');
    this.expressions(')');
  }

  expressions(end: string): void {
    while (!this.is(end)) {
      this.expression();
      if (this.is(',')) this.p++;
      else break;
    }
  }

  tryStatement(): void {
    this.p++;
    if (this.is('(')) {
      const close = this.close(this.p);
      this.p++;
      while (this.p < close) {
        const k = this.p;
        if (this.is('final') || this.is('@')) decline();
        if (this.localAhead(k)) this.local();
        else {
          // A resource that is not declared here is a name or a field access (`this.in`).
          let j = this.is('this') ? k + 1 : k;
          if (j === k && !this.isName(j)) decline();
          if (j === k) j++;
          while (this.is('.', j) && this.isName(j + 1)) j += 2;
          if (!(this.is(';', j) || j === close) || (j === k + 1 && this.is('this'))) decline();
          this.expression();
        }
        if (this.is(';')) this.p++;
        else break;
      }
      if (this.p !== close) decline();
      this.p++;
    }
    this.block();
    while (this.is('catch')) {
      this.p++;
      if (!this.is('(')) decline();
      const close = this.close(this.p);
      this.p++;
      while (this.is('final')) this.p++;
      this.type();
      while (this.is('|')) {
        this.p++;
        this.type();
      }
      this.name();
      if (this.p !== close) decline();
      this.p++;
      this.block();
    }
    if (this.is('finally')) {
      this.p++;
      this.block();
    }
  }

  switchStatement(): void {
    this.p++;
    this.condition();
    if (!this.is('{')) decline();
    const close = this.close(this.p);
    this.p++;
    while (this.p < close) {
      if (this.is('case') || this.is('default')) {
        if (this.is('case')) {
          this.p++;
          this.noLambda = true;
          this.expressions(':');
          this.noLambda = false;
        } else this.p++;
        if (this.is(':')) this.p++;
        else if (this.is('->')) {
          this.p++;
          if (this.is('{')) this.block();
          else if (this.is('throw')) this.keywordStatement('throw');
          else {
            this.expression();
            this.expect(';');
          }
        } else decline();
      } else this.statement();
    }
    this.p = close + 1;
  }
}
