import { decline, type TsParser } from './tsParseCore.js';
import { classDeclaration, functionSignature, pattern, typeParamList } from './tsParseClass.js';
import { expression, expressionNoComma } from './tsParseExpr.js';
import { exportDeclaration, importDeclaration } from './tsParseModule.js';
import { objectType, type_, typeAnnotation } from './tsParseType.js';
import * as tokens from './tsTokens.js';

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the parse would pay for every token.
const { TK } = tokens;

/**
 * Statements and declarations of the fast TypeScript parse, as @lezer/javascript builds them:
 * imports and exports (in tsParseModule.ts), variables, functions, classes (decorators,
 * modifiers, parameter properties, in tsParseClass.ts), interfaces, type aliases and the common
 * control statements. Enums, namespaces, `declare`, labels, generators and the rarer forms are
 * declined.
 */

/** One statement. */
export function statement(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  if (P.kind() === TK.PUNCT) {
    if (P.is(';')) {
      P.leaf(';');
      return;
    }
    if (P.is('{')) {
      block(P);
      return;
    }
    if (P.is('@')) {
      classDeclaration(P, mark, from);
      return;
    }
  }
  if (P.kind() === TK.NAME) {
    const s = P.word();
    if (P.is(':', 1) && !P.reserved()) decline();
    if (declaration(P, mark, from)) return;
    switch (s) {
      case 'export': {
        exportDeclaration(P, mark, from);
        return;
      }
      case 'import':
        if (P.is('(', 1) || P.is('.', 1)) break;
        {
          importDeclaration(P, mark, from);
          return;
        }
      case 'if':
        P.leaf('if');
        parenthesized(P);
        statement(P);
        if (P.is('else')) {
          P.leaf('else');
          statement(P);
        }
        {
          P.finish('IfStatement', mark, from);
          return;
        }
      case 'while':
        P.leaf('while');
        parenthesized(P);
        statement(P);
        {
          P.finish('WhileStatement', mark, from);
          return;
        }
      case 'for': {
        forStatement(P, mark, from);
        return;
      }
      case 'return':
        P.leaf('return');
        if (!(P.is(';') || P.is('}') || P.kind() === TK.EOF || P.nl())) expression(P);
        P.semi();
        {
          P.finish('ReturnStatement', mark, from);
          return;
        }
      case 'throw':
        P.leaf('throw');
        if (P.nl()) decline();
        expression(P);
        P.semi();
        {
          P.finish('ThrowStatement', mark, from);
          return;
        }
      case 'break':
      case 'continue':
        P.leaf(s);
        if (P.kind() === TK.NAME && !P.nl()) decline();
        P.semi();
        {
          P.finish(s === 'break' ? 'BreakStatement' : 'ContinueStatement', mark, from);
          return;
        }
      case 'try': {
        tryStatement(P, mark, from);
        return;
      }
      case 'switch': {
        switchStatement(P, mark, from);
        return;
      }
      case 'do':
      case 'with':
      case 'debugger':
      case 'enum':
      case 'declare':
      case 'namespace':
      case 'module':
      case 'abstract':
      case 'global':
        decline();
    }
  }
  expression(P);
  P.semi();
  P.finish('ExpressionStatement', mark, from);
}

/** A declaration at the cursor, if it is one; false otherwise (nothing consumed). */
export function declaration(P: TsParser, mark: number, from: number): boolean {
  const s = P.word();
  if (s === 'const' || s === 'let' || s === 'var') {
    if (P.is('enum', 1)) decline();
    if (s === 'let' && P.kind(1) !== TK.NAME && !P.is('{', 1) && !P.is('[', 1)) decline();
    variableDeclaration(P, mark, from);
    return true;
  }
  if (s === 'function' || (s === 'async' && P.is('function', 1) && !P.nl(1))) {
    if (s === 'async') P.leaf('async');
    P.leaf('function');
    if (P.is('*') || P.kind() !== TK.NAME || P.reserved()) decline();
    P.leaf('VariableDefinition');
    functionSignature(P);
    if (P.is('{')) block(P);
    else P.semi();
    P.finish('FunctionDeclaration', mark, from);
    return true;
  }
  if (s === 'class') {
    classDeclaration(P, mark, from);
    return true;
  }
  if (s === 'interface' && P.kind(1) === TK.NAME && !P.nl(1)) {
    P.leaf('interface');
    P.leaf('TypeDefinition');
    if (P.is('<')) typeParamList(P);
    if (P.is('extends')) {
      P.leaf('extends');
      type_(P);
      while (P.is(',')) {
        P.leaf(',');
        type_(P);
      }
    }
    objectType(P);
    P.finish('InterfaceDeclaration', mark, from);
    return true;
  }
  if (s === 'type' && P.kind(1) === TK.NAME && !P.nl(1)) {
    P.leaf('type');
    P.leaf('TypeDefinition');
    if (P.is('<')) typeParamList(P);
    P.expect('=', 'Equals');
    type_(P);
    P.semi();
    P.finish('TypeAliasDeclaration', mark, from);
    return true;
  }
  return false;
}

