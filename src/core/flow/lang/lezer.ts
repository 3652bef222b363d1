/**
 * Shared helpers of the Lezer adapters (Python, Java, Go): children without punctuation,
 * text, string literal content, and a depth guard so deep garbage lowers to nothing instead
 * of overflowing the stack.
 */
import type { SyntaxNode } from '@lezer/common';
import { group, type Expr, type Stmt } from '../ir.js';

/** Nesting deeper than this is not lowered. */
export const MAX_LOWER_DEPTH = 250;

/**
 * Punctuation, error marks, and comments (Python's `Comment`, Go's and Java's `LineComment` and
 * `BlockComment`), which sit inside argument lists and literals too and would shift arguments.
 */
const PUNCT = /^[()[\]{},;:.]$|^⚠$|^(?:Line|Block)?Comment$/;

/**
 * What the lowerings read of a syntax node: Lezer's `SyntaxNode` has it, and so has the Python
 * tree built from the scan's tokens (pyNode.ts).
 */
export interface TreeNode {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly firstChild: TreeNode | null;
  readonly nextSibling: TreeNode | null;
  getChild(name: string): TreeNode | null;
  getChildren(name: string): TreeNode[];
}

/** The node's children, punctuation and comments left out. */
export function kids<N extends TreeNode>(node: N): N[] {
  const out: N[] = [];
  // A node's children are of its own kind.
  for (let c = node.firstChild as N | null; c; c = c.nextSibling as N | null)
    if (!PUNCT.test(c.name)) out.push(c);
  return out;
}

/** A lowering context: the text and the function lowering one expression. */
export interface Lower<N extends TreeNode = SyntaxNode> {
  readonly text: string;
  expr(node: N, depth: number): Expr;
}

export const textOf = (text: string, n: TreeNode): string => text.slice(n.from, n.to);

/** The content of a quoted literal: prefix letters and one to three quotes stripped (no unescaping). */
export function literalContent(raw: string): string {
  const m = /^[a-zA-Z]*("""|'''|["'`])([\s\S]*?)\1?$/.exec(raw.slice(0, 400));
  return m?.[2] ?? raw.slice(0, 400);
}

/** The union of a node's lowered children. */
export function groupOf<N extends TreeNode>(l: Lower<N>, node: N, depth: number): Expr {
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
