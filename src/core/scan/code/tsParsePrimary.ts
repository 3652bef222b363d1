import { decline, type TsParser } from './tsParseCore.js';
import { classBody, classHeritage, functionSignature, paramList } from './tsParseClass.js';
import { block } from './tsParseDecl.js';
import { argList, bracketAccess, expression, expressionNoComma, instantiation } from './tsParseExpr.js';
import { typeAnnotation } from './tsParseType.js';
import * as tokens from './tsTokens.js';

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the parse would pay for every token.
const { TK } = tokens;

/**
 * Primary expressions of the fast TypeScript parse (`tsParseExpr.ts` reads the operators around
 * them), node for node as @lezer/javascript builds them: literals, names, `new`, arrow functions
 * (told from a parenthesized expression by the token after the closing parenthesis), templates,
 * array and object literals, and property names, which types and classes read too.
 */

export function primary(P: TsParser): void {
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
