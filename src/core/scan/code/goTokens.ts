import type { CommentSpan } from '../kit/index.js';

/**
 * The tokens of a Go file for the fast Go reader (goReader.ts), cut as @lezer/go cuts them:
 * identifiers take every character from U+00A1 up as a letter, strings and runes stop at a
 * line break, comments are skipped tokens. Where the reader must not guess — an unterminated
 * string, rune or comment, a character the grammar has no token for, a number followed by a
 * letter — it returns undefined and the caller parses with Lezer.
 *
 * Lezer's Go grammar inserts a semicolon at a line end (or before `//`) only after an
 * identifier, number, string, rune, `++`/`--`, `break`/`continue`/`return`/`fallthrough` or a
 * closing bracket, and any comment in between (a `/* … *\/` before the line break) cancels it;
 * `true`/`false` count only where the extractor's rewrite turns them into names (go.ts,
 * `bridgeLineEndBooleans`). `semi[i]` records that such a semicolon is available after token i.
 */

export const GK = { EOF: 0, IDENT: 1, KEYWORD: 2, NUMBER: 3, STRING: 4, RUNE: 5, OP: 6 } as const;
const { IDENT, KEYWORD, NUMBER, STRING, RUNE, OP } = GK;

/** The tokens as parallel arrays; `text` holds identifier, keyword and operator texts. */
export interface GoTokens {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Each token's text ('' for literals), made on first use from `words` and the source. */
  readonly text: readonly string[];
  /**
   * `text` as the tokenizer keeps it: a name other than `true` and `false` is undefined, sliced
   * only when the reader needs it (issue 8: a string per name was a large part of a Go scan).
   */
  readonly words: readonly (string | undefined)[];
  /** 1 where a line-end semicolon may follow the token (see the module comment). */
  readonly semi: Uint8Array;
  /**
   * Each operator's and keyword's number in GO_SYMBOLS, 0 for names (`true` and `false`
   * included), literals and the end (one slot more than the tokens).
   */
  readonly sym: Uint8Array;
  /** The partner of each bracket token, else -1. */
  readonly match: Int32Array;
  readonly comments: CommentSpan[];
}

export const GO_KEYWORDS: ReadonlySet<string> = new Set(
  (
    'break case chan const continue default defer else fallthrough for func go goto if import ' +
    'interface map package range return select struct switch type var'
  ).split(' '),
);

/**
 * The operators and keywords, each numbered by its place (from 1; 0: any other token): the flow
 * analysis's Go lowering asks about tokens by these numbers (flow/lang/goLowerSyms.ts). The
 * tokenizer records them as it cuts each token, from the string it has in hand: read again
 * from the characters by the lowering, they cost a pass over every token (about 7 M
 * instructions a call on the flow benchmark's file, most of it the pass's compilation).
 */
export const GO_SYMBOLS: readonly string[] = [
  '',
  ...'( ) [ ] { } , ; : . ... = := <- * & + - ! ^ | % / << >> &^ && || == != < <= > >= ++ --'.split(' '),
  ...'+= -= *= /= %= &= |= ^= <<= >>= &^= ~'.split(' '),
  ...[...GO_KEYWORDS].sort(),
];
if (GO_SYMBOLS.length > 255) throw new Error('goTokens: more symbols than a byte holds');

/** Each keyword's symbol. */
const KEYWORD_SYM: ReadonlyMap<string, number> = new Map(
  GO_SYMBOLS.map((s, i) => [s, i] as const).filter(([s]) => GO_KEYWORDS.has(s)),
);

const TRACKED_KEYWORDS: ReadonlySet<string> = new Set(['break', 'continue', 'return', 'fallthrough']);

/** Operators, longest first within each starting character. */
const OPERATORS: readonly string[] = [
  '<<=',
  '>>=',
  '&^=',
  '...',
  '&&',
  '||',
  '<-',
  '<<',
  '>>',
  '&^',
  '++',
  '--',
  '==',
  '!=',
  '<=',
  '>=',
  ':=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '&',
  '|',
  '^',
  '<',
  '>',
  '=',
  '!',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  ':',
  '.',
  '~',
];

