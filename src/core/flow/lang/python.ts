/**
 * Python to the language-neutral form (ir.ts), from an @lezer/python tree: functions and
 * lambdas, assignments (tuples, attributes, subscripts), `for … in` and `with … as` bindings,
 * f-strings and `%` formatting, dicts, lists and keyword arguments.
 */
import * as irModule from '../ir.js';
import type { Arg, Expr, Fn, Param, Stmt } from '../ir.js';
import * as lezerModule from './lezer.js';
import type { Lower as LowerOf, TreeNode } from './lezer.js';

// Imports used per node or token, copied once: under a CommonJS transform (tsx, the benchmarks)
// every use of an imported binding is a getter call (see pyTokens.ts).
const { group, simpleType } = irModule;
const { groupOf, joinCallee, kids, literalContent, MAX_LOWER_DEPTH, textOf } = lezerModule;

type Lower = LowerOf<TreeNode>;

const LITERALS = new Set(['Number', 'Boolean', 'None', 'Ellipsis', 'Comment']);
const COMPARE = new Set(['CompareOp', 'in', 'not', 'is']);

/** Lowers a parsed Python text. */
export function lowerPython(text: string, top: TreeNode): Stmt[] {
  const l: Lower = { text, expr: (n, d) => expr(l, n, d) };
  return body(l, top, 0);
}

/** Lowers one top-level statement at a time, as `lowerPython` lowers each. */
export function pythonLowerer(text: string): (statement: TreeNode) => Stmt[] {
  const l: Lower = { text, expr: (n, d) => expr(l, n, d) };
  return (n) => stmt(l, n, 1);
}

function body(l: Lower, node: TreeNode, depth: number): Stmt[] {
  const out: Stmt[] = [];
  if (depth > MAX_LOWER_DEPTH) return out;
  for (const c of kids(node)) out.push(...stmt(l, c, depth + 1));
  return out;
}

function stmt(l: Lower, n: TreeNode, depth: number): Stmt[] {
  switch (n.name) {
    case 'FunctionDefinition':
      return [{ k: 'fn', fn: fnOf(l, n, depth) }];
    case 'ClassDefinition':
    case 'DecoratedStatement': {
      const b = n.getChild('Body');
      return b ? [{ k: 'block', body: body(l, b, depth) }] : stmtsOfChildren(l, n, depth);
    }
    case 'AssignStatement':
      return assignment(l, n, depth);
    case 'ExpressionStatement':
    case 'PrintStatement':
      return kids(n).map((c) => ({ k: 'expr', e: expr(l, c, depth) }));
    case 'ReturnStatement': {
      const parts = kids(n).filter((c) => c.name !== 'return');
      return [
        { k: 'return', ...(parts.length > 0 ? { e: group(parts.map((c) => expr(l, c, depth))) } : {}) },
      ];
    }
    case 'ForStatement':
      return binding(l, n, 'in', depth);
    case 'WithStatement':
      return binding(l, n, 'as', depth);
    case 'Comment':
    case 'ImportStatement':
    case 'PassStatement':
      return [];
    default:
      return stmtsOfChildren(l, n, depth);
  }
}

/** Compound statements: their bodies as blocks, their conditions as expressions. */
function stmtsOfChildren(l: Lower, n: TreeNode, depth: number): Stmt[] {
  const out: Stmt[] = [];
  for (const c of kids(n)) {
    if (c.name === 'Body') out.push({ k: 'block', body: body(l, c, depth) });
    else if (/Statement$|Definition$/.test(c.name)) out.push(...stmt(l, c, depth + 1));
    else if (!/^[a-z]+$/.test(c.name)) out.push({ k: 'expr', e: expr(l, c, depth) });
  }
  return out;
}

/** `for v in rows:` and `with open(p) as fh:` bind names to the expression's value. */
function binding(l: Lower, n: TreeNode, keyword: 'in' | 'as', depth: number): Stmt[] {
  const parts = kids(n);
  const kw = parts.findIndex((c) => c.name === keyword);
  const out: Stmt[] = [];
  if (keyword === 'in') {
    const value = parts[kw + 1];
    const v = value ? expr(l, value, depth) : undefined;
    for (const t of parts.slice(1, Math.max(1, kw))) out.push(...targets(l, t, v, depth));
  } else {
    const source = parts[kw - 1];
    const target = parts[kw + 1];
    if (source && target) out.push(...targets(l, target, expr(l, source, depth), depth));
  }
  const b = n.getChild('Body');
  if (b) out.push({ k: 'block', body: body(l, b, depth) });
  return out;
}

