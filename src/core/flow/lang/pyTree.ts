/**
 * The Python syntax tree the flow analysis lowers (python.ts), built from the tokens the scan's
 * fast reader already read (pyReader.ts) instead of parsing the text again with @lezer/python,
 * which cost the analysis twice the scan. The tree has Lezer's node names and offsets, so the
 * one lowering reads either; a differential test holds it equal to Lezer's tree (comments
 * aside, which the lowering skips). The reader only accepts text Lezer parses without error;
 * on anything this builder does not follow it declines (`undefined`) and the caller parses
 * with Lezer.
 */
import { DECLINE, decline, PyView } from '../../scan/code/pyView.js';
import { KIND } from '../../scan/code/pyTokens.js';
import { PyNode } from './pyNode.js';
import * as pyTreeExprModule from './pyTreeExpr.js';
import type { Cursor } from './pyTreeExpr.js';

// Imports used per node or token, copied once: under a CommonJS transform (tsx, the benchmarks)
// every use of an imported binding is a getter call (see pyTokens.ts).
const {
  argList,
  at,
  commaTests,
  expect,
  expression,
  isKw,
  isOp,
  open,
  take,
  test,
  variable,
  yieldExpression,
  yieldTail,
} = pyTreeExprModule;

const { NAME, NEWLINE, INDENT, DEDENT } = KIND;

/** Nesting of blocks deeper than this declines (Lezer would still parse; the lowering cuts it). */
const MAX_BLOCKS = 100;

/**
 * The tree of the text `view` holds, or `undefined` where the builder declines. With `each`,
 * every top-level statement goes to it as soon as it is built and is not kept in the tree:
 * the caller lowers it and drops it, so no whole tree stays alive for the garbage collector
 * to copy (which cost the analysis more than building it).
 */
