/**
 * Python expressions lowered straight from the fast reader's tokens (pyTokens.ts) to the
 * language-neutral form (ir.ts): the operator levels here (conditional expressions, lambdas,
 * `or`/`and`/`not` and comparisons, arithmetic and unary operators), the trailers after a
 * primary in pyTrailers.ts, atoms and displays in pyAtoms.ts. Each rule follows @lezer/python's
 * grammar — its precedences, including where they differ from Python's (`not a and b` is
 * `not (a and b)`, `await a + b` is `await (a + b)`) — and makes what python.ts makes of the node
 * that rule would build, so the form is the one the Lezer tree gives (a differential test holds
 * them equal). Building that node tree first and lowering it after allocated ~14 MB per 10,000
 * lines, which the young collections then copied; now only the form is made. Anything outside
 * the grammar declines (`DECLINE`) and the caller parses with Lezer.
 *
 * The three files' rules call each other (brackets hold tests, tests hold brackets): they import
 * each other's by name, bound when called, not copied at load as the other imports are, since
 * whichever of them loads first sees the others unfinished.
 */
import { decline } from '../../scan/code/pyView.js';
import { KEYWORD_LIST, KIND, OPERATORS } from '../../scan/code/pyTokens.js';
import type { Expr } from '../ir.js';
import { atom } from './pyAtoms.js';
import * as cursorModule from './pyCursor.js';
import type { Cursor } from './pyCursor.js';
import { trailers } from './pyTrailers.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const {
  at,
  chained,
  codeTable,
  deeper,
  fromOf,
  gather,
  isKw,
  isOp,
  isString,
  keywordAt,
  KW,
  nameOf,
  opCode,
  opIn,
  P,
  paramsFrom,
  skip,
  variableAt,
} = cursorModule;
const { NAME, OP } = KIND;

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
const UNARY = codeTable(['-', '+', '~'], 'op');

/** `or`, `and` and the comparison keywords by keyword code (`PyTokens.code`): their level in `testInner`. */
const LOGIC = new Int8Array(KEYWORD_LIST.length + 1);
LOGIC[KEYWORD_LIST.indexOf('or') + 1] = 1;
LOGIC[KEYWORD_LIST.indexOf('and') + 1] = 2;
for (const word of ['in', 'is', 'not']) LOGIC[KEYWORD_LIST.indexOf(word) + 1] = 3;
const NOT = KEYWORD_LIST.indexOf('not') + 1;

/** `test`: a conditional expression, a lambda, or `testInner`. */
export function test(c: Cursor): Expr {
  deeper(c);
  let e: Expr;
  if (isKw(c, KW.lambda)) e = lambda(c, false);
  else {
    const yes = testInner(c, 0);
    if (!isKw(c, KW.if)) e = yes;
    else {
      c.p++;
      const cond = testInner(c, 0);
      if (!isKw(c, KW.else)) decline();
      c.p++;
      e = { k: 'group', parts: [{ k: 'silent', parts: [cond] }, yes, test(c)] };
    }
  }
  c.nest--;
  return e;
}

/** `testNoCond` (a comprehension's `if`): a lambda or `testInner`. */
export function testNoCond(c: Cursor): Expr {
  return isKw(c, KW.lambda) ? lambda(c, true) : testInner(c, 0);
}

/** A parameter's name, and a default that is a bare name: python.ts reads both as parameters. */
function lambdaParam(c: Cursor): void {
  if (at(c) < 0 || !variableAt(c, c.p)) decline();
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
  if (c.p === start + 1 && variableAt(c, start)) gather(c, { name: nameOf(c, start), at: fromOf(c, start) });
}

function lambda(c: Cursor, noCond: boolean): Expr {
  const from = fromOf(c, c.p++);
  const mark = c.top;
  while (!isOp(c, P.colon)) {
    if (isOp(c, P.star) || isOp(c, P.power)) {
      const double = isOp(c, P.power);
      c.p++;
      if (double || (!isOp(c, P.comma) && !isOp(c, P.colon))) lambdaParam(c);
    } else {
      lambdaParam(c);
      if (isOp(c, P.assign)) defaultValue(c);
    }
    if (isOp(c, P.comma)) c.p++;
    else if (!isOp(c, P.colon)) decline();
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
  if (isKw(c, KW.not)) {
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
    if (prec === 3 && !COMPARE_OPS.has(s) && (s === 'not' || (s === 'is' && isKw(c, KW.not)))) skip(c);
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
  if (code === NOT && (!keywordAt(c, i + 1, KW.in) || i + 1 >= c.end)) decline();
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
    const interp = links === 0 && code === P.percent && isString(c, start, c.p);
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
  if (isKw(c, KW.await)) {
    const from = fromOf(c, c.p++);
    deeper(c);
    const e = expression(c, 0);
    c.nest--;
    return { k: 'group', parts: [{ k: 'lit', at: from }, e] };
  }
  const start = c.p;
  const first = atom(c);
  const next = opCode(c);
  return next === P.dot || next === P.openParen || next === P.openBracket ? trailers(c, first, start) : first;
}
