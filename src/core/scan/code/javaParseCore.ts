import type { FieldDraft } from '../kit/index.js';
import * as symbols from './javaSymbols.js';
import { JK, type JavaTokens } from './javaTokens.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';

const { EOF, IDENT, KEYWORD } = JK;
// Module-local copies, as javaTokens.ts takes them: `is` runs for nearly every token.
const { FIRST_CONTEXTUAL, JAVA_SYMBOLS } = symbols;

/**
 * The cursor of the fast Java reader (javaReader.ts): tokens, position, what has been found and
 * the context of the construct being read. Types and annotations are here, expressions
 * javaParseExpr.ts, statements javaParseStmt.ts, declarations javaReader.ts, each a subclass
 * of the one before. They follow @lezer/java's grammar (which reads `static` and `default` as
 * modifiers anywhere, and any statement at the top level) and decline where it is ambiguous.
 */

/** Thrown (and caught by the reader) where the text leaves what the reader is sure of. */
export const DECLINE = new Error('javaReader: declined');

/** Leaves the text to Lezer (the reader catches `DECLINE`). */
export function decline(): never {
  throw DECLINE;
}

export const PRIMITIVES: ReadonlySet<string> = new Set([
  'byte',
  'short',
  'int',
  'long',
  'char',
  'float',
  'double',
  'boolean',
]);

export const MODIFIERS: ReadonlySet<string> = new Set([
  'public',
  'protected',
  'private',
  'abstract',
  'static',
  'final',
  'strictfp',
  'default',
  'synchronized',
  'native',
  'transient',
  'volatile',
]);

/** Contextual words the reader leaves to Lezer where they could be keywords. */
const CONTEXTUAL: ReadonlySet<string> = new Set(['sealed', 'non', 'permits', 'module', 'open']);

export abstract class JavaCursor {
  /** The original text: names and types are read from it. */
  readonly text: string;
  readonly t: JavaTokens;
  readonly emitted: FieldDraft[] = [];
  readonly pending: PendingDeclaration[] = [];
  p = 0;
  /** Names of the enclosing class, record, interface or enum declarations, innermost last. */
  readonly owners: string[] = [];
  /** Inside the arguments of an annotation: `a.b` there is no usage (the Lezer walk skips them). */
  inAnnotation = 0;

  /** The text the tokens were read from (module words rewritten, java.ts): `word` slices it. */
  readonly parsed: string;

  constructor(text: string, t: JavaTokens, parsed: string) {
    this.text = text;
    this.t = t;
    this.parsed = parsed;
  }

  kind(at = this.p): number {
    return this.t.kind[at] ?? EOF;
  }

  /** The punctuation or keyword `s` at `at` (symbols are literals: a pointer comparison). */
  is(s: string, at = this.p): boolean {
    const sym = this.t.sym[at] ?? 0;
    return sym !== 0 && sym < FIRST_CONTEXTUAL && JAVA_SYMBOLS[sym] === s;
  }

  /** The contextual word `s` (`record`, `var`…) at `at`, a name to the grammar. */
  isContextual(s: string, at = this.p): boolean {
    return (this.t.sym[at] ?? 0) >= FIRST_CONTEXTUAL && JAVA_SYMBOLS[this.t.sym[at] ?? 0] === s;
  }

  /** The token's text as the parser saw it ('' for literals); a plain name is sliced only here. */
  word(at = this.p): string {
    const sym = this.t.sym[at] ?? 0;
    if (sym !== 0) return JAVA_SYMBOLS[sym] ?? '';
    return this.t.kind[at] === IDENT ? this.parsed.slice(this.t.from[at], this.t.to[at]) : '';
  }

  /** Whether the token's text starts with an ASCII capital (`/^[A-Z]/` on `word`, without the slice). */
  startsCapital(at: number): boolean {
    const c = this.parsed.charCodeAt(this.t.from[at] ?? 0);
    return c >= 65 && c <= 90;
  }

  /** A plain name (not a keyword); contextual words that could start a declaration decline. */
  isName(at = this.p): boolean {
    return this.t.kind[at] === IDENT;
  }

  expect(s: string): void {
    if (!this.is(s)) decline();
    this.p++;
  }

  name(): number {
    if (!this.isName()) decline();
    if (this.t.sym[this.p] !== 0 && CONTEXTUAL.has(this.word())) decline();
    return this.p++;
  }

  /** The original text of tokens `[a, b]`. */
  source(a: number, b: number): string {
    return this.text.slice(this.t.from[a] ?? 0, this.t.to[b] ?? 0);
  }

  close(open: number): number {
    const c = this.t.match[open] ?? -1;
    if (c < 0) decline();
    return c;
  }

