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

/**
 * The node types the walk tells apart, as small numbers: the walk switches on a node's kind at
 * every node, and a number read from a table costs less than a string compared case by case
 * (the node set's names are split from one string, so they are not interned literals).
 */
export const K = {
  FunctionDeclaration: 1,
  MethodDeclaration: 2,
  FunctionExpression: 3,
  ArrowFunction: 4,
  String: 5,
  Number: 6,
  RegExp: 7,
  BooleanLiteral: 8,
  LineComment: 9,
  BlockComment: 10,
  VariableName: 11,
  MemberExpression: 12,
  TemplateString: 13,
  ObjectExpression: 14,
  BinaryExpression: 15,
  UnaryExpression: 16,
  ConditionalExpression: 17,
  ReturnStatement: 18,
  AssignmentExpression: 19,
  VariableDeclaration: 20,
  CallExpression: 21,
  NewExpression: 22,
  ParamList: 23,
  VariableDefinition: 24,
  PropertyDefinition: 25,
  TypeAnnotation: 26,
  ObjectPattern: 27,
  ArrayPattern: 28,
  Equals: 29,
  CompareOp: 30,
  instanceof: 31,
  in: 32,
  new: 33,
  ArgList: 34,
  '(': 35,
  ')': 36,
  ',': 37,
  Script: 38,
  Block: 39,
  ClassBody: 40,
  PropertyName: 41,
  ']': 42,
  Property: 43,
  Spread: 44,
  null: 45,
  undefined: 46,
  Interpolation: 47,
} as const;

const KIND_OF_NAME: ReadonlyMap<string, number> = new Map(Object.entries(K));

/** The kind (K) of every node type of `tree`'s node set, by type id; 0 for the others. */
export function kindsOf(tree: BufferTree): Uint8Array {
  const kinds = new Uint8Array(tree.names.length);
  tree.names.forEach((name, id) => {
    kinds[id] = KIND_OF_NAME.get(name) ?? 0;
  });
  return kinds;
}
