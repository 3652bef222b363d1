/**
 * Python atoms lowered from the fast reader's tokens: names, literals, adjacent strings and
 * f-strings (pyFString.ts), parenthesised expressions, tuple, list, set and dict displays and
 * their comprehensions, `yield`, and the comma-separated tests that displays and statements hold.
 * Operators are pyLowerExpr.ts's, trailers pyTrailers.ts's; the rules of the three call each
 * other (see pyLowerExpr.ts).
 */
import { decline } from '../../scan/code/pyView.js';
import { KIND } from '../../scan/code/pyTokens.js';
import * as irModule from '../ir.js';
import type { Expr } from '../ir.js';
import * as cursorModule from './pyCursor.js';
import type { Cursor } from './pyCursor.js';
import * as fstringModule from './pyFString.js';
import { expression, test } from './pyLowerExpr.js';
import { compFor } from './pyTrailers.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const {
  argsFrom,
  at,
  codeTable,
  deeper,
  EMPTY,
  enter,
  expect,
  exprsFrom,
  fromOf,
  gather,
  groupFrom,
  isKw,
  isOp,
  isString,
  keyword,
  keywordAt,
  keywordIn,
  KW,
  leave,
  literalOf,
  nameOf,
  opAt,
  opIn,
  P,
  separator,
  variableAt,
} = cursorModule;
const { keyed } = irModule;
const { formatString } = fstringModule;
const { NAME, NUMBER, STRING, FSTRING } = KIND;

const comprehends = (c: Cursor): boolean => isKw(c, KW.for) || isKw(c, KW.async);

/** `"*" expression` (its star lowered as nothing) or `test`, gathered. */
function starred(c: Cursor): void {
  if (isOp(c, P.star)) {
    c.p++;
    gather(c, EMPTY);
    gather(c, expression(c, 0));
  } else gather(c, test(c));
}

export function atom(c: Cursor): Expr {
  const i = at(c);
  if (i < 0) decline();
  const kind = c.kind[i];
  if (kind === NAME) {
    if (variableAt(c, i)) {
      c.p++;
      return { k: 'name', at: fromOf(c, i), name: nameOf(c, i) };
    }
    const s = c.v.s(i);
    if (s !== 'None' && s !== 'True' && s !== 'False') decline();
  } else if (kind === STRING || kind === FSTRING) return strings(c);
  else if (kind !== NUMBER && !opAt(c, i, P.ellipsis)) {
    if (opAt(c, i, P.openParen)) return paren(c);
    if (opAt(c, i, P.openBracket)) return bracket(c);
    if (opAt(c, i, P.openBrace)) return brace(c);
    decline();
  }
  c.p++;
  return { k: 'lit', at: fromOf(c, i) };
}

/** One string, or adjacent strings (the union of their parts). */
function strings(c: Cursor): Expr {
  deeper(c);
  const first = oneString(c);
  if (!stringAt(c)) {
    c.nest--;
    return first;
  }
  const mark = c.top;
  gather(c, first);
  while (stringAt(c)) gather(c, oneString(c));
  c.nest--;
  return { k: 'group', parts: exprsFrom(c, mark) };
}

const stringAt = (c: Cursor): boolean => at(c) >= 0 && (c.kind[c.p] === STRING || c.kind[c.p] === FSTRING);

/** What an f-string's replacement field holds: `commaSep<test | "*" expression>`. */
const fieldTests = (c: Cursor): void => {
  commaTests(c, true);
};

function oneString(c: Cursor): Expr {
  const i = c.p++;
  if (c.kind[i] === FSTRING) return formatString(c, i, fieldTests);
  return { k: 'lit', at: fromOf(c, i), str: literalOf(c, i) };
}

function paren(c: Cursor): Expr {
  const from = fromOf(c, c.p);
  const outer = enter(c);
  let e: Expr;
  if (c.p === c.end) e = { k: 'collection', at: from, entries: [] };
  else if (isKw(c, KW.yield)) e = yieldExpression(c);
  else e = elements(c, from, true);
  leave(c, outer);
  return e;
}

function bracket(c: Cursor): Expr {
  const from = fromOf(c, c.p);
  const outer = enter(c);
  const e: Expr = c.p === c.end ? { k: 'collection', at: from, entries: [] } : elements(c, from, false);
  leave(c, outer);
  return e;
}

