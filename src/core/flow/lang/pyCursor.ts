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
  /** The file's tokens, or an f-string field's while it is read. */
  v: PyView;
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
   * statement's first items, an assignment's bounds) are never made.
   */
  readonly stack: unknown[];
  top: number;
  /** The highest `top` since the stack was last cleared (`clearStack`). */
  high: number;
}

/** The cursor at the start of `view`'s tokens, its f-string fields read from `inner`. */
export function cursorOf(view: PyView, inner: PyView | undefined, strings: InternedNames): Cursor {
  return {
    v: view,
    p: 0,
    end: view.length,
    fields: { inner, ranges: view.t.fields, next: 0 },
    strings,
    nest: 0,
    deep: 0,
    stack: [],
    top: 0,
    high: 0,
  };
}

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
  if (c.top > c.high) c.high = c.top;
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
 * Forgets what the stack still references above its top (items already copied off), so a
 * statement's form is garbage once walked: called between top-level statements.
 */
export function clearStack(c: Cursor): void {
  // A loop: the ranges are short, and `fill` is a call per top-level statement.
  for (let i = c.top; i < c.high; i++) c.stack[i] = undefined;
  c.high = c.top;
}

export const at = (c: Cursor): number => (c.p < c.end ? c.p : -1);
export const isOp = (c: Cursor, op: string): boolean => at(c) >= 0 && c.v.isOp(c.p, op);
export const isKw = (c: Cursor, word: string): boolean => at(c) >= 0 && c.v.isKeyword(c.p, word);
/** The operator code (`PyTokens.code`) at the cursor, -1 where no operator is. */
export const opCode = (c: Cursor): number =>
  at(c) >= 0 && c.v.t.kind[c.p] === OP ? (c.v.t.code[c.p] ?? 0) : -1;
/** The kind of the token at the cursor, -1 at the end of the range. */
export const tokenKind = (c: Cursor): number => (at(c) < 0 ? -1 : (c.v.t.kind[c.p] ?? -1));
export const fromOf = (c: Cursor, i: number): number => c.v.t.from[i] ?? 0;
export const toOf = (c: Cursor, i: number): number => c.v.t.to[i] ?? 0;

/** The name at token `i`, interned. */
export const nameOf = (c: Cursor, i: number): string => c.strings.name(c.v.text, fromOf(c, i), toOf(c, i));

/** The content of the string literal at token `i` (`InternedNames.literal`), interned. */
export const literalOf = (c: Cursor, i: number): string =>
  c.strings.literal(c.v.text, fromOf(c, i), toOf(c, i));

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
  c.v.t.kind[i] === OP && table[c.v.t.code[i] ?? 0] === 1;

/** Whether the token at `i` is a keyword in `table` (`codeTable`). */
export const keywordIn = (c: Cursor, i: number, table: Uint8Array): boolean =>
  c.v.t.kind[i] === NAME && table[c.v.t.code[i] ?? 0] === 1;

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
export function expect(c: Cursor, op: string): void {
  if (!isOp(c, op)) decline();
  c.p++;
}

/** A name that is not a keyword. */
export function variable(c: Cursor): Expr {
  if (at(c) < 0 || !c.v.isVariable(c.p)) decline();
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
export const isString = (c: Cursor, i: number, end: number): boolean =>
  end === i + 1 && c.v.t.kind[i] === STRING;

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
  if (isOp(c, ',')) c.p++;
  else if (c.p !== c.end) decline();
}
