/**
 * Walks JSON Schema and OpenAPI 2/3 documents (as format-neutral trees) and reports every
 * property with its owner: the schema's name for `definitions`, `$defs` and
 * `components/schemas` entries (which is where `$ref` leads, so referenced schemas are read
 * once, under their own name), the property name for nested objects and array items, and the
 * operation for inline request and response bodies and parameters.
 */
import { LineIndex } from '../../text/lines.js';
import type { ExtractResult } from '../extractor.js';
import { candidate, joinDescriptions } from '../kit/index.js';
import { entriesOf, itemsOf, member, stringMember, type TreeNode } from './tree.js';

/** A property found in a schema document, with offsets into the text. */
export interface SchemaField {
  readonly name: string;
  readonly start: number;
  readonly length: number;
  readonly owner: string;
  readonly declaredType?: string | undefined;
  readonly comment?: string | undefined;
  readonly ownerComment?: string | undefined;
}

const MAX_DEPTH = 64;

/** Turns walked fields into the extractor result (offsets become 0-based ranges). */
export function schemaFieldResult(text: string, fields: readonly SchemaField[]): ExtractResult {
  const lines = new LineIndex(text);
  return {
    ok: true,
    // documents are walked by structure (components before paths); report in source order
    fields: [...fields]
      .sort((a, b) => a.start - b.start)
      .map((f) =>
        candidate(lines, {
          name: f.name,
          from: f.start,
          length: f.length,
          owner: f.owner,
          declaredType: f.declaredType,
          comment: f.comment,
          ownerComment: f.ownerComment,
        }),
      ),
  };
}
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** `openapi` / `swagger` documents. */
export function isOpenApi(root: TreeNode): boolean {
  return member(root, 'openapi') !== undefined || member(root, 'swagger') !== undefined;
}

/** JSON Schema documents, recognised by content rather than file name. */
export function isJsonSchema(root: TreeNode): boolean {
  if (root.kind !== 'object') return false;
  if (stringMember(root, '$schema') !== undefined) return true;
  if (member(root, 'properties')?.kind === 'object') return true;
  return member(root, 'definitions')?.kind === 'object' || member(root, '$defs')?.kind === 'object';
}

/** Every property of a JSON Schema document; the root's owner is its `title` or `fallbackOwner`. */
export function jsonSchemaFields(root: TreeNode, fallbackOwner: string): SchemaField[] {
  const out: SchemaField[] = [];
  const owner = stringMember(root, 'title') ?? fallbackOwner;
  walkSchema(root, owner, describe(root), out, 0);
  return out;
}

/** Every property and parameter of an OpenAPI 2 or 3 document. */
export function openApiFields(root: TreeNode): SchemaField[] {
  const out: SchemaField[] = [];
  const components = member(root, 'components');
  for (const section of [member(components, 'schemas'), member(root, 'definitions')]) {
    for (const entry of entriesOf(section)) walkSchema(entry.value, entry.key, describe(entry.value), out, 0);
  }
  for (const section of ['parameters', 'requestBodies', 'responses']) {
    for (const entry of entriesOf(member(components, section) ?? member(root, section))) {
      readOperationPart(entry.value, entry.key, out);
    }
  }
  for (const path of entriesOf(member(root, 'paths'))) {
    for (const parameter of itemsOf(member(path.value, 'parameters')))
      readParameter(parameter, path.key, out);
    for (const operation of entriesOf(path.value)) {
      if (!HTTP_METHODS.has(operation.key)) continue;
      const owner =
        stringMember(operation.value, 'operationId') ?? `${operation.key.toUpperCase()} ${path.key}`;
      readOperationPart(operation.value, owner, out);
    }
  }
  return out;
}

/** Parameters, request bodies and responses of an operation (or their component forms). */
function readOperationPart(node: TreeNode, owner: string, out: SchemaField[]): void {
  if (stringMember(node, 'in') !== undefined) readParameter(node, owner, out);
  for (const parameter of itemsOf(member(node, 'parameters'))) readParameter(parameter, owner, out);
  const bodies = [
    member(node, 'requestBody'),
    node,
    ...entriesOf(member(node, 'responses')).map((r) => r.value),
  ];
  for (const body of bodies) {
    for (const media of entriesOf(member(body, 'content')))
      walkSchema(member(media.value, 'schema'), owner, undefined, out, 0);
    // Swagger 2 responses carry `schema` directly (parameters with `in` are read above)
    const schema = member(body, 'schema');
    if (schema !== undefined && stringMember(body, 'in') === undefined)
      walkSchema(schema, owner, undefined, out, 0);
  }
}

function readParameter(node: TreeNode, owner: string, out: SchemaField[]): void {
  const name = member(node, 'name');
  if (name?.kind !== 'scalar' || typeof name.value !== 'string' || member(node, '$ref') !== undefined) return;
  const schema = member(node, 'schema');
  if (stringMember(node, 'in') === 'body') {
    walkSchema(schema, owner, undefined, out, 0);
    return;
  }
  out.push({
    name: name.value,
    start: name.start,
    length: name.length,
    owner,
    declaredType: typeOf(schema ?? node),
    comment: joinDescriptions([describe(node), describe(schema)]),
  });
}

function walkSchema(
  node: TreeNode | undefined,
  owner: string,
  ownerComment: string | undefined,
  out: SchemaField[],
  depth: number,
): void {
  if (node?.kind !== 'object' || depth > MAX_DEPTH) return;
  for (const property of entriesOf(member(node, 'properties'))) {
    out.push({
      name: property.key,
      start: property.keyStart,
      length: property.keyLength,
      owner,
      declaredType: typeOf(property.value),
      comment: joinDescriptions([describe(property.value), property.comment]),
      ownerComment,
    });
    walkSchema(property.value, property.key, describe(property.value), out, depth + 1);
  }
  const items = member(node, 'items');
  for (const item of items?.kind === 'array' ? items.items : [items])
    walkSchema(item, owner, ownerComment, out, depth + 1);
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    for (const part of itemsOf(member(node, keyword))) walkSchema(part, owner, ownerComment, out, depth + 1);
  }
  walkSchema(member(node, 'additionalProperties'), owner, ownerComment, out, depth + 1);
  for (const keyword of ['definitions', '$defs']) {
    for (const entry of entriesOf(member(node, keyword)))
      walkSchema(entry.value, entry.key, describe(entry.value), out, depth + 1);
  }
}

/** `title` and `description` of a schema or parameter. */
function describe(node: TreeNode | undefined): string | undefined {
  return joinDescriptions([stringMember(node, 'title'), stringMember(node, 'description')]);
}

/** The declared type as written: `string:date`, `array<Address>`, a `$ref`'s schema name. */
function typeOf(node: TreeNode | undefined): string | undefined {
  const ref = stringMember(node, '$ref');
  if (ref !== undefined) return ref.slice(ref.lastIndexOf('/') + 1);
  const type = member(node, 'type');
  let base: string | undefined;
  if (type?.kind === 'scalar' && typeof type.value === 'string') base = type.value;
  if (type?.kind === 'array')
    base = type.items.map((t) => (t.kind === 'scalar' ? String(t.value) : '')).join('|');
  if (base === 'array') return `array<${typeOf(member(node, 'items')) ?? ''}>`;
  const composed = itemsOf(member(node, 'allOf'))[0] ?? itemsOf(member(node, 'oneOf'))[0];
  if (base === undefined && composed !== undefined) return typeOf(composed);
  const format = stringMember(node, 'format');
  return base === undefined ? format : format === undefined ? base : `${base}:${format}`;
}
