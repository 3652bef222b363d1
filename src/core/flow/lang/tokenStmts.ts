/**
 * Statements from tokens for Kotlin and C# (see tokenExpr.ts): classes and objects as blocks,
 * functions and methods with typed parameters, `val`/`var`/typed declarations, assignments,
 * `return`, and the bodies and headers of `if`/`for`/`foreach`/`while`/`when`/`try`. Anything
 * unknown is read as an expression statement; the reader always advances, so it ends.
 */
import { tokenize, type Token } from '../../scan/code/cfamilyTokens.js';
import * as irModule from '../ir.js';
import type { Expr, Fn, Param, Stmt } from '../ir.js';
import { InternedNames } from './interned.js';
import * as tokenCursorModule from './tokenCursor.js';
import type { Cursor, TokenLanguage } from './tokenCursor.js';
import * as tokenExprModule from './tokenExpr.js';
import * as tokenParamsModule from './tokenParams.js';

// Imports used per token, copied once: under a CommonJS transform (tsx, the benchmarks) every use
// of an imported binding is a getter call (walk.ts).
const { declaringLet, exprOf, exprStmt, group } = irModule;
const { closing, peek } = tokenCursorModule;
const { expression, lambda } = tokenExprModule;
const { params, typeRunEnd, writtenType } = tokenParamsModule;

const MODIFIERS = new Set([
  'private',
  'public',
  'protected',
  'internal',
  'override',
  'open',
  'abstract',
  'final',
  'suspend',
  'inline',
  'data',
  'sealed',
  'static',
  'readonly',
  'async',
  'const',
  'lateinit',
  'operator',
  'virtual',
  'partial',
  'inner',
  'tailrec',
  'external',
  'required',
  'unsafe',
  'extern',
  'new',
  'volatile',
  'value',
  'annotation',
  'enum',
  'companion',
  'infix',
  'sealed',
  'out',
  'ref',
  'in',
  'params',
  'this',
]);
const TYPE_WORDS = new Set(['class', 'interface', 'object', 'record', 'struct', 'namespace', 'enum']);
const CONTROL = new Set([
  'if',
  'while',
  'for',
  'foreach',
  'when',
  'switch',
  'using',
  'lock',
  'catch',
  'fixed',
]);
const SKIP_LINE = new Set(['package', 'import', 'using', 'typealias']);

/** Lowers a Kotlin text, from the scan's code tokens of it when given. */
export function lowerKotlin(text: string, code?: readonly Token[]): Stmt[] {
  return lowerTokens('kotlin', text, code);
}

/** Lowers a C# text, from the scan's code tokens of it when given. */
export function lowerCsharp(text: string, code?: readonly Token[]): Stmt[] {
  return lowerTokens('csharp', text, code);
}

/** A text's code tokens, comments left out: what the lowering reads when the scan left none. */
export function codeTokens(text: string): Token[] {
  return tokenize(text).filter((x) => x.kind !== 'comment');
}

function lowerTokens(lang: TokenLanguage, text: string, code: readonly Token[] | undefined): Stmt[] {
  const t = code ?? codeTokens(text);
  const c: Cursor = { lang, t, i: 0, depth: 0, block, dotted: '?', strings: new InternedNames() };
  return block(c, t.length);
}

/**
 * The form of a Kotlin or C# text one top-level statement at a time (walkStream.ts), as
 * `lowerKotlin` and `lowerCsharp` lower the file's block statement by statement.
 */
export function tokenTopLevel(
  lang: TokenLanguage,
  text: string,
  code: readonly Token[] | undefined,
): () => Stmt[] | undefined {
  const t = code ?? codeTokens(text);
  // At the depth `block` counts for the file's own statements.
  const c: Cursor = { lang, t, i: 0, depth: 1, block, dotted: '?', strings: new InternedNames() };
  const end = t.length;
  return () => {
    if (c.i >= end) return undefined;
    const before = c.i;
    const out: Stmt[] = [];
    statement(c, end, out);
    if (c.i <= before) c.i = before + 1;
    return out;
  };
}