function brace(c: Cursor): Expr {
  const from = fromOf(c, c.p);
  const outer = enter(c);
  let e: Expr;
  if (c.p === c.end) e = { k: 'collection', at: from, entries: [] };
  else if (isOp(c, P.power) || colonFirst(c)) e = dict(c, from);
  else e = elements(c, from, false);
  leave(c, outer);
  return e;
}

/**
 * A display's elements, from the first to its bracket's end (a tuple's, a list's, a set's): a
 * comprehension is the union of its parts, `(x)` in parentheses is `x`, anything else a
 * collection of the elements.
 */
function elements(c: Cursor, from: number, parenthesized: boolean): Expr {
  const mark = c.top;
  starred(c);
  if (comprehends(c)) {
    compFor(c);
    return groupFrom(c, mark);
  }
  if (parenthesized && c.p === c.end) return groupFrom(c, mark);
  separator(c);
  while (c.p < c.end) {
    starred(c);
    separator(c);
  }
  return { k: 'collection', at: from, entries: exprsFrom(c, mark) };
}

/**
 * A dict display: an entry under a plain string key is keyed, any other entry is its value then
 * its key; `**mapping` is the mapping. A comprehension is the union of its parts.
 */
function dict(c: Cursor, from: number): Expr {
  const mark = c.top;
  let first = true;
  do {
    if (isOp(c, P.power)) {
      c.p++;
      const mapping = expression(c, 0);
      if (first && comprehends(c)) return comprehension(c, EMPTY, mapping);
      gather(c, mapping);
    } else {
      const keyStart = c.p;
      const key = test(c);
      const keyEnd = c.p;
      expect(c, P.colon);
      const value = test(c);
      if (first && comprehends(c)) return comprehension(c, key, value);
      if (isString(c, keyStart, keyEnd) && key.k === 'lit' && key.str !== undefined)
        gather(c, keyed(key.str, fromOf(c, keyStart), value));
      else {
        gather(c, value);
        gather(c, key);
      }
    }
    first = false;
    separator(c);
  } while (c.p < c.end);
  return { k: 'collection', at: from, entries: argsFrom(c, mark) };
}

function comprehension(c: Cursor, a: Expr, b: Expr): Expr {
  const mark = c.top;
  gather(c, a);
  gather(c, b);
  compFor(c);
  return groupFrom(c, mark);
}

/** Whether the first item in a brace is followed by a colon (a dict) rather than a comma. */
function colonFirst(c: Cursor): boolean {
  const depth = c.v.t.depth[c.p];
  for (let i = c.p; i < c.end; i++) {
    if (c.v.t.depth[i] !== depth) continue;
    if (opAt(c, i, P.comma)) return false;
    if (opAt(c, i, P.colon)) return true;
    if (keywordAt(c, i, KW.lambda)) decline();
  }
  return false;
}

/** `yield x, y` or `yield from x`: the union of the keyword and what follows. */
export function yieldExpression(c: Cursor): Expr {
  deeper(c);
  const mark = c.top;
  gather(c, keyword(c));
  if (isKw(c, KW.from)) {
    gather(c, keyword(c));
    gather(c, test(c));
  } else commaTests(c, true);
  c.nest--;
  return { k: 'group', parts: exprsFrom(c, mark) };
}

/** `commaSep<test | "*" expression>`, at least one, to the end of what parses, gathered. */
export function commaTests(c: Cursor, star: boolean): void {
  for (;;) {
    if (star) starred(c);
    else gather(c, test(c));
    if (!isOp(c, P.comma)) return;
    c.p++;
    if (!startsOperand(c)) return;
  }
}

const OPERAND_WORDS = codeTable(['None', 'True', 'False', 'not', 'lambda', 'await'], 'keyword');
const OPERAND_OPS = codeTable(['(', '[', '{', '-', '+', '~', '*', '...'], 'op');

/** Whether the token at the cursor can begin an operand (after a comma: another item). */
function startsOperand(c: Cursor): boolean {
  const i = at(c);
  if (i < 0) return false;
  const k = c.kind[i];
  if (k === NUMBER || k === STRING || k === FSTRING) return true;
  if (k === NAME) return variableAt(c, i) || keywordIn(c, i, OPERAND_WORDS);
  return opIn(c, i, OPERAND_OPS);
}
