import { decline, type TsParser } from './tsParseCore.js';
import { declaration } from './tsParseDecl.js';
import { expression } from './tsParseExpr.js';
import * as tokens from './tsTokens.js';

// A module-local copy: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, which the parse would pay for every token.
const { TK } = tokens;

/**
 * Import and export declarations of the fast TypeScript parse (`tsParseDecl.ts` reads the
 * statement they begin), as @lezer/javascript builds them: export groups, re-exports, default
 * exports of an expression, exported declarations, and default, namespace, named and type-only
 * imports. Default-exported classes and functions, `import defer` and the rarer forms are
 * declined.
 */

export function exportDeclaration(P: TsParser, mark: number, from: number): void {
  P.leaf('export');
  if (P.is('default')) {
    P.leaf('default');
    if (P.is('class') || P.is('@') || P.is('function') || P.is('async') || P.is('interface')) decline();
    expression(P);
    P.semi();
  } else if (P.is('{')) {
    exportGroup(P);
    if (P.is('from')) {
      P.leaf('from');
      if (P.kind() !== TK.STRING) decline();
      P.string();
    }
    P.semi();
  } else {
    if (P.is('type') && P.is('{', 1)) {
      P.leaf('type');
      exportGroup(P);
      if (P.is('from')) {
        P.leaf('from');
        if (P.kind() !== TK.STRING) decline();
        P.string();
      }
      P.semi();
      P.finish('ExportDeclaration', mark, from);
      return;
    }
    const inner = P.start();
    const innerFrom = P.from();
    if (!declaration(P, inner, innerFrom)) decline();
  }
  P.finish('ExportDeclaration', mark, from);
}

function exportGroup(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.leaf('{');
  while (!P.is('}')) {
    if (P.kind() !== TK.NAME || P.is('type') || P.is('default')) decline();
    P.leaf('VariableName');
    if (P.is('as')) {
      P.leaf('as');
      if (P.kind() !== TK.NAME) decline();
      P.leaf('VariableName');
    }
    if (P.is(',')) P.leaf(',');
    else if (!P.is('}')) decline();
  }
  P.leaf('}');
  P.finish('ExportGroup', mark, from);
}

export function importDeclaration(P: TsParser, mark: number, from: number): void {
  P.leaf('import');
  if (P.is('defer')) decline();
  if (P.is('type') && (P.is('{', 1) || P.is('*', 1) || (P.kind(1) === TK.NAME && !P.is('from', 1))))
    P.leaf('type');
  if (P.kind() === TK.STRING) {
    P.string();
    P.semi();
    P.finish('ImportDeclaration', mark, from);
    return;
  }
  for (;;) {
    if (P.is('*')) {
      P.leaf('Star');
      P.expect('as');
      if (P.kind() !== TK.NAME) decline();
      P.leaf('VariableDefinition');
    } else if (P.is('{')) importGroup(P);
    else if (P.kind() === TK.NAME && !P.is('from') && !P.reserved()) P.leaf('VariableDefinition');
    else decline();
    if (!P.is(',')) break;
    P.leaf(',');
  }
  P.expect('from');
  if (P.kind() !== TK.STRING) decline();
  P.string();
  P.semi();
  P.finish('ImportDeclaration', mark, from);
}

function importGroup(P: TsParser): void {
  const mark = P.start();
  const from = P.from();
  P.leaf('{');
  while (!P.is('}')) {
    if (P.is('type') && P.kind(1) === TK.NAME && !P.is('as', 1)) P.leaf('type');
    if (P.is('default') && P.is('as', 1)) {
      P.leaf('default');
      P.leaf('as');
    } else if (P.kind() === TK.STRING) decline();
    if (P.kind() !== TK.NAME || P.reserved()) decline();
    if (P.is('as', 1)) {
      P.leaf('VariableName');
      P.leaf('as');
      if (P.kind() !== TK.NAME || P.reserved()) decline();
    }
    P.leaf('VariableDefinition');
    if (P.is(',')) P.leaf(',');
    else if (!P.is('}')) decline();
  }
  P.leaf('}');
  P.finish('ImportGroup', mark, from);
}
