import type { FieldDraft } from '../kit/index.js';
import { GK, type GoTokens } from './goTokens.js';
import type { PendingDeclaration } from './lezerWalkReuse.js';

const { EOF, IDENT, KEYWORD, OP } = GK;

/**
 * The cursor of the fast Go reader (goReader.ts): tokens, position, what has been found, and
 * the context a construct is read in. Types and struct fields are goParseType.ts, expressions
 * goParseExpr.ts, statements and declarations goReader.ts, each a subclass of the one before.
 * They follow @lezer/go's grammar, not the Go specification, where the two differ (Lezer
 * accepts `f(a,)` and a lone `var x`, reads `f[a.b](x)` as an instantiation, and binds every
 * operator tighter than `.`), and report what the Lezer walk in go.ts reports: every named
 * struct field, and `x.y` selectors on a plain name that are not the callee of a call.
 */

/** Thrown (and caught by the reader) where the text leaves what the reader is sure of. */
export const DECLINE = new Error('goReader: declined');

/** Leaves the text to Lezer (the reader catches `DECLINE`). */
export function decline(): never {
  throw DECLINE;
}

/** Keywords that start a type. */
export const TYPE_KEYWORDS: ReadonlySet<string> = new Set(['func', 'map', 'chan', 'struct', 'interface']);

/** What an expression was, as far as statements care. */
export const EXPR = { OTHER: 0, NAME: 1, GUARD: 2 } as const;

/** The reader's state and token helpers. */
export abstract class GoCursor {
  readonly text: string;
  readonly t: GoTokens;
  readonly emitted: FieldDraft[] = [];
  readonly pending: PendingDeclaration[] = [];
  p = 0;
  /** Line-end semicolons end constructs here (statement lists, not inside brackets). */
  nl = true;
  /** In an `if`/`for`/`switch` header: `Name {` opens the block, not a composite literal. */
  noLit = false;
  /** In a `switch` header: `x.(type)` is allowed. */
  guardOk = false;
  /** Names of the enclosing type declarations and struct fields, innermost last. */
  readonly owners: string[] = [];
  /** Tokens read again after failed trial readings (`tryTypeArgs`), which are bounded. */
  retried = 0;

  constructor(text: string, t: GoTokens) {
    this.text = text;
    this.t = t;
  }

  kind(at = this.p): number {
    return this.t.kind[at] ?? EOF;
  }

  is(s: string, at = this.p): boolean {
    const k = this.t.kind[at];
    return (k === OP || k === KEYWORD) && this.t.words[at] === s;
  }

  /** The token's text ('' for literals); a name is sliced here, only when asked for. */
  word(at = this.p): string {
    return (
      this.t.words[at] ?? (this.t.kind[at] === IDENT ? this.text.slice(this.t.from[at], this.t.to[at]) : '')
    );
  }

  /** Whether the token at `at` is the name `s` (compared in the text, without slicing). */
  isWord(s: string, at = this.p): boolean {
    const from = this.t.from[at] ?? 0;
    return (
      this.t.kind[at] === IDENT && (this.t.to[at] ?? 0) - from === s.length && this.text.startsWith(s, from)
    );
  }

  expect(s: string): void {
    if (!this.is(s)) decline();
    this.p++;
  }

  /** A plain identifier (not `true`/`false`, which Lezer reads as booleans). */
  isName(at = this.p): boolean {
    if (this.t.kind[at] !== IDENT) return false;
    // The tokenizer keeps the words `true` and `false` (other names are undefined there).
    const s = this.t.words[at];
    return s !== 'true' && s !== 'false';
  }

  name(): void {
    if (!this.isName()) decline();
    this.p++;
  }

  /** A line-end semicolon after the previous token ends the construct being read. */
  stopsHere(): boolean {
    return this.nl && this.t.semi[this.p - 1] === 1;
  }

  /** Runs `read` with the given context, restoring the caller's afterwards. */
  nested<R>(nl: boolean, noLit: boolean, read: () => R): R {
    const saved = [this.nl, this.noLit, this.guardOk] as const;
    this.nl = nl;
    this.noLit = noLit;
    this.guardOk = false;
    try {
      return read();
    } finally {
      [this.nl, this.noLit, this.guardOk] = saved;
    }
  }
  /** A block body; goReader.ts's. */
  abstract block(): void;

  /** An expression; goParseExpr.ts's. */
  abstract expr(): number;

  /** A statement or declaration ends here: `;`, a line-end semicolon, or before `)`/`}`. */
  semi(): boolean {
    if (this.is(';')) {
      this.p++;
      return true;
    }
    return this.t.semi[this.p - 1] === 1 || this.is(')') || this.is('}');
  }

  needSemi(): void {
    if (!this.semi()) decline();
  }
}