const txt = (c: Cursor, k = 0): string => c.t[c.i + k]?.text ?? '';

function block(c: Cursor, end: number): Stmt[] {
  const out: Stmt[] = [];
  if (c.depth > 200) {
    c.i = end;
    return out;
  }
  c.depth++;
  while (c.i < end) {
    const before = c.i;
    statement(c, end, out);
    if (c.i <= before) c.i = before + 1;
  }
  c.depth--;
  return out;
}

/** Skips to the end of the statement: `;`, or (Kotlin) the next token on a new line at depth 0. */
function endStatement(c: Cursor, end: number): void {
  while (c.i < end) {
    const x = peek(c);
    if (!x) return;
    if (x.text === ';') {
      c.i++;
      return;
    }
    if (c.lang === 'kotlin' && x.newlineBefore) return;
    if (x.text === '(' || x.text === '{' || x.text === '[') c.i = closing(c, c.i) + 1;
    else c.i++;
  }
}

/**
 * The statement at the cursor, its lowered statements (none, one or a few) pushed into `out`:
 * into the list of the block holding it rather than a list of its own spread there, one per
 * statement of the file.
 */
function statement(c: Cursor, end: number, out: Stmt[]): void {
  const x = txt(c);
  const tok = peek(c);
  if (!tok) return;
  if (x === ';' || x === '}' || x === ')' || x === ',') {
    c.i++;
    return;
  }
  if (x === '[' && c.lang === 'csharp') {
    c.i = closing(c, c.i) + 1;
    return;
  }
  if (x.startsWith('@') && tok.kind === 'ident') {
    c.i++;
    if (txt(c) === ':') c.i += 2;
    if (txt(c) === '(' && peek(c)?.newlineBefore !== true) c.i = closing(c, c.i) + 1;
    return;
  }
  if (SKIP_LINE.has(x) && !(x === 'using' && (txt(c, 1) === 'var' || txt(c, 1) === '('))) {
    endStatement(c, end);
    if (c.lang === 'kotlin') while (c.i < end && !peek(c)?.newlineBefore) c.i++;
    return;
  }
  if (MODIFIERS.has(x) && peek(c, 1)?.kind === 'ident') {
    c.i++;
    return;
  }
  if (TYPE_WORDS.has(x)) {
    typeDecl(c, end, out);
    return;
  }
  if (x === 'fun') {
    out.push(kotlinFun(c, end));
    return;
  }
  if (x === 'val' || x === 'var' || (c.lang === 'csharp' && x === 'const')) {
    declaration(c, end, out);
    return;
  }
  if (x === 'return' || x === 'throw') {
    c.i++;
    if (txt(c) === ';' || txt(c) === '}' || (c.lang === 'kotlin' && peek(c)?.newlineBefore === true)) {
      out.push({ k: 'return' });
      return;
    }
    const e = expression(c);
    endStatement(c, end);
    out.push(x === 'return' ? { k: 'return', e } : exprStmt(e));
    return;
  }
  if (CONTROL.has(x)) {
    control(c, end, out);
    return;
  }
  if (
    x === 'else' ||
    x === 'try' ||
    x === 'finally' ||
    x === 'do' ||
    x === 'init' ||
    x === 'get' ||
    x === 'set'
  ) {
    c.i++;
    if (txt(c) === '{') out.push(braces(c));
    return;
  }
  if (x === '{') {
    out.push(braces(c));
    return;
  }
  if (c.lang === 'csharp') {
    // Both read the same run of a type and a name; it is found once.
    const run = typeRunEnd(c, end);
    if (csharpMethod(c, end, run, out) || csharpDeclaration(c, end, run, out)) return;
  }
  expressionStatement(c, end, out);
}

/** The braced block at the cursor. */
function braces(c: Cursor): Stmt {
  const close = closing(c, c.i);
  c.i++;
  const body = block(c, close);
  c.i = close + 1;
  return { k: 'block', body };
}

