/**
 * Python expressions lowered straight from the fast reader's tokens (pyTokens.ts) to the
 * language-neutral form (ir.ts). Each rule follows @lezer/python's grammar — its precedences,
 * including where they differ from Python's (`not a and b` is `not (a and b)`, `await a + b` is
 * `await (a + b)`) — and makes what python.ts makes of the node that rule would build, so the
 * form is the one the Lezer tree gives (a differential test holds them equal). Building that node
 * tree first and lowering it after allocated ~14 MB per 10,000 lines, which the young collections
 * then copied; now only the form is made. Anything outside the grammar declines (`DECLINE`) and
 * the caller parses with Lezer. One file past the usual size: its rules call each other
 * (brackets hold tests, tests hold brackets), and split files would import each other in a
 * cycle; f-strings (pyFString.ts) are given the rule their fields hold.
 */
import { decline } from '../../scan/code/pyView.js';
import { KEYWORD_LIST, KIND, OPERATORS } from '../../scan/code/pyTokens.js';
import * as irModule from '../ir.js';
import type { Arg, Expr } from '../ir.js';
import * as cursorModule from './pyCursor.js';
import type { Cursor } from './pyCursor.js';
import * as fstringModule from './pyFString.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const {
  at,
  chained,
  codeTable,
  deeper,
  EMPTY,
  enter,
  expect,
  fromOf,
  gather,
  groupFrom,
  isKw,
  isOp,
  isString,
  keywordIn,
  leave,
  literalOf,
  nameOf,
  opIn,
  separator,
  skip,
  argsFrom,
  exprsFrom,
  paramsFrom,
} = cursorModule;
const { keyed } = irModule;
const { formatString } = fstringModule;
const { NAME, NUMBER, STRING, FSTRING, OP } = KIND;

/** Binary operators of `expression`, by precedence (`**` is right-associative). */
const EXPRESSION_OPS: Readonly<Record<string, number>> = {
  '|': 1,
  '^': 2,
  '&': 3,
  '<<': 4,
  '>>': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '@': 6,
  '/': 6,
  '%': 6,
  '//': 6,
  '**': 7,
};
const COMPARE_OPS: ReadonlySet<string> = new Set(['<', '>', '==', '>=', '<=', '!=', '<>']);
const POWER = 7;

/**
 * `EXPRESSION_OPS` and `COMPARE_OPS` by operator code (`PyTokens.code`): every operand ends in a
 * look at the operator after it, which a table read answers without the operator's text.
 */
const PRECEDENCE = new Int8Array(OPERATORS.length);
const COMPARES = new Uint8Array(OPERATORS.length);
OPERATORS.forEach((op, code) => {
  PRECEDENCE[code] = EXPRESSION_OPS[op] ?? 0;
  COMPARES[code] = COMPARE_OPS.has(op) ? 1 : 0;
});
const PERCENT = OPERATORS.indexOf('%');
const DOT = OPERATORS.indexOf('.');
const OPEN_PAREN = OPERATORS.indexOf('(');
const OPEN_BRACKET = OPERATORS.indexOf('[');
const UNARY = codeTable(['-', '+', '~'], 'op');

/** `or`, `and` and the comparison keywords by keyword code (`PyTokens.code`): their level in `testInner`. */
const LOGIC = new Int8Array(KEYWORD_LIST.length + 1);
LOGIC[KEYWORD_LIST.indexOf('or') + 1] = 1;
LOGIC[KEYWORD_LIST.indexOf('and') + 1] = 2;
for (const word of ['in', 'is', 'not']) LOGIC[KEYWORD_LIST.indexOf(word) + 1] = 3;
const NOT = KEYWORD_LIST.indexOf('not') + 1;

/** The operator code at the cursor, -1 where no operator is. */
const opCode = (c: Cursor): number => (at(c) >= 0 && c.v.t.kind[c.p] === OP ? (c.v.t.code[c.p] ?? 0) : -1);

