/**
 * Expressions of the Python tree built from tokens (pyTree.ts), following @lezer/python's
 * grammar rule by rule — its node names, what each node holds, and its precedences, including
 * where they differ from Python's (`not a and b` is `not (a and b)` there, `await a + b` is
 * `await (a + b)`). Anything outside the grammar declines, and the caller parses with Lezer.
 * One file past the usual size: its rules call each other (brackets hold tests, f-string
 * fields hold tests), and split files would import each other in a cycle.
 */
import { decline } from '../../scan/code/pyView.js';
import type { PyView } from '../../scan/code/pyView.js';
import { KIND } from '../../scan/code/pyTokens.js';
import { PyNode } from './pyNode.js';

const { NAME, NUMBER, STRING, FSTRING, OP } = KIND;

/** The f-string replacement fields' tokens, and the next field to read. */
export interface Fields {
  readonly inner: PyView | undefined;
  /** Each field's `[start, end)` in `inner` (`PyTokens.fields`). */
  readonly ranges: readonly number[];
  next: number;
}

/** A position in a token list, bounded by `end`. */
export interface Cursor {
  readonly v: PyView;
  p: number;
  /** Set to a bracket's partner while its insides are read, then back. */
  end: number;
  readonly fields: Fields;
}

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
const BIT_OPS: ReadonlySet<string> = new Set(['|', '^', '&', '<<', '>>', '~']);
const COMPARE_OPS: ReadonlySet<string> = new Set(['<', '>', '==', '>=', '<=', '!=', '<>']);
const POWER = 7;

/** A leaf for the token at `i`. */
export function leaf(c: Cursor, name: string, i = c.p): PyNode {
  return new PyNode(name, c.v.t.from[i] ?? 0, c.v.t.to[i] ?? 0);
}

export const at = (c: Cursor): number => (c.p < c.end ? c.p : -1);
export const isOp = (c: Cursor, op: string): boolean => at(c) >= 0 && c.v.isOp(c.p, op);
export const isKw = (c: Cursor, word: string): boolean => at(c) >= 0 && c.v.isKeyword(c.p, word);

/**
 * Punctuation, which Lezer's tree holds but the lowering never reads (`kids` leaves it out):
 * not built, a third fewer nodes.
 */
const PUNCTUATION: ReadonlySet<string> = new Set(['(', ')', '[', ']', '{', '}', ',', ';', ':', '.']);

/**
 * Adds the token at the cursor as a leaf (named by its text unless `name`; none for
 * punctuation) and moves past it.
 */
export function take(c: Cursor, into: PyNode, name?: string): void {
  if (at(c) < 0) decline();
  const s = name ?? c.v.s(c.p);
  if (!PUNCTUATION.has(s)) into.add(leaf(c, s));
  c.p++;
}

/** Takes the operator `op`, or declines. */
export function expect(c: Cursor, into: PyNode, op: string): void {
  if (!isOp(c, op)) decline();
  take(c, into);
}

/** A node starting at the cursor's token. */
export const open = (c: Cursor, name: string): PyNode => {
  if (at(c) < 0) decline();
  return new PyNode(name, c.v.t.from[c.p] ?? 0, c.v.t.to[c.p] ?? 0);
};

/** A node around `first`. */
function around(name: string, first: PyNode): PyNode {
  const n = new PyNode(name, first.from, first.to);
  n.add(first);
  return n;
}

/** `test`: a conditional expression, a lambda, or `testInner`. */
export function test(c: Cursor): PyNode {
  if (isKw(c, 'lambda')) return lambda(c, false);
  const inner = testInner(c, 0);
  if (!isKw(c, 'if')) return inner;
  const n = around('ConditionalExpression', inner);
  take(c, n);
  n.add(testInner(c, 0));
  if (!isKw(c, 'else')) decline();
  take(c, n);
  n.add(test(c));
  return n;
}

