/**
 * The cursor of the Python lowering over the fast reader's tokens (pyTokens.ts): token tests,
 * names read in place and interned, the nesting count that bounds expressions as python.ts
 * does, bracket ranges, and the stack the form's lists are gathered on. Expressions are
 * pyLowerExpr.ts's (operators), pyTrailers.ts's (calls, members, subscripts, arguments) and
 * pyAtoms.ts's (atoms and displays); small statements pySmall.ts's, compound ones pyLower.ts's.
 */
import { decline } from '../../scan/code/pyView.js';
import type { PyView } from '../../scan/code/pyView.js';
import { KEYWORD_LIST, KIND, OPERATORS } from '../../scan/code/pyTokens.js';
import type { Arg, Expr, Param, Stmt } from '../ir.js';
import type { InternedNames } from './interned.js';
import { copyOff } from './listStack.js';

const { NAME, OP, STRING } = KIND;

/** The f-string replacement fields' tokens, and the next field to read. */
export interface Fields {
  readonly inner: PyView | undefined;
  /** Each field's `[start, end)` in `inner` (`PyTokens.fields`). */
  readonly ranges: readonly number[];
  next: number;
}

/** A position in a token list, bounded by `end`, and the lowering's state. */
export interface Cursor {
  /** The file's tokens, or an f-string field's while it is read (`useView`). */
  v: PyView;
  /**
   * `v.t`'s arrays, read for every token: reached from the cursor itself, not through the view
   * and its token list (two loads more per look).
   */
  kind: Uint8Array;
  code: Uint8Array;
  from: Int32Array;
  to: Int32Array;
  p: number;
  /** Set to a bracket's partner while its insides are read, then back. */
  end: number;
  readonly fields: Fields;
  readonly strings: InternedNames;
  /**
   * An upper bound of the nesting python.ts would lower the node being read at, and the largest
   * reached in the statement: past `MAX_LOWER_DEPTH` that lowering cuts what is deeper, which
   * this one does not follow, so the statement declines (see `deeper`).
   */
  nest: number;
  deep: number;
  /**
   * The items of the lists being read (statements, arguments, entries, parameters, parts),
   * innermost last, as Go's and Java's lowerings gather theirs (listStack.ts; this cursor is a
   * plain object read by functions, so it keeps the stack's fields itself): a list is copied off
   * once complete, at its own size (`take`), and the lists read only to be dropped (a
   * statement's first items, an assignment's bounds) are never made. A new one for each
   * top-level statement (`freshStack`).
   */
  stack: unknown[];
  top: number;
}

/** The cursor at the start of `view`'s tokens, its f-string fields read from `inner`. */
export function cursorOf(view: PyView, inner: PyView | undefined, strings: InternedNames): Cursor {
  return {
    v: view,
    kind: view.t.kind,
    code: view.t.code,
    from: view.t.from,
    to: view.t.to,
    p: 0,
    end: view.length,
    fields: { inner, ranges: view.t.fields, next: 0 },
    strings,
    nest: 0,
    deep: 0,
    stack: [],
    top: 0,
  };
}

/** Moves the cursor to the tokens of `view` (the file's, or the f-string fields'). */
export function useView(c: Cursor, view: PyView): void {
  c.v = view;
  c.kind = view.t.kind;
  c.code = view.t.code;
  c.from = view.t.from;
  c.to = view.t.to;
}

/** An operator's code (`PyTokens.code`). */
function opNumber(op: string): number {
  const i = OPERATORS.indexOf(op);
  if (i < 0) throw new Error(`no operator ${op}`);
  return i;
}

/** A keyword's code (`PyTokens.code`: one more than its index). */
function keywordNumber(word: string): number {
  const i = KEYWORD_LIST.indexOf(word);
  if (i < 0) throw new Error(`no keyword ${word}`);
  return i + 1;
}

/**
 * The operators the lowering tests by their codes: a test compares two small numbers, where
 * comparing the operator's text was a call of the string comparison per look.
 */
export const P = {
  arrow: opNumber('->'),
  assign: opNumber('='),
  at: opNumber('@'),
  closeBracket: opNumber(']'),
  closeParen: opNumber(')'),
  colon: opNumber(':'),
  comma: opNumber(','),
  dot: opNumber('.'),
  ellipsis: opNumber('...'),
  openBrace: opNumber('{'),
  openBracket: opNumber('['),
  openParen: opNumber('('),
  percent: opNumber('%'),
  power: opNumber('**'),
  semicolon: opNumber(';'),
  slash: opNumber('/'),
  star: opNumber('*'),
} as const;