/** A keyword as python.ts lowers its leaf: a literal at it. Moves past it. */
function keyword(c: Cursor): Expr {
  if (at(c) < 0) decline();
  return { k: 'lit', at: fromOf(c, c.p++) };
}

/** `test`: a conditional expression, a lambda, or `testInner`. */
export function test(c: Cursor): Expr {
  deeper(c);
  let e: Expr;
  if (isKw(c, 'lambda')) e = lambda(c, false);
  else {
    const yes = testInner(c, 0);
    if (!isKw(c, 'if')) e = yes;
    else {
      c.p++;
      const cond = testInner(c, 0);
      if (!isKw(c, 'else')) decline();
      c.p++;
      e = { k: 'group', parts: [{ k: 'silent', parts: [cond] }, yes, test(c)] };
    }
  }
  c.nest--;
  return e;
}

/** `testNoCond` (a comprehension's `if`): a lambda or `testInner`. */
function testNoCond(c: Cursor): Expr {
  return isKw(c, 'lambda') ? lambda(c, true) : testInner(c, 0);
}

/** A parameter's name, and a default that is a bare name: python.ts reads both as parameters. */
function lambdaParam(c: Cursor): void {
  if (at(c) < 0 || !c.v.isVariable(c.p)) decline();
  gather(c, { name: nameOf(c, c.p), at: fromOf(c, c.p) });
  c.p++;
}

/**
 * A default value `= test`, the cursor on `=`; a bare name is a parameter to python.ts,
 * gathered with the parameters.
 */
export function defaultValue(c: Cursor): void {
  c.p++;
  const start = c.p;
  test(c);
  if (c.p === start + 1 && c.v.isVariable(start)) gather(c, { name: nameOf(c, start), at: fromOf(c, start) });
}

function lambda(c: Cursor, noCond: boolean): Expr {
  const from = fromOf(c, c.p++);
  const mark = c.top;
  while (!isOp(c, ':')) {
    if (isOp(c, '*') || isOp(c, '**')) {
      const double = isOp(c, '**');
      c.p++;
      if (double || (!isOp(c, ',') && !isOp(c, ':'))) lambdaParam(c);
    } else {
      lambdaParam(c);
      if (isOp(c, '=')) defaultValue(c);
    }
    if (isOp(c, ',')) c.p++;
    else if (!isOp(c, ':')) decline();
  }
  c.p++;
  const params = paramsFrom(c, mark);
  const e = noCond ? testNoCond(c) : test(c);
  return { k: 'fn', fn: { at: from, params, body: [{ k: 'return', e }] } };
}

/** The `or`, `and` and comparison levels, and `not`: comparisons carry nothing (`silent`). */
export function testInner(c: Cursor, min: number): Expr {
  const outer = c.deep;
  c.deep = c.nest;
  let links = 0;
  let left: Expr;
  if (isKw(c, 'not')) {
    c.p++;
    deeper(c);
    left = { k: 'silent', parts: [testInner(c, 0)] };
    c.nest--;
  } else left = expression(c, 0);
  for (;;) {
    const prec = logicAt(c);
    if (prec === 0 || prec < min) break;
    const s = c.v.s(c.p);
    c.p++;
    if (prec === 3 && !COMPARE_OPS.has(s) && (s === 'not' || (s === 'is' && isKw(c, 'not')))) skip(c);
    left = { k: 'silent', parts: [left, testInner(c, prec + 1)] };
    links++;
  }
  chained(c, outer, links);
  return left;
}

/**
 * The level in `testInner` of the token at the cursor: `or` 1, `and` 2, a comparison 3, else 0;
 * the token read once (its kind and code) where an operand ends, which every operand does.
 */
function logicAt(c: Cursor): number {
  const i = at(c);
  if (i < 0) return 0;
  const t = c.v.t;
  const code = t.code[i] ?? 0;
  const kind = t.kind[i];
  if (kind === OP) return COMPARES[code] === 1 ? 3 : 0;
  if (kind !== NAME || code === 0) return 0;
  if (code === NOT && (!c.v.isKeyword(i + 1, 'in') || i + 1 >= c.end)) decline();
  return LOGIC[code] ?? 0;
}