/** `testNoCond` (a comprehension's `if`): a lambda or `testInner`. */
function testNoCond(c: Cursor): PyNode {
  return isKw(c, 'lambda') ? lambda(c, true) : testInner(c, 0);
}

function lambda(c: Cursor, noCond: boolean): PyNode {
  const n = open(c, 'LambdaExpression');
  take(c, n);
  // An empty parameter list sits where the colon is.
  const from = c.v.t.from[c.p] ?? 0;
  const list = n.add(new PyNode('ParamList', from, from));
  while (!isOp(c, ':')) {
    if (isOp(c, '*') || isOp(c, '**')) {
      const star = c.v.s(c.p);
      take(c, list);
      if (star === '**' || (!isOp(c, ',') && !isOp(c, ':'))) variable(c, list);
    } else {
      variable(c, list);
      if (isOp(c, '=')) {
        take(c, list, 'AssignOp');
        list.add(test(c));
      }
    }
    if (isOp(c, ',')) take(c, list);
    else if (!isOp(c, ':')) decline();
  }
  take(c, n);
  n.add(noCond ? testNoCond(c) : test(c));
  return n;
}

/** A name that is not a keyword, as a VariableName. */
export function variable(c: Cursor, into: PyNode): void {
  if (at(c) < 0 || !c.v.isVariable(c.p)) decline();
  take(c, into, 'VariableName');
}

/** The `or`, `and` and comparison levels, and `not`. */
export function testInner(c: Cursor, min: number): PyNode {
  let left: PyNode;
  if (isKw(c, 'not')) {
    left = open(c, 'UnaryExpression');
    take(c, left);
    left.add(testInner(c, 0));
  } else left = expression(c, 0);
  for (;;) {
    const prec = isKw(c, 'or') ? 1 : isKw(c, 'and') ? 2 : compareAt(c) ? 3 : 0;
    if (prec === 0 || prec < min) return left;
    const n = around('BinaryExpression', left);
    if (prec === 3) {
      const s = c.v.s(c.p);
      if (COMPARE_OPS.has(s)) take(c, n, 'CompareOp');
      else {
        take(c, n);
        if (s === 'not' || (s === 'is' && isKw(c, 'not'))) take(c, n);
      }
    } else take(c, n);
    n.add(testInner(c, prec + 1));
    left = n;
  }
}

function compareAt(c: Cursor): boolean {
  if (at(c) < 0) return false;
  if (c.v.isKeyword(c.p, 'in') || c.v.isKeyword(c.p, 'is')) return true;
  if (c.v.isKeyword(c.p, 'not')) {
    if (!c.v.isKeyword(c.p + 1, 'in') || c.p + 1 >= c.end) decline();
    return true;
  }
  return c.v.t.kind[c.p] === OP && COMPARE_OPS.has(c.v.s(c.p));
}

/** `expression`: the arithmetic and bitwise levels over unary operators and primaries. */
export function expression(c: Cursor, min: number): PyNode {
  let left = unary(c);
  for (;;) {
    if (at(c) < 0 || c.v.t.kind[c.p] !== OP) return left;
    const s = c.v.s(c.p);
    const prec = EXPRESSION_OPS[s];
    if (prec === undefined || prec < min) return left;
    const n = around('BinaryExpression', left);
    take(c, n, BIT_OPS.has(s) ? 'BitOp' : 'ArithOp');
    n.add(expression(c, prec === POWER ? prec : prec + 1));
    left = n;
  }
}

function unary(c: Cursor): PyNode {
  if (isOp(c, '-') || isOp(c, '+') || isOp(c, '~')) {
    const n = open(c, 'UnaryExpression');
    take(c, n, isOp(c, '~') ? 'BitOp' : 'ArithOp');
    n.add(expression(c, POWER));
    return n;
  }
  if (isKw(c, 'await')) {
    const n = open(c, 'AwaitExpression');
    take(c, n);
    n.add(expression(c, 0));
    return n;
  }
  return trailers(c, atom(c));
}

