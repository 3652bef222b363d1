import { decline, type TsParser } from './tsParseCore.js';
import { primary } from './tsParsePrimary.js';
import { typeArgList, typeArgListAhead, type_ } from './tsParseType.js';
import * as tokens from './tsTokens.js';

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the parse would pay for every token.
const { TK } = tokens;

/**
 * Expressions of the fast TypeScript parse, node for node as @lezer/javascript builds them
 * (precedence climbing over its precedence table): operators, calls, member accesses and
 * argument lists around the primary expressions of `tsParsePrimary.ts`. Type arguments, generic
 * arrows, type assertions, JSX, tagged templates and the rarer forms are declined.
 */

/** Binary operators by precedence (higher binds tighter) and their node name. */
const BINARY: ReadonlyMap<string, readonly [number, string]> = new Map([
  ['**', [11, 'ArithOp']],
  ['*', [10, 'ArithOp']],
  ['/', [10, 'ArithOp']],
  ['%', [10, 'ArithOp']],
  ['+', [9, 'ArithOp']],
  ['-', [9, 'ArithOp']],
  ['<<', [8, 'BitOp']],
  ['>>', [8, 'BitOp']],
  ['>>>', [8, 'BitOp']],
  ['<', [7, 'CompareOp']],
  ['>', [7, 'CompareOp']],
  ['<=', [7, 'CompareOp']],
  ['>=', [7, 'CompareOp']],
  ['instanceof', [7, 'instanceof']],
  ['in', [7, 'in']],
  ['as', [7, 'as']],
  ['satisfies', [7, 'satisfies']],
  ['==', [6, 'CompareOp']],
  ['!=', [6, 'CompareOp']],
  ['===', [6, 'CompareOp']],
  ['!==', [6, 'CompareOp']],
  ['&', [5, 'BitOp']],
  ['^', [4, 'BitOp']],
  ['|', [3, 'BitOp']],
  ['&&', [2, 'LogicOp']],
  ['||', [1, 'LogicOp']],
  ['??', [1, 'LogicOp']],
]);

const ASSIGN = new Set([
  '=',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '**=',
  '<<=',
  '&=',
  '|=',
  '^=',
  '&&=',
  '||=',
  '??=',
]);

/** `expression`: a sequence when commas follow. */
export function expression(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  expressionNoComma(P);
  if (!P.is(',')) return;
  while (P.is(',')) {
    P.leaf(',');
    expressionNoComma(P);
  }
  P.finish('SequenceExpression', mark, from);
}

/** `expressionNoComma`: assignment, conditional, binary. */
export function expressionNoComma(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  const startToken = P.p;
  binary(P, 0);
  const op = assignOp(P);
  if (op !== undefined) {
    const lhs = P.lastType();
    if (lhs !== P.id('VariableName') && lhs !== P.id('MemberExpression')) decline();
    if (P.p - startToken === 0) decline();
    P.leafSpan(op.s === '=' ? 'Equals' : 'UpdateOp', op.length);
    expressionNoComma(P);
    P.finish('AssignmentExpression', mark, from);
    return;
  }
  if (P.is('?') && P.kind() === TK.PUNCT) {
    P.leaf('LogicOp');
    P.ternary++;
    expressionNoComma(P);
    P.ternary--;
    if (!P.is(':')) decline();
    P.leaf('LogicOp');
    expressionNoComma(P);
    P.finish('ConditionalExpression', mark, from);
  }
}

/** An assignment operator at the cursor, as its text and token count (`>>=` is three tokens). */
function assignOp(P: TsParser): { s: string; length: number } | undefined {
  if (P.kind() !== TK.PUNCT) return undefined;
  const s = P.s();
  if (s === '>') {
    let text = '>';
    let k = 0;
    while (P.touching(k) && (P.is('>', k + 1) || P.is('=', k + 1))) {
      k++;
      text += P.s(k);
      if (P.is('=', k)) break;
    }
    return text === '>>=' || text === '>>>=' ? decline() : undefined;
  }
  return ASSIGN.has(s) ? { s, length: 1 } : undefined;
}

/** A binary operator at the cursor: its text, precedence, node name and token count. */
function binaryOp(P: TsParser): { s: string; prec: number; name: string; length: number } | undefined {
  const kind = P.kind();
  if (kind === TK.NAME) {
    const s = P.word();
    const op = BINARY.get(s);
    if (op === undefined || !(s === 'instanceof' || s === 'in' || s === 'as' || s === 'satisfies'))
      return undefined;
    return { s, prec: op[0], name: op[1], length: 1 };
  }
  if (kind !== TK.PUNCT) return undefined;
  let s = P.s();
  let length = 1;
  if (s === '>') {
    while (P.touching(length - 1) && P.is('>', length) && s.length < 3) {
      s += '>';
      length++;
    }
    if (P.touching(length - 1) && P.is('=', length)) {
      if (s === '>') {
        s = '>=';
        length++;
      } else return undefined;
    }
  }
  if (s === '<' && typeArgListAhead(P)) decline();
  const op = BINARY.get(s);
  return op === undefined ? undefined : { s, prec: op[0], name: op[1], length };
}

