/**
 * Python to the language-neutral form (ir.ts) straight from the tokens the scan's fast reader
 * already read (pyReader.ts): compound statements and blocks here, one-line statements in
 * pySmall.ts, expressions in pyLowerExpr.ts (with pyTrailers.ts and pyAtoms.ts), assignment
 * targets in pyTargets.ts. The form is the one python.ts makes of @lezer/python's tree, which a
 * differential test holds them to; Lezer still parses where the reader or this lowering declines. One top-level statement is lowered at
 * a time, as the streamed walk asks for it (walkStream.ts), so nothing but the form of that
 * statement is made and it dies young.
 */
import { DECLINE, decline, PyView } from '../../scan/code/pyView.js';
import { KIND } from '../../scan/code/pyTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Param, Stmt } from '../ir.js';
import { LOWERING_DECLINED, type TopLevel } from '../walkStream.js';
import { InternedNames } from './interned.js';
import { MAX_LOWER_DEPTH } from './lezer.js';
import * as cursorModule from './pyCursor.js';
import type { Cursor } from './pyCursor.js';
import * as atomsModule from './pyAtoms.js';
import * as exprModule from './pyLowerExpr.js';
import * as smallModule from './pySmall.js';
import * as targetsModule from './pyTargets.js';
import * as trailersModule from './pyTrailers.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every
// use of an imported binding is a getter call (see pyTokens.ts).
const { exprStmt, pyParam } = irModule;
const {
  at,
  codeTable,
  cursorOf,
  drop,
  EMPTY,
  expect,
  exprsFrom,
  freshStack,
  fromOf,
  gather,
  groupFrom,
  isKw,
  isOp,
  keywordIn,
  KW,
  nameOf,
  nestAt,
  P,
  paramsFrom,
  skip,
  stmtsFrom,
  tokenKind,
  variable,
  variableAt,
} = cursorModule;
const { commaTests } = atomsModule;
const { defaultValue, expression, test } = exprModule;
const { argItems, argList } = trailersModule;
const { bindTargets } = targetsModule;
const { annotation, simpleLine } = smallModule;
const { NAME, NEWLINE, INDENT, DEDENT } = KIND;

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
function topLevel(view: PyView): () => readonly Stmt[] | undefined {
  const inner = view.t.inner;
  // About one distinct name or string per 64 tokens (the benchmark file: 1,300 in 80,000).
  const strings = new InternedNames(view.length >> 6);
  const c = cursorOf(view, inner === undefined ? undefined : new PyView(view.text, inner), strings);
  return () => {
    if (c.p >= c.end) {
      if (c.fields.next !== view.t.fields.length) decline();
      return undefined;
    }
    c.top = 0;
    statement(c, 0, 1);
    if (c.deep > MAX_LOWER_DEPTH) decline();
    const out = stmtsFrom(c, 0);
    freshStack(c);
    return out;
  };
}

const COMPOUND_WORDS = ['if', 'while', 'for', 'try', 'with', 'def', 'class', 'async'];
const COMPOUND: ReadonlySet<string> = new Set(COMPOUND_WORDS);
const COMPOUND_CODES = codeTable(COMPOUND_WORDS, 'keyword');
const kind = tokenKind;

/**
 * One statement's form, gathered. `blocks` counts the blocks around it; `depth` is the nesting
 * python.ts lowers it at, which only bounds the expressions' (`Cursor.nest`).
 */
function statement(c: Cursor, blocks: number, depth: number): void {
  if (blocks > MAX_BLOCKS) decline();
  const k = kind(c);
  if (k === INDENT || k === DEDENT || k === NEWLINE) decline();
  if (isOp(c, P.at)) decorated(c, blocks, depth);
  else if (k === NAME && keywordIn(c, c.p, COMPOUND_CODES)) compound(c, blocks, depth);
  else simpleLine(c, depth);
}