/** Calls, attribute accesses and subscripts after a primary. */
function trailers(c: Cursor, first: PyNode): PyNode {
  let left = first;
  for (;;) {
    if (isOp(c, '.')) {
      const n = around('MemberExpression', left);
      take(c, n);
      if (at(c) < 0 || c.v.t.kind[c.p] !== NAME) decline();
      take(c, n, 'PropertyName');
      left = n;
    } else if (isOp(c, '(')) {
      const n = around('CallExpression', left);
      n.add(argList(c));
      left = n;
    } else if (isOp(c, '[')) {
      const n = around('MemberExpression', left);
      subscript(c, n);
      left = n;
    } else return left;
  }
}

/** `[a, b:c:d]`: items and slices, flat in the member expression. */
function subscript(c: Cursor, n: PyNode): void {
  const outer = enter(c, n);
  const close = c.end;
  while (c.p < close) {
    if (!isOp(c, ':')) n.add(test(c));
    for (let colons = 0; colons < 2 && isOp(c, ':'); colons++) {
      take(c, n);
      if (!isOp(c, ':') && !isOp(c, ',') && c.p < close) n.add(test(c));
    }
    separator(c, n);
  }
  leave(c, n, outer);
}

/**
 * Takes the opening bracket at the cursor into `n` and bounds the cursor by its partner;
 * returns the bound to restore (`leave`).
 */
function enter(c: Cursor, n: PyNode): number {
  const close = c.v.partner(c.p);
  if (close < 0 || close >= c.end) decline();
  take(c, n);
  const outer = c.end;
  c.end = close;
  return outer;
}

/** Checks the insides were all read, takes the closing bracket into `n`, restores the bound. */
function leave(c: Cursor, n: PyNode, outer: number): void {
  if (c.p !== c.end) decline();
  c.end = outer;
  n.to = c.v.t.to[c.p] ?? n.to;
  c.p++;
}

/** A comma between items (taken), or the end of the bracket. */
function separator(c: Cursor, n: PyNode): void {
  if (isOp(c, ',')) take(c, n);
  else if (c.p !== c.end) decline();
}

/** `(args)`: positional, keyword, `*` and `**` arguments, and a generator's `for` clauses. */
export function argList(c: Cursor): PyNode {
  const n = open(c, 'ArgList');
  const outer = enter(c, n);
  while (c.p < c.end) {
    if (isOp(c, '*') || isOp(c, '**')) {
      take(c, n);
      n.add(test(c));
    } else if (c.v.isVariable(c.p) && c.v.isOp(c.p + 1, '=')) {
      take(c, n, 'VariableName');
      take(c, n, 'AssignOp');
      n.add(test(c));
      compFor(c, n);
    } else {
      n.add(test(c));
      compFor(c, n);
    }
    separator(c, n);
  }
  leave(c, n, outer);
  return n;
}

/** `for … in …` and `if …` clauses of a comprehension, flat in `into`; none when absent. */
function compFor(c: Cursor, into: PyNode): void {
  for (;;) {
    if (isKw(c, 'async') || isKw(c, 'for')) {
      if (isKw(c, 'async')) take(c, into);
      if (!isKw(c, 'for')) decline();
      take(c, into);
      for (;;) {
        into.add(expression(c, 0));
        if (!isOp(c, ',')) break;
        take(c, into);
        if (isKw(c, 'in')) break;
      }
      if (!isKw(c, 'in')) decline();
      take(c, into);
      into.add(testInner(c, 0));
    } else if (isKw(c, 'if')) {
      take(c, into);
      into.add(testNoCond(c));
    } else return;
  }
}

const comprehends = (c: Cursor): boolean => isKw(c, 'for') || isKw(c, 'async');

/** `"*" expression` or `test`. */
function starred(c: Cursor, into: PyNode): void {
  if (isOp(c, '*')) {
    take(c, into);
    into.add(expression(c, 0));
  } else into.add(test(c));
}