/** A class, interface, object or namespace: its body as a block (the header is skipped). */
function typeDecl(c: Cursor, end: number, out: Stmt[]): void {
  c.i++;
  while (c.i < end) {
    const x = txt(c);
    if (x === '{') {
      out.push(braces(c));
      return;
    }
    if (x === ';') {
      c.i++;
      return;
    }
    if (x === '(') c.i = closing(c, c.i) + 1;
    else if (c.lang === 'kotlin' && peek(c)?.newlineBefore === true && c.i > 0 && x !== ':' && x !== ',') {
      const prev = c.t[c.i - 1]?.text ?? '';
      if (prev !== ':' && prev !== ',') return;
      c.i++;
    } else c.i++;
  }
}

/** `fun name(params): Type { body }` or `= expression`. */
function kotlinFun(c: Cursor, end: number): Stmt {
  const at = peek(c)?.from ?? 0;
  c.i++;
  if (txt(c) === '<') while (c.i < end && txt(c) !== '>') c.i++;
  let name: string | undefined;
  while (c.i < end && txt(c) !== '(') {
    if (peek(c)?.kind === 'ident') name = txt(c);
    c.i++;
  }
  const ps = params(c);
  while (
    c.i < end &&
    txt(c) !== '{' &&
    txt(c) !== '=' &&
    !(peek(c)?.newlineBefore === true && txt(c) !== ':' && c.t[c.i - 1]?.text !== ':')
  )
    c.i++;
  const body = functionBody(c, '=');
  return { k: 'fn', fn: fnOf(at, ps, body, name) };
}

/** A function, its name present only when known, without a spread's object. */
const fnOf = (at: number, params: Param[], body: Stmt[], name: string | undefined): Fn =>
  name !== undefined ? { at, params, body, name } : { at, params, body };

/**
 * A function's body at the cursor: a braced block, or one expression after `arrow` (Kotlin `=`,
 * C# `=>`) as what it returns; none for a declaration without a body.
 */
function functionBody(c: Cursor, arrow: '=' | '=>'): Stmt[] {
  if (txt(c) === '{') {
    const close = closing(c, c.i);
    c.i++;
    const body = block(c, close);
    c.i = close + 1;
    return body;
  }
  if (txt(c) !== arrow) return [];
  c.i++;
  return [{ k: 'return', e: expression(c) }];
}

/** `val name: Type = value`, `var (a, b) = pair`, C# `var x = …` / `const string X = …`. */
function declaration(c: Cursor, end: number, out: Stmt[]): void {
  c.i++;
  if (c.lang === 'csharp' && peek(c, 1)?.kind === 'ident' && txt(c, 1) !== '=') c.i++; // const string X
  const names: Token[] = [];
  if (txt(c) === '(') {
    const close = closing(c, c.i);
    for (let j = c.i + 1; j < close; j++)
      if (c.t[j]?.kind === 'ident' && c.t[j - 1]?.text !== ':') names.push(c.t[j] as Token);
    c.i = close + 1;
  } else if (peek(c)?.kind === 'ident') {
    names.push(peek(c) as Token);
    c.i++;
  }
  let type: string | undefined;
  if (txt(c) === ':') {
    const from = ++c.i;
    while (c.i < end && txt(c) !== '=' && txt(c) !== 'by' && !(peek(c)?.newlineBefore === true)) c.i++;
    type = writtenType(c.t, from, c.i);
  }
  declared(c, end, names, type, ['=', 'by'], out);
}

/**
 * The declarations of `names` (of `type`), with the value after one of `assign` when there is
 * one, into `out`; the statement is read to its end.
 */
function declared(
  c: Cursor,
  end: number,
  names: readonly Token[],
  type: string | undefined,
  assign: readonly string[],
  out: Stmt[],
): void {
  let value: Expr | undefined;
  if (assign.includes(txt(c))) {
    c.i++;
    value = expression(c);
  }
  endStatement(c, end);
  for (const n of names) out.push(declaringLet(n.from, n.text, value, type));
}

