/**
 * Walks Avro schemas (`.avsc`, a protocol's `types`, or a JSON file that holds one) and reports
 * every record field with its record as owner and `doc` as comment. Records nested in field
 * types (directly, in unions, arrays and maps) are walked under their own names.
 */
import type { SchemaField } from './schemaWalker.js';
import { itemsOf, member, stringMember, type TreeNode } from './tree.js';

const MAX_DEPTH = 64;

/** True for a record schema, a protocol, or an array of named schemas. */
export function isAvro(root: TreeNode): boolean {
  if (root.kind === 'array') return root.items.some(isRecord);
  if (stringMember(root, 'protocol') !== undefined && member(root, 'types') !== undefined) return true;
  return isRecord(root);
}

/** Every record field in an Avro schema or protocol. */
export function avroFields(root: TreeNode): SchemaField[] {
  const out: SchemaField[] = [];
  const roots =
    root.kind === 'array'
      ? root.items
      : itemsOf(member(root, 'types')).length > 0
        ? itemsOf(member(root, 'types'))
        : [root];
  for (const schema of roots) walkType(schema, out, 0);
  return out;
}

function isRecord(node: TreeNode): boolean {
  const type = stringMember(node, 'type');
  return (type === 'record' || type === 'error') && member(node, 'fields')?.kind === 'array';
}

/** Walks a type expression: a record, a union (array), an array's items or a map's values. */
function walkType(node: TreeNode | undefined, out: SchemaField[], depth: number): void {
  if (node === undefined || depth > MAX_DEPTH) return;
  if (node.kind === 'array') {
    for (const branch of node.items) walkType(branch, out, depth + 1);
    return;
  }
  if (node.kind !== 'object') return;
  walkType(member(node, 'items'), out, depth + 1);
  walkType(member(node, 'values'), out, depth + 1);
  if (!isRecord(node)) return;
  const owner = stringMember(node, 'name') ?? '';
  const ownerComment = stringMember(node, 'doc');
  for (const field of itemsOf(member(node, 'fields'))) {
    const name = member(field, 'name');
    if (name?.kind !== 'scalar' || typeof name.value !== 'string') continue;
    out.push({
      name: name.value,
      start: name.start,
      length: name.length,
      owner,
      declaredType: typeName(member(field, 'type')),
      comment: stringMember(field, 'doc'),
      ownerComment,
    });
    walkType(member(field, 'type'), out, depth + 1);
  }
}

/** `string`, `null|string`, `array<string>`, `map<long>`, a named type, `int:date`. */
function typeName(node: TreeNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (node.kind === 'scalar') return typeof node.value === 'string' ? node.value : undefined;
  if (node.kind === 'array') return node.items.map((branch) => typeName(branch) ?? '?').join('|');
  const type = stringMember(node, 'type');
  if (type === 'array') return `array<${typeName(member(node, 'items')) ?? ''}>`;
  if (type === 'map') return `map<${typeName(member(node, 'values')) ?? ''}>`;
  if (type === 'record' || type === 'enum' || type === 'fixed' || type === 'error')
    return stringMember(node, 'name') ?? type;
  const logical = stringMember(node, 'logicalType');
  return logical === undefined ? type : `${type ?? ''}:${logical}`;
}
