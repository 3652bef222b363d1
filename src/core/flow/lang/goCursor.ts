/**
 * The cursor of the Go lowering over the fast Go reader's tokens (goTokens.ts): token tests,
 * names read in place, the context line ends and braces are read in, types skipped, and the
 * stack the form's arrays are gathered on. Expressions are goLowerExpr.ts's, statements
 * goLowerStmt.ts's, the file and signatures goLower.ts's.
 */
import { GK, type GoTokens } from '../../scan/code/goTokens.js';
import type { Arg, Expr, Param, Stmt } from '../ir.js';
import { InternedNames } from './interned.js';
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

/** The one empty array every empty list of the form shares (the form is never changed). */
const NONE: readonly never[] = [];

export abstract class GoCursor {
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
  /**
   * The items of the lists being read (statements, arguments, entries, parameters), innermost
   * last: a list is copied off it once complete, at its own size. Each list pushed into an array
   * of its own held 17 slots whatever its length (V8's first growth), most of the lowering's
   * bytes, and the form kept them all until walked.
   */
  readonly #stack: unknown[] = [];
  #top = 0;
  /** The highest `#top` since the stack was last cleared. */
  #high = 0;

  constructor(text: string, tokens: GoTokens) {
    this.text = text;
    this.t = tokens;
  }

  /** Where a list gathered from here starts (for `stmtsFrom` and the like). */
  mark(): number {
    return this.#top;
  }

  /** An item of the list being read. */
  gather(item: Stmt | Arg | Param): void {
    this.#stack[this.#top++] = item;
  }

  /** The last item gathered. */
  lastGathered(): unknown {
    return this.#top > 0 ? this.#stack[this.#top - 1] : undefined;
  }

  /**
   * The items gathered since `mark`, as an array of their own (one shared array when none),
   * taken off the stack.
   */
  #take(mark: number): readonly unknown[] {
    const top = this.#top;
    if (top > this.#high) this.#high = top;
    this.#top = mark;
    return top === mark ? NONE : this.#stack.slice(mark, top);
  }

  /** The statements gathered since `mark` (see `#take`). */
  stmtsFrom(mark: number): readonly Stmt[] {
    return this.#take(mark) as readonly Stmt[];
  }

  exprsFrom(mark: number): readonly Expr[] {
    return this.#take(mark) as readonly Expr[];
  }

  argsFrom(mark: number): readonly Arg[] {
    return this.#take(mark) as readonly Arg[];
  }

  paramsFrom(mark: number): readonly Param[] {
    return this.#take(mark) as readonly Param[];
  }

  /**
   * Forgets what the stack still references above its top (items already copied off), so a
   * declaration's form is garbage once walked: called between top-level declarations.
   */
  clearStack(): void {
    this.#stack.fill(undefined, this.#top, this.#high);
    this.#high = this.#top;
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
