/**
 * What follows a Python primary, lowered from the fast reader's tokens: attribute accesses, calls
 * (with their callee's dotted text as python.ts reads it) and subscripts, and the argument lists
 * and comprehension clauses they hold. Operators are pyLowerExpr.ts's, atoms and displays
 * pyAtoms.ts's; the rules of the three call each other (see pyLowerExpr.ts).
 */
import { decline } from '../../scan/code/pyView.js';
import { KIND } from '../../scan/code/pyTokens.js';
import * as irModule from '../ir.js';
import type { Arg, Expr } from '../ir.js';
import * as cursorModule from './pyCursor.js';
import type { Cursor } from './pyCursor.js';
import { expression, test, testInner, testNoCond } from './pyLowerExpr.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const {
  argsFrom,
  at,
  chained,
  EMPTY,
  enter,
  fromOf,
  gather,
  isKw,
  isOp,
  isString,
  keyword,
  KW,
  leave,
  nameOf,
  opAt,
  opCode,
  P,
  separator,
  variableAt,
} = cursorModule;
const { keyed } = irModule;
const { NAME } = KIND;

/** What python.ts's call lowering asks of a callee node. */
const CALLEE_NAME = 0;
const CALLEE_MEMBER = 1;
const CALLEE_OTHER = 2;

/** Calls, attribute accesses and subscripts after the primary that starts at token `start`. */
export function trailers(c: Cursor, first: Expr, start: number): Expr {
  const outer = c.deep;
  c.deep = c.nest;
  const atomEnd = c.p;
  const from = fromOf(c, start);
  const named = first.k === 'name' && atomEnd === start + 1;
  let left = first;
  let kind = named ? CALLEE_NAME : CALLEE_OTHER;
  let links = 0;
  for (; ; links++) {
    const code = opCode(c);
    if (code === P.dot) {
      c.p++;
      if (at(c) < 0 || c.kind[c.p] !== NAME) decline();
      const prop = c.p++;
      // A method's member is no node of the form (the call holds its receiver): `left` stays
      // the receiver until the call.
      if (opCode(c) !== P.openParen)
        left = { k: 'member', at: fromOf(c, prop), recv: left, prop: nameOf(c, prop) };
      kind = CALLEE_MEMBER;
    } else if (code === P.openParen) {
      const callee = calleeName(c, first, named, atomEnd, c.p, links);
      const args = argList(c, true);
      if (kind === CALLEE_MEMBER) left = { k: 'call', at: from, callee, args, recv: left };
      else {
        const call: Expr = { k: 'call', at: from, callee, args };
        // A callee that is no name or method (`f()()`, `(a or b)()`) is evaluated beside the call.
        left = kind === CALLEE_NAME ? call : { k: 'group', parts: [left, call] };
      }
      kind = CALLEE_OTHER;
    } else if (code === P.openBracket) {
      left = subscript(c, left);
      kind = CALLEE_OTHER;
    } else break;
  }
  chained(c, outer, links);
  return left;
}

/** python.ts reads a callee's dotted name this many levels down, and `?` below. */
const MAX_DOTTED_DEPTH = 12;

/**
 * A call's callee as dotted text (`self.logger.info` → `logger.info`, `getLogger().info`),
 * read again from the trailers' tokens `[from, to)` after the primary `first`: `links` of them,
 * each a level of the callee python.ts reads down to `MAX_DOTTED_DEPTH`. Interned.
 */
function calleeName(c: Cursor, first: Expr, named: boolean, from: number, to: number, links: number): string {
  const s = c.strings;
  let dotted = links <= MAX_DOTTED_DEPTH && named && first.k === 'name' ? first.name : '?';
  let depth = links;
  for (let i = from; i < to;) {
    depth--;
    if (opAt(c, i, P.dot)) {
      dotted = depth > MAX_DOTTED_DEPTH ? '?' : s.joined(dotted, nameOf(c, i + 1));
      i += 2;
    } else {
      dotted = depth > MAX_DOTTED_DEPTH || opAt(c, i, P.openBracket) ? '?' : s.called(dotted);
      i = c.v.partner(i) + 1;
    }
  }
  return dotted;
}

/**
 * `recv[a, b:c:d]`: a member read by a plain string key (`row["phone"]`), else the receiver
 * with the first item.
 */
function subscript(c: Cursor, recv: Expr): Expr {
  const outer = enter(c);
  const close = c.end;
  let key: Expr | undefined;
  let keyAt = -1;
  let keyString = false;
  while (c.p < close) {
    // An item, then up to two colons each followed by an item unless another colon, a comma or
    // the end comes first.
    for (let colons = 0; ; colons++) {
      if (colons === 0 ? !isOp(c, P.colon) : !isOp(c, P.colon) && !isOp(c, P.comma) && c.p < close) {
        const start = c.p;
        const e = test(c);
        if (key === undefined) {
          key = e;
          keyAt = fromOf(c, start);
          keyString = isString(c, start, c.p);
        }
      }
      if (colons === 2 || !isOp(c, P.colon)) break;
      c.p++;
    }
    separator(c);
  }
  leave(c, outer);
  if (key === undefined) return recv;
  if (keyString && key.k === 'lit' && key.str !== undefined)
    return { k: 'member', at: keyAt, recv, prop: key.str };
  return { k: 'group', parts: [recv, key] };
}

/**
 * `(args)`: positional, keyword, `*` and `**` arguments, and a generator's `for` clauses. With
 * `named`, a keyword argument is keyed (a call's); without, it is its name, its `=` and its value
 * (python.ts lowers a decorator's argument list as a plain node).
 */
export function argList(c: Cursor, named: boolean): readonly Arg[] {
  const mark = c.top;
  argItems(c, named);
  return argsFrom(c, mark);
}

/** The arguments of `argList`, gathered. */
export function argItems(c: Cursor, named: boolean): void {
  const outer = enter(c);
  while (c.p < c.end) {
    if (isOp(c, P.star) || isOp(c, P.power)) {
      c.p++;
      gather(c, EMPTY);
      gather(c, test(c));
    } else if (variableAt(c, c.p) && opAt(c, c.p + 1, P.assign)) {
      const name = nameOf(c, c.p);
      const nameAt = fromOf(c, c.p);
      c.p += 2;
      const valueAt = at(c) >= 0 ? fromOf(c, c.p) : 0;
      const value = test(c);
      if (named) gather(c, keyed(name, valueAt, value));
      else {
        gather(c, { k: 'name', at: nameAt, name });
        gather(c, EMPTY);
        gather(c, value);
      }
      compFor(c);
    } else {
      gather(c, test(c));
      compFor(c);
    }
    separator(c);
  }
  leave(c, outer);
}

/** `for … in …` and `if …` clauses of a comprehension, each part gathered; none when absent. */
export function compFor(c: Cursor): void {
  for (;;) {
    if (isKw(c, KW.async) || isKw(c, KW.for)) {
      if (isKw(c, KW.async)) gather(c, keyword(c));
      if (!isKw(c, KW.for)) decline();
      gather(c, keyword(c));
      for (;;) {
        gather(c, expression(c, 0));
        if (!isOp(c, P.comma)) break;
        c.p++;
        if (isKw(c, KW.in)) break;
      }
      if (!isKw(c, KW.in)) decline();
      gather(c, keyword(c));
      gather(c, testInner(c, 0));
    } else if (isKw(c, KW.if)) {
      gather(c, keyword(c));
      gather(c, testNoCond(c));
    } else return;
  }
}
