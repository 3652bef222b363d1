/**
 * Python to the language-neutral form (ir.ts), from an @lezer/python tree: functions and
 * lambdas, assignments (tuples, attributes, subscripts), `for … in` and `with … as` bindings,
 * f-strings and `%` formatting, dicts, lists and keyword arguments.
 */
import type { SyntaxNode } from '@lezer/common';
import * as irModule from '../ir.js';
import type { Arg, Expr, Fn, Param, Stmt } from '../ir.js';
import { InternedNames } from './interned.js';
import * as lezerModule from './lezer.js';
import type { Lower as LowerOf } from './lezer.js';

// Imports used per node or token, copied once: under a CommonJS transform (tsx, the benchmarks)
// every use of an imported binding is a getter call (see pyTokens.ts).
const { exprStmt, group, keyed, pyParam, simpleType } = irModule;
const { groupOf, isKeywordName, isPunct, kids, MAX_LOWER_DEPTH, textOf } = lezerModule;

/**
 * The lowering's state, with one copy of each name, string and callee it met (interned.ts): a
 * file repeats a few hundred names tens of thousands of times, and the form keeps every one until
 * the walk is done (its strings were a third of what it retains); the walk's lookups then hash
 * each name once.
 */
interface Lower extends LowerOf {
  readonly strings: InternedNames;
}

/** A name as written at `n`, interned. */
const nameAt = (l: Lower, n: SyntaxNode): string => l.strings.name(l.text, n.from, n.to);

/** A string literal's content (`literalContent`), interned. */
const literalAt = (l: Lower, n: SyntaxNode): string => l.strings.literal(l.text, n.from, n.to);

const LITERALS = new Set(['Number', 'Boolean', 'None', 'Ellipsis', 'Comment']);
const COMPARE = new Set(['CompareOp', 'in', 'not', 'is']);
const PERCENT = 0x25;

/** Lowers a parsed Python text. */
export function lowerPython(text: string, top: SyntaxNode): Stmt[] {
  const l: Lower = { text, expr: (n, d) => expr(l, n, d), strings: new InternedNames() };
  return body(l, top, 0);
}

// The lowering writes into the caller's array and walks children in place rather than through
// `kids()` arrays: it visits every node of a file, and its garbage was most of its cost.

function body(l: Lower, node: SyntaxNode, depth: number): Stmt[] {
  const out: Stmt[] = [];
  if (depth > MAX_LOWER_DEPTH) return out;
  for (let c = node.firstChild; c; c = c.nextSibling) if (!isPunct(c.name)) stmt(l, c, depth + 1, out);
  return out;
}

function stmt(l: Lower, n: SyntaxNode, depth: number, out: Stmt[]): void {
  switch (n.name) {
    case 'FunctionDefinition':
      out.push({ k: 'fn', fn: fnOf(l, n, depth) });
      return;
    case 'ClassDefinition':
    case 'DecoratedStatement': {
      const b = n.getChild('Body');
      if (b) out.push({ k: 'block', body: body(l, b, depth) });
      else stmtsOfChildren(l, n, depth, out);
      return;
    }
    case 'AssignStatement':
      assignment(l, n, depth, out);
      return;
    case 'ExpressionStatement':
    case 'PrintStatement':
      for (let c = n.firstChild; c; c = c.nextSibling)
        if (!isPunct(c.name)) out.push(exprStmt(expr(l, c, depth)));
      return;
    case 'ReturnStatement': {
      const parts: Expr[] = [];
      for (let c = n.firstChild; c; c = c.nextSibling)
        if (!isPunct(c.name) && c.name !== 'return') parts.push(expr(l, c, depth));
      out.push(parts.length > 0 ? { k: 'return', e: group(parts) } : { k: 'return' });
      return;
    }
    case 'ForStatement':
      binding(l, n, 'in', depth, out);
      return;
    case 'WithStatement':
      binding(l, n, 'as', depth, out);
      return;
    case 'Comment':
    case 'ImportStatement':
    case 'PassStatement':
      return;
    default:
      stmtsOfChildren(l, n, depth, out);
  }
}

const isStatementName = (name: string): boolean => name.endsWith('Statement') || name.endsWith('Definition');

