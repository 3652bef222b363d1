import { VALIDATION_INITIALS, validationName } from '../../detect/validators.js';
import { decline, MODIFIERS } from './javaParseCore.js';
import { JavaExprParser } from './javaParseExpr.js';
import { JK } from './javaTokens.js';

const { KEYWORD } = JK;

/**
 * Modifiers and annotations of the fast Java reader, the layer between expressions
 * (`javaParseExpr.ts`) and statements (`javaParseStmt.ts`): modifier keywords and annotations in
 * any order, with the arguments of the annotations that say something of a field (any with
 * arguments, or one naming a validation, `@Email`) kept for the declaration reader.
 */

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

/** Modifiers and annotations as declarations and local variables carry them. */
export abstract class JavaModifierParser extends JavaExprParser {
  /** Argument spans of the annotation being read (`annotationArgs` fills them). */
  private argSpans: { key: number; from: number; to: number }[] | undefined;

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
}