/** Each operator's symbol, by its place in OPERATORS. */
const OPERATOR_SYM = new Uint8Array(OPERATORS.map((op) => GO_SYMBOLS.indexOf(op)));
if (OPERATOR_SYM.includes(0)) throw new Error('goTokens: an operator without a symbol');

/** Operators' places in OPERATORS by first character code, longest first. */
const BY_FIRST: readonly (readonly number[])[] = (() => {
  const table: number[][] = Array.from({ length: 128 }, () => []);
  OPERATORS.forEach((op, o) => table[op.charCodeAt(0)]?.push(o));
  return table;
})();

/** What the extractor's rewrite needs after `true`/`false` to make them names (go.ts). */
const BOOLEAN_LINE_END = /[ \t]*(?:\/\/[^\r\n]*)?\r?\n/y;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0xa1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Thrown inside the tokenizer where it declines. */
const DECLINED = new Error('goTokens: declined');

/** Tokenizes `text`; undefined where the reader should leave the text to Lezer. */
export function tokenizeGo(text: string): GoTokens | undefined {
  try {
    return tokenize(text);
  } catch (e) {
    if (e === DECLINED) return undefined;
    throw e;
  }
}

/** Growing typed arrays for the tokens. */
class TokenBuffer {
  count = 0;
  kind: Uint8Array;
  from: Int32Array;
  to: Int32Array;
  semi: Uint8Array;
  match: Int32Array;
  sym: Uint8Array;
  readonly words: (string | undefined)[] = [];

  constructor(capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.semi = new Uint8Array(capacity);
    this.match = new Int32Array(capacity);
    this.sym = new Uint8Array(capacity);
  }

  push(kind: number, from: number, to: number, text: string | undefined, semi: boolean, sym: number): number {
    if (this.count === this.kind.length) this.grow();
    const k = this.count++;
    this.kind[k] = kind;
    this.from[k] = from;
    this.to[k] = to;
    this.semi[k] = semi ? 1 : 0;
    this.match[k] = -1;
    this.sym[k] = sym;
    this.words.push(text);
    return k;
  }

  grow(): void {
    const size = this.kind.length * 2 + 16;
    const grown = <T extends Uint8Array | Int32Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.kind = grown(this.kind, new Uint8Array(size));
    this.from = grown(this.from, new Int32Array(size));
    this.to = grown(this.to, new Int32Array(size));
    this.semi = grown(this.semi, new Uint8Array(size));
    this.match = grown(this.match, new Int32Array(size));
    this.sym = grown(this.sym, new Uint8Array(size));
  }
}

function tokenize(text: string): GoTokens {
  // About one token per four characters of code; the buffer grows when there are more.
  const t = new TokenBuffer((text.length >> 2) + 16);
  const comments: CommentSpan[] = [];
  const stack: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      const to = end < 0 ? n : end;
      comments.push({ from: i, to });
      i = to;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw DECLINED;
      comments.push({ from: i, to: end + 2 });
      i = end + 2;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < n && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
      // `_1` is a number to Lezer (its digits may start with `_`).
      if (c === 95 && isDigit(text.charCodeAt(i + 1))) throw DECLINED;
      // Keywords, `true` and `false` are lower-case words of 2 to 11 letters: only such a
      // name is sliced here.
      const s = c >= 97 && c <= 122 && j - i >= 2 && j - i <= 11 ? text.slice(i, j) : undefined;
      const keyword = s !== undefined ? KEYWORD_SYM.get(s) : undefined;
      if (s !== undefined && keyword !== undefined)
        t.push(KEYWORD, i, j, s, TRACKED_KEYWORDS.has(s) && lineEndFollows(text, j), keyword);
      else if (s === 'true' || s === 'false') {
        BOOLEAN_LINE_END.lastIndex = j;
        t.push(IDENT, i, j, s === 'true' ? 'true' : 'false', BOOLEAN_LINE_END.test(text), 0);
      } else t.push(IDENT, i, j, undefined, lineEndFollows(text, j), 0);
      i = j;
    } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      const j = numberEnd(text, i);
      t.push(NUMBER, i, j, '', lineEndFollows(text, j), 0);
      i = j;
    } else if (c === 34 || c === 39) {
      const j = quotedEnd(text, i, c);
      t.push(c === 34 ? STRING : RUNE, i, j, '', lineEndFollows(text, j), 0);
      i = j;
    } else if (c === 96) {
      const end = text.indexOf('`', i + 1);
      if (end < 0) throw DECLINED;
      t.push(STRING, i, end + 1, '', lineEndFollows(text, end + 1), 0);
      i = end + 1;
    } else {
      const o = operatorAt(text, i, c);
      const op = OPERATORS[o] ?? '';
      const closing = c === 41 || c === 93 || c === 125;
      const tracked = closing || op === '++' || op === '--';
      const k = t.push(
        OP,
        i,
        i + op.length,
        op,
        tracked && lineEndFollows(text, i + op.length),
        OPERATOR_SYM[o] ?? 0,
      );
      if (c === 40 || c === 91 || c === 123) stack.push(k);
      else if (closing) {
        const open = stack.pop();
        if (open === undefined || t.words[open] !== OPENER[op]) throw DECLINED;
        t.match[open] = k;
        t.match[k] = open;
      }
      i += op.length;
    }
  }
  if (stack.length > 0) throw DECLINED;
  // The end's slot of `sym`, 0.
  if (t.count === t.sym.length) t.grow();
  return new Tokens(t, comments, text);
}