/** Compound statements: their bodies as blocks, their conditions as expressions. */
function stmtsOfChildren(l: Lower, n: SyntaxNode, depth: number, out: Stmt[]): void {
  for (let c = n.firstChild; c; c = c.nextSibling) {
    if (isPunct(c.name)) continue;
    if (c.name === 'Body') out.push({ k: 'block', body: body(l, c, depth) });
    else if (isStatementName(c.name)) stmt(l, c, depth + 1, out);
    else if (!isKeywordName(c.name)) out.push(exprStmt(expr(l, c, depth)));
  }
}

/** `for v in rows:` and `with open(p) as fh:` bind names to the expression's value. */
function binding(l: Lower, n: SyntaxNode, keyword: 'in' | 'as', depth: number, out: Stmt[]): void {
  const parts = kids(n);
  const kw = parts.findIndex((c) => c.name === keyword);
  if (keyword === 'in') {
    const value = parts[kw + 1];
    const v = value ? expr(l, value, depth) : undefined;
    const end = Math.max(1, kw);
    for (let i = 1; i < end && i < parts.length; i++) {
      const t = parts[i];
      if (t) targets(l, t, v, depth, out);
    }
  } else {
    const source = parts[kw - 1];
    const target = parts[kw + 1];
    if (source && target) targets(l, target, expr(l, source, depth), depth, out);
  }
  const b = n.getChild('Body');
  if (b) out.push({ k: 'block', body: body(l, b, depth) });
}

/** The second child that is not punctuation (a subscript's key). */
function secondKid(n: SyntaxNode): SyntaxNode | undefined {
  let seen = 0;
  for (let c = n.firstChild; c; c = c.nextSibling) if (!isPunct(c.name) && seen++ === 1) return c;
  return undefined;
}

function targets(l: Lower, t: SyntaxNode, value: Expr | undefined, depth: number, out: Stmt[]): void {
  if (t.name === 'VariableName') {
    const name = nameAt(l, t);
    out.push(
      value
        ? { k: 'let', at: t.from, name, declare: false, value }
        : { k: 'let', at: t.from, name, declare: false },
    );
    return;
  }
  if (t.name === 'TupleExpression' || t.name === 'ArrayExpression') {
    for (let c = t.firstChild; c; c = c.nextSibling) if (!isPunct(c.name)) targets(l, c, value, depth, out);
    return;
  }
  if (t.name === 'MemberExpression' && value) {
    const recv = t.firstChild;
    if (recv?.name !== 'VariableName') {
      out.push(exprStmt(value));
      return;
    }
    const prop = t.getChild('PropertyName');
    const key = prop ? undefined : secondKid(t);
    const propName = prop ? nameAt(l, prop) : key?.name === 'String' ? literalAt(l, key) : undefined;
    const into = nameAt(l, recv);
    out.push(
      propName !== undefined
        ? { k: 'store', at: t.from, recv: into, value, prop: propName }
        : { k: 'store', at: t.from, recv: into, value },
    );
    return;
  }
  if (value) out.push(exprStmt(value));
}

function assignment(l: Lower, n: SyntaxNode, depth: number, out: Stmt[]): void {
  const parts = kids(n);
  let op = -1;
  let updateOp = -1;
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]?.name;
    if (name === 'AssignOp') op = i;
    else if (name === 'UpdateOp' && updateOp < 0) updateOp = i;
  }
  const at = op >= 0 ? op : updateOp;
  if (at < 0) {
    for (const c of parts) out.push(exprStmt(expr(l, c, depth)));
    return;
  }
  // Most assignments have one value: no list for `group` to unwrap.
  const only = parts.length === at + 2 ? parts[at + 1] : undefined;
  let value: Expr;
  if (only !== undefined) value = expr(l, only, depth);
  else {
    const rhs: Expr[] = [];
    for (let i = at + 1; i < parts.length; i++) {
      const c = parts[i];
      if (c) rhs.push(expr(l, c, depth));
    }
    value = group(rhs);
  }
  const typeDef = n.getChild('TypeDef');
  const type = typeDef ? simpleType(textOf(l.text, typeDef).replace(/^:\s*/, '')) : undefined;
  for (let i = 0; i < at; i++) {
    const t = parts[i];
    if (!t || t.name === 'AssignOp' || t.name === 'TypeDef') continue;
    if (t.name === 'VariableName' && updateOp >= 0) {
      const name = nameAt(l, t);
      out.push({
        k: 'let',
        at: t.from,
        name,
        declare: false,
        value: group([{ k: 'name', at: t.from, name }, value]),
      });
    } else {
      const from = out.length;
      targets(l, t, value, depth, out);
      if (type !== undefined)
        for (let j = from; j < out.length; j++) {
          const s = out[j];
          if (s?.k === 'let') out[j] = { ...s, type };
        }
    }
  }
}

