/**
 * The tree the TypeScript/JavaScript walk reads: nodes as indices into typed arrays
 * (tsBufferTree.ts), the fast reader's own buffer when the scan read the text with it, else
 * Lezer's tree flattened into the same form. Lezer's node getters build an object per step
 * (`firstChild`, `nextSibling`, `parent`) and building Lezer's tree from the reader's buffer
 * costs a pass of its own; on the benchmark those were a third of the flows' time (issue 14).
 */
import type { NodeSet, Tree } from '@lezer/common';
import { BufferTree } from '../scan/code/tsBufferTree.js';

export { BufferTree };

/** No node: what an index reads where Lezer's getters give null. */
export const NONE = -1;

/**
 * Lezer's `tree` as a `BufferTree`: its nodes in Lezer's own post-order buffer format, walked
 * with the cursor, which enters anonymous nodes (the balancing of long child lists) as
 * `SyntaxNode`'s getters do, so the children are the same.
 */
export function flatTree(tree: Tree, nodeSet: NodeSet): BufferTree {
  let buf = new Int32Array(1024);
  let size = 0;
  const starts: number[] = [];
  const cursor = tree.cursor();
  if (cursor.firstChild())
    walk: for (;;) {
      starts.push(size);
      if (cursor.firstChild()) continue;
      for (;;) {
        // The node at the cursor is done: its record follows its children's.
        if (size + 4 > buf.length) {
          const grown = new Int32Array(buf.length * 2);
          grown.set(buf);
          buf = grown;
        }
        buf[size] = cursor.type.id;
        buf[size + 1] = cursor.from;
        buf[size + 2] = cursor.to;
        buf[size + 3] = size + 4 - (starts.pop() ?? 0);
        size += 4;
        if (cursor.nextSibling()) break;
        cursor.parent();
        if (starts.length === 0) break walk;
      }
    }
  return new BufferTree({ buffer: buf, size }, nodeSet, tree.type.id, tree.length);
}

/** The `k`-th child of `node` (from 0), or NONE. */
export function nthChild(tree: BufferTree, node: number, k: number): number {
  let c = tree.first[node] ?? NONE;
  for (let n = 0; n < k && c !== NONE; n++) c = tree.next[c] ?? NONE;
  return c;
}

/** The first child named `name`, or NONE. */
export function childNamed(tree: BufferTree, node: number, name: string): number {
  for (let c = tree.first[node] ?? NONE; c !== NONE; c = tree.next[c] ?? NONE)
    if (tree.name(c) === name) return c;
  return NONE;
}
