import { decline, type TsParser } from './tsParseCore.js';
import { classBody, classHeritage, functionSignature, paramList } from './tsParseClass.js';
import { block } from './tsParseDecl.js';
import { typeAnnotation, typeArgList, typeArgListAhead, type_ } from './tsParseType.js';
import * as tokens from './tsTokens.js';

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the parse would pay for every token.
const { TK } = tokens;

/**
 * Expressions of the fast TypeScript parse, node for node as @lezer/javascript builds them
 * (precedence climbing over its precedence table). Arrow functions are told from parenthesized
 * expressions by the token after the closing parenthesis; type arguments, generic arrows, type
 * assertions, JSX, tagged templates and the rarer forms are declined.
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
function instantiation(P: TsParser, mark: number, from: number): void {
  const last = P.lastType();
  if (last !== P.id('VariableName') && last !== P.id('MemberExpression')) decline();
  typeArgList(P);
  if (!P.is('(')) decline();
  P.finish('InstantiationExpression', mark, from);
}

function bracketAccess(P: TsParser): void {
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

function primary(P: TsParser): void {
  const kind = P.kind();
  const mark = P.start();
  const from = P.from();
  switch (kind) {
    case TK.NUMBER:
      P.leaf('Number');
      return;
    case TK.STRING:
      P.string();
      return;
    case TK.REGEXP:
      P.leaf('RegExp');
      return;
    case TK.TPL_OPEN:
      template(P);
      return;
    case TK.NAME:
      name(P, mark, from);
      return;
    case TK.PUNCT:
      break;
    default:
      decline();
  }
  const s = P.s();
  if (s === '(') {
    if (arrowAhead(P)) {
      arrow(P, mark, from);
      return;
    }
    P.leaf('(');
    expression(P);
    P.expect(')');
    P.finish('ParenthesizedExpression', mark, from);
  } else if (s === '[') arrayLiteral(P, mark, from);
  else if (s === '{') objectLiteral(P, mark, from);
  else decline();
}

function name(P: TsParser, mark: number, from: number): void {
  const s = P.word();
  if (P.is('=>', 1)) {
    if (P.reserved() || P.nl(1)) decline();
    const params = P.start();
    P.leaf('VariableDefinition');
    P.finish('ParamList', params, from);
    arrowBody(P, mark, from);
    return;
  }
  switch (s) {
    case 'this':
    case 'super':
    case 'null':
      P.leaf(s);
      return;
    case 'true':
    case 'false':
      P.leaf('BooleanLiteral');
      return;
    case 'function':
      P.leaf('function');
      if (P.is('*')) decline();
      if (P.kind() === TK.NAME && !P.is('(')) {
        if (P.reserved()) decline();
        P.leaf('VariableDefinition');
      }
      functionSignature(P);
      block(P);
      P.finish('FunctionExpression', mark, from);
      return;
    case 'class':
      P.leaf('class');
      if (P.kind() === TK.NAME && !P.is('extends') && !P.is('implements')) P.leaf('VariableDefinition');
      classHeritage(P, false);
      classBody(P);
      P.finish('ClassExpression', mark, from);
      return;
    case 'new': {
      newExpression(P, mark, from);
      return;
    }
    case 'async':
      if (!P.nl(1) && (P.is('(', 1) || (P.kind(1) === TK.NAME && P.is('=>', 2)))) {
        if (P.is('(', 1) && !arrowAhead(P, 1)) break;
        P.leaf('async');
        if (P.is('(')) {
          arrow(P, mark, from);
          return;
        }
        const params = P.start();
        const paramsFrom = P.from();
        P.leaf('VariableDefinition');
        P.finish('ParamList', params, paramsFrom);
        arrowBody(P, mark, from);
        return;
      }
      if (P.is('function', 1)) decline();
      break;
    case 'import':
    case 'yield':
      decline();
  }
  if (P.reserved()) decline();
  P.leaf('VariableName');
}

function newExpression(P: TsParser, mark: number, from: number): void {
  P.leaf('new');
  if (P.is('.') || P.is('new')) decline();
  const callee = P.start();
  const calleeFrom = P.from();
  primary(P);
  for (;;) {
    if (P.is('.') && P.kind(1) === TK.NAME) {
      P.leaf('.');
      P.leaf('PropertyName');
    } else if (P.is('[')) bracketAccess(P);
    else break;
    P.finish('MemberExpression', callee, calleeFrom);
  }
  if (P.is('<')) instantiation(P, callee, calleeFrom);
  if (P.is('?.') || P.kind() === TK.TPL_OPEN) decline();
  if (P.is('(')) argList(P);
  P.finish('NewExpression', mark, from);
}

/** After `(` at the token `k` ahead: whether it opens an arrow function's parameters. */
function arrowAhead(P: TsParser, k = 0): boolean {
  const close = P.match[P.p + k] ?? -1;
  if (close < 0) decline();
  const after = close - P.p + 1;
  if (P.is('=>', after)) {
    if (P.nl(after)) decline();
    return true;
  }
  if (P.is(':', after)) {
    // `c ? (a) : b` or `(a): T => …`: only outside a conditional is it surely the latter.
    if (P.ternary > 0) decline();
    return true;
  }
  return false;
}