/** The next sibling that is not a comment (Lezer's tree keeps comments where they stand). */
function sibling(n: SyntaxNode): SyntaxNode | null {
  let c = n.nextSibling;
  while (c?.name === 'Comment') c = c.nextSibling;
  return c;
}

function params(l: Lower, list: SyntaxNode | null): Param[] {
  const out: Param[] = [];
  for (let c = list?.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'VariableName') continue;
    const next = sibling(c);
    const typeDef = next?.name === 'TypeDef' ? next : null;
    const written = typeDef ? textOf(l.text, typeDef).replace(/^:\s*/, '') : undefined;
    out.push(pyParam(nameAt(l, c), c.from, written));
  }
  return out;
}

function fnOf(l: Lower, n: SyntaxNode, depth: number): Fn {
  const name = n.getChild('VariableName');
  const b = n.getChild('Body');
  const ps = params(l, n.getChild('ParamList'));
  const stmts = b ? body(l, b, depth) : [];
  return name
    ? { at: n.from, name: nameAt(l, name), params: ps, body: stmts }
    : { at: n.from, params: ps, body: stmts };
}

function expr(l: Lower, n: SyntaxNode, depth: number): Expr {
  if (depth > MAX_LOWER_DEPTH) return { k: 'group', parts: [] };
  const d = depth + 1;
  switch (n.name) {
    case 'String':
      return { k: 'lit', at: n.from, str: literalAt(l, n) };
    case 'FormatString': {
      const parts: Expr[] = [];
      for (let r = n.firstChild; r; r = r.nextSibling)
        if (r.name === 'FormatReplacement')
          for (let c = r.firstChild; c; c = c.nextSibling) if (!isPunct(c.name)) parts.push(expr(l, c, d));
      return parts.length === 0
        ? { k: 'lit', at: n.from, str: literalAt(l, n) }
        : { k: 'concat', at: n.from, parts, interp: true };
    }
    case 'VariableName':
      return { k: 'name', at: n.from, name: nameAt(l, n) };
    case 'MemberExpression':
      return memberExpr(l, n, d);
    case 'CallExpression':
      return callExpr(l, n, d);
    case 'BinaryExpression': {
      let compare = false;
      let pct = false;
      let first: SyntaxNode | undefined;
      for (let c = n.firstChild; c; c = c.nextSibling) {
        const name = c.name;
        if (isPunct(name)) continue;
        if (COMPARE.has(name) || name === 'and' || name === 'or') compare = true;
        if (name === 'ArithOp' && c.to - c.from === 1 && l.text.charCodeAt(c.from) === PERCENT) pct = true;
        if (first === undefined && !name.endsWith('Op')) first = c;
      }
      const parts: Expr[] = [];
      for (let c = n.firstChild; c; c = c.nextSibling) {
        const name = c.name;
        if (isPunct(name) || name.endsWith('Op') || (compare && isKeywordName(name))) continue;
        parts.push(expr(l, c, d));
      }
      if (compare) return { k: 'silent', parts };
      return { k: 'concat', at: n.from, parts, interp: pct && first?.name === 'String' };
    }
    case 'UnaryExpression': {
      let head: SyntaxNode | undefined;
      const operand: Expr[] = [];
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (isPunct(c.name)) continue;
        if (head === undefined) head = c;
        else operand.push(expr(l, c, d));
      }
      return head?.name === 'not' ? { k: 'silent', parts: operand } : group(operand);
    }
    case 'DictionaryExpression':
      return dict(l, n, d);
    case 'ArrayExpression':
    case 'TupleExpression':
    case 'SetExpression': {
      const entries: Arg[] = [];
      for (let c = n.firstChild; c; c = c.nextSibling) if (!isPunct(c.name)) entries.push(expr(l, c, d));
      return { k: 'collection', at: n.from, entries };
    }
    case 'LambdaExpression': {
      const value = kids(n).filter((c) => c.name !== 'lambda' && c.name !== 'ParamList');
      return {
        k: 'fn',
        fn: {
          at: n.from,
          params: params(l, n.getChild('ParamList')),
          body: [{ k: 'return', e: group(value.map((c) => expr(l, c, d))) }],
        },
      };
    }
    case 'ConditionalExpression': {
      const [yes, , test, , no] = kids(n);
      return group([
        ...(test ? [{ k: 'silent' as const, parts: [expr(l, test, d)] }] : []),
        ...(yes ? [expr(l, yes, d)] : []),
        ...(no ? [expr(l, no, d)] : []),
      ]);
    }
    default:
      if (LITERALS.has(n.name) || isKeywordName(n.name)) return { k: 'lit', at: n.from };
      return groupOf(l, n, d);
  }
}

