/**
 * GraphQL SDL reader on graphql-js (`parse` keeps every node's location and links comment
 * tokens into the token list, so `#` comments can be attached as well as descriptions).
 * Type, interface and input fields are declarations; fields selected in operations are
 * reported as usages, owned by the field they are selected from.
 */
import {
  parse,
  TokenKind,
  type ASTNode,
  type FieldDefinitionNode,
  type FieldNode as SelectedFieldNode,
  type InlineFragmentNode,
  type InputValueDefinitionNode,
  type SelectionSetNode,
  type Token,
} from 'graphql';
import type { FieldCandidate } from '../../types.js';
import { LineIndex } from '../../text/lines.js';
import type { Extractor, ExtractResult } from '../extractor.js';
import { describeParts } from './attachedComments.js';
import { declaredField, guarded, matchesSource } from './fields.js';

type Definition = Extract<ASTNode, { readonly fields?: unknown }>;
type FieldNode = FieldDefinitionNode | InputValueDefinitionNode;

/** Reads GraphQL schema (SDL) and operation documents. */
export const graphqlExtractor: Extractor = {
  id: 'graphql',
  handles: (source) => matchesSource(source, ['graphql'], ['graphql', 'graphqls', 'gql']),
  extract: (text) => guarded(() => readGraphql(text)),
};

function readGraphql(text: string): ExtractResult {
  const document = parse(text);
  const lines = new LineIndex(text);
  const fields: FieldCandidate[] = [];
  for (const definition of document.definitions) {
    if ('fields' in definition && definition.fields !== undefined) {
      readTypeFields(text, lines, definition as Definition, fields);
    } else if (definition.kind === 'OperationDefinition' || definition.kind === 'FragmentDefinition') {
      const owner = definition.kind === 'FragmentDefinition' ? definition.typeCondition.name.value : definition.name?.value;
      readSelections(lines, definition.selectionSet, owner, fields);
    }
  }
  return { ok: true, fields };
}

function readTypeFields(text: string, lines: LineIndex, definition: Definition, into: FieldCandidate[]): void {
  if (!('name' in definition) || definition.name === undefined || !('fields' in definition)) return;
  const owner = definition.name.value;
  const ownerComment = 'description' in definition ? definition.description?.value : undefined;
  for (const node of (definition.fields ?? []) as readonly FieldNode[]) {
    const name = node.name;
    if (name.loc === undefined) continue;
    into.push(
      declaredField(lines, name.value, name.loc.start, name.value.length, {
        owner,
        declaredType: node.type.loc === undefined ? undefined : text.slice(node.type.loc.start, node.type.loc.end),
        comment: describeParts([node.description?.value ?? '', ...hashComments(node)]),
        ownerComment,
      }),
    );
  }
}

function readSelections(lines: LineIndex, set: SelectionSetNode | undefined, owner: string | undefined, into: FieldCandidate[]): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') {
      const field: SelectedFieldNode = selection;
      if (field.name.loc !== undefined) {
        into.push(declaredField(lines, field.name.value, field.name.loc.start, field.name.value.length, { owner, role: 'usage' }));
      }
      readSelections(lines, field.selectionSet, field.name.value, into);
    } else if (selection.kind === 'InlineFragment') {
      const fragment: InlineFragmentNode = selection;
      readSelections(lines, fragment.selectionSet, fragment.typeCondition?.name.value ?? owner, into);
    }
  }
}

/** `#` comments on the lines directly above a field and at the end of its line. */
function hashComments(node: FieldNode): string[] {
  const loc = node.loc;
  if (loc === undefined) return [];
  const above: string[] = [];
  let line = loc.startToken.line;
  for (let token: Token | null = loc.startToken.prev; token?.kind === TokenKind.COMMENT; token = token.prev) {
    if (token.line !== line - 1) break;
    // a comment sharing its line with code trails that code, not this field
    if (token.prev !== null && token.prev.kind !== TokenKind.SOF && token.prev.line === token.line) break;
    above.unshift(token.value ?? '');
    line = token.line;
  }
  const next = loc.endToken.next;
  const trailing = next?.kind === TokenKind.COMMENT && next.line === loc.endToken.line ? [next.value ?? ''] : [];
  return [...above, ...trailing];
}