export function pythonTree(view: PyView, each?: (statement: PyNode) => void): PyNode | undefined {
  const c = cursorOf(view);
  const top = new PyNode('Script', 0, view.text.length);
  try {
    while (c.p < c.end) {
      if (each === undefined) statement(c, top, 0);
      else {
        const holder = new PyNode('Script', 0, 0);
        statement(c, holder, 0);
        for (let n = holder.firstChild; n; n = n.nextSibling) each(n);
      }
    }
    if (c.fields.next !== view.t.fields.length) decline();
    return top;
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

function cursorOf(view: PyView): Cursor {
  const inner = view.t.inner;
  return {
    v: view,
    p: 0,
    end: view.length,
    fields: {
      inner: inner === undefined ? undefined : new PyView(view.text, inner),
      ranges: view.t.fields,
      next: 0,
    },
  };
}

/**
 * The top-level statements of the text `view` holds, built one at a time as they are asked for
 * (each a node holding what one statement line or compound statement made), undefined at the
 * end: the flow analysis lowers and walks each before the next is built (walkStream.ts). Throws
 * `DECLINE` where `pythonTree` gives undefined.
 */
export function pythonStatements(view: PyView): () => PyNode | undefined {
  const c = cursorOf(view);
  return () => {
    if (c.p >= c.end) {
      if (c.fields.next !== view.t.fields.length) decline();
      return undefined;
    }
    const holder = new PyNode('Script', 0, 0);
    statement(c, holder, 0);
    return holder;
  };
}

const COMPOUND: ReadonlySet<string> = new Set(['if', 'while', 'for', 'try', 'with', 'def', 'class', 'async']);
const kind = (c: Cursor): number => (at(c) < 0 ? -1 : (c.v.t.kind[c.p] ?? -1));

function statement(c: Cursor, into: PyNode, depth: number): void {
  if (depth > MAX_BLOCKS) decline();
  const k = kind(c);
  if (k === INDENT || k === DEDENT || k === NEWLINE) decline();
  if (isOp(c, '@')) into.add(decorated(c, depth));
  else if (k === NAME && c.v.isKeyword(c.p) && COMPOUND.has(c.v.s(c.p))) into.add(compound(c, depth));
  else simpleLine(c, into);
}

function decorated(c: Cursor, depth: number): PyNode {
  const n = open(c, 'DecoratedStatement');
  while (isOp(c, '@')) {
    const d = n.add(open(c, 'Decorator'));
    take(c, d, 'At');
    variable(c, d);
    while (isOp(c, '.')) {
      take(c, d);
      variable(c, d);
    }
    if (isOp(c, '(')) d.add(argList(c));
    if (kind(c) !== NEWLINE) decline();
    c.p++;
  }
  const word = isKw(c, 'async') ? c.v.s(c.p + 1) : c.v.s(c.p);
  if (word !== 'def' && word !== 'class') decline();
  n.add(compound(c, depth));
  return n;
}

const COMPOUND_NAMES: Readonly<Record<string, string>> = {
  if: 'IfStatement',
  while: 'WhileStatement',
  for: 'ForStatement',
  try: 'TryStatement',
  with: 'WithStatement',
  def: 'FunctionDefinition',
  class: 'ClassDefinition',
};

function compound(c: Cursor, depth: number): PyNode {
  const async = isKw(c, 'async');
  const word = c.v.s(c.p + (async ? 1 : 0));
  if (async && word !== 'def' && word !== 'for' && word !== 'with') decline();
  const n = open(c, COMPOUND_NAMES[word] ?? decline());
  if (async) take(c, n);
  take(c, n);
  switch (word) {
    case 'def':
      definition(c, n, true);
      break;
    case 'class':
      definition(c, n, false);
      break;
    case 'if':
    case 'while':
      n.add(test(c));
      break;
    case 'for':
      forHeader(c, n);
      break;
    case 'with':
      for (;;) {
        n.add(test(c));
        if (isKw(c, 'as')) {
          take(c, n);
          variable(c, n);
        }
        if (!isOp(c, ',')) break;
        take(c, n);
      }
      break;
    case 'try':
      break;
  }
  body(c, n, depth);
  clauses(c, n, word, depth);
  return n;
}

/** `elif`/`else`/`except`/`finally` clauses after a compound statement's first body. */
function clauses(c: Cursor, n: PyNode, word: string, depth: number): void {
  for (;;) {
    if (word === 'if' && isKw(c, 'elif')) {
      take(c, n);
      if (!isOp(c, ':')) n.add(test(c));
    } else if (word === 'try' && isKw(c, 'except')) {
      take(c, n);
      if (isOp(c, '*')) take(c, n);
      if (!isOp(c, ':')) {
        n.add(test(c));
        if (isKw(c, 'as') || isOp(c, ',')) {
          take(c, n);
          variable(c, n);
        }
      }
    } else if (word !== 'with' && word !== 'def' && word !== 'class' && isKw(c, 'else')) {
      take(c, n);
      body(c, n, depth);
      if (word === 'try' && isKw(c, 'finally')) {
        take(c, n);
        body(c, n, depth);
      }
      return;
    } else if (word === 'try' && isKw(c, 'finally')) {
      take(c, n);
      body(c, n, depth);
      return;
    } else return;
    body(c, n, depth);
  }
}

function forHeader(c: Cursor, n: PyNode): void {
  for (;;) {
    if (isOp(c, '*')) take(c, n);
    n.add(expression(c, 0));
    if (!isOp(c, ',')) break;
    take(c, n);
    if (isKw(c, 'in')) break;
  }
  if (!isKw(c, 'in')) decline();
  take(c, n);
  commaTests(c, n, false);
}

/** `def f[T](params) -> R` or `class C[T](bases)`, up to the body. */
function definition(c: Cursor, n: PyNode, def: boolean): void {
  variable(c, n);
  if (isOp(c, '[')) typeParams(c, n);
  if (def) {
    n.add(paramList(c));
    if (isOp(c, '->')) {
      const t = n.add(open(c, 'TypeDef'));
      c.p++;
      t.add(test(c));
    }
  } else if (isOp(c, '(')) n.add(argList(c));
}

function typeParams(c: Cursor, n: PyNode): void {
  const list = n.add(open(c, 'TypeParamList'));
  take(c, list);
  while (!isOp(c, ']')) {
    const p = list.add(open(c, 'TypeParam'));
    if (isOp(c, '*') || isOp(c, '**')) {
      take(c, p);
      variable(c, p);
    } else {
      variable(c, p);
      if (isOp(c, ':')) typeDef(c, p);
    }
    if (isOp(c, ',')) take(c, list);
    else if (!isOp(c, ']')) decline();
  }
  take(c, list);
}

function typeDef(c: Cursor, into: PyNode): void {
  const t = into.add(open(c, 'TypeDef'));
  take(c, t);
  t.add(test(c));
}

function paramList(c: Cursor): PyNode {
  if (!isOp(c, '(')) decline();
  const n = open(c, 'ParamList');
  take(c, n);
  while (!isOp(c, ')')) {
    if (isOp(c, '/')) c.p++;
    else if (isOp(c, '*') || isOp(c, '**')) {
      const double = isOp(c, '**');
      take(c, n);
      if (double || (!isOp(c, ',') && !isOp(c, ')'))) {
        variable(c, n);
        if (isOp(c, ':')) typeDef(c, n);
      }
    } else {
      variable(c, n);
      if (isOp(c, ':')) typeDef(c, n);
      if (isOp(c, '=')) {
        take(c, n, 'AssignOp');
        n.add(test(c));
      }
    }
    if (isOp(c, ',')) take(c, n);
    else if (!isOp(c, ')')) decline();
  }
  n.to = c.v.t.to[c.p] ?? n.to;
  c.p++;
  return n;
}

/** `: simple line` or `: NEWLINE INDENT statements DEDENT`. */
function body(c: Cursor, into: PyNode, depth: number): void {
  const b = into.add(open(c, 'Body'));
  expect(c, b, ':');
  if (kind(c) !== NEWLINE) {
    if (kind(c) === NAME && COMPOUND.has(c.v.s(c.p)) && c.v.isKeyword(c.p)) decline();
    simpleLine(c, b);
    return;
  }
  c.p++;
  if (kind(c) !== INDENT) decline();
  c.p++;
  while (at(c) >= 0 && kind(c) !== DEDENT) statement(c, b, depth + 1);
  if (kind(c) !== DEDENT) decline();
  c.p++;
}

/** Small statements up to the end of the line; several (or one with `;`) form a group. */
function simpleLine(c: Cursor, into: PyNode): void {
  const first = small(c);
  if (!isOp(c, ';')) {
    into.add(first);
  } else {
    const g = into.add(new PyNode('StatementGroup', first.from, first.to));
    g.add(first);
    while (isOp(c, ';')) {
      take(c, g);
      if (kind(c) !== NEWLINE) g.add(small(c));
    }
  }
  if (kind(c) !== NEWLINE) decline();
  c.p++;
}

const KEYWORD_STATEMENTS: Readonly<Record<string, string>> = {
  pass: 'PassStatement',
  break: 'BreakStatement',
  continue: 'ContinueStatement',
  return: 'ReturnStatement',
  raise: 'RaiseStatement',
  del: 'DeleteStatement',
  assert: 'AssertStatement',
  global: 'ScopeStatement',
  nonlocal: 'ScopeStatement',
  yield: 'YieldStatement',
};

const ends = (c: Cursor): boolean => kind(c) === NEWLINE || isOp(c, ';');

function small(c: Cursor): PyNode {
  const word = kind(c) === NAME && c.v.isKeyword(c.p) ? c.v.s(c.p) : '';
  if (word === 'import' || word === 'from') {
    // The lowering skips imports: their insides are not built.
    const n = open(c, 'ImportStatement');
    while (!ends(c)) take(c, n);
    return n;
  }
  const name = KEYWORD_STATEMENTS[word];
  if (name !== undefined) {
    const n = open(c, name);
    take(c, n);
    if (word === 'yield') yieldTail(c, n);
    else if (word === 'global' || word === 'nonlocal')
      for (;;) {
        variable(c, n);
        if (!isOp(c, ',')) break;
        take(c, n);
      }
    else if (word === 'del') {
      for (;;) {
        n.add(expression(c, 0));
        if (!isOp(c, ',')) break;
        take(c, n);
        if (ends(c)) break;
      }
    } else if (word === 'raise' && !ends(c)) {
      n.add(test(c));
      if (isKw(c, 'from')) {
        take(c, n);
        n.add(test(c));
      }
    } else if ((word === 'return' || word === 'assert') && !ends(c)) commaTests(c, n, word === 'return');
    if (!ends(c)) decline();
    return n;
  }
  if (
    word !== '' &&
    word !== 'not' &&
    word !== 'lambda' &&
    word !== 'await' &&
    !/^(None|True|False)$/.test(word)
  )
    decline();
  // `print x` and soft keywords (`match`, `type`) as statements are not followed.
  const n = open(c, 'ExpressionStatement');
  commaTests(c, n, true);
  if (isOp(c, ':') || isOp(c, '=')) return assignment(c, n);
  if (at(c) >= 0 && c.v.t.kind[c.p] === KIND.OP && /^(?:[+\-*/%&|^@]|<<|>>|\*\*|\/\/)=$/.test(c.v.s(c.p))) {
    const u = rename(n, 'UpdateStatement');
    take(c, u, 'UpdateOp');
    if (isKw(c, 'yield')) u.add(yieldExpression(c));
    else commaTests(c, u, false);
    return u;
  }
  if (!ends(c)) decline();
  return n;
}

function assignment(c: Cursor, targets: PyNode): PyNode {
  const n = rename(targets, 'AssignStatement');
  if (isOp(c, ':')) typeDef(c, n);
  while (isOp(c, '=')) {
    take(c, n, 'AssignOp');
    if (isKw(c, 'yield')) n.add(yieldExpression(c));
    else commaTests(c, n, true);
  }
  if (!ends(c)) decline();
  return n;
}

function rename(n: PyNode, name: string): PyNode {
  n.name = name;
  return n;
}