/** `if (…) …`, `for (x in xs) …`, `foreach (var x in xs) …`: the header, then the body. */
function control(c: Cursor, end: number, out: Stmt[]): void {
  c.i++;
  if (txt(c) === '(') {
    const close = closing(c, c.i);
    let inAt = -1;
    for (let j = c.i; j < close && inAt < 0; j++) if (c.t[j]?.text === 'in') inAt = j - c.i;
    if (inAt > 0) {
      const binder = c.t[c.i + inAt - 1];
      c.i += inAt + 1;
      const value = expression(c);
      if (binder?.kind === 'ident')
        out.push({ k: 'let', at: binder.from, name: binder.text, declare: true, value });
    } else {
      c.i++;
      // The header's expressions are conditions: evaluated, their values carry nothing.
      for (const st of block(c, close)) {
        const e = exprOf(st);
        out.push(e !== undefined ? exprStmt({ k: 'silent', parts: [e] }) : st);
      }
    }
    c.i = close + 1;
  }
  if (txt(c) === '{') out.push(braces(c));
  else if (c.i < end && txt(c) !== ';') statement(c, end, out);
}

/**
 * A C# method or constructor: `[modifiers] Type Name(params) [: base(…)] { … }` or `=> expr;`,
 * into `out`; false when none is at the cursor.
 */
function csharpMethod(c: Cursor, end: number, j: number, out: Stmt[]): boolean {
  if (c.t[j]?.text !== '(' || j === c.i) return false;
  const name = c.t[j - 1];
  const close = closing(c, j);
  const after = c.t[close + 1]?.text;
  if (after !== '{' && after !== '=>' && after !== ':') return false;
  if (j - 1 === c.i && after !== '{' && after !== ':') return false;
  const at = peek(c)?.from ?? 0;
  c.i = j;
  const ps = params(c);
  while (c.i < end && txt(c) !== '{' && txt(c) !== '=>' && txt(c) !== ';') c.i++;
  const expressionBodied = txt(c) === '=>';
  const body = functionBody(c, '=>');
  if (expressionBodied) endStatement(c, end);
  out.push({ k: 'fn', fn: fnOf(at, ps, body, name?.kind === 'ident' ? name.text : undefined) });
  return true;
}

/** `Type name = value;` or a field `private readonly Type _name;`, into `out`; false when none. */
function csharpDeclaration(c: Cursor, end: number, j: number, out: Stmt[]): boolean {
  const name = c.t[j - 1];
  const stop = c.t[j]?.text;
  if (j - c.i < 2 || name?.kind !== 'ident' || (stop !== '=' && stop !== ';' && stop !== '{')) return false;
  const type = writtenType(c.t, c.i, j - 1);
  c.i = j;
  if (stop === '{') {
    c.i = closing(c, c.i) + 1; // a property's accessors
    out.push(declaringLet(name.from, name.text, undefined, type));
    return true;
  }
  declared(c, end, [name], type, ['='], out);
  return true;
}

function expressionStatement(c: Cursor, end: number, out: Stmt[]): void {
  const first = peek(c);
  const e = expression(c);
  const op = txt(c);
  if ((op === '=' || op === '+=') && first) {
    c.i++;
    const value = expression(c);
    endStatement(c, end);
    if (e.k === 'name')
      out.push({
        k: 'let',
        at: e.at,
        name: e.name,
        declare: false,
        value: op === '+=' ? group([e, value]) : value,
      });
    else if (e.k === 'member' && e.recv.k === 'name')
      out.push({ k: 'store', at: e.at, recv: e.recv.name, prop: e.prop, value });
    else if (e.k === 'member' && e.recv.k === 'lit')
      out.push({ k: 'let', at: e.at, name: e.prop, declare: false, value });
    else out.push(exprStmt(group([e, value])));
    return;
  }
  if (c.lang === 'kotlin' && txt(c) === '{' && peek(c)?.newlineBefore !== true) lambda(c);
  endStatement(c, end);
  out.push(exprStmt(e));
}