/**
 * `expression`: the arithmetic and bitwise levels over unary operators and primaries, each a
 * `concat`; `"…" % args` (a plain string on the left of `%`) is an interpolation.
 */
export function expression(c: Cursor, min: number): Expr {
  const outer = c.deep;
  c.deep = c.nest;
  let links = 0;
  const start = c.p;
  let left = unary(c);
  for (;;) {
    const code = opCode(c);
    const prec = code < 0 ? 0 : (PRECEDENCE[code] ?? 0);
    if (prec === 0 || prec < min) break;
    const interp = links === 0 && code === PERCENT && isString(c, start, c.p);
    c.p++;
    const right = expression(c, prec === POWER ? prec : prec + 1);
    left = { k: 'concat', at: fromOf(c, start), parts: [left, right], interp };
    links++;
  }
  chained(c, outer, links);
  return left;
}

function unary(c: Cursor): Expr {
  if (at(c) >= 0 && opIn(c, c.p, UNARY)) {
    c.p++;
    deeper(c);
    const e = expression(c, POWER);
    c.nest--;
    return e;
  }
  if (isKw(c, 'await')) {
    const from = fromOf(c, c.p++);
    deeper(c);
    const e = expression(c, 0);
    c.nest--;
    return { k: 'group', parts: [{ k: 'lit', at: from }, e] };
  }
  const start = c.p;
  const first = atom(c);
  const next = opCode(c);
  return next === DOT || next === OPEN_PAREN || next === OPEN_BRACKET ? trailers(c, first, start) : first;
}

/** What python.ts's call lowering asks of a callee node. */
const CALLEE_NAME = 0;
const CALLEE_MEMBER = 1;
const CALLEE_OTHER = 2;

