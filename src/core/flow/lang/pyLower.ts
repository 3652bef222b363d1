/**
 * Python to the language-neutral form (ir.ts) straight from the tokens the scan's fast reader
 * already read (pyReader.ts): statements and blocks here, expressions in pyLowerExpr.ts,
 * assignment targets in pyTargets.ts. The form is the one python.ts makes of @lezer/python's
 * tree, which a differential test holds them to; Lezer still parses where the reader or this
 * lowering declines. One top-level statement is lowered at a time, as the streamed walk asks for
 * it (walkStream.ts), so nothing but the form of that statement is made and it dies young.
 */
import { DECLINE, decline, PyView } from '../../scan/code/pyView.js';
import { KIND } from '../../scan/code/pyTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Param, Stmt } from '../ir.js';
import { LOWERING_DECLINED, type TopLevel } from '../walkStream.js';
import { InternedNames } from './interned.js';
import { MAX_LOWER_DEPTH } from './lezer.js';
import * as exprModule from './pyLowerExpr.js';
import type { Cursor } from './pyLowerExpr.js';
import * as targetsModule from './pyTargets.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { argValue, exprStmt, group, simpleType } = irModule;
const {
  argList,
  at,
  commaTests,
  defaultValue,
  EMPTY,
  expect,
  expression,
  fromOf,
  isKw,
  isOp,
  nameOf,
  nestAt,
  skip,
  test,
  toOf,
  variable,
  yieldExpression,
} = exprModule;
const { bindTargets } = targetsModule;
const { NAME, NEWLINE, INDENT, DEDENT, OP } = KIND;

/** Nesting of blocks deeper than this declines (Lezer would still parse; the lowering cuts it). */
const MAX_BLOCKS = 100;

