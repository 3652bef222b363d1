/**
 * Go to the language-neutral form (ir.ts), from an @lezer/go tree: functions, methods and
 * function literals with typed parameters, `var`/`const`/`:=` declarations, assignments to
 * variables, fields and map entries, `range` bindings, selector and call expressions, and
 * composite literals (`kafka.Message{Value: v}`).
 */
import type { SyntaxNode } from '@lezer/common';
import {
  exprStmt,
  group,
  keyed,
  simpleType,
  type Arg,
  type Expr,
  type Fn,
  type Param,
  type Stmt,
} from '../ir.js';
import {
  childStmts,
  groupOf,
  joinCallee,
  kids,
  literalContent,
  MAX_LOWER_DEPTH,
  textOf,
  type Lower,
} from './lezer.js';

const TYPE_NODE = /Type$|^TypeName$/;

/** Lowers a parsed Go text. */
export function lowerGo(text: string, top: SyntaxNode): Stmt[] {
  const l: Lower = { text, expr: (n, d) => expr(l, n, d) };
  return stmts(l, top, 0);
}

function stmts(l: Lower, node: SyntaxNode, depth: number): Stmt[] {
  return childStmts(node, depth, (c, d) => stmt(l, c, d));
}

function stmt(l: Lower, n: SyntaxNode, depth: number): Stmt[] {
  switch (n.name) {
    case 'FunctionDecl':
    case 'MethodDecl':
      return [{ k: 'fn', fn: fnOf(l, n, depth) }];
    case 'VarDecl':
    case 'ConstDecl': {
      // A parenthesised list (`var ( … )`) holds its specs in a SpecList.
      const specs = kids(n)
        .flatMap((c) => (c.name === 'SpecList' ? kids(c) : [c]))
        .filter((c) => c.name === 'VarSpec' || c.name === 'ConstSpec');
      return specs.length > 0 ? specs.flatMap((s) => spec(l, s, depth)) : spec(l, n, depth);
    }
    case 'Assignment':
    case 'IncDecStatement':
      return assignment(l, n, depth);
    case 'ExprStatement':
      return kids(n).map((c) => exprStmt(expr(l, c, depth)));
    case 'ReturnStatement': {
      const parts = kids(n).filter((c) => c.name !== 'return');
      return [{ k: 'return', e: group(parts.map((c) => expr(l, c, depth))) }];
    }
    case 'RangeClause': {
      const parts = kids(n);
      const source = parts[parts.length - 1];
      const value = source ? expr(l, source, depth) : undefined;
      // The names before `range`, not the ranged variable itself (`range items`).
      return parts
        .slice(0, -1)
        .filter((c) => c.name === 'DefName' || c.name === 'VariableName')
        .map((c) => ({
          k: 'let',
          at: c.from,
          name: textOf(l.text, c),
          declare: true,
          ...(value ? { value } : {}),
        }));
    }
    case 'LineComment':
    case 'BlockComment':
    case 'ImportDecl':
    case 'PackageClause':
    case 'TypeDecl':
      return [];
    default:
      if (/Expr$|^CallExpr$/.test(n.name)) return [exprStmt(expr(l, n, depth))];
      return [{ k: 'block', body: stmts(l, n, depth) }];
  }
}

/** `a, b := f(x)`, `var acc Account`, `const U = "https://…"`. */
function spec(l: Lower, n: SyntaxNode, depth: number): Stmt[] {
  const parts = kids(n);
  const names = parts.filter((c) => c.name === 'DefName');
  const typeNode = parts.find((c) => TYPE_NODE.test(c.name));
  const type = typeNode ? simpleType(textOf(l.text, typeNode)) : undefined;
  const eq = parts.findIndex((c) => c.name === '=' || c.name === ':=');
  const values = eq >= 0 ? parts.slice(eq + 1).map((c) => expr(l, c, depth)) : [];
  return names.map((name, i) => {
    const value = values.length === names.length ? values[i] : values.length > 0 ? group(values) : undefined;
    return {
      k: 'let',
      at: name.from,
      name: textOf(l.text, name),
      declare: true,
      ...(value ? { value } : {}),
      ...(type !== undefined ? { type } : {}),
    };
  });
}

function assignment(l: Lower, n: SyntaxNode, depth: number): Stmt[] {
  const parts = kids(n);
  const op = parts.findIndex(
    (c) => /^(?:=|:=|UpdateOp|AssignOp|IncDecOp)$/.test(c.name) || /=$/.test(c.name),
  );
  if (op < 0) return parts.map((c) => exprStmt(expr(l, c, depth)));
  const lhs = parts.slice(0, op);
  const values = parts.slice(op + 1).map((c) => expr(l, c, depth));
  const compound = textOf(l.text, parts[op] ?? n) !== '=';
  return lhs.map((t, i): Stmt => {
    const v = values.length === lhs.length ? (values[i] ?? group(values)) : group(values);
    if (t.name === 'VariableName') {
      const name = textOf(l.text, t);
      return {
        k: 'let',
        at: t.from,
        name,
        declare: false,
        value: compound ? group([{ k: 'name', at: t.from, name }, v]) : v,
      };
    }
    const recv = t.firstChild;
    if (t.name === 'SelectorExpr' && recv?.name === 'VariableName' && t.lastChild?.name === 'FieldName')
      return {
        k: 'store',
        at: t.from,
        recv: textOf(l.text, recv),
        prop: textOf(l.text, t.lastChild),
        value: v,
      };
    if (t.name === 'IndexExpr' && recv?.name === 'VariableName')
      return { k: 'store', at: t.from, recv: textOf(l.text, recv), value: v };
    return exprStmt(v);
  });
}