/** The keywords the lowering tests, by their codes (see `P`). */
export const KW = {
  as: keywordNumber('as'),
  async: keywordNumber('async'),
  await: keywordNumber('await'),
  class: keywordNumber('class'),
  def: keywordNumber('def'),
  elif: keywordNumber('elif'),
  else: keywordNumber('else'),
  except: keywordNumber('except'),
  finally: keywordNumber('finally'),
  for: keywordNumber('for'),
  from: keywordNumber('from'),
  if: keywordNumber('if'),
  in: keywordNumber('in'),
  is: keywordNumber('is'),
  lambda: keywordNumber('lambda'),
  not: keywordNumber('not'),
  yield: keywordNumber('yield'),
} as const;

/**
 * What python.ts makes of a node with nothing to lower (an operator, `*`, an f-string's `=`):
 * shared, since the walk never changes the form.
 */
export const EMPTY: Expr = { k: 'group', parts: [] };

/** An item of the list being read. */
export function gather(c: Cursor, item: Stmt | Arg | Param): void {
  c.stack[c.top++] = item;
}

/** Drops the items gathered since `mark` (a former `c.top`). */
export function drop(c: Cursor, mark: number): void {
  c.top = mark;
}

/** The items gathered since `mark`, taken off the stack (see `copyOff`). */
function take(c: Cursor, mark: number): readonly unknown[] {
  const top = c.top;
  drop(c, mark);
  return copyOff(c.stack, mark, top);
}

/** The statements gathered since `mark` (see `take`). */
export const stmtsFrom = (c: Cursor, mark: number): readonly Stmt[] => take(c, mark) as readonly Stmt[];
export const exprsFrom = (c: Cursor, mark: number): readonly Expr[] => take(c, mark) as readonly Expr[];
export const argsFrom = (c: Cursor, mark: number): readonly Arg[] => take(c, mark) as readonly Arg[];
export const paramsFrom = (c: Cursor, mark: number): readonly Param[] => take(c, mark) as readonly Param[];

/** The parts gathered since `mark` as one expression (`group`): the only one, or their union. */
export function groupFrom(c: Cursor, mark: number): Expr {
  if (c.top !== mark + 1) return { k: 'group', parts: exprsFrom(c, mark) };
  drop(c, mark);
  return c.stack[mark] as Expr;
}

/**
 * A new, empty stack for the next top-level statement: the last one's is garbage with the form
 * it held. One stack for the whole file outlived a few scavenges and was promoted, and from then
 * on every item gathered (a young object) was stored old-to-young through the write barrier's
 * remembered set (`Builtins_RecordWriteSaveFP`, about 8 M instructions a call of the Python
 * benchmark's 10,000-line file, from the rules that gather); a statement's stack stays young.
 */
export function freshStack(c: Cursor): void {
  c.stack = [];
  c.top = 0;
}

export const at = (c: Cursor): number => (c.p < c.end ? c.p : -1);
/** Whether the token at the cursor is the operator `op` (a code of `P`). */
export const isOp = (c: Cursor, op: number): boolean =>
  c.p < c.end && c.code[c.p] === op && c.kind[c.p] === OP;
/** Whether the token at the cursor is the keyword `word` (a code of `KW`). */
export const isKw = (c: Cursor, word: number): boolean =>
  c.p < c.end && c.code[c.p] === word && c.kind[c.p] === NAME;
/** Whether token `i`, in range or not, is the operator `op` (a code of `P`). */
export const opAt = (c: Cursor, i: number, op: number): boolean => c.code[i] === op && c.kind[i] === OP;
/** Whether token `i`, in range or not, is the keyword `word` (a code of `KW`). */
export const keywordAt = (c: Cursor, i: number, word: number): boolean =>
  c.code[i] === word && c.kind[i] === NAME;
/** Whether token `i` is a name that is not a keyword (Lezer's VariableName). */
export const variableAt = (c: Cursor, i: number): boolean => c.code[i] === 0 && c.kind[i] === NAME;
/** The operator code (`PyTokens.code`) at the cursor, -1 where no operator is. */
export const opCode = (c: Cursor): number => (c.p < c.end && c.kind[c.p] === OP ? (c.code[c.p] ?? 0) : -1);
/** The kind of the token at the cursor, -1 at the end of the range. */
export const tokenKind = (c: Cursor): number => (c.p < c.end ? (c.kind[c.p] ?? -1) : -1);
export const fromOf = (c: Cursor, i: number): number => c.from[i] ?? 0;
export const toOf = (c: Cursor, i: number): number => c.to[i] ?? 0;