function memberExpr(l: Lower, n: SyntaxNode, depth: number): Expr {
  const recv = n.firstChild;
  const prop = n.getChild('PropertyName');
  if (!recv) return { k: 'group', parts: [] };
  const r = expr(l, recv, depth);
  if (prop) return { k: 'member', at: prop.from, recv: r, prop: nameAt(l, prop) };
  const key = secondKid(n);
  if (key?.name === 'String') return { k: 'member', at: key.from, recv: r, prop: literalAt(l, key) };
  return group([r, ...(key ? [expr(l, key, depth)] : [])]);
}

/**
 * The callee as dotted text: `self.logger.info` → `logger.info`, `getLogger().info`; interned,
 * each distinct callee joined once.
 */
function dotted(l: Lower, n: SyntaxNode, depth = 0): string {
  if (depth > 12) return '?';
  if (n.name === 'VariableName') return nameAt(l, n);
  if (n.name === 'MemberExpression') {
    const prop = n.getChild('PropertyName');
    const left = n.firstChild ? dotted(l, n.firstChild, depth + 1) : '?';
    return prop ? l.strings.joined(left, nameAt(l, prop)) : '?';
  }
  if (n.name === 'CallExpression' && n.firstChild)
    return l.strings.called(dotted(l, n.firstChild, depth + 1));
  return '?';
}

function callExpr(l: Lower, n: SyntaxNode, depth: number): Expr {
  const callee = n.firstChild;
  if (!callee) return { k: 'group', parts: [] };
  const name = dotted(l, callee);
  const recvNode =
    callee.name === 'MemberExpression' && callee.getChild('PropertyName') ? callee.firstChild : null;
  const args: Arg[] = [];
  const list = n.getChild('ArgList');
  for (let a = list?.firstChild; a; a = a.nextSibling) {
    // A comment between arguments is no argument: it would shift the positions of the rest.
    if (a.name === '(' || a.name === ')' || a.name === ',' || a.name === 'Comment') continue;
    const op = a.name === 'VariableName' ? sibling(a) : null;
    const v = op?.name === 'AssignOp' ? sibling(op) : null;
    if (v) {
      args.push(keyed(nameAt(l, a), v.from, expr(l, v, depth)));
      a = v;
    } else args.push(expr(l, a, depth));
  }
  // A callee that is no name or method (`f()()`, `(a or b)()`) is evaluated beside the call.
  const head = callee.name !== 'VariableName' && !recvNode ? expr(l, callee, depth) : undefined;
  const c: Expr = recvNode
    ? { k: 'call', at: callee.from, callee: name, args, recv: expr(l, recvNode, depth) }
    : { k: 'call', at: callee.from, callee: name, args };
  return head !== undefined ? group([head, c]) : c;
}

function dict(l: Lower, n: SyntaxNode, depth: number): Expr {
  const entries: Arg[] = [];
  const parts = kids(n);
  for (let i = 0; i < parts.length; i++) {
    const k = parts[i];
    const v = parts[i + 1];
    if (!k) continue;
    if (k.name === '**' || !v) {
      entries.push(expr(l, v ?? k, depth));
      i++;
      continue;
    }
    const key = k.name === 'String' ? literalAt(l, k) : undefined;
    const value = expr(l, v, depth);
    entries.push(key !== undefined ? keyed(key, k.from, value) : value);
    if (key === undefined) entries.push(expr(l, k, depth));
    i++;
  }
  return { k: 'collection', at: n.from, entries };
}