function params(l: Lower, list: SyntaxNode | null): Param[] {
  const out: Param[] = [];
  for (const p of list ? list.getChildren('Parameter') : []) {
    const typeNode = kids(p).find((c) => TYPE_NODE.test(c.name));
    const type = typeNode ? simpleType(textOf(l.text, typeNode)) : undefined;
    for (const def of p.getChildren('DefName'))
      out.push({ name: textOf(l.text, def), at: def.from, ...(type !== undefined ? { type } : {}) });
  }
  return out;
}

function fnOf(l: Lower, n: SyntaxNode, depth: number): Fn {
  const name = n.getChild('DefName') ?? n.getChild('FieldName');
  const body = n.getChild('Block');
  return {
    at: n.from,
    ...(name ? { name: textOf(l.text, name) } : {}),
    ...(n.name === 'MethodDecl' ? { receiver: true } : {}),
    params: n.getChildren('Parameters').flatMap((p) => params(l, p)),
    body: body ? stmts(l, body, depth) : [],
  };
}

function expr(l: Lower, n: SyntaxNode, depth: number): Expr {
  if (depth > MAX_LOWER_DEPTH) return { k: 'group', parts: [] };
  const d = depth + 1;
  switch (n.name) {
    case 'String':
    case 'RawString':
      return { k: 'lit', at: n.from, str: literalContent(textOf(l.text, n)) };
    case 'VariableName':
      return { k: 'name', at: n.from, name: textOf(l.text, n) };
    case 'SelectorExpr': {
      const recv = n.firstChild;
      const prop = n.lastChild;
      if (!recv || prop?.name !== 'FieldName') return groupOf(l, n, d);
      return { k: 'member', at: prop.from, recv: expr(l, recv, d), prop: textOf(l.text, prop) };
    }
    case 'CallExpr':
      return callExpr(l, n, d);
    case 'BinaryExp': {
      const parts = kids(n);
      const operands = parts.filter((c) => !/Op$/.test(c.name)).map((c) => expr(l, c, d));
      if (parts.some((c) => c.name === 'CompareOp' || c.name === 'LogicOp'))
        return { k: 'silent', parts: operands };
      return { k: 'concat', at: n.from, parts: operands, interp: false };
    }
    case 'UnaryExp': {
      const parts = kids(n);
      const operand = parts.slice(1).map((c) => expr(l, c, d));
      return parts[0] && textOf(l.text, parts[0]) === '!' ? { k: 'silent', parts: operand } : group(operand);
    }
    case 'IndexExpr': {
      const [recv, key] = kids(n);
      if (recv && key && (key.name === 'String' || key.name === 'RawString'))
        return {
          k: 'member',
          at: key.from,
          recv: expr(l, recv, d),
          prop: literalContent(textOf(l.text, key)),
        };
      return groupOf(l, n, d);
    }
    case 'TypedLiteral':
    case 'CompositeLiteral':
    case 'LiteralValue': {
      const value = n.name === 'LiteralValue' ? n : n.getChild('LiteralValue');
      return { k: 'collection', at: n.from, entries: value ? elements(l, value, d) : [] };
    }
    case 'FunctionLiteral':
      return { k: 'fn', fn: fnOf(l, n, d) };
    case 'Conversion':
    case 'ParenthesizedExpr':
      return group(
        kids(n)
          .filter((c) => !TYPE_NODE.test(c.name))
          .map((c) => expr(l, c, d)),
      );
    default:
      if (
        /^(?:Number|Rune|Imaginary|Float|Int)$|Type$|^TypeName$|^nil$|^true$|^false$/.test(n.name) ||
        /^[a-z]+$/.test(n.name)
      )
        return { k: 'lit', at: n.from };
      return groupOf(l, n, d);
  }
}

function elements(l: Lower, value: SyntaxNode, depth: number): Arg[] {
  return value.getChildren('Element').map((el): Arg => {
    const key = el.getChild('Key');
    const parts = kids(el).filter((c) => c.name !== 'Key');
    const v = group(parts.map((c) => expr(l, c, depth)));
    const keyText = key ? textOf(l.text, key).replace(/^"|"$/g, '') : undefined;
    return keyText !== undefined ? keyed(keyText, el.from, v) : v;
  });
}

/** The callee as dotted text: `h.logger.Info`, `logrus.WithField().Info`. */
function dotted(l: Lower, n: SyntaxNode, depth = 0): string {
  if (depth > 12) return '?';
  if (n.name === 'VariableName') return textOf(l.text, n);
  if (n.name === 'SelectorExpr' && n.firstChild && n.lastChild?.name === 'FieldName')
    return joinCallee(dotted(l, n.firstChild, depth + 1), textOf(l.text, n.lastChild));
  if (n.name === 'CallExpr' && n.firstChild) return `${dotted(l, n.firstChild, depth + 1)}()`;
  return '?';
}

function callExpr(l: Lower, n: SyntaxNode, depth: number): Expr {
  const callee = n.firstChild;
  if (!callee) return { k: 'group', parts: [] };
  const args = n.getChild('Arguments');
  const recvNode = callee.name === 'SelectorExpr' ? callee.firstChild : null;
  const argList = args
    ? kids(args)
        .filter((a) => a.name !== '...')
        .map((a): Arg => expr(l, a, depth))
    : [];
  const c: Expr = {
    k: 'call',
    at: callee.from,
    callee: dotted(l, callee),
    args: argList,
    ...(recvNode ? { recv: expr(l, recvNode, depth) } : {}),
  };
  return callee.name === 'FunctionLiteral' ? group([expr(l, callee, depth), c]) : c;
}
