import { decline, type TsParser } from './tsParseCore.js';
import { block } from './tsParseDecl.js';
import { argList, expression, expressionNoComma } from './tsParseExpr.js';
import { propName } from './tsParsePrimary.js';
import { type_, typeAnnotation } from './tsParseType.js';
import * as tokens from './tsTokens.js';

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the parse would pay for every token.
const { TK } = tokens;

/**
 * Functions, parameters, patterns and classes of the fast TypeScript parse (tsReader.ts), as
 * @lezer/javascript builds them: type parameters, parameter properties and decorators, class
 * members with their modifiers. Generators, `this` parameters, index signatures in classes
 * and static blocks are declined.
 */

/** `pattern`: a name, or an object or array pattern. */
export function pattern(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  if (P.kind() === TK.NAME) {
    if (P.reserved()) decline();
    P.leaf('VariableDefinition');
  } else if (P.is('{')) {
    P.leaf('{');
    while (!P.is('}')) {
      const m = P.start();
      const f = P.from();
      if (P.is('...')) {
        P.leaf('Spread');
        pattern(P);
      } else if (P.kind() === TK.NAME && !P.is(':', 1)) {
        if (P.reserved()) decline();
        P.leaf('VariableDefinition');
      } else {
        if (P.kind() === TK.NAME) P.leaf('PropertyName');
        else decline();
        P.expect(':');
        pattern(P);
      }
      if (P.is('=') && P.kind() === TK.PUNCT) {
        P.leaf('Equals');
        expressionNoComma(P);
      }
      P.finish('PatternProperty', m, f);
      if (P.is(',')) P.leaf(',');
      else if (!P.is('}')) decline();
    }
    P.leaf('}');
    P.finish('ObjectPattern', mark, from);
  } else if (P.is('[')) {
    P.leaf('[');
    while (!P.is(']')) {
      if (P.is(',')) decline();
      if (P.is('...')) P.leaf('Spread');
      pattern(P);
      if (P.is('=') && P.kind() === TK.PUNCT) {
        P.leaf('Equals');
        expressionNoComma(P);
      }
      if (P.is(',')) P.leaf(',');
      else if (!P.is(']')) decline();
    }
    P.leaf(']');
    P.finish('ArrayPattern', mark, from);
  } else decline();
}

/** `<T, U extends X = Y>`. */
export function typeParamList(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.expect('<');
  while (!P.is('>')) {
    if (P.kind() !== TK.NAME || P.is('const') || P.is('in') || P.is('out')) decline();
    P.leaf('TypeDefinition');
    if (P.is('extends')) {
      P.leaf('extends');
      type_(P);
    }
    if (P.is('=')) {
      P.leaf('Equals');
      type_(P);
    }
    if (P.is(',')) P.leaf(',');
    else if (!P.is('>')) decline();
  }
  P.leaf('>');
  P.finish('TypeParamList', mark, from);
}

/** `functionSignature`: type parameters, parameters and a return type. */
export function functionSignature(P: TsParser): void {
  if (P.is('<')) typeParamList(P);
  paramList(P);
  if (P.is(':')) {
    if (P.is('asserts', 1) || P.is('is', 2)) decline();
    typeAnnotation(P);
  }
}

const PRIVACY = new Set(['public', 'private', 'protected']);

/** `(` parameters `)`, with decorators and parameter-property modifiers. */
export function paramList(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.expect('(');
  while (!P.is(')')) {
    if (P.is('...')) P.leaf('Spread');
    else {
      while (P.is('@')) decorator(P);
      if (
        PRIVACY.has(P.word()) &&
        P.kind() === TK.NAME &&
        (P.kind(1) === TK.NAME || P.is('{', 1) || P.is('[', 1))
      )
        P.leaf('Privacy');
      if (P.is('readonly') && (P.kind(1) === TK.NAME || P.is('{', 1) || P.is('[', 1))) P.leaf('readonly');
      if (P.is('this')) decline();
    }
    pattern(P);
    if (P.is('?')) P.leaf('Optional');
    if (P.is(':')) typeAnnotation(P);
    if (P.is('=') && P.kind() === TK.PUNCT) {
      P.leaf('Equals');
      expressionNoComma(P);
    }
    if (P.is(',')) P.leaf(',');
    else if (!P.is(')')) decline();
  }
  P.leaf(')');
  P.finish('ParamList', mark, from);
}

