/**
 * Java to the language-neutral form (ir.ts), from an @lezer/java tree: classes and their
 * fields (URL constants give hosts), methods, constructors and lambdas, local declarations
 * with their types, assignments, enhanced `for`, method invocations with receivers and object
 * creation (`new HashMap<>()`, `new Request.Builder()` chains).
 */
import type { SyntaxNode } from '@lezer/common';
import {
  declaringLet,
  exprStmt,
  group,
  simpleType,
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

const SILENT_OPS = new Set(['CompareOp', 'LogicOp', 'instanceof']);
const TYPES = new Set(['TypeName', 'GenericType', 'ScopedTypeName', 'PrimitiveType', 'ArrayType', 'var']);

/** Lowers a parsed Java text (the tree of its class-literal rewrite; offsets are the same). */
export function lowerJava(text: string, top: SyntaxNode): Stmt[] {
  const l: Lower = { text, expr: (n, d) => expr(l, n, d) };
  return stmts(l, top, 0);
}

function stmts(l: Lower, node: SyntaxNode, depth: number): Stmt[] {
  return childStmts(node, depth, (c, d) => stmt(l, c, d));
}

function stmt(l: Lower, n: SyntaxNode, depth: number): Stmt[] {
  switch (n.name) {
    case 'MethodDeclaration':
    case 'ConstructorDeclaration':
      return [{ k: 'fn', fn: fnOf(l, n, depth) }];
    case 'FieldDeclaration':
    case 'LocalVariableDeclaration':
      return declaration(l, n, depth);
    case 'ExpressionStatement': {
      const e = n.firstChild;
      return e?.name === 'AssignmentExpression'
        ? assignment(l, e, depth)
        : e
          ? [exprStmt(expr(l, e, depth))]
          : [];
    }
    case 'ReturnStatement': {
      const parts = kids(n).filter((c) => c.name !== 'return');
      return [{ k: 'return', ...(parts[0] ? { e: expr(l, parts[0], depth) } : {}) }];
    }
    case 'EnhancedForStatement': {
      const spec = n.getChild('ForSpec');
      const def = spec?.getChild('Definition');
      const parts = spec ? kids(spec) : [];
      const source = parts[parts.length - 1];
      const out: Stmt[] = [];
      const typeNode = parts.find((c) => TYPES.has(c.name));
      const type = typeNode ? simpleType(textOf(l.text, typeNode)) : undefined;
      if (def && source) out.push(declaringLet(def.from, textOf(l.text, def), expr(l, source, depth), type));
      for (const c of kids(n))
        if (c.name !== 'ForSpec' && c.name !== 'for') out.push(...stmt(l, c, depth + 1));
      return out;
    }
    case 'LineComment':
    case 'BlockComment':
    case 'ImportDeclaration':
    case 'PackageDeclaration':
    case 'Modifiers':
    case 'Annotation':
    case 'MarkerAnnotation':
      return [];
    default:
      if (/Expression$|^MethodInvocation$|^ObjectCreationExpression$/.test(n.name))
        return [exprStmt(expr(l, n, depth))];
      return [{ k: 'block', body: stmts(l, n, depth) }];
  }
}

function declaration(l: Lower, n: SyntaxNode, depth: number): Stmt[] {
  const typeNode = kids(n).find((c) => TYPES.has(c.name));
  const type = typeNode ? simpleType(textOf(l.text, typeNode)) : undefined;
  return n.getChildren('VariableDeclarator').flatMap((v): Stmt[] => {
    const def = v.getChild('Definition');
    if (!def) return [];
    const value = kids(v).find((c) => c.from > def.to && c.name !== 'AssignOp');
    return [
      {
        k: 'let',
        at: def.from,
        name: textOf(l.text, def),
        declare: true,
        ...(value ? { value: expr(l, value, depth) } : {}),
        ...(type !== undefined ? { type } : {}),
      },
    ];
  });
}

function assignment(l: Lower, n: SyntaxNode, depth: number): Stmt[] {
  const [lhs, op, rhs] = kids(n);
  if (!lhs || !rhs) return [];
  const value = expr(l, rhs, depth);
  const compound = op !== undefined && textOf(l.text, op) !== '=';
  if (lhs.name === 'Identifier') {
    const name = textOf(l.text, lhs);
    return [
      {
        k: 'let',
        at: lhs.from,
        name,
        declare: false,
        value: compound ? group([{ k: 'name', at: lhs.from, name }, value]) : value,
      },
    ];
  }
  if (lhs.name === 'FieldAccess') {
    const [recv, prop] = kids(lhs);
    if (recv?.name === 'this' && prop)
      return [{ k: 'let', at: lhs.from, name: textOf(l.text, prop), declare: false, value }];
    if (recv?.name === 'Identifier' && prop)
      return [{ k: 'store', at: lhs.from, recv: textOf(l.text, recv), prop: textOf(l.text, prop), value }];
  }
  return [exprStmt(value)];
}

function params(l: Lower, list: SyntaxNode | null): Param[] {
  const out: Param[] = [];
  for (const p of list ? kids(list) : []) {
    const def = p.getChild('Definition') ?? (p.name === 'Identifier' ? p : null);
    if (!def) continue;
    const typeNode = kids(p).find((c) => TYPES.has(c.name));
    const type = typeNode ? simpleType(textOf(l.text, typeNode)) : undefined;
    out.push({ name: textOf(l.text, def), at: def.from, ...(type !== undefined ? { type } : {}) });
  }
  return out;
}

function fnOf(l: Lower, n: SyntaxNode, depth: number): Fn {
  const name = n.getChild('Definition');
  const body = n.getChild('Block') ?? n.getChild('ConstructorBody');
  return {
    at: n.from,
    ...(name ? { name: textOf(l.text, name) } : {}),
    params: params(l, n.getChild('FormalParameters')),
    body: body ? stmts(l, body, depth) : [],
  };
}

function expr(l: Lower, n: SyntaxNode, depth: number): Expr {
  if (depth > MAX_LOWER_DEPTH) return { k: 'group', parts: [] };
  const d = depth + 1;
  switch (n.name) {
    case 'StringLiteral':
    case 'TextBlock':
      return { k: 'lit', at: n.from, str: literalContent(textOf(l.text, n)) };
    case 'Identifier':
      return { k: 'name', at: n.from, name: textOf(l.text, n) };
    case 'FieldAccess': {
      const [recv, prop] = kids(n);
      if (!recv || !prop) return { k: 'group', parts: [] };
      if (recv.name === 'this') return { k: 'name', at: prop.from, name: textOf(l.text, prop) };
      return { k: 'member', at: prop.from, recv: expr(l, recv, d), prop: textOf(l.text, prop) };
    }
    case 'MethodInvocation':
      return invocation(l, n, d);
    case 'ObjectCreationExpression': {
      const type = kids(n).find((c) => TYPES.has(c.name));
      const args = n.getChild('ArgumentList');
      const body = n.getChild('ClassBody');
      return group([
        {
          k: 'call',
          at: n.from,
          callee: type ? textOf(l.text, type).replace(/<.*$/s, '') : '?',
          args: args ? kids(args).map((a) => expr(l, a, d)) : [],
        },
        ...(body ? [{ k: 'fn' as const, fn: { at: body.from, params: [], body: stmts(l, body, d) } }] : []),
      ]);
    }
    case 'BinaryExpression': {
      const parts = kids(n);
      const operands = parts.filter((c) => !/Op$|^instanceof$/.test(c.name)).map((c) => expr(l, c, d));
      if (parts.some((c) => SILENT_OPS.has(c.name))) return { k: 'silent', parts: operands };
      return { k: 'concat', at: n.from, parts: operands, interp: false };
    }
    case 'UnaryExpression': {
      const parts = kids(n);
      const operand = parts.filter((c) => !/Op$/.test(c.name)).map((c) => expr(l, c, d));
      return parts.some((c) => c.name === 'LogicOp') ? { k: 'silent', parts: operand } : group(operand);
    }
    case 'TernaryExpression': {
      const [test, , yes, no] = kids(n);
      return group([
        ...(test ? [{ k: 'silent' as const, parts: [expr(l, test, d)] }] : []),
        ...(yes ? [expr(l, yes, d)] : []),
        ...(no ? [expr(l, no, d)] : []),
      ]);
    }
    case 'AssignmentExpression': {
      const rhs = kids(n)[2];
      return rhs ? expr(l, rhs, d) : { k: 'group', parts: [] };
    }
    case 'LambdaExpression': {
      const body = kids(n).filter(
        (c) =>
          c.name !== 'FormalParameters' &&
          c.name !== 'InferredParameters' &&
          c.name !== 'Identifier' &&
          c.name !== '->',
      );
      const paramList = n.getChild('FormalParameters') ?? n.getChild('InferredParameters');
      const single = n.firstChild?.name === 'Identifier' ? n.firstChild : null;
      const ps = single ? [{ name: textOf(l.text, single), at: single.from }] : params(l, paramList);
      const b = body[body.length - 1];
      return {
        k: 'fn',
        fn: {
          at: n.from,
          params: ps,
          body: b?.name === 'Block' ? stmts(l, b, d) : b ? [{ k: 'return', e: expr(l, b, d) }] : [],
        },
      };
    }
    case 'ArrayInitializer':
    case 'ArrayCreationExpression':
      return {
        k: 'collection',
        at: n.from,
        entries: kids(n).map((c) => expr(l, c, d)),
      };
    case 'CastExpression':
    case 'ParenthesizedExpression':
    case 'ArrayAccess':
      return group(
        kids(n)
          .filter((c) => !TYPES.has(c.name))
          .map((c) => expr(l, c, d)),
      );
    default:
      if (/Literal$|^null$|^this$|^super$|Type|^MethodReference$|^ClassLiteral$/.test(n.name))
        return { k: 'lit', at: n.from };
      return groupOf(l, n, d);
  }
}

/** The callee as dotted text: `this.log.info` → `log.info`, `redis.opsForValue().set`. */
function dotted(l: Lower, n: SyntaxNode, depth = 0): string {
  if (depth > 12) return '?';
  switch (n.name) {
    case 'Identifier':
      return textOf(l.text, n);
    case 'this':
      return '';
    case 'FieldAccess': {
      const [recv, prop] = kids(n);
      return recv && prop ? joinCallee(dotted(l, recv, depth + 1), textOf(l.text, prop)) : '?';
    }
    case 'MethodInvocation': {
      const name = n.getChild('MethodName');
      const recv = n.firstChild?.name === 'MethodName' ? null : n.firstChild;
      const own = name ? textOf(l.text, name) : '?';
      return `${recv ? joinCallee(dotted(l, recv, depth + 1), own) : own}()`;
    }
    case 'ObjectCreationExpression': {
      const type = kids(n).find((c) => TYPES.has(c.name));
      return `${type ? textOf(l.text, type).replace(/<.*$/s, '') : '?'}()`;
    }
    default:
      return '?';
  }
}

/**
 * Where a call sits: at its name when a line break comes before its dot (`.bodyValue(form)` of
 * a builder chain), else where its receiver call sits, else at its receiver's start.
 */
function callAt(
  l: Lower,
  recvNode: SyntaxNode | null,
  name: SyntaxNode | null,
  recv: Expr | undefined,
  n: SyntaxNode,
): number {
  if (recvNode === null || name === null) return (recvNode ?? name ?? n).from;
  for (let i = recvNode.to; i < name.from; i++) if (l.text.charCodeAt(i) === 10) return name.from;
  return recv?.k === 'call' ? recv.at : recvNode.from;
}

function invocation(l: Lower, n: SyntaxNode, depth: number): Expr {
  const name = n.getChild('MethodName');
  const recvNode = n.firstChild?.name === 'MethodName' ? null : n.firstChild;
  const own = name ? textOf(l.text, name) : '?';
  const callee = recvNode ? joinCallee(dotted(l, recvNode), own) : own;
  const args = n.getChild('ArgumentList');
  const recv = recvNode && recvNode.name !== 'this' ? expr(l, recvNode, depth) : undefined;
  return {
    k: 'call',
    at: callAt(l, recvNode, name, recv, n),
    callee,
    args: args ? kids(args).map((a) => expr(l, a, depth)) : [],
    ...(recv ? { recv } : {}),
  };
}