function atom(c: Cursor): PyNode {
  const i = at(c);
  if (i < 0) decline();
  const kind = c.v.t.kind[i];
  let name: string;
  if (kind === NAME) {
    const s = c.v.isVariable(i) ? '' : c.v.s(i);
    name = s === '' ? 'VariableName' : s === 'None' ? 'None' : s === 'True' || s === 'False' ? 'Boolean' : '';
  } else if (kind === NUMBER) name = 'Number';
  else if (kind === STRING || kind === FSTRING) return strings(c);
  else if (c.v.isOp(i, '...')) name = 'Ellipsis';
  else if (c.v.isOp(i, '(')) return paren(c);
  else if (c.v.isOp(i, '[')) return bracket(c);
  else if (c.v.isOp(i, '{')) return brace(c);
  else name = '';
  if (name === '') decline();
  c.p++;
  return leaf(c, name, i);
}

/** One string, or adjacent strings as a ContinuedString. */
function strings(c: Cursor): PyNode {
  const first = oneString(c);
  if (!stringAt(c)) return first;
  const n = around('ContinuedString', first);
  while (stringAt(c)) n.add(oneString(c));
  return n;
}

const stringAt = (c: Cursor): boolean =>
  at(c) >= 0 && (c.v.t.kind[c.p] === STRING || c.v.t.kind[c.p] === FSTRING);

function oneString(c: Cursor): PyNode {
  const i = c.p++;
  return c.v.t.kind[i] === FSTRING ? formatString(c, i) : leaf(c, 'String', i);
}

function paren(c: Cursor): PyNode {
  const n = open(c, 'TupleExpression');
  const outer = enter(c, n);
  if (c.p === c.end) {
    leave(c, n, outer);
    return n;
  }
  if (isKw(c, 'yield')) {
    n.add(yieldExpression(c));
    n.name = 'ParenthesizedExpression';
  } else {
    starred(c, n);
    if (comprehends(c)) {
      compFor(c, n);
      n.name = 'ComprehensionExpression';
    } else if (c.p === c.end) n.name = 'ParenthesizedExpression';
    else {
      expect(c, n, ',');
      while (c.p < c.end) {
        starred(c, n);
        separator(c, n);
      }
    }
  }
  leave(c, n, outer);
  return n;
}

function bracket(c: Cursor): PyNode {
  const n = open(c, 'ArrayExpression');
  const outer = enter(c, n);
  if (c.p < c.end) {
    starred(c, n);
    if (comprehends(c)) {
      compFor(c, n);
      n.name = 'ArrayComprehensionExpression';
    } else {
      separator(c, n);
      while (c.p < c.end) {
        starred(c, n);
        separator(c, n);
      }
    }
  }
  leave(c, n, outer);
  return n;
}

function brace(c: Cursor): PyNode {
  const n = open(c, 'DictionaryExpression');
  const outer = enter(c, n);
  if (c.p === c.end) {
    leave(c, n, outer);
    return n;
  }
  const dict = isOp(c, '**') || colonFirst(c);
  if (dict) entry(c, n);
  else starred(c, n);
  if (comprehends(c)) {
    compFor(c, n);
    n.name = dict ? 'DictionaryComprehensionExpression' : 'SetComprehensionExpression';
  } else {
    n.name = dict ? 'DictionaryExpression' : 'SetExpression';
    separator(c, n);
    while (c.p < c.end) {
      if (dict) entry(c, n);
      else starred(c, n);
      separator(c, n);
    }
  }
  leave(c, n, outer);
  return n;
}