/** Decorators are each the union of their parts; the definition follows them. */
function decorated(c: Cursor, blocks: number, depth: number): void {
  nestAt(c, depth);
  while (isOp(c, P.at)) {
    c.p++;
    const parts = c.top;
    gather(c, EMPTY);
    gather(c, variable(c));
    while (isOp(c, P.dot)) {
      c.p++;
      gather(c, variable(c));
    }
    // Unkeyed (no argument is keyed): the argument list is a plain node to python.ts.
    if (isOp(c, P.openParen)) {
      const args = c.top;
      argItems(c, false);
      gather(c, groupFrom(c, args));
    }
    if (kind(c) !== NEWLINE) decline();
    c.p++;
    gather(c, { k: 'group', parts: exprsFrom(c, parts) });
  }
  const word = isKw(c, KW.async) ? c.v.s(c.p + 1) : c.v.s(c.p);
  if (word !== 'def' && word !== 'class') decline();
  compound(c, blocks, depth + 1);
}

function compound(c: Cursor, blocks: number, depth: number): void {
  const async = isKw(c, KW.async);
  const word = c.v.s(c.p + (async ? 1 : 0));
  if (async && word !== 'def' && word !== 'for' && word !== 'with') decline();
  if (!COMPOUND.has(word) || word === 'async') decline();
  const from = fromOf(c, c.p);
  if (async) c.p++;
  skip(c);
  nestAt(c, depth);
  switch (word) {
    case 'def':
      definition(c, from, blocks, depth);
      return;
    case 'class':
      variable(c);
      if (isOp(c, P.openBracket)) typeParams(c);
      if (isOp(c, P.openParen)) argList(c, true);
      gather(c, { k: 'block', body: body(c, blocks, depth) });
      return;
    case 'if':
    case 'while':
      gather(c, exprStmt(test(c)));
      gather(c, { k: 'block', body: body(c, blocks, depth) });
      clauses(c, word, blocks, depth);
      return;
    case 'try':
      gather(c, { k: 'block', body: body(c, blocks, depth) });
      clauses(c, word, blocks, depth);
      return;
    case 'for':
      forStatement(c, async, blocks, depth);
      return;
    case 'with':
      withStatement(c, blocks, depth);
      return;
  }
}

/** `elif`/`else`/`except`/`finally` clauses after a compound statement's first body. */
function clauses(c: Cursor, word: string, blocks: number, depth: number): void {
  for (;;) {
    nestAt(c, depth);
    if (word === 'if' && isKw(c, KW.elif)) {
      c.p++;
      if (!isOp(c, P.colon)) gather(c, exprStmt(test(c)));
    } else if (word === 'try' && isKw(c, KW.except)) {
      c.p++;
      if (isOp(c, P.star)) {
        c.p++;
        gather(c, EMPTY);
      }
      if (!isOp(c, P.colon)) {
        gather(c, exprStmt(test(c)));
        if (isKw(c, KW.as) || isOp(c, P.comma)) {
          c.p++;
          gather(c, variable(c));
        }
      }
    } else if (isKw(c, KW.else)) {
      c.p++;
      gather(c, { k: 'block', body: body(c, blocks, depth) });
      if (word === 'try' && isKw(c, KW.finally)) {
        c.p++;
        gather(c, { k: 'block', body: body(c, blocks, depth) });
      }
      return;
    } else if (word === 'try' && isKw(c, KW.finally)) {
      c.p++;
      gather(c, { k: 'block', body: body(c, blocks, depth) });
      return;
    } else return;
    gather(c, { k: 'block', body: body(c, blocks, depth) });
  }
}

/**
 * `for targets in values:`: the targets bound to the first value (python.ts reads no other),
 * then the body; an `else` body is read and not lowered.
 */
function forStatement(c: Cursor, async: boolean, blocks: number, depth: number): void {
  const start = c.p;
  for (;;) {
    if (isOp(c, P.star)) c.p++;
    expression(c, 0);
    if (!isOp(c, P.comma)) break;
    c.p++;
    if (isKw(c, KW.in)) break;
  }
  if (!isKw(c, KW.in)) decline();
  const end = c.p;
  c.p++;
  const values = c.top;
  commaTests(c, false);
  const value = (c.stack[values] ?? EMPTY) as Expr;
  drop(c, values);
  // After `async`, python.ts takes the `for` keyword for a target too: no name, so a statement.
  if (async) gather(c, exprStmt(value));
  bindTargets(c, start, end, value, undefined);
  gather(c, { k: 'block', body: body(c, blocks, depth) });
  // The `else` clause is read, not lowered.
  const unread = c.top;
  clauses(c, 'for', blocks, depth);
  drop(c, unread);
}

