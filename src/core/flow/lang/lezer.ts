/**
 * Shared helpers of the Lezer adapters (Python, Java, Go): children without punctuation,
 * text, string literal content, and a depth guard so deep garbage lowers to nothing instead
 * of overflowing the stack.
 */
import type { SyntaxNode } from '@lezer/common';
import { group, type Expr, type Stmt } from '../ir.js';

/** Nesting deeper than this is not lowered. */
export const MAX_LOWER_DEPTH = 250;

const PUNCT = /^[()[\]{},;:.]$|^⚠$/;

/** The node's children, punctuation left out. */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (!PUNCT.test(c.name)) out.push(c);
  return out;
}

/** A lowering context: the text and the function lowering one expression. */
export interface Lower {
  readonly text: string;
  expr(node: SyntaxNode, depth: number): Expr;
}

export const textOf = (text: string, n: SyntaxNode): string => text.slice(n.from, n.to);

/** The content of a quoted literal: prefix letters and one to three quotes stripped (no unescaping). */
export function literalContent(raw: string): string {
  const m = /^[a-zA-Z]*("""|'''|["'`])([\s\S]*?)\1?$/.exec(raw.slice(0, 400));
  return m?.[2] ?? raw.slice(0, 400);
}

/** The union of a node's lowered children. */
export function groupOf(l: Lower, node: SyntaxNode, depth: number): Expr {
  return group(kids(node).map((c) => l.expr(c, depth)));
}

/** A dotted callee from its parts: `self`/`this` dropped, calls marked `()`. */
export function joinCallee(left: string, name: string): string {
  return left === '' || left === 'self' || left === 'this' || left === 'cls' ? name : `${left}.${name}`;
}

/** The statements of a node's children, each one level deeper; nothing past the depth guard. */
export function childStmts(
  node: SyntaxNode,
  depth: number,
  stmt: (child: SyntaxNode, depth: number) => Stmt[],
): Stmt[] {
  if (depth > MAX_LOWER_DEPTH) return [];
  return kids(node).flatMap((c) => stmt(c, depth + 1));
}