function arrow(P: TsParser, mark: number, from: number): void {
  paramList(P);
  if (P.is(':')) typeAnnotation(P);
  arrowBody(P, mark, from);
}

function arrowBody(P: TsParser, mark: number, from: number): void {
  P.expect('=>', 'Arrow');
  if (P.is('{')) block(P);
  else expressionNoComma(P);
  P.finish('ArrowFunction', mark, from);
}

function template(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.leaf(null);
  for (;;) {
    const kind = P.kind();
    if (kind === TK.ESCAPE) P.leaf('Escape');
    else if (kind === TK.INTERP_START) {
      const m = P.start();
      const f = P.from();
      P.leaf('InterpolationStart');
      if (P.kind() === TK.INTERP_END) decline();
      expression(P);
      if (P.kind() !== TK.INTERP_END) decline();
      P.leaf('InterpolationEnd');
      P.finish('Interpolation', m, f);
    } else if (kind === TK.TPL_CLOSE) {
      P.leaf(null);
      break;
    } else decline();
  }
  P.finish('TemplateString', mark, from);
}

function arrayLiteral(P: TsParser, mark: number, from: number): void {
  P.leaf('[');
  while (!P.is(']')) {
    if (P.is(',')) decline();
    if (P.is('...')) P.leaf('Spread');
    expressionNoComma(P);
    if (P.is(',')) P.leaf(',');
    else if (!P.is(']')) decline();
  }
  P.leaf(']');
  if (P.is('=') && P.kind() === TK.PUNCT) decline();
  P.finish('ArrayExpression', mark, from);
}

function objectLiteral(P: TsParser, mark: number, from: number): void {
  P.leaf('{');
  while (!P.is('}')) {
    property(P);
    if (P.is(',')) P.leaf(',');
    else if (!P.is('}')) decline();
  }
  P.leaf('}');
  // `({ a } = b)` is a pattern.
  if (P.is('=') && P.kind() === TK.PUNCT) decline();
  P.finish('ObjectExpression', mark, from);
}

function property(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  if (P.is('...')) {
    P.leaf('Spread');
    expressionNoComma(P);
    P.finish('Property', mark, from);
    return;
  }
  if (P.is('*')) decline();
  if ((P.is('get') || P.is('set') || P.is('async')) && P.kind() === TK.NAME && startsKey(P, 1)) P.leaf(P.s());
  propName(P);
  if (P.is(':')) {
    P.leaf(':');
    expressionNoComma(P);
  } else if (P.is('(') || P.is('<')) {
    functionSignature(P);
    block(P);
  } else if (!(P.is(',') || P.is('}'))) decline();
  P.finish('Property', mark, from);
}

/** The token `k` ahead can start a property name. */
export function startsKey(P: TsParser, k: number): boolean {
  const kind = P.kind(k);
  return kind === TK.NAME || kind === TK.STRING || kind === TK.NUMBER || P.is('[', k);
}

/** `propName`: a word, string, number or computed `[expression]`. */
export function propName(P: TsParser): void {
  const kind = P.kind();
  if (kind === TK.NAME) P.leaf('PropertyDefinition');
  else if (kind === TK.STRING) P.string();
  else if (kind === TK.NUMBER) P.leaf('Number');
  else if (P.is('[')) {
    P.leaf('[');
    expression(P);
    P.expect(']');
  } else decline();
}