function targets(l: Lower, t: TreeNode, value: Expr | undefined, depth: number): Stmt[] {
  if (t.name === 'VariableName')
    return [{ k: 'let', at: t.from, name: textOf(l.text, t), declare: false, ...(value ? { value } : {}) }];
  if (t.name === 'TupleExpression' || t.name === 'ArrayExpression')
    return kids(t).flatMap((c) => targets(l, c, value, depth));
  if (t.name === 'MemberExpression' && value) {
    const recv = t.firstChild;
    if (recv?.name !== 'VariableName') return [{ k: 'expr', e: value }];
    const prop = t.getChild('PropertyName');
    const key = prop ? undefined : kids(t)[1];
    const propName = prop
      ? textOf(l.text, prop)
      : key?.name === 'String'
        ? literalContent(textOf(l.text, key))
        : undefined;
    return [
      {
        k: 'store',
        at: t.from,
        recv: textOf(l.text, recv),
        value,
        ...(propName !== undefined ? { prop: propName } : {}),
      },
    ];
  }
  return value ? [{ k: 'expr', e: value }] : [];
}

function assignment(l: Lower, n: TreeNode, depth: number): Stmt[] {
  const parts = kids(n);
  const op = parts.map((c) => c.name).lastIndexOf('AssignOp');
  const updateOp = parts.findIndex((c) => c.name === 'UpdateOp');
  const at = op >= 0 ? op : updateOp;
  if (at < 0) return parts.map((c) => ({ k: 'expr', e: expr(l, c, depth) }));
  const rhs = parts.slice(at + 1);
  const value = group(rhs.map((c) => expr(l, c, depth)));
  const typeDef = n.getChild('TypeDef');
  const type = typeDef ? simpleType(textOf(l.text, typeDef).replace(/^:\s*/, '')) : undefined;
  const out: Stmt[] = [];
  for (const t of parts.slice(0, at)) {
    if (t.name === 'AssignOp' || t.name === 'TypeDef') continue;
    if (t.name === 'VariableName' && updateOp >= 0) {
      const name = textOf(l.text, t);
      out.push({
        k: 'let',
        at: t.from,
        name,
        declare: false,
        value: group([{ k: 'name', at: t.from, name }, value]),
      });
    } else
      for (const s of targets(l, t, value, depth))
        out.push(s.k === 'let' && type !== undefined ? { ...s, type } : s);
  }
  return out;
}

/** The next sibling that is not a comment (Lezer's tree keeps comments where they stand). */
function sibling(n: TreeNode): TreeNode | null {
  let c = n.nextSibling;
  while (c?.name === 'Comment') c = c.nextSibling;
  return c;
}

function params(l: Lower, list: TreeNode | null): Param[] {
  const out: Param[] = [];
  for (let c = list?.firstChild; c; c = c.nextSibling) {
    if (c.name !== 'VariableName') continue;
    const next = sibling(c);
    const typeDef = next?.name === 'TypeDef' ? next : null;
    const type = typeDef ? simpleType(textOf(l.text, typeDef).replace(/^:\s*/, '')) : undefined;
    out.push({ name: textOf(l.text, c), at: c.from, ...(type !== undefined ? { type } : {}) });
  }
  return out;
}

function fnOf(l: Lower, n: TreeNode, depth: number): Fn {
  const name = n.getChild('VariableName');
  const b = n.getChild('Body');
  return {
    at: n.from,
    ...(name ? { name: textOf(l.text, name) } : {}),
    params: params(l, n.getChild('ParamList')),
    body: b ? body(l, b, depth) : [],
  };
}