/** `@name`, `@a.b`, `@call(…)`. */
export function decorator(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.leaf('@');
  const expr = P.start();
  const exprFrom = P.from();
  if (P.kind() !== TK.NAME) decline();
  P.leaf('VariableName');
  for (;;) {
    if (P.is('.')) {
      P.leaf('.');
      if (P.kind() !== TK.NAME) decline();
      P.leaf('PropertyName');
      P.finish('MemberExpression', expr, exprFrom);
    } else if (P.is('(')) {
      argList(P);
      P.finish('CallExpression', expr, exprFrom);
    } else break;
  }
  P.finish('Decorator', mark, from);
}

export function classDeclaration(P: TsParser, mark: number, from: number): void {
  while (P.is('@')) decorator(P);
  if (P.is('abstract')) P.leaf('abstract');
  P.expect('class');
  if (P.kind() !== TK.NAME || P.reserved()) decline();
  P.leaf('VariableDefinition');
  if (P.is('<')) typeParamList(P);
  classHeritage(P, true);
  classBody(P);
  P.finish('ClassDeclaration', mark, from);
}

/** `extends X implements Y, Z` of a class. */
export function classHeritage(P: TsParser, declared: boolean): void {
  if (P.is('extends')) {
    P.leaf('extends');
    expression(P);
    if (P.is('<')) decline();
  }
  if (P.is('implements')) {
    if (!declared) decline();
    P.leaf('implements');
    type_(P);
    while (P.is(',')) {
      P.leaf(',');
      type_(P);
    }
  }
}

const MODIFIERS = new Set(['declare', 'public', 'private', 'protected', 'static', 'abstract', 'override']);

/** `{` methods and properties `}`. */
export function classBody(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.expect('{');
  while (!P.is('}')) {
    if (P.is(';')) {
      P.leaf(';');
      continue;
    }
    classItem(P);
  }
  P.leaf('}');
  P.finish('ClassBody', mark, from);
}

/** Whether the token `k` ahead, a modifier word, modifies what follows rather than names it. */
function modifies(P: TsParser, k: number): boolean {
  if (P.nl(k + 1)) {
    if (P.kind(k + 1) === TK.NAME || P.kind(k + 1) === TK.PRIVATE) decline();
    return false;
  }
  const next = P.kind(k + 1);
  return (
    next === TK.NAME ||
    next === TK.PRIVATE ||
    next === TK.STRING ||
    next === TK.NUMBER ||
    P.is('[', k + 1) ||
    P.is('*', k + 1) ||
    P.is('@', k + 1)
  );
}

function classItem(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  for (;;) {
    if (P.is('@')) decorator(P);
    else if (P.kind() === TK.NAME && MODIFIERS.has(P.word()) && modifies(P, 0)) {
      const s = P.word();
      if (s === 'static' && P.is('{', 1)) decline();
      P.leaf(s === 'public' || s === 'private' || s === 'protected' ? 'Privacy' : s);
    } else break;
  }
  let method = false;
  if ((P.is('readonly') || P.is('accessor')) && modifies(P, 0)) P.leaf(P.s());
  else {
    if (P.is('async') && modifies(P, 0)) {
      P.leaf('async');
      method = true;
    }
    if ((P.is('get') || P.is('set')) && modifies(P, 0)) {
      P.leaf(P.s());
      method = true;
    }
    if (P.is('*')) decline();
  }
  if (P.is('[') && P.kind(1) === TK.NAME && P.is(':', 2)) decline();
  if (P.kind() === TK.PRIVATE) P.leaf('PrivatePropertyDefinition');
  else propName(P);
  if (P.is('?') && (P.is('(', 1) || P.is('<', 1))) decline();
  if (P.is('(') || P.is('<')) {
    functionSignature(P);
    if (P.is('{')) block(P);
    else P.semi();
    P.finish('MethodDeclaration', mark, from);
    return;
  }
  if (method) decline();
  if (P.is('?')) P.leaf('Optional');
  else if (P.is('!')) P.leaf('LogicOp');
  if (P.is(':')) typeAnnotation(P);
  if (P.is('=') && P.kind() === TK.PUNCT) {
    P.leaf('Equals');
    expressionNoComma(P);
  }
  P.semi();
  P.finish('PropertyDeclaration', mark, from);
}