/** A dict entry: `key: value` or `**mapping`. */
function entry(c: Cursor, n: PyNode): void {
  if (isOp(c, '**')) {
    take(c, n);
    n.add(expression(c, 0));
    return;
  }
  n.add(test(c));
  expect(c, n, ':');
  n.add(test(c));
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

/** `yield x, y` or `yield from x`. */
export function yieldExpression(c: Cursor): PyNode {
  const n = open(c, 'YieldExpression');
  take(c, n);
  yieldTail(c, n);
  return n;
}

/** What follows `yield` (never nothing: a bare `yield` is an error to Lezer). */
export function yieldTail(c: Cursor, n: PyNode): void {
  if (isKw(c, 'from')) {
    take(c, n);
    n.add(test(c));
    return;
  }
  commaTests(c, n, true);
}

/** `commaSep<test | "*" expression>`, at least one, to the end of what parses. */
export function commaTests(c: Cursor, into: PyNode, star: boolean): void {
  for (;;) {
    if (star) starred(c, into);
    else into.add(test(c));
    if (!isOp(c, ',')) return;
    take(c, into);
    if (!startsOperand(c)) return;
  }
}

const OPERAND_WORDS: ReadonlySet<string> = new Set(['None', 'True', 'False', 'not', 'lambda', 'await']);
const OPERAND_OPS: ReadonlySet<string> = new Set(['(', '[', '{', '-', '+', '~', '*', '...']);

/** Whether the token at the cursor can begin an operand (after a comma: another item). */
export function startsOperand(c: Cursor): boolean {
  const i = at(c);
  if (i < 0) return false;
  const k = c.v.t.kind[i];
  if (k === NUMBER || k === STRING || k === FSTRING) return true;
  if (k === NAME) {
    if (c.v.isVariable(i)) return true;
    const s = c.v.s(i);
    return OPERAND_WORDS.has(s);
  }
  return OPERAND_OPS.has(c.v.s(i));
}

/**
 * An f-string: its replacement fields, read from the text around their tokens (the tokenizer
 * keeps only the fields' expressions), with conversions, `=` and format specs.
 */
function formatString(c: Cursor, i: number): PyNode {
  const text = c.v.text;
  const n = leaf(c, 'FormatString', i);
  const to = n.to;
  let k = n.from;
  while (text[k] !== '"' && text[k] !== "'") k++;
  const quote = text[k] ?? '';
  const long = text.startsWith(quote.repeat(3), k);
  k += long ? 3 : 1;
  const stop = to - (long ? 3 : 1);
  while (k < stop) {
    const ch = text[k];
    if (ch === '\\') k += 2;
    else if (ch === '{' && text[k + 1] === '{') k += 2;
    else if (ch === '{') k = replacement(c, n, k);
    else k++;
  }
  return n;
}

/** The offset after the spaces and tabs at `q`. */
function blanks(text: string, q: number): number {
  let k = q;
  while (text[k] === ' ' || text[k] === '\t') k++;
  return k;
}

/** One replacement field whose `{` is at `k`; returns the offset after its `}`. */
function replacement(c: Cursor, into: PyNode, k: number): number {
  const text = c.v.text;
  const { fields } = c;
  const inner = fields.inner;
  const start = fields.ranges[fields.next];
  const end = fields.ranges[fields.next + 1];
  if (inner === undefined || start === undefined || end === undefined || end <= start) decline();
  fields.next += 2;
  const r = into.add(new PyNode('FormatReplacement', k, k + 1));
  const sub: Cursor = { v: inner, p: start, end, fields };
  if ((inner.t.from[start] ?? 0) <= k) decline();
  commaTests(sub, r, true);
  if (sub.p !== end) decline();
  let q = blanks(text, inner.t.to[end - 1] ?? 0);
  if (text[q] === '=') {
    r.add(new PyNode('FormatSelfDoc', q, q + 1));
    q = blanks(text, q + 1);
  }
  if (text[q] === '!') {
    r.add(new PyNode('FormatConversion', q, q + 2));
    q += 2;
  }
  if (text[q] === ':') {
    const spec = r.add(new PyNode('FormatSpec', q, q + 1));
    q++;
    while (q < text.length && text[q] !== '}') {
      if (text[q] === '{') q = replacement(c, spec, q);
      else q++;
    }
    spec.to = q;
  }
  if (text[q] !== '}') decline();
  r.to = q + 1;
  return q + 1;
}
