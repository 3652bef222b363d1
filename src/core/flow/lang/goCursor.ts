/**
 * The cursor of the Go lowering over the fast Go reader's tokens (goTokens.ts): token tests,
 * names read in place, the context line ends and braces are read in, types skipped; the form's
 * lists are gathered on its ListGatherer base (listStack.ts). Expressions are goLowerExpr.ts's, statements
 * goLowerStmt.ts's, the file and signatures goLower.ts's.
 */
import { GK, type GoTokens } from '../../scan/code/goTokens.js';
import { goNames, type GoNames } from './goNames.js';
import { InternedNames } from './interned.js';
import { ListGatherer } from './listStack.js';
import * as lezerModule from './lezer.js';
import * as syms from './goLowerSyms.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { MAX_LOWER_DEPTH } = lezerModule;
const { EOF, IDENT, KEYWORD } = GK;
const { IS_TYPE_KEYWORD, KW, P } = syms;

/** Thrown where this reader leaves the text to Lezer (nesting past the depth guard). */
export const GO_LOWER_DECLINED = new Error('goLower: declined');

/**
 * What every lowerer of one text shares, made once per text: its tokens, their symbols, their
 * names and the interned strings. A streamed lowering makes a lowerer of its own for each
 * top-level statement (goLower.ts `goTopLevel`) from this, and the hinted counts read its names.
 */
export class GoSource {
  readonly text: string;
  readonly tokens: GoTokens;
  /** Each identifier's and string literal's string by its token, and the names' uses (goNames.ts). */
  readonly names: GoNames;
  /** Callees, and the text of any other token asked for, one string each (interned.ts). */
  readonly strings: InternedNames;
  /**
   * A binary chain's operands are gathered on the stack; by their place there, each one's start
   * offset and the operator after it (goLowerExpr.ts; reused arrays: a chain's three arrays and
   * the closure that reduced them were made per comparison). Numbers only, so shared by the
   * lowerers without a write barrier.
   */
  readonly froms: number[] = [];
  readonly ops: number[] = [];

  constructor(text: string, tokens: GoTokens) {
    this.text = text;
    this.tokens = tokens;
    this.names = goNames(text, tokens);
    this.strings = new InternedNames();
  }
}

export abstract class GoCursor extends ListGatherer {
  readonly text: string;
  readonly t: GoTokens;
  // The token arrays, read directly rather than through the tokens object (one load less each).
  readonly tokenKind: Uint8Array;
  /** Each operator's and keyword's symbol (`GoTokens.sym`), 0 for other tokens and the end. */
  readonly tokenSym: Uint8Array;
  readonly tokenFrom: Int32Array;
  readonly tokenTo: Int32Array;
  readonly tokenWords: readonly (string | undefined)[];
  /** Each identifier's and string literal's index in `tokenStrings`, 0 for other tokens (goNames.ts). */
  readonly nameIds: Int32Array;
  readonly tokenStrings: readonly string[];
  /** 1 where a line-end semicolon may follow the token. */
  readonly semi: Uint8Array;
  /** A bracket's partner token, -1 for other tokens. */
  readonly partner: Int32Array;
  p = 0;
  /** Line-end semicolons end constructs here (statement lists, not inside brackets). */
  nl = true;
  /** In an `if`/`for`/`switch` header: `Name {` opens the block, not a composite literal. */
  noLit = false;
  depth = 0;
  /** Callees and other tokens' text, one string each (interned.ts), the source's. */
  readonly strings: InternedNames;

  /** What this lowerer shares with the others of its text. */
  readonly source: GoSource;

  /** A lowerer of `source` from token `p`. */
  constructor(source: GoSource, p: number) {
    super();
    const tokens = source.tokens;
    this.source = source;
    this.text = source.text;
    this.t = tokens;
    this.p = p;
    this.strings = source.strings;
    this.tokenKind = tokens.kind;
    this.tokenSym = tokens.sym;
    this.tokenFrom = tokens.from;
    this.tokenTo = tokens.to;
    this.tokenWords = tokens.words;
    this.nameIds = source.names.ids;
    this.tokenStrings = source.names.strings;
    this.semi = tokens.semi;
    this.partner = tokens.match;
  }