/** The form of the text `view` holds, or undefined where the lowering declines. */
export function lowerPythonTokens(view: PyView): Stmt[] | undefined {
  const next = topLevel(view);
  const out: Stmt[] = [];
  try {
    for (let s = next(); s !== undefined; s = next()) for (const st of s) out.push(st);
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
  return out;
}

/**
 * The form of the text `view` holds one top-level statement at a time (walkStream.ts); a call
 * throws LOWERING_DECLINED where `lowerPythonTokens` gives undefined.
 */
export function pythonTopLevel(view: PyView): TopLevel {
  const next = topLevel(view);
  return () => {
    try {
      return next();
    } catch (e) {
      throw e === DECLINE ? LOWERING_DECLINED : e;
    }
  };
}

/** Each top-level statement's form in turn, undefined at the end; throws DECLINE. */
function topLevel(view: PyView): () => Stmt[] | undefined {
  const inner = view.t.inner;
  const c: Cursor = {
    v: view,
    p: 0,
    end: view.length,
    fields: {
      inner: inner === undefined ? undefined : new PyView(view.text, inner),
      ranges: view.t.fields,
      next: 0,
    },
    strings: new InternedNames(),
    nest: 0,
    deep: 0,
  };
  return () => {
    if (c.p >= c.end) {
      if (c.fields.next !== view.t.fields.length) decline();
      return undefined;
    }
    const out: Stmt[] = [];
    statement(c, out, 0, 1);
    if (c.deep > MAX_LOWER_DEPTH) decline();
    return out;
  };
}

const COMPOUND: ReadonlySet<string> = new Set(['if', 'while', 'for', 'try', 'with', 'def', 'class', 'async']);
const kind = (c: Cursor): number => (at(c) < 0 ? -1 : (c.v.t.kind[c.p] ?? -1));

/**
 * One statement's form into `out`. `blocks` counts the blocks around it; `depth` is the nesting
 * python.ts lowers it at, which only bounds the expressions' (`Cursor.nest`).
 */
function statement(c: Cursor, out: Stmt[], blocks: number, depth: number): void {
  if (blocks > MAX_BLOCKS) decline();
  const k = kind(c);
  if (k === INDENT || k === DEDENT || k === NEWLINE) decline();
  if (isOp(c, '@')) decorated(c, out, blocks, depth);
  else if (k === NAME && c.v.isKeyword(c.p) && COMPOUND.has(c.v.s(c.p))) compound(c, out, blocks, depth);
  else simpleLine(c, out, depth);
}

/** Decorators are each the union of their parts; the definition follows them. */
function decorated(c: Cursor, out: Stmt[], blocks: number, depth: number): void {
  nestAt(c, depth);
  while (isOp(c, '@')) {
    c.p++;
    const parts: Expr[] = [EMPTY, variable(c)];
    while (isOp(c, '.')) {
      c.p++;
      parts.push(variable(c));
    }
    // Unkeyed: the argument list is a plain node to python.ts.
    if (isOp(c, '(')) parts.push(group(argList(c, false).map(argValue)));
    if (kind(c) !== NEWLINE) decline();
    c.p++;
    out.push({ k: 'group', parts });
  }
  const word = isKw(c, 'async') ? c.v.s(c.p + 1) : c.v.s(c.p);
  if (word !== 'def' && word !== 'class') decline();
  compound(c, out, blocks, depth + 1);
}

function compound(c: Cursor, out: Stmt[], blocks: number, depth: number): void {
  const async = isKw(c, 'async');
  const word = c.v.s(c.p + (async ? 1 : 0));
  if (async && word !== 'def' && word !== 'for' && word !== 'with') decline();
  if (!COMPOUND.has(word) || word === 'async') decline();
  const from = fromOf(c, c.p);
  if (async) c.p++;
  skip(c);
  nestAt(c, depth);
  switch (word) {
    case 'def':
      definition(c, out, from, blocks, depth);
      return;
    case 'class':
      variable(c);
      if (isOp(c, '[')) typeParams(c);
      if (isOp(c, '(')) argList(c, true);
      out.push({ k: 'block', body: body(c, blocks, depth) });
      return;
    case 'if':
    case 'while':
      out.push(exprStmt(test(c)));
      out.push({ k: 'block', body: body(c, blocks, depth) });
      clauses(c, out, word, blocks, depth);
      return;
    case 'try':
      out.push({ k: 'block', body: body(c, blocks, depth) });
      clauses(c, out, word, blocks, depth);
      return;
    case 'for':
      forStatement(c, out, async, blocks, depth);
      return;
    case 'with':
      withStatement(c, out, blocks, depth);
      return;
  }
}

/** `elif`/`else`/`except`/`finally` clauses after a compound statement's first body. */
function clauses(c: Cursor, out: Stmt[], word: string, blocks: number, depth: number): void {
  for (;;) {
    nestAt(c, depth);
    if (word === 'if' && isKw(c, 'elif')) {
      c.p++;
      if (!isOp(c, ':')) out.push(exprStmt(test(c)));
    } else if (word === 'try' && isKw(c, 'except')) {
      c.p++;
      if (isOp(c, '*')) {
        c.p++;
        out.push(EMPTY);
      }
      if (!isOp(c, ':')) {
        out.push(exprStmt(test(c)));
        if (isKw(c, 'as') || isOp(c, ',')) {
          c.p++;
          out.push(variable(c));
        }
      }
    } else if (isKw(c, 'else')) {
      c.p++;
      out.push({ k: 'block', body: body(c, blocks, depth) });
      if (word === 'try' && isKw(c, 'finally')) {
        c.p++;
        out.push({ k: 'block', body: body(c, blocks, depth) });
      }
      return;
    } else if (word === 'try' && isKw(c, 'finally')) {
      c.p++;
      out.push({ k: 'block', body: body(c, blocks, depth) });
      return;
    } else return;
    out.push({ k: 'block', body: body(c, blocks, depth) });
  }
}

/**
 * `for targets in values:`: the targets bound to the first value (python.ts reads no other),
 * then the body; an `else` body is read and not lowered.
 */
function forStatement(c: Cursor, out: Stmt[], async: boolean, blocks: number, depth: number): void {
  const start = c.p;
  for (;;) {
    if (isOp(c, '*')) c.p++;
    expression(c, 0);
    if (!isOp(c, ',')) break;
    c.p++;
    if (isKw(c, 'in')) break;
  }
  if (!isKw(c, 'in')) decline();
  const end = c.p;
  c.p++;
  const values: Expr[] = [];
  commaTests(c, values, false);
  const value = values[0] ?? EMPTY;
  // After `async`, python.ts takes the `for` keyword for a target too: no name, so a statement.
  if (async) out.push(exprStmt(value));
  bindTargets(c, start, end, value, undefined, out);
  out.push({ k: 'block', body: body(c, blocks, depth) });
  clauses(c, [], 'for', blocks, depth);
}

/** `with a as x, b:`: the first `as` name bound to its expression (python.ts reads no other). */
function withStatement(c: Cursor, out: Stmt[], blocks: number, depth: number): void {
  let bound: Stmt | undefined;
  for (;;) {
    const e = test(c);
    if (isKw(c, 'as')) {
      c.p++;
      if (at(c) < 0 || !c.v.isVariable(c.p)) decline();
      bound ??= { k: 'let', at: fromOf(c, c.p), name: nameOf(c, c.p), declare: false, value: e };
      c.p++;
    }
    if (!isOp(c, ',')) break;
    c.p++;
  }
  if (bound !== undefined) out.push(bound);
  out.push({ k: 'block', body: body(c, blocks, depth) });
}

/** `def f[T](params) -> R:` and its body, as a function. */
function definition(c: Cursor, out: Stmt[], from: number, blocks: number, depth: number): void {
  if (at(c) < 0 || !c.v.isVariable(c.p)) decline();
  const name = nameOf(c, c.p);
  c.p++;
  if (isOp(c, '[')) typeParams(c);
  const params = paramList(c);
  if (isOp(c, '->')) {
    c.p++;
    test(c);
  }
  out.push({ k: 'fn', fn: { at: from, name, params, body: body(c, blocks, depth) } });
}

function typeParams(c: Cursor): void {
  c.p++;
  while (!isOp(c, ']')) {
    if (isOp(c, '*') || isOp(c, '**')) {
      c.p++;
      variable(c);
    } else {
      variable(c);
      if (isOp(c, ':')) {
        c.p++;
        test(c);
      }
    }
    if (isOp(c, ',')) c.p++;
    else if (!isOp(c, ']')) decline();
  }
  skip(c);
}

/** The simple name (`simpleType`) of the annotation from the `:` at token `colon` to the cursor. */
function annotatedType(c: Cursor, colon: number): string | undefined {
  return simpleType(c.v.text.slice(fromOf(c, colon), toOf(c, c.p - 1)).replace(/^:\s*/, ''));
}

function paramList(c: Cursor): Param[] {
  if (!isOp(c, '(')) decline();
  c.p++;
  const params: Param[] = [];
  while (!isOp(c, ')')) {
    if (isOp(c, '/')) c.p++;
    else if (isOp(c, '*') || isOp(c, '**')) {
      const double = isOp(c, '**');
      c.p++;
      if (double || (!isOp(c, ',') && !isOp(c, ')'))) param(c, params);
    } else {
      param(c, params);
      if (isOp(c, '=')) defaultValue(c, params);
    }
    if (isOp(c, ',')) c.p++;
    else if (!isOp(c, ')')) decline();
  }
  c.p++;
  return params;
}

/** A parameter's name and its annotation's type. */
function param(c: Cursor, params: Param[]): void {
  if (at(c) < 0 || !c.v.isVariable(c.p)) decline();
  const name = nameOf(c, c.p);
  const from = fromOf(c, c.p);
  c.p++;
  let type: string | undefined;
  if (isOp(c, ':')) {
    const colon = c.p++;
    test(c);
    type = annotatedType(c, colon);
  }
  params.push(type !== undefined ? { name, at: from, type } : { name, at: from });
}

/** `: simple line` or `: NEWLINE INDENT statements DEDENT`. */
function body(c: Cursor, blocks: number, depth: number): Stmt[] {
  const out: Stmt[] = [];
  expect(c, ':');
  if (kind(c) !== NEWLINE) {
    if (kind(c) === NAME && c.v.isKeyword(c.p) && COMPOUND.has(c.v.s(c.p))) decline();
    simpleLine(c, out, depth + 1);
    return out;
  }
  c.p++;
  if (kind(c) !== INDENT) decline();
  c.p++;
  while (at(c) >= 0 && kind(c) !== DEDENT) statement(c, out, blocks + 1, depth + 1);
  if (kind(c) !== DEDENT) decline();
  c.p++;
  return out;
}

/**
 * Small statements up to the end of the line. Several (or one with `;`) are a group in Lezer's
 * tree, one level deeper: counted for every line, as the group is known only after the first.
 */
function simpleLine(c: Cursor, out: Stmt[], depth: number): void {
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
