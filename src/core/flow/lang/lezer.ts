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
 * A set, not a pattern: it is asked of every child of every node lowered.
 */
const PUNCT: ReadonlySet<string> = new Set([
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  ':',
  '.',
  '⚠',
  'Comment',
  'LineComment',
  'BlockComment',
]);

/** Whether a node is punctuation or a comment, which the lowerings skip. */
export const isPunct = (name: string): boolean => PUNCT.has(name);

/** The node's children, punctuation and comments left out. */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (!PUNCT.has(c.name)) out.push(c);
  return out;
}

/** A lowering context: the text and the function lowering one expression. */
export interface Lower {
  readonly text: string;
  expr(node: SyntaxNode, depth: number): Expr;
}

export const textOf = (text: string, n: SyntaxNode): string => text.slice(n.from, n.to);

/** Whether a node name is a keyword's (`if`, `not`, `return`): lower-case letters only. */
export function isKeywordName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The content of a quoted literal: prefix letters and one to three quotes stripped (no unescaping). */
export function literalContent(raw: string): string {
  // Read by hand rather than by a pattern: every string literal of a file comes through here.
  const r = raw.length > 400 ? raw.slice(0, 400) : raw;
  let i = 0;
  while (i < r.length && isAsciiLetter(r.charCodeAt(i))) i++;
  const q = r.charAt(i);
  if (q !== '"' && q !== "'" && q !== '`') return r;
  const quote = q !== '`' && r.startsWith(q + q + q, i) ? q + q + q : q;
  const from = i + quote.length;
  const end = r.length >= from + quote.length && r.endsWith(quote) ? r.length - quote.length : r.length;
  return r.slice(from, end);
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `[A-Za-z_]\w*`: a word `simpleType` returns whole. */
export function isPlainWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && !(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
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