function variableDeclaration(P: TsParser, mark: number, from: number, inFor = false): void {
  P.leaf(P.s());
  for (;;) {
    pattern(P);
    if (P.is('!') || P.is('?')) decline();
    if (P.is(':')) typeAnnotation(P);
    if (P.is('=') && P.kind() === TK.PUNCT) {
      P.leaf('Equals');
      expressionNoComma(P);
    }
    if (!P.is(',')) break;
    P.leaf(',');
  }
  if (inFor) P.expect(';');
  else P.semi();
  P.finish('VariableDeclaration', mark, from);
}

function parenthesized(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.expect('(');
  expression(P);
  P.expect(')');
  P.finish('ParenthesizedExpression', mark, from);
}

function forStatement(P: TsParser, mark: number, from: number): void {
  P.leaf('for');
  if (P.is('await')) decline();
  const spec = P.start();
  const specFrom = P.from();
  P.expect('(');
  const close = P.match[P.p - 1] ?? -1;
  let semicolons = 0;
  for (let i = P.p; i < close; i++)
    if (
      P.t.kind[i] === TK.PUNCT &&
      P.text.charCodeAt(P.t.from[i] ?? 0) === 59 &&
      P.t.to[i] === (P.t.from[i] ?? 0) + 1
    )
      semicolons++;
  if (semicolons === 0) {
    // for (const x of xs) / for (const k in o)
    if (!(P.is('const') || P.is('let') || P.is('var'))) decline();
    P.leaf(P.s());
    pattern(P);
    const of = P.is('of');
    if (!of && !P.is('in')) decline();
    P.leaf(P.s());
    expression(P);
    P.expect(')');
    P.finish(of ? 'ForOfSpec' : 'ForInSpec', spec, specFrom);
  } else {
    if (semicolons !== 2) decline();
    if (P.is('const') || P.is('let') || P.is('var')) {
      const m = P.start();
      variableDeclaration(P, m, P.from(), true);
    } else if (P.is(';')) P.leaf(';');
    else {
      expression(P);
      P.expect(';');
    }
    if (!P.is(';')) expression(P);
    P.expect(';');
    if (!P.is(')')) expression(P);
    P.expect(')');
    P.finish('ForSpec', spec, specFrom);
  }
  statement(P);
  P.finish('ForStatement', mark, from);
}

function tryStatement(P: TsParser, mark: number, from: number): void {
  P.leaf('try');
  block(P);
  if (P.is('catch')) {
    const m = P.start();
    const f = P.from();
    P.leaf('catch');
    if (P.is('(')) {
      P.leaf('(');
      pattern(P);
      if (P.is(':')) decline();
      P.expect(')');
    }
    block(P);
    P.finish('CatchClause', m, f);
  }
  if (P.is('finally')) {
    const m = P.start();
    const f = P.from();
    P.leaf('finally');
    block(P);
    P.finish('FinallyClause', m, f);
  }
  P.finish('TryStatement', mark, from);
}

function switchStatement(P: TsParser, mark: number, from: number): void {
  P.leaf('switch');
  parenthesized(P);
  const body = P.start();
  const bodyFrom = P.from();
  P.expect('{');
  while (!P.is('}')) {
    const m = P.start();
    const f = P.from();
    if (P.is('case')) {
      P.leaf('case');
      expression(P);
      P.expect(':');
      P.finish('CaseLabel', m, f);
    } else if (P.is('default') && P.is(':', 1)) {
      P.leaf('default');
      P.expect(':');
      P.finish('DefaultLabel', m, f);
    } else statement(P);
  }
  P.leaf('}');
  P.finish('SwitchBody', body, bodyFrom);
  P.finish('SwitchStatement', mark, from);
}

/** `{` statements `}`. */
export function block(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.expect('{');
  while (!P.is('}')) statement(P);
  P.leaf('}');
  P.finish('Block', mark, from);
}
