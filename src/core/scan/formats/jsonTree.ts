import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { TreeNode } from './tree.js';

/**
 * Parses JSON (comments and trailing commas tolerated, as in JSONC) into a tree with offsets.
 * Throws on a syntax error: a half-parsed schema would report fields at wrong owners.
 */
export function parseJsonTree(text: string): TreeNode {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first !== undefined)
    throw new Error(`JSON ${printParseErrorCode(first.error)} at offset ${first.offset}`);
  if (root === undefined) throw new Error('empty JSON document');
  return convert(root);
}

function convert(node: Node): TreeNode {
  if (node.type === 'object') {
    const entries = (node.children ?? []).flatMap((property) => {
      const [key, value] = property.children ?? [];
      if (key === undefined || value === undefined) return [];
      return [
        {
          key: String(key.value),
          keyStart: key.offset + 1,
          keyLength: Math.max(0, key.length - 2),
          value: convert(value),
        },
      ];
    });
    return { kind: 'object', entries };
  }
  if (node.type === 'array') return { kind: 'array', items: (node.children ?? []).map(convert) };
  const quoted = node.type === 'string' ? 1 : 0;
  return {
    kind: 'scalar',
    value: node.value,
    start: node.offset + quoted,
    length: Math.max(0, node.length - 2 * quoted),
  };
}