  /** The innermost enclosing type's name, as `ownerOf` in java.ts finds it. */
  owner(): string | undefined {
    return this.owners[this.owners.length - 1];
  }

  // ---- annotations -------------------------------------------------------------------------

  /** `@Name` or `@Name(args)` at the cursor; the arguments are read by `annotationArgs`. */
  annotation(): { name: number; nameEnd: number; open: number; close: number } {
    this.expect('@');
    const name = this.p;
    this.name();
    while (this.is('.') && this.isName(this.p + 1)) this.p += 2;
    const nameEnd = this.p - 1;
    if (!this.is('(')) return { name, nameEnd, open: -1, close: -1 };
    const open = this.p;
    const close = this.close(open);
    this.inAnnotation++;
    this.annotationArgs(open, close);
    this.inAnnotation--;
    this.p = close + 1;
    return { name, nameEnd, open, close };
  }

  /** `(value)` or `(key = value, …)` between `open` and `close`. */
  annotationArgs(open: number, close: number): void {
    this.p = open + 1;
    if (this.p === close) return;
    if (this.isName() && this.is('=', this.p + 1)) {
      for (;;) {
        this.name();
        this.expect('=');
        this.elementValue();
        if (this.is(',')) this.p++;
        else break;
      }
    } else this.elementValue();
    if (this.p !== close) decline();
  }

  elementValue(): void {
    if (this.is('@')) {
      this.annotation();
    } else if (this.is('{')) {
      const close = this.close(this.p);
      this.p++;
      while (this.p < close) {
        this.elementValue();
        if (this.is(',')) this.p++;
        else break;
      }
      if (this.p !== close) decline();
      this.p++;
    } else this.expression();
  }

  abstract expression(): void;

  // ---- types (read without reporting anything) ---------------------------------------------

  /** The end (exclusive) of a type starting at `at`, or -1: `@A List<? extends B>[]`. */
  typeEnd(at: number, annotated = true): number {
    let k = at;
    if (annotated) k = this.skipAnnotations(k);
    if (k < 0) return -1;
    if (this.is('void', k) || (this.kind(k) === KEYWORD && PRIMITIVES.has(this.word(k)))) k++;
    else {
      if (!this.isName(k)) return -1;
      k++;
      for (;;) {
        if (this.is('<', k)) {
          k = this.typeArgsEnd(k);
          if (k < 0) return -1;
        }
        if (this.is('.', k) && (this.isName(k + 1) || this.is('@', k + 1))) {
          k = this.skipAnnotations(k + 1);
          if (k < 0 || !this.isName(k)) return -1;
          k++;
        } else break;
      }
    }
    return this.dimsEnd(k);
  }

  /** Past `[]` pairs (with type annotations) at `k`. */
  dimsEnd(k: number): number {
    for (;;) {
      const a = this.skipAnnotations(k);
      if (a < 0) return -1;
      if (this.is('[', a) && this.is(']', a + 1)) k = a + 2;
      else return k;
    }
  }

  /** The end of `<…>` type arguments at `k` (`<>` included), or -1. */
  typeArgsEnd(k: number): number {
    k++;
    if (this.is('>', k)) return k + 1;
    for (;;) {
      const a = this.skipAnnotations(k);
      if (a < 0) return -1;
      if (this.is('?', a)) {
        k = a + 1;
        if (this.is('extends', k) || this.is('super', k)) k = this.typeEnd(k + 1);
      } else k = this.typeEnd(k);
      if (k < 0) return -1;
      if (this.is(',', k)) k++;
      else if (this.is('>', k)) return k + 1;
      else return -1;
    }
  }

  /** Past annotations at `k` (their arguments are skipped whole), or -1 where one is malformed. */
  skipAnnotations(k: number): number {
    while (this.is('@', k)) {
      if (!this.isName(k + 1)) return -1;
      k += 2;
      while (this.is('.', k) && this.isName(k + 1)) k += 2;
      if (this.is('(', k)) {
        // Skipped annotations report nothing; any with arguments is read by `annotation()`.
        return -1;
      }
    }
    return k;
  }

  /** Reads a type at the cursor (annotations in it must be markers), declining if there is none. */
  type(): void {
    const end = this.typeEnd(this.p);
    if (end < 0) decline();
    this.p = end;
  }

  /** `<T extends A & B, U>` */
  typeParameters(): void {
    this.expect('<');
    for (;;) {
      while (this.is('@')) this.annotation();
      this.name();
      if (this.is('extends')) {
        this.p++;
        this.type();
        while (this.is('&')) {
          this.p++;
          this.type();
        }
      }
      if (this.is(',')) this.p++;
      else break;
    }
    this.expect('>');
  }
}