function expr(l: Lower, n: TreeNode, depth: number): Expr {
  if (depth > MAX_LOWER_DEPTH) return { k: 'group', parts: [] };
  const d = depth + 1;
  switch (n.name) {
    case 'String':
      return { k: 'lit', at: n.from, str: literalContent(textOf(l.text, n)) };
    case 'FormatString': {
      const parts = n.getChildren('FormatReplacement').flatMap((r) => kids(r).map((c) => expr(l, c, d)));
      return parts.length === 0
        ? { k: 'lit', at: n.from, str: literalContent(textOf(l.text, n)) }
        : { k: 'concat', at: n.from, parts, interp: true };
    }
    case 'VariableName':
      return { k: 'name', at: n.from, name: textOf(l.text, n) };
    case 'MemberExpression':
      return memberExpr(l, n, d);
    case 'CallExpression':
      return callExpr(l, n, d);
    case 'BinaryExpression': {
      const parts = kids(n);
      if (parts.some((c) => COMPARE.has(c.name) || c.name === 'and' || c.name === 'or'))
        return {
          k: 'silent',
          parts: parts.filter((c) => !/Op$|^[a-z]+$/.test(c.name)).map((c) => expr(l, c, d)),
        };
      const operands = parts.filter((c) => !/Op$/.test(c.name));
      const pct = parts.some((c) => c.name === 'ArithOp' && textOf(l.text, c) === '%');
      return {
        k: 'concat',
        at: n.from,
        parts: operands.map((c) => expr(l, c, d)),
        interp: pct && operands[0]?.name === 'String',
      };
    }
    case 'UnaryExpression': {
      const parts = kids(n);
      const operand = parts.slice(1).map((c) => expr(l, c, d));
      return parts[0]?.name === 'not' ? { k: 'silent', parts: operand } : group(operand);
    }
    case 'DictionaryExpression':
      return dict(l, n, d);
    case 'ArrayExpression':
    case 'TupleExpression':
    case 'SetExpression':
      return {
        k: 'collection',
        at: n.from,
        entries: kids(n).map((c) => ({ at: c.from, value: expr(l, c, d) })),
      };
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
      if (LITERALS.has(n.name) || /^[a-z]+$/.test(n.name)) return { k: 'lit', at: n.from };
      return groupOf(l, n, d);
  }
}

function memberExpr(l: Lower, n: TreeNode, depth: number): Expr {
  const recv = n.firstChild;
  const prop = n.getChild('PropertyName');
  if (!recv) return { k: 'group', parts: [] };
  const r = expr(l, recv, depth);
  if (prop) return { k: 'member', at: prop.from, recv: r, prop: textOf(l.text, prop) };
  const key = kids(n)[1];
  if (key?.name === 'String')
    return { k: 'member', at: key.from, recv: r, prop: literalContent(textOf(l.text, key)) };
  return group([r, ...(key ? [expr(l, key, depth)] : [])]);
}

/** The callee as dotted text: `self.logger.info` → `logger.info`, `getLogger().info`. */
function dotted(l: Lower, n: TreeNode, depth = 0): string {
  if (depth > 12) return '?';
  if (n.name === 'VariableName') return textOf(l.text, n);
  if (n.name === 'MemberExpression') {
    const prop = n.getChild('PropertyName');
    const left = n.firstChild ? dotted(l, n.firstChild, depth + 1) : '?';
    return prop ? joinCallee(left, textOf(l.text, prop)) : '?';
  }
  if (n.name === 'CallExpression' && n.firstChild) return `${dotted(l, n.firstChild, depth + 1)}()`;
  return '?';
}

function callExpr(l: Lower, n: TreeNode, depth: number): Expr {
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
      args.push({ key: textOf(l.text, a), at: v.from, value: expr(l, v, depth) });
      a = v;
    } else args.push({ at: a.from, value: expr(l, a, depth) });
  }
  const parts: Expr[] = callee.name !== 'VariableName' && !recvNode ? [expr(l, callee, depth)] : [];
  const c: Expr = {
    k: 'call',
    at: callee.from,
    callee: name,
    args,
    ...(recvNode ? { recv: expr(l, recvNode, depth) } : {}),
  };
  return parts.length > 0 ? group([...parts, c]) : c;
}

function dict(l: Lower, n: TreeNode, depth: number): Expr {
  const entries: Arg[] = [];
  const parts = kids(n);
  for (let i = 0; i < parts.length; i++) {
    const k = parts[i];
    const v = parts[i + 1];
    if (!k) continue;
    if (k.name === '**' || !v) {
      entries.push({ at: k.from, value: expr(l, v ?? k, depth) });
      i++;
      continue;
    }
    const key = k.name === 'String' ? literalContent(textOf(l.text, k)) : undefined;
    entries.push({ at: k.from, value: expr(l, v, depth), ...(key !== undefined ? { key } : {}) });
    if (key === undefined) entries.push({ at: k.from, value: expr(l, k, depth) });
    i++;
  }
  return { k: 'collection', at: n.from, entries };
}
