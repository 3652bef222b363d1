/**
 * A format-neutral view of JSON and YAML documents with the offsets the extractors need.
 * jsonc-parser and yaml produce different node shapes; both are converted to this so the
 * JSON Schema / OpenAPI and Avro walkers are written once.
 */

export type TreeNode = TreeObject | TreeArray | TreeScalar;

export interface TreeObject {
  readonly kind: 'object';
  readonly entries: readonly TreeEntry[];
}

export interface TreeEntry {
  readonly key: string;
  /** Offset and length of the key's text, inside quotes when quoted. */
  readonly keyStart: number;
  readonly keyLength: number;
  readonly value: TreeNode;
  /** Comments the source attached to this entry (YAML `#` above or at the end of the line). */
  readonly comment?: string;
}

export interface TreeArray {
  readonly kind: 'array';
  readonly items: readonly TreeNode[];
}

export interface TreeScalar {
  readonly kind: 'scalar';
  readonly value: unknown;
  /** Offset and length of the scalar's text, inside quotes when quoted. */
  readonly start: number;
  readonly length: number;
}

/** The value of `key` in an object node. */
export function member(node: TreeNode | undefined, key: string): TreeNode | undefined {
  if (node?.kind !== 'object') return undefined;
  return node.entries.find((entry) => entry.key === key)?.value;
}

/** The string value of `key`, when it is a string scalar. */
export function stringMember(node: TreeNode | undefined, key: string): string | undefined {
  const value = member(node, key);
  return value?.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
}

/** The entries of an object node (none for anything else). */
export function entriesOf(node: TreeNode | undefined): readonly TreeEntry[] {
  return node?.kind === 'object' ? node.entries : [];
}

/** The items of an array node (none for anything else). */
export function itemsOf(node: TreeNode | undefined): readonly TreeNode[] {
  return node?.kind === 'array' ? node.items : [];
}
