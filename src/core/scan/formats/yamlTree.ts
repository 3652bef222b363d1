import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node as YamlNode } from 'yaml';
import type { TreeEntry, TreeNode } from './tree.js';

/**
 * Parses every document of a YAML stream into trees with offsets, keeping `#` comments next
 * to the entries they describe. Throws on a syntax error. Aliases are not followed: the
 * anchored node is reported where it is written.
 */
export function parseYamlTrees(text: string): TreeNode[] {
  const trees: TreeNode[] = [];
  for (const document of parseAllDocuments(text)) {
    const error = document.errors[0];
    if (error !== undefined) throw new Error(`YAML ${error.code}: ${error.message.split('\n')[0] ?? ''}`);
    if (document.contents !== null) trees.push(convert(document.contents));
  }
  return trees;
}

function convert(node: YamlNode | null | undefined): TreeNode {
  if (isMap(node)) {
    const entries: TreeEntry[] = [];
    node.items.forEach((pair, index) => {
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.range === undefined || pair.key.range === null)
        return;
      const key = pair.key;
      const [start, end] = key.range ?? [0, 0];
      const quoted = key.type === 'QUOTE_DOUBLE' || key.type === 'QUOTE_SINGLE' ? 1 : 0;
      const value = pair.value as YamlNode | null;
      const comment = [
        index === 0 ? node.commentBefore : undefined,
        key.commentBefore,
        key.comment,
        isMap(value) || isSeq(value) ? value.commentBefore : undefined,
        isScalar(value) ? value.comment : undefined,
      ]
        .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
        .join(' ');
      entries.push({
        key: String(key.value),
        keyStart: start + quoted,
        keyLength: Math.max(0, end - start - 2 * quoted),
        value: convert(value),
        ...(comment === '' ? {} : { comment }),
      });
    });
    return { kind: 'object', entries };
  }
  if (isSeq(node)) return { kind: 'array', items: node.items.map((item) => convert(item as YamlNode)) };
  if (isScalar(node) && node.range !== undefined && node.range !== null) {
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
    const [start, end] = node.range;
    return {
      kind: 'scalar',
      value: node.value,
      start: start + quoted,
      length: Math.max(0, end - start - 2 * quoted),
    };
  }
  if (isAlias(node)) return { kind: 'scalar', value: undefined, start: node.range?.[0] ?? 0, length: 0 };
  return { kind: 'scalar', value: null, start: 0, length: 0 };
}
