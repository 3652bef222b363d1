/**
 * Python's small statements (those of one line: expressions, assignments, `return`, `del`,
 * `raise`…) lowered from the fast reader's tokens, for pyLower.ts: what python.ts makes of their
 * nodes in Lezer's tree.
 */
import { decline } from '../../scan/code/pyView.js';
import { KIND } from '../../scan/code/pyTokens.js';
import * as irModule from '../ir.js';
import type { Expr } from '../ir.js';
import * as cursorModule from './pyCursor.js';
import type { Cursor } from './pyCursor.js';
import * as atomsModule from './pyAtoms.js';
import * as exprModule from './pyLowerExpr.js';
import * as targetsModule from './pyTargets.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { exprStmt, simpleType } = irModule;
const {
  at,
  drop,
  EMPTY,
  fromOf,
  gather,
  groupFrom,
  isKw,
  isOp,
  KW,
  nestAt,
  P,
  skip,
  tokenKind,
  toOf,
  variable,
} = cursorModule;
const { commaTests, yieldExpression } = atomsModule;
const { expression, test } = exprModule;
const { bindTargets } = targetsModule;
const { NAME, NEWLINE, OP } = KIND;

const kind = tokenKind;

/** The simple name (`simpleType`) of the annotation from the `:` at token `colon` to the cursor. */
export function annotatedType(c: Cursor, colon: number): string | undefined {
  return simpleType(annotation(c, colon));
}

/** The annotation as written from the `:` at token `colon` to the cursor, without the `:`. */
export function annotation(c: Cursor, colon: number): string {
  return c.v.text.slice(fromOf(c, colon), toOf(c, c.p - 1)).replace(/^:\s*/, '');
}

/**
 * Small statements up to the end of the line, gathered. Several (or one with `;`) are a group in
 * Lezer's tree, one level deeper: counted for every line, as the group is known only after the
 * first.
 */
export function simpleLine(c: Cursor, depth: number): void {
  small(c, depth + 1);
  while (isOp(c, P.semicolon)) {
    c.p++;
    if (kind(c) !== NEWLINE) small(c, depth + 1);
  }
  if (kind(c) !== NEWLINE) decline();
  c.p++;
}

const ends = (c: Cursor): boolean => kind(c) === NEWLINE || isOp(c, P.semicolon);

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
const EXPRESSION_WORDS: ReadonlySet<string> = new Set(['not', 'lambda', 'await', 'None', 'True', 'False']);

const UPDATE_OPS: ReadonlySet<string> = new Set(
  ['+', '-', '*', '/', '%', '&', '|', '^', '@', '<<', '>>', '**', '//'].map((op) => `${op}=`),
);

function small(c: Cursor, depth: number): void {
  nestAt(c, depth);
  // Most statements start with a name: the keyword sets are looked at only after a keyword.
  if (kind(c) === NAME && c.code[c.p] !== 0) {
    const word = c.v.s(c.p);
    if (word === 'import' || word === 'from') {
      // The lowering skips imports: their insides are not read.
      while (!ends(c)) skip(c);
      return;
    }
    if (KEYWORD_STATEMENTS.has(word)) {
      c.p++;
      keywordStatement(c, word);
      if (!ends(c)) decline();
      return;
    }
    // `print x` and soft keywords (`match`, `type`) as statements are not followed.
    if (!EXPRESSION_WORDS.has(word)) decline();
  }
  const start = c.p;
  const mark = c.top;
  commaTests(c, true);
  if (isOp(c, P.colon) || isOp(c, P.assign)) {
    assignment(c, mark, start);
    return;
  }
  if (at(c) >= 0 && c.kind[c.p] === OP && UPDATE_OPS.has(c.v.s(c.p))) {
    // `x += v`: each part a statement, the operator one with nothing in it.
    asStatements(c, mark);
    gather(c, EMPTY);
    c.p++;
    if (isKw(c, KW.yield)) gather(c, exprStmt(yieldExpression(c)));
    else expressionStatements(c, false);
    return;
  }
  if (!ends(c)) decline();
  asStatements(c, mark);
}

/** The items gathered since `mark` made statements where they stand. */
function asStatements(c: Cursor, mark: number): void {
  for (let i = mark; i < c.top; i++) c.stack[i] = exprStmt(c.stack[i] as Expr);
}

/** `commaTests`, each item a statement. */
function expressionStatements(c: Cursor, star: boolean): void {
  const mark = c.top;
  commaTests(c, star);
  asStatements(c, mark);
}

/** A statement after its keyword: the expressions in it, each a statement, or a `return`. */
function keywordStatement(c: Cursor, word: string): void {
  switch (word) {
    case 'return':
      if (ends(c)) gather(c, { k: 'return' });
      else {
        const mark = c.top;
        commaTests(c, true);
        gather(c, { k: 'return', e: groupFrom(c, mark) });
      }
      return;
    case 'yield':
      if (isKw(c, KW.from)) {
        c.p++;
        gather(c, exprStmt(test(c)));
      } else expressionStatements(c, true);
      return;
    case 'global':
    case 'nonlocal':
      for (;;) {
        gather(c, variable(c));
        if (!isOp(c, P.comma)) return;
        c.p++;
      }
    case 'del':
      for (;;) {
        gather(c, exprStmt(expression(c, 0)));
        if (!isOp(c, P.comma)) return;
        c.p++;
        if (ends(c)) return;
      }
    case 'raise':
      if (ends(c)) return;
      gather(c, exprStmt(test(c)));
      if (isKw(c, KW.from)) {
        c.p++;
        gather(c, exprStmt(test(c)));
      }
      return;
    case 'assert':
      if (!ends(c)) expressionStatements(c, false);
      return;
  }
}

/**
 * `targets = … = value` or `target: T [= value]`, the first targets' items already gathered
 * from `mark` (read from token `start`): every target bound to the last part (pyTargets.ts), its
 * names typed by the annotation. Without `=`, the targets and the annotation are each a
 * statement. The targets' token ranges but the first and the last are kept only in a chain
 * (`a = b = v`).
 */
function assignment(c: Cursor, mark: number, start: number): void {
  const firstEnd = c.p;
  let type: string | undefined;
  let annotated: Expr | undefined;
  if (isOp(c, P.colon)) {
    const colon = c.p++;
    annotated = test(c);
    type = annotatedType(c, colon);
  }
  let lastFrom = -1;
  let lastTo = -1;
  let chain: number[] | undefined;
  while (isOp(c, P.assign)) {
    c.p++;
    if (lastFrom >= 0) (chain ??= []).push(lastFrom, lastTo);
    drop(c, mark);
    lastFrom = c.p;
    if (isKw(c, KW.yield)) gather(c, yieldExpression(c));
    else commaTests(c, true);
    lastTo = c.p;
  }
  if (!ends(c)) decline();
  if (lastFrom < 0) {
    asStatements(c, mark);
    if (annotated !== undefined) gather(c, exprStmt(annotated));
    return;
  }
  const value = groupFrom(c, mark);
  bindTargets(c, start, firstEnd, value, type);
  if (chain !== undefined)
    for (let i = 0; i + 1 < chain.length; i += 2)
      bindTargets(c, chain[i] ?? 0, chain[i + 1] ?? 0, value, type);
}