/** The name at token `i`, interned. */
export const nameOf = (c: Cursor, i: number): string =>
  c.strings.name(c.v.text, c.from[i] ?? 0, c.to[i] ?? 0);

/** The content of the string literal at token `i` (`InternedNames.literal`), interned. */
export const literalOf = (c: Cursor, i: number): string =>
  c.strings.literal(c.v.text, c.from[i] ?? 0, c.to[i] ?? 0);

/**
 * A membership table of operators or keywords by their code (`PyTokens.code`; a keyword's is one
 * more than its index): a statement's first word and every operand's operator were looked up in
 * sets of their texts, a hash per look.
 */
export function codeTable(words: readonly string[], of: 'op' | 'keyword'): Uint8Array {
  const list = of === 'op' ? OPERATORS : KEYWORD_LIST;
  const table = new Uint8Array(list.length + 1);
  for (const w of words) {
    const i = list.indexOf(w);
    if (i < 0) throw new Error(`no ${of} ${w}`);
    table[of === 'op' ? i : i + 1] = 1;
  }
  return table;
}

/** Whether the token at `i` is an operator in `table` (`codeTable`). */
export const opIn = (c: Cursor, i: number, table: Uint8Array): boolean =>
  c.kind[i] === OP && table[c.code[i] ?? 0] === 1;

/** Whether the token at `i` is a keyword in `table` (`codeTable`). */
export const keywordIn = (c: Cursor, i: number, table: Uint8Array): boolean =>
  c.kind[i] === NAME && table[c.code[i] ?? 0] === 1;

/** A keyword as python.ts lowers its leaf: a literal at it. Moves past it. */
export function keyword(c: Cursor): Expr {
  if (at(c) < 0) decline();
  return { k: 'lit', at: fromOf(c, c.p++) };
}

/** Moves past the token at the cursor; declines at the end of the range. */
export function skip(c: Cursor): void {
  if (at(c) < 0) decline();
  c.p++;
}

/** Moves past the operator `op`, or declines. */
export function expect(c: Cursor, op: number): void {
  if (!isOp(c, op)) decline();
  c.p++;
}

/** A name that is not a keyword. */
export function variable(c: Cursor): Expr {
  if (c.p >= c.end || !variableAt(c, c.p)) decline();
  const e: Expr = { k: 'name', at: fromOf(c, c.p), name: nameOf(c, c.p) };
  c.p++;
  return e;
}

/** Sets the nesting to a statement's (`deeper`). */
export function nestAt(c: Cursor, depth: number): void {
  c.nest = depth;
  if (depth > c.deep) c.deep = depth;
}

/**
 * One level deeper, undone by `c.nest--`. Counted by every rule whose node holds children
 * (chains of operators and trailers add their length when they end, see `chained`), so the
 * count never falls below the nesting python.ts would lower at; it may exceed it.
 */
export function deeper(c: Cursor): void {
  if (++c.nest > c.deep) c.deep = c.nest;
}

/**
 * Where a left-associative chain of `links` nodes ends: what was read inside it sits up to that
 * many levels deeper than counted while it was read. `outer` is the deepest before the chain.
 */
export function chained(c: Cursor, outer: number, links: number): void {
  const deep = c.deep + links;
  c.deep = deep > outer ? deep : outer;
}

/** Whether tokens `[i, end)` are one plain string literal (python.ts reads its content as a key). */
export const isString = (c: Cursor, i: number, end: number): boolean => end === i + 1 && c.kind[i] === STRING;

/**
 * Moves past the opening bracket at the cursor and bounds the cursor by its partner; returns the
 * bound to restore (`leave`).
 */
export function enter(c: Cursor): number {
  const close = c.v.partner(c.p);
  if (close < 0 || close >= c.end) decline();
  c.p++;
  const outer = c.end;
  c.end = close;
  deeper(c);
  return outer;
}

/** Checks the insides were all read, moves past the closing bracket, restores the bound. */
export function leave(c: Cursor, outer: number): void {
  if (c.p !== c.end) decline();
  c.end = outer;
  c.p++;
  c.nest--;
}

/** A comma between items, or the end of the bracket. */
export function separator(c: Cursor): void {
  if (isOp(c, P.comma)) c.p++;
  else if (c.p !== c.end) decline();
}