/** The tokens of one text; `text` is made from `words` and the source on first use. */
class Tokens implements GoTokens {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly words: readonly (string | undefined)[];
  readonly semi: Uint8Array;
  readonly match: Int32Array;
  readonly sym: Uint8Array;
  #text: string[] | undefined;

  constructor(
    t: TokenBuffer,
    readonly comments: CommentSpan[],
    private readonly source: string,
  ) {
    ({
      count: this.count,
      kind: this.kind,
      from: this.from,
      to: this.to,
      semi: this.semi,
      match: this.match,
      sym: this.sym,
    } = t);
    this.words = t.words;
  }

  get text(): readonly string[] {
    if (this.#text === undefined) {
      const text: string[] = [];
      for (let k = 0; k < this.count; k++)
        text.push(this.words[k] ?? this.source.slice(this.from[k], this.to[k]));
      this.#text = text;
    }
    return this.#text;
  }
}

/** The operator at `i` (longest match), its place in OPERATORS; a character that starts none is declined. */
function operatorAt(text: string, i: number, c: number): number {
  const candidates = c < 128 ? BY_FIRST[c] : undefined;
  if (candidates !== undefined)
    for (const o of candidates) if (text.startsWith(OPERATORS[o] ?? '', i)) return o;
  throw DECLINED;
}

const OPENER: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** After a tracked token ending at `at`: spaces and tabs, then a line end, `//` or the end. */
function lineEndFollows(text: string, at: number): boolean {
  let j = at;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  if (j >= text.length) return true;
  const c = text.charCodeAt(j);
  return c === 10 || c === 13 || (c === 47 && text.charCodeAt(j + 1) === 47);
}

/** The end of a string or rune; one that runs into a line break or the end is declined. */
function quotedEnd(text: string, start: number, quote: number): number {
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === quote) return j + 1;
    else if (c === 10) break;
  }
  throw DECLINED;
}

const DECIMAL =
  /(?:\.[0-9](?:_?[0-9])*|[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?)(?:[eE][+-]?[0-9](?:_?[0-9])*)?i?/y;
const PREFIXED = /0(?:[xX](?:_?[0-9a-fA-F])+|[oO](?:_?[0-7])+|[bB](?:_?[01])+)i?/y;

/**
 * The end of a number literal; anything unusual (a hex float, a letter or `.` straight after)
 * is declined rather than matched against Lezer's longest-match rules.
 */
function numberEnd(text: string, start: number): number {
  PREFIXED.lastIndex = start;
  let end = PREFIXED.test(text) ? PREFIXED.lastIndex : -1;
  if (end < 0) {
    DECIMAL.lastIndex = start;
    if (!DECIMAL.test(text)) throw DECLINED;
    end = DECIMAL.lastIndex;
  }
  const next = text.charCodeAt(end);
  if (isLetter(next) || isDigit(next) || next === 46) throw DECLINED;
  return end;
}