  kind(at = this.p): number {
    return this.tokenKind[at] ?? EOF;
  }

  /** Whether the token at `at` is the operator or keyword of symbol `sym` (`P.dot`, `KW.func`). */
  is(sym: number, at = this.p): boolean {
    return this.tokenSym[at] === sym;
  }

  /** The symbol of the token at `at` (goLowerSyms.ts), 0 for a name, a literal or the end. */
  sym(at = this.p): number {
    return this.tokenSym[at] ?? 0;
  }

  /**
   * Token `at`'s text ('' past the end): an operator's or keyword's as the reader kept it, a
   * name's as goNames.ts read it, another's read here, interned. Not `GoTokens.text`, which
   * slices every name of the file at once.
   */
  word(at = this.p): string {
    if (at < 0 || at >= this.t.count) return '';
    const id = this.nameIds[at] ?? 0;
    if (id !== 0 && this.tokenKind[at] === IDENT) return this.tokenStrings[id] as string;
    return (
      this.tokenWords[at] ?? this.strings.name(this.text, this.tokenFrom[at] ?? 0, this.tokenTo[at] ?? 0)
    );
  }

  /** `word` of an identifier token `at` (never past the end): its string, by its index. */
  nameAt(at: number): string {
    return this.tokenStrings[this.nameIds[at] ?? 0] as string;
  }

  /** `goStringContent` (goLowerExpr.ts) of the string token `at`, as goNames.ts read it. */
  stringContent(at: number): string {
    return this.tokenStrings[this.nameIds[at] ?? 0] as string;
  }

  off(at = this.p): number {
    return this.tokenFrom[at] ?? this.text.length;
  }

  /** The text of tokens `first` to `last`. */
  span(first: number, last: number): string {
    return this.text.slice(this.tokenFrom[first], this.tokenTo[last]);
  }

  /** A line-end semicolon after the previous token ends the construct being read. */
  stopsHere(): boolean {
    return this.nl && this.semi[this.p - 1] === 1;
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
    this.p = (this.partner[this.p] ?? this.p) + 1;
  }

  startsType(at = this.p): boolean {
    const k = this.kind(at);
    if (k === IDENT) return true;
    const sym = this.sym(at);
    if (k === KEYWORD) return IS_TYPE_KEYWORD[sym] === 1;
    return sym === P.star || sym === P.lbracket || sym === P.lparen || sym === P.arrow;
  }

  /** Skips a type: `pkg.T[A]`, `*T`, `[]T`, `map[K]V`, `chan<- T`, `func(…) R`, `struct{…}`. */
  skipType(): void {
    this.enter();
    if (this.kind() === IDENT) {
      this.p++;
      while (this.is(P.dot) && !this.stopsHere()) this.p += 2;
      if (this.is(P.lbracket) && !this.stopsHere()) this.skipGroup();
    } else if (this.is(P.star)) {
      this.p++;
      this.skipType();
    } else if (this.is(P.lbracket) || this.is(KW.map)) {
      if (this.is(KW.map)) this.p++;
      this.skipGroup();
      this.skipType();
    } else if (this.is(KW.chan)) {
      this.p++;
      if (this.is(P.arrow)) this.p++;
      this.skipType();
    } else if (this.is(P.arrow)) {
      this.p += 2;
      this.skipType();
    } else if (this.is(KW.func)) {
      this.p++;
      this.skipGroup();
      this.skipResults();
    } else if (this.is(KW.struct) || this.is(KW.interface)) {
      this.p++;
      this.skipGroup();
    } else if (this.is(P.lparen)) this.skipGroup();
    else this.p++;
    this.depth--;
  }

  /** A signature's results: `(…)` or one type, unless a line end or the body follows. */
  skipResults(): void {
    if (this.stopsHere()) return;
    if (this.is(P.lparen)) this.skipGroup();
    else if (this.startsType() && !this.is(P.lparen)) this.skipType();
  }
}