/** Calls, attribute accesses and subscripts after the primary that starts at token `start`. */
function trailers(c: Cursor, first: Expr, start: number): Expr {
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
    if (code === DOT) {
      c.p++;
      if (at(c) < 0 || c.v.t.kind[c.p] !== NAME) decline();
      const prop = c.p++;
      // A method's member is no node of the form (the call holds its receiver): `left` stays
      // the receiver until the call.
      if (opCode(c) !== OPEN_PAREN)
        left = { k: 'member', at: fromOf(c, prop), recv: left, prop: nameOf(c, prop) };
      kind = CALLEE_MEMBER;
    } else if (code === OPEN_PAREN) {
      const callee = calleeName(c, first, named, atomEnd, c.p, links);
      const args = argList(c, true);
      if (kind === CALLEE_MEMBER) left = { k: 'call', at: from, callee, args, recv: left };
      else {
        const call: Expr = { k: 'call', at: from, callee, args };
        // A callee that is no name or method (`f()()`, `(a or b)()`) is evaluated beside the call.
        left = kind === CALLEE_NAME ? call : { k: 'group', parts: [left, call] };
      }
      kind = CALLEE_OTHER;
    } else if (code === OPEN_BRACKET) {
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
    if (c.v.isOp(i, '.')) {
      dotted = depth > MAX_DOTTED_DEPTH ? '?' : s.joined(dotted, nameOf(c, i + 1));
      i += 2;
    } else {
      dotted = depth > MAX_DOTTED_DEPTH || c.v.isOp(i, '[') ? '?' : s.called(dotted);
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
      if (colons === 0 ? !isOp(c, ':') : !isOp(c, ':') && !isOp(c, ',') && c.p < close) {
        const start = c.p;
        const e = test(c);
        if (key === undefined) {
          key = e;
          keyAt = fromOf(c, start);
          keyString = isString(c, start, c.p);
        }
      }
      if (colons === 2 || !isOp(c, ':')) break;
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
    if (isOp(c, '*') || isOp(c, '**')) {
      c.p++;
      gather(c, EMPTY);
      gather(c, test(c));
    } else if (c.v.isVariable(c.p) && c.v.isOp(c.p + 1, '=')) {
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
function compFor(c: Cursor): void {
  for (;;) {
    if (isKw(c, 'async') || isKw(c, 'for')) {
      if (isKw(c, 'async')) gather(c, keyword(c));
      if (!isKw(c, 'for')) decline();
      gather(c, keyword(c));
      for (;;) {
        gather(c, expression(c, 0));
        if (!isOp(c, ',')) break;
        c.p++;
        if (isKw(c, 'in')) break;
      }
      if (!isKw(c, 'in')) decline();
      gather(c, keyword(c));
      gather(c, testInner(c, 0));
    } else if (isKw(c, 'if')) {
      gather(c, keyword(c));
      gather(c, testNoCond(c));
    } else return;
  }
}

const comprehends = (c: Cursor): boolean => isKw(c, 'for') || isKw(c, 'async');

/** `"*" expression` (its star lowered as nothing) or `test`, gathered. */
function starred(c: Cursor): void {
  if (isOp(c, '*')) {
    c.p++;
    gather(c, EMPTY);
    gather(c, expression(c, 0));
  } else gather(c, test(c));
}

function atom(c: Cursor): Expr {
  const i = at(c);
  if (i < 0) decline();
  const kind = c.v.t.kind[i];
  if (kind === NAME) {
    if (c.v.isVariable(i)) {
      c.p++;
      return { k: 'name', at: fromOf(c, i), name: nameOf(c, i) };
    }
    const s = c.v.s(i);
    if (s !== 'None' && s !== 'True' && s !== 'False') decline();
  } else if (kind === STRING || kind === FSTRING) return strings(c);
  else if (kind !== NUMBER && !c.v.isOp(i, '...')) {
    if (c.v.isOp(i, '(')) return paren(c);
    if (c.v.isOp(i, '[')) return bracket(c);
    if (c.v.isOp(i, '{')) return brace(c);
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

const stringAt = (c: Cursor): boolean =>
  at(c) >= 0 && (c.v.t.kind[c.p] === STRING || c.v.t.kind[c.p] === FSTRING);

/** What an f-string's replacement field holds: `commaSep<test | "*" expression>`. */
const fieldTests = (c: Cursor): void => {
  commaTests(c, true);
};

function oneString(c: Cursor): Expr {
  const i = c.p++;
  if (c.v.t.kind[i] === FSTRING) return formatString(c, i, fieldTests);
  return { k: 'lit', at: fromOf(c, i), str: literalOf(c, i) };
}

function paren(c: Cursor): Expr {
  const from = fromOf(c, c.p);
  const outer = enter(c);
  let e: Expr;
  if (c.p === c.end) e = { k: 'collection', at: from, entries: [] };
  else if (isKw(c, 'yield')) e = yieldExpression(c);
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
  else if (isOp(c, '**') || colonFirst(c)) e = dict(c, from);
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
    if (isOp(c, '**')) {
      c.p++;
      const mapping = expression(c, 0);
      if (first && comprehends(c)) return comprehension(c, EMPTY, mapping);
      gather(c, mapping);
    } else {
      const keyStart = c.p;
      const key = test(c);
      const keyEnd = c.p;
      expect(c, ':');
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
    if (c.v.isOp(i, ',')) return false;
    if (c.v.isOp(i, ':')) return true;
    if (c.v.isKeyword(i, 'lambda')) decline();
  }
  return false;
}

/** `yield x, y` or `yield from x`: the union of the keyword and what follows. */
export function yieldExpression(c: Cursor): Expr {
  deeper(c);
  const mark = c.top;
  gather(c, keyword(c));
  if (isKw(c, 'from')) {
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
    if (!isOp(c, ',')) return;
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
  const k = c.v.t.kind[i];
  if (k === NUMBER || k === STRING || k === FSTRING) return true;
  if (k === NAME) return c.v.isVariable(i) || keywordIn(c, i, OPERAND_WORDS);
  return opIn(c, i, OPERAND_OPS);
}