function binary(P: TsParser, minPrec: number): void {
  const mark = P.start();
  const from = P.from();
  unary(P);
  for (;;) {
    const op = binaryOp(P);
    if (op === undefined || op.prec <= minPrec) return;
    P.leafSpan(op.name, op.length);
    if (op.s === 'as' || op.s === 'satisfies') {
      if (P.is('const')) P.leaf('const');
      else type_(P);
    } else binary(P, op.prec);
    P.finish('BinaryExpression', mark, from);
  }
}

const PREFIX: ReadonlyMap<string, string> = new Map([
  ['!', 'LogicOp'],
  ['~', 'BitOp'],
  ['+', 'ArithOp'],
  ['-', 'ArithOp'],
  ['++', 'ArithOp'],
  ['--', 'ArithOp'],
  ['typeof', 'typeof'],
  ['void', 'void'],
  ['delete', 'delete'],
]);

/**
 * A prefix operator binds tighter than a postfix one in Lezer's table (`!t++` is `(!t)++`), so
 * the operand of a prefix operator stops before `++`/`--`, which then apply to the whole.
 */
function unary(P: TsParser, inPrefix = false): void {
  const kind = P.kind();
  const s = kind === TK.PUNCT || kind === TK.NAME ? P.word() : '';
  const prefix = PREFIX.get(s);
  const isAwait = prefix === undefined && s === 'await' && startsOperand(P, 1) && !P.nl(1);
  if (prefix === undefined && !isAwait) {
    postfix(P, inPrefix);
    return;
  }
  const mark = P.start();
  const from = P.from();
  P.leaf(prefix ?? 'await');
  unary(P, true);
  P.finish(isAwait ? 'AwaitExpression' : 'UnaryExpression', mark, from);
  if (inPrefix) return;
  while ((P.is('++') || P.is('--') || P.is('!')) && P.kind() === TK.PUNCT && !P.nl()) {
    if (P.is('!')) decline();
    P.leaf('ArithOp');
    P.finish('PostfixExpression', mark, from);
  }
}

/** The token `k` ahead can start an operand (for `await x` against a variable named await). */
function startsOperand(P: TsParser, k: number): boolean {
  const kind = P.kind(k);
  if (kind === TK.NAME) return !BINARY.has(P.word(k));
  if (kind === TK.PUNCT) return ['(', '[', '{', '!', '-', '+', '~'].includes(P.s(k));
  return kind !== TK.EOF;
}

/** Calls, member accesses, non-null and postfix `++`, `--` after a primary expression. */
function postfix(P: TsParser, inPrefix: boolean): void {
  const mark = P.start();
  const from = P.from();
  primary(P);
  for (;;) {
    const kind = P.kind();
    if (kind === TK.TPL_OPEN) decline();
    if (kind !== TK.PUNCT) return;
    const s = P.s();
    if (s === '.' || s === '?.') {
      P.leaf(s);
      if (s === '?.' && (P.is('(') || P.is('['))) {
        if (P.is('(')) {
          argList(P);
          P.finish('CallExpression', mark, from);
        } else {
          bracketAccess(P);
          P.finish('MemberExpression', mark, from);
        }
        continue;
      }
      if (P.kind() === TK.NAME) P.leaf('PropertyName');
      else if (P.kind() === TK.PRIVATE) P.leaf('PrivatePropertyName');
      else decline();
      P.finish('MemberExpression', mark, from);
    } else if (s === '[') {
      bracketAccess(P);
      P.finish('MemberExpression', mark, from);
    } else if (s === '(') {
      argList(P);
      P.finish('CallExpression', mark, from);
    } else if ((s === '++' || s === '--' || s === '!') && !P.nl() && inPrefix) return;
    else if ((s === '++' || s === '--') && !P.nl()) {
      P.leaf('ArithOp');
      P.finish('PostfixExpression', mark, from);
    } else if (s === '!' && !P.nl()) {
      P.leaf('LogicOp');
      P.finish('PostfixExpression', mark, from);
    } else if (s === '<' && typeArgListAhead(P)) {
      instantiation(P, mark, from);
      if (!P.is('(')) decline();
    } else return;
  }
}

/**
 * `f<T>(…)`: type arguments on a name or member, read as Lezer prefers them (it also tries a
 * comparison); only when a call follows is that reading sure, so anything else declines.
 */
export function instantiation(P: TsParser, mark: number, from: number): void {
  const last = P.lastType();
  if (last !== P.id('VariableName') && last !== P.id('MemberExpression')) decline();
  typeArgList(P);
  if (!P.is('(')) decline();
  P.finish('InstantiationExpression', mark, from);
}

export function bracketAccess(P: TsParser): void {
  P.leaf('[');
  expression(P);
  P.expect(']');
}

/** `(` arguments `)`. */
export function argList(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.expect('(');
  while (!P.is(')')) {
    if (P.is('...')) P.leaf('Spread');
    expressionNoComma(P);
    if (P.is(',')) P.leaf(',');
    else if (!P.is(')')) decline();
  }
  P.leaf(')');
  P.finish('ArgList', mark, from);
}