/** `with a as x, b:`: the first `as` name bound to its expression (python.ts reads no other). */
function withStatement(c: Cursor, blocks: number, depth: number): void {
  let bound: Stmt | undefined;
  for (;;) {
    const e = test(c);
    if (isKw(c, KW.as)) {
      c.p++;
      if (at(c) < 0 || !variableAt(c, c.p)) decline();
      bound ??= { k: 'let', at: fromOf(c, c.p), name: nameOf(c, c.p), declare: false, value: e };
      c.p++;
    }
    if (!isOp(c, P.comma)) break;
    c.p++;
  }
  if (bound !== undefined) gather(c, bound);
  gather(c, { k: 'block', body: body(c, blocks, depth) });
}

/** `def f[T](params) -> R:` and its body, as a function. */
function definition(c: Cursor, from: number, blocks: number, depth: number): void {
  if (at(c) < 0 || !variableAt(c, c.p)) decline();
  const name = nameOf(c, c.p);
  c.p++;
  if (isOp(c, P.openBracket)) typeParams(c);
  const params = paramList(c);
  if (isOp(c, P.arrow)) {
    c.p++;
    test(c);
  }
  gather(c, { k: 'fn', fn: { at: from, name, params, body: body(c, blocks, depth) } });
}

function typeParams(c: Cursor): void {
  c.p++;
  while (!isOp(c, P.closeBracket)) {
    if (isOp(c, P.star) || isOp(c, P.power)) {
      c.p++;
      variable(c);
    } else {
      variable(c);
      if (isOp(c, P.colon)) {
        c.p++;
        test(c);
      }
    }
    if (isOp(c, P.comma)) c.p++;
    else if (!isOp(c, P.closeBracket)) decline();
  }
  skip(c);
}

function paramList(c: Cursor): readonly Param[] {
  if (!isOp(c, P.openParen)) decline();
  c.p++;
  const params = c.top;
  while (!isOp(c, P.closeParen)) {
    if (isOp(c, P.slash)) c.p++;
    else if (isOp(c, P.star) || isOp(c, P.power)) {
      const double = isOp(c, P.power);
      c.p++;
      if (double || (!isOp(c, P.comma) && !isOp(c, P.closeParen))) param(c);
    } else {
      param(c);
      if (isOp(c, P.assign)) defaultValue(c);
    }
    if (isOp(c, P.comma)) c.p++;
    else if (!isOp(c, P.closeParen)) decline();
  }
  c.p++;
  return paramsFrom(c, params);
}

/** A parameter's name and its annotation's type, gathered. */
function param(c: Cursor): void {
  if (at(c) < 0 || !variableAt(c, c.p)) decline();
  const name = nameOf(c, c.p);
  const from = fromOf(c, c.p);
  c.p++;
  let written: string | undefined;
  if (isOp(c, P.colon)) {
    const colon = c.p++;
    test(c);
    written = annotation(c, colon);
  }
  gather(c, pyParam(name, from, written));
}

/** `: simple line` or `: NEWLINE INDENT statements DEDENT`. */
function body(c: Cursor, blocks: number, depth: number): readonly Stmt[] {
  const mark = c.top;
  expect(c, P.colon);
  if (kind(c) !== NEWLINE) {
    if (kind(c) === NAME && keywordIn(c, c.p, COMPOUND_CODES)) decline();
    simpleLine(c, depth + 1);
    return stmtsFrom(c, mark);
  }
  c.p++;
  if (kind(c) !== INDENT) decline();
  c.p++;
  while (at(c) >= 0 && kind(c) !== DEDENT) statement(c, blocks + 1, depth + 1);
  if (kind(c) !== DEDENT) decline();
  c.p++;
  return stmtsFrom(c, mark);
}
