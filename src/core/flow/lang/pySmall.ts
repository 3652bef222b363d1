/**
 * Python's small statements (those of one line: expressions, assignments, `return`, `del`,
 * `raise`…) lowered from the fast reader's tokens, for pyLower.ts: what python.ts makes of their
 * nodes in Lezer's tree.
 */
import { decline } from '../../scan/code/pyView.js';
import { KIND } from '../../scan/code/pyTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Stmt } from '../ir.js';
import * as exprModule from './pyLowerExpr.js';
import type { Cursor } from './pyLowerExpr.js';
import * as targetsModule from './pyTargets.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { exprStmt, group, simpleType } = irModule;
const {
  at,
  commaTests,
  EMPTY,
  expression,
  fromOf,
  isKw,
  isOp,
  nestAt,
  skip,
  test,
  toOf,
  tokenKind,
  variable,
  yieldExpression,
} = exprModule;
const { bindTargets } = targetsModule;
const { NAME, NEWLINE, OP } = KIND;

const kind = tokenKind;

/** The simple name (`simpleType`) of the annotation from the `:` at token `colon` to the cursor. */
export function annotatedType(c: Cursor, colon: number): string | undefined {
  return simpleType(c.v.text.slice(fromOf(c, colon), toOf(c, c.p - 1)).replace(/^:\s*/, ''));
}

/**
 * Small statements up to the end of the line. Several (or one with `;`) are a group in Lezer's
 * tree, one level deeper: counted for every line, as the group is known only after the first.
 */
export function simpleLine(c: Cursor, out: Stmt[], depth: number): void {
  small(c, out, depth + 1);
  while (isOp(c, ';')) {
    c.p++;
    if (kind(c) !== NEWLINE) small(c, out, depth + 1);
  }
  if (kind(c) !== NEWLINE) decline();
  c.p++;
}

const ends = (c: Cursor): boolean => kind(c) === NEWLINE || isOp(c, ';');

const KEYWORD_STATEMENTS: ReadonlySet<string> = new Set([
  'pass',
  'break',
  'continue',
  'return',
  'raise',
  'del',
  'assert',
  'global',
  'nonlocal',
  'yield',
]);

/** Keywords that may start an expression statement. */
const EXPRESSION_WORDS: ReadonlySet<string> = new Set([
  '',
  'not',
  'lambda',
  'await',
  'None',
  'True',
  'False',
]);

const UPDATE_OPS: ReadonlySet<string> = new Set(
  ['+', '-', '*', '/', '%', '&', '|', '^', '@', '<<', '>>', '**', '//'].map((op) => `${op}=`),
);

function small(c: Cursor, out: Stmt[], depth: number): void {
  nestAt(c, depth);
  const word = kind(c) === NAME && c.v.isKeyword(c.p) ? c.v.s(c.p) : '';
  if (word === 'import' || word === 'from') {
    // The lowering skips imports: their insides are not read.
    while (!ends(c)) skip(c);
    return;
  }
  if (KEYWORD_STATEMENTS.has(word)) {
    c.p++;
    keywordStatement(c, word, out);
    if (!ends(c)) decline();
    return;
  }
  // `print x` and soft keywords (`match`, `type`) as statements are not followed.
  if (!EXPRESSION_WORDS.has(word)) decline();
  const start = c.p;
  const items: Expr[] = [];
  commaTests(c, items, true);
  if (isOp(c, ':') || isOp(c, '=')) {
    assignment(c, out, items, start);
    return;
  }
  if (at(c) >= 0 && c.v.t.kind[c.p] === OP && UPDATE_OPS.has(c.v.s(c.p))) {
    // `x += v`: each part a statement, the operator one with nothing in it.
    for (const e of items) out.push(exprStmt(e));
    out.push(EMPTY);
    c.p++;
    if (isKw(c, 'yield')) out.push(exprStmt(yieldExpression(c)));
    else expressionStatements(c, out, false);
    return;
  }
  if (!ends(c)) decline();
  for (const e of items) out.push(exprStmt(e));
}

/** `commaTests`, each item a statement. */
function expressionStatements(c: Cursor, out: Stmt[], star: boolean): void {
  const items: Expr[] = [];
  commaTests(c, items, star);
  for (const e of items) out.push(exprStmt(e));
}

/** A statement after its keyword: the expressions in it, each a statement, or a `return`. */
function keywordStatement(c: Cursor, word: string, out: Stmt[]): void {
  switch (word) {
    case 'return':
      if (ends(c)) out.push({ k: 'return' });
      else {
        const parts: Expr[] = [];
        commaTests(c, parts, true);
        out.push({ k: 'return', e: group(parts) });
      }
      return;
    case 'yield':
      if (isKw(c, 'from')) {
        c.p++;
        out.push(exprStmt(test(c)));
      } else expressionStatements(c, out, true);
      return;
    case 'global':
    case 'nonlocal':
      for (;;) {
        out.push(variable(c));
        if (!isOp(c, ',')) return;
        c.p++;
      }
    case 'del':
      for (;;) {
        out.push(exprStmt(expression(c, 0)));
        if (!isOp(c, ',')) return;
        c.p++;
        if (ends(c)) return;
      }
    case 'raise':
      if (ends(c)) return;
      out.push(exprStmt(test(c)));
      if (isKw(c, 'from')) {
        c.p++;
        out.push(exprStmt(test(c)));
      }
      return;
    case 'assert':
      if (!ends(c)) expressionStatements(c, out, false);
      return;
  }
}

/**
 * `targets = … = value` or `target: T [= value]`, the first targets' items already read from
 * `start`: every target bound to the last part (pyTargets.ts), its names typed by the
 * annotation. Without `=`, the targets and the annotation are each a statement.
 */
function assignment(c: Cursor, out: Stmt[], first: Expr[], start: number): void {
  const bounds = [start, c.p];
  let type: string | undefined;
  let annotated: Expr | undefined;
  if (isOp(c, ':')) {
    const colon = c.p++;
    annotated = test(c);
    type = annotatedType(c, colon);
  }
  let parts: Expr[] = first;
  while (isOp(c, '=')) {
    c.p++;
    const from = c.p;
    parts = [];
    if (isKw(c, 'yield')) parts.push(yieldExpression(c));
    else commaTests(c, parts, true);
    bounds.push(from, c.p);
  }
  if (!ends(c)) decline();
  if (bounds.length === 2) {
    for (const e of first) out.push(exprStmt(e));
    if (annotated !== undefined) out.push(exprStmt(annotated));
    return;
  }
  const value = group(parts);
  for (let i = 0; i + 2 < bounds.length; i += 2)
    bindTargets(c, bounds[i] ?? 0, bounds[i + 1] ?? 0, value, type, out);
}
