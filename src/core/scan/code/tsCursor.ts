import type { TreeCursor } from '@lezer/common';

/**
 * Reading the TypeScript walk's nodes through its cursor (lezerExtractor.ts `enterAt`) instead
 * of `SyntaxNode`s: the handlers met most often (type members, class properties, calls, member
 * expressions) then build no node object for what they only look at (issue 8).
 */

/** A node's kind and span, read off the cursor. */
export interface Span {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

export function spanAt(cursor: TreeCursor): Span {
  return { name: cursor.name, from: cursor.from, to: cursor.to };
}

/** Whether the node at the cursor has a direct child `name`; the cursor stays on the node. */
export function hasChildNamed(cursor: TreeCursor, name: string): boolean {
  if (!cursor.firstChild()) return false;
  let found = false;
  do found = cursor.name === name;
  while (!found && cursor.nextSibling());
  cursor.parent();
  return found;
}
