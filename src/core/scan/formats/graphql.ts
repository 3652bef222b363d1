/**
 * GraphQL SDL reader on graphql-js (`parse` keeps every node's location and links comment
 * tokens into the token list, so `#` comments can be attached as well as descriptions).
 * Type, interface and input fields are declarations, and so are the arguments a field takes
 * (`changePassword(password: String!)`), owned by that field as an input type's fields are by
 * the input: an argument is a field of the operation's request. Fields selected in operations
 * are reported as usages, owned by the field they are selected from.
 */
import {
  Kind,
  OperationTypeNode,
  parse,
  TokenKind,
  type DefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type SelectionSetNode,
  type StringValueNode,
  type Token,
} from 'graphql/language/index.js'; // the language layer only: keeps the bundle small
import type { FieldCandidate } from '../../types.js';
import { LineIndex } from '../../text/lines.js';
import type { Extractor, ExtractResult } from '../extractor.js';
import {
  attachedCommentWords,
  candidate,
  guarded,
  handles,
  joinDescriptions,
  type CommentSpan,
} from '../kit/index.js';

type FieldNode = FieldDefinitionNode | InputValueDefinitionNode;

/** Type-like definitions whose fields are declarations. */
const FIELD_OWNERS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_EXTENSION,
]);

/** Reads GraphQL schema (SDL) and operation documents. */
export const graphqlExtractor: Extractor = {
  id: 'graphql',
  handles: handles({ languageIds: ['graphql'] }),
  extract: (text) => guarded(() => readGraphql(text)),
};

function readGraphql(text: string): ExtractResult {
  const document = parse(text);
  const lines = new LineIndex(text);
  const comments = commentSpans(document.loc?.startToken);
  const fields: FieldCandidate[] = [];
  const roots = operationRoots(document.definitions);
  const mutations = mutationRoots(document.definitions);
  for (const definition of document.definitions) {
    if (FIELD_OWNERS.has(definition.kind))
      readTypeFields(text, lines, comments, definition, roots, mutations, fields);
    else if (definition.kind === Kind.OPERATION_DEFINITION)
      readSelections(lines, definition.selectionSet, definition.name?.value, fields);
    else if (definition.kind === Kind.FRAGMENT_DEFINITION)
      readSelections(lines, definition.selectionSet, definition.typeCondition.name.value, fields);
  }
  return { ok: true, fields };
}

function readTypeFields(
  text: string,
  lines: LineIndex,
  comments: readonly CommentSpan[],
  definition: DefinitionNode,
  roots: ReadonlySet<string>,
  mutations: ReadonlySet<string>,
  into: FieldCandidate[],
): void {
  if (!('fields' in definition) || !('name' in definition)) return;
  const owner = definition.name.value;
  const operations = roots.has(owner);
  const writes = mutations.has(owner);
  // extensions have no description; `in` narrows to the definitions that may carry one
  const description: StringValueNode | undefined =
    'description' in definition ? definition.description : undefined;
  const ownerComment = description?.value;
  const nodes: readonly FieldNode[] = definition.fields ?? [];
  for (const node of nodes) {
    const args = 'arguments' in node ? (node.arguments ?? []) : [];
    into.push(...fieldOf(text, lines, comments, node, owner, ownerComment, operations && args.length > 0));
    // An argument's record is the field that takes it, described by that field's description.
    // A search's arguments (a list or page returned, outside the mutation root) are its criteria.
    const search = !writes && 'type' in node && returnsMany(text, node.type.loc);
    for (const argument of args)
      into.push(
        ...fieldOf(text, lines, comments, argument, node.name.value, node.description?.value, false, search),
      );
  }
}

/**
 * The schema's root operation types: those its `schema { query: … }` names, or GraphQL's
 * default names when it declares none.
 */
function operationRoots(definitions: readonly DefinitionNode[]): ReadonlySet<string> {
  const named = definitions.flatMap((d) =>
    d.kind === Kind.SCHEMA_DEFINITION || d.kind === Kind.SCHEMA_EXTENSION
      ? (d.operationTypes ?? []).map((t) => t.type.name.value)
      : [],
  );
  return named.length > 0 ? new Set(named) : DEFAULT_ROOTS;
}

const DEFAULT_ROOTS: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription']);

/** The schema's mutation root: the type `schema { mutation: … }` names, else `Mutation`. */
function mutationRoots(definitions: readonly DefinitionNode[]): ReadonlySet<string> {
  let declared = false;
  const named = new Set<string>();
  for (const d of definitions) {
    if (d.kind !== Kind.SCHEMA_DEFINITION && d.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const t of d.operationTypes ?? []) {
      declared = true;
      if (t.operation === OperationTypeNode.MUTATION) named.add(t.type.name.value);
    }
  }
  return declared ? named : DEFAULT_MUTATIONS;
}

const DEFAULT_MUTATIONS: ReadonlySet<string> = new Set(['Mutation']);

/**
 * A field's result is many records: a list (`[Patient]`) or a page of them, a type named as one
 * (`TransactionCollection`, `UserConnection`, `OrderPage`, `SearchUserResult`).
 */
function returnsMany(text: string, loc: { start: number; end: number } | undefined): boolean {
  if (loc === undefined) return false;
  const type = text.slice(loc.start, loc.end).trim();
  return type.startsWith('[') || PAGE_TYPE.test(type.replace(/!$/, ''));
}

const PAGE_TYPE = /(?:Connection|Collection|Page|List|Results?|Paginated\w*)$/;

/** One declaration: a type's or input's field, or a field's argument. */
function fieldOf(
  text: string,
  lines: LineIndex,
  comments: readonly CommentSpan[],
  node: FieldNode,
  owner: string,
  ownerComment: string | undefined,
  takesArguments = false,
  searchCriterion = false,
): FieldCandidate[] {
  const name = node.name;
  if (name.loc === undefined) return [];
  return [
    candidate(lines, {
      name: name.value,
      from: name.loc.start,
      owner,
      declaredType:
        node.type.loc === undefined ? undefined : text.slice(node.type.loc.start, node.type.loc.end),
      comment: joinDescriptions([
        node.description?.value,
        ...(node.loc === undefined ? [] : attachedCommentWords(text, comments, node.loc.start, node.loc.end)),
      ]),
      ownerComment,
      ...(takesArguments ? { takesArguments } : {}),
      ...(searchCriterion ? { searchCriterion } : {}),
    }),
  ];
}

function readSelections(
  lines: LineIndex,
  set: SelectionSetNode | undefined,
  owner: string | undefined,
  into: FieldCandidate[],
): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.loc !== undefined) {
        const { value } = selection.name;
        into.push(candidate(lines, { name: value, from: selection.name.loc.start, owner, role: 'usage' }));
      }
      readSelections(lines, selection.selectionSet, selection.name.value, into);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      readSelections(lines, selection.selectionSet, selection.typeCondition?.name.value ?? owner, into);
    }
  }
}

/**
 * The `#` comments of the document, from the token list graphql-js links them into, as the
 * kit's comment spans (the kit attaches them as it does every format's).
 */
function commentSpans(first: Token | undefined): CommentSpan[] {
  const spans: CommentSpan[] = [];
  for (let token = first ?? null; token !== null; token = token.next) {
    if (token.kind === TokenKind.COMMENT)
      spans.push({ from: token.start, to: token.end, words: token.value });
    if (token.kind === TokenKind.EOF) break;
  }
  return spans;
}
