/**
 * The cursor of the Go lowering over the fast Go reader's tokens (goTokens.ts): token tests,
 * names read in place, the context line ends and braces are read in, types skipped; the form's
 * lists are gathered on its ListGatherer base (listStack.ts). Expressions are goLowerExpr.ts's, statements
 * goLowerStmt.ts's, the file and signatures goLower.ts's.
 */
import { GK, type GoTokens } from '../../scan/code/goTokens.js';
import { InternedNames } from './interned.js';
import { ListGatherer } from './listStack.js';
import * as lezerModule from './lezer.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { MAX_LOWER_DEPTH } = lezerModule;
const { EOF, IDENT, KEYWORD, OP } = GK;

/** Thrown where this reader leaves the text to Lezer (nesting past the depth guard). */
export const GO_LOWER_DECLINED = new Error('goLower: declined');

const TYPE_KEYWORDS: ReadonlySet<string> = new Set(['func', 'map', 'chan', 'struct', 'interface']);

/** Whether a keyword starts a type (`map[K]V`, `func(…)`, `chan T`, `struct{…}`). */
export const isTypeKeyword = (word: string): boolean => TYPE_KEYWORDS.has(word);

export abstract class GoCursor extends ListGatherer {
  readonly text: string;
  readonly t: GoTokens;
  p = 0;
  /** Line-end semicolons end constructs here (statement lists, not inside brackets). */
  nl = true;
  /** In an `if`/`for`/`switch` header: `Name {` opens the block, not a composite literal. */
  noLit = false;
  depth = 0;
  /** Names, string contents and callees, one string each (interned.ts). */
  readonly strings = new InternedNames();

  constructor(text: string, tokens: GoTokens) {
    super();
    this.text = text;
    this.t = tokens;
  }

  kind(at = this.p): number {
    return this.t.kind[at] ?? EOF;
  }

  is(s: string, at = this.p): boolean {
    const k = this.t.kind[at];
    return (k === OP || k === KEYWORD) && this.t.words[at] === s;
  }

  /**
   * Token `at`'s text ('' past the end): an operator's or keyword's as the reader kept it, a
   * name's read here, interned. Not `GoTokens.text`, which slices every name of the file at once.
   */
  word(at = this.p): string {
    if (at < 0 || at >= this.t.count) return '';
    return this.t.words[at] ?? this.strings.name(this.text, this.t.from[at] ?? 0, this.t.to[at] ?? 0);
  }

  /** `goStringContent` (goLowerExpr.ts) of the string token `at`, read in place and interned. */
  stringContent(at: number): string {
    const from = this.t.from[at] ?? 0;
    const end = Math.min(this.t.to[at] ?? 0, from + 400);
    const closed = end - from >= 2 && this.text.charCodeAt(end - 1) === this.text.charCodeAt(from);
    return this.strings.name(this.text, from + 1, closed ? end - 1 : end);
  }

  off(at = this.p): number {
    return this.t.from[at] ?? this.text.length;
  }

  /** The text of tokens `first` to `last`. */
  span(first: number, last: number): string {
    return this.text.slice(this.t.from[first], this.t.to[last]);
  }

  /** A line-end semicolon after the previous token ends the construct being read. */
  stopsHere(): boolean {
    return this.nl && this.t.semi[this.p - 1] === 1;
  }

  enter(): void {
    if (++this.depth > MAX_LOWER_DEPTH) throw GO_LOWER_DECLINED;
  }

  /**
   * Sets the context for a construct, returning the caller's for `restore`. No `finally`: a
   * decline abandons the whole lowering. (A closure per bracket cost the lowering a tenth.)
   */
  mode(nl: boolean, noLit: boolean): number {
    const saved = (this.nl ? 1 : 0) | (this.noLit ? 2 : 0);
    this.nl = nl;
    this.noLit = noLit;
    return saved;
  }

  restore(saved: number): void {
    this.nl = (saved & 1) !== 0;
    this.noLit = (saved & 2) !== 0;
  }

  /** Skips a bracketed group at the cursor (`(`, `[`, `{`). */
  skipGroup(): void {
    this.p = (this.t.match[this.p] ?? this.p) + 1;
  }

  startsType(at = this.p): boolean {
    const k = this.kind(at);
    if (k === IDENT) return true;
    if (k === KEYWORD) return TYPE_KEYWORDS.has(this.word(at));
    return this.is('*', at) || this.is('[', at) || this.is('(', at) || this.is('<-', at);
  }

  /** Skips a type: `pkg.T[A]`, `*T`, `[]T`, `map[K]V`, `chan<- T`, `func(…) R`, `struct{…}`. */
  skipType(): void {
    this.enter();
    if (this.kind() === IDENT) {
      this.p++;
      while (this.is('.') && !this.stopsHere()) this.p += 2;
      if (this.is('[') && !this.stopsHere()) this.skipGroup();
    } else if (this.is('*')) {
      this.p++;
      this.skipType();
    } else if (this.is('[') || this.is('map')) {
      if (this.is('map')) this.p++;
      this.skipGroup();
      this.skipType();
    } else if (this.is('chan')) {
      this.p++;
      if (this.is('<-')) this.p++;
      this.skipType();
    } else if (this.is('<-')) {
      this.p += 2;
      this.skipType();
    } else if (this.is('func')) {
      this.p++;
      this.skipGroup();
      this.skipResults();
    } else if (this.is('struct') || this.is('interface')) {
      this.p++;
      this.skipGroup();
    } else if (this.is('(')) this.skipGroup();
    else this.p++;
    this.depth--;
  }

  /** A signature's results: `(…)` or one type, unless a line end or the body follows. */
  skipResults(): void {
    if (this.stopsHere()) return;
    if (this.is('(')) this.skipGroup();
    else if (this.startsType() && !this.is('(')) this.skipType();
  }
}
