/**
 * Protocol Buffers reader (proto2, proto3, editions).
 *
 * Why token-based: protobufjs (evaluated at 7.x) parses `.proto` files into reflection
 * objects without source positions, so it cannot say where a field is written. The grammar
 * around fields is small (`message`/`oneof`/`extend` blocks, `[label] Type name = N [opts];`),
 * and a tokenizer keeps every offset and comment. test/unit/formats/protobufDifferential.test.ts
 * checks the field lists against protobufjs on the fixtures.
 */
import type { FieldCandidate } from '../../types.js';
import { LineIndex } from '../../text/lines.js';
import type { Extractor, ExtractResult } from '../extractor.js';
import {
  attachedComments,
  candidate,
  clean,
  describeComments,
  guarded,
  handles,
  joinDescriptions,
  leadingComments,
  type CommentSpan,
} from '../kit/index.js';
import { tokenizeProto, type ProtoToken } from './protoTokens.js';

interface Reader {
  readonly text: string;
  readonly lines: LineIndex;
  readonly tokens: readonly ProtoToken[];
  readonly comments: readonly CommentSpan[];
  readonly fields: FieldCandidate[];
}

/**
 * A message nested in another without a description of its own: its fields (`first` up to
 * `last` in `Reader.fields`, its own nested messages' among them) took `inherited`, its
 * holder's description or name, as their owner's.
 */
interface NestedMessage {
  readonly name: string;
  readonly first: number;
  readonly last: number;
  readonly inherited: string | undefined;
}

const SKIPPED_STATEMENTS = new Set([
  'syntax',
  'edition',
  'package',
  'import',
  'option',
  'reserved',
  'extensions',
]);
const SKIPPED_BLOCKS = new Set(['enum', 'service']);

/** Reads message fields (including `oneof` members and `extend` blocks) from `.proto` files. */
export const protobufExtractor: Extractor = {
  id: 'protobuf',
  handles: handles({ languageIds: ['proto3', 'proto', 'protobuf'] }),
  extract: (text) => guarded(() => readProto(text)),
};

function readProto(text: string): ExtractResult {
  const { tokens, comments } = tokenizeProto(text);
  const reader: Reader = { text, lines: new LineIndex(text), tokens, comments, fields: [] };
  const end = readBody(reader, 0, undefined, undefined, []);
  if (end < tokens.length) return { ok: false, error: `unexpected '}' at offset ${tokens[end]?.start ?? 0}` };
  return { ok: true, fields: reader.fields };
}

/**
 * Reads declarations from `at` until an unmatched `}`; returns that brace's index. Messages
 * nested without a description of their own are added to `nested`.
 */
function readBody(
  reader: Reader,
  at: number,
  owner: string | undefined,
  ownerComment: string | undefined,
  nested: NestedMessage[],
): number {
  const { tokens } = reader;
  let i = at;
  while (i < tokens.length) {
    const token = tokens[i] as ProtoToken;
    if (token.value === '}' && token.kind === 'punct') return i;
    if (token.kind !== 'word') {
      i++;
      continue;
    }
    if (SKIPPED_STATEMENTS.has(token.value)) i = statementEnd(tokens, i) + 1;
    else if (SKIPPED_BLOCKS.has(token.value)) i = blockEnd(tokens, i) + 1;
    else if (token.value === 'message' || token.value === 'extend' || token.value === 'oneof')
      i = readBlock(reader, i, owner, ownerComment, nested);
    else if (owner !== undefined) i = readField(reader, i, owner, ownerComment);
    else throw new Error(`unexpected '${token.value}' at offset ${token.start}`);
  }
  if (owner !== undefined) throw new Error(`message ${owner} is not closed`);
  return i;
}

/** `message Name {`, `extend pkg.Type {`, `oneof name {`. */
function readBlock(
  reader: Reader,
  at: number,
  owner: string | undefined,
  ownerComment: string | undefined,
  nested: NestedMessage[],
): number {
  const { tokens } = reader;
  const keyword = tokens[at]?.value;
  let i = at + 1;
  let name = '';
  while (i < tokens.length && tokens[i]?.value !== '{') {
    if (tokens[i]?.kind === 'word') name = tokens[i]?.value ?? name;
    i++;
  }
  if (tokens[i]?.value !== '{' || name === '')
    throw new Error(`malformed ${keyword ?? ''} at offset ${tokens[at]?.start ?? 0}`);
  const above = describeComments(
    reader.text,
    leadingComments(reader.text, reader.comments, tokens[at]?.start ?? 0),
  );
  // A message nested in another without a description of its own (`UserListResponse { message
  // Item {…} }`) is described by the message that holds it: its description, else its name.
  const described = above ?? (keyword === 'message' ? (ownerComment ?? owner) : undefined);
  const inner = keyword === 'oneof' ? { owner, ownerComment } : { owner: name, ownerComment: described };
  if (inner.owner === undefined)
    throw new Error(`oneof outside a message at offset ${tokens[at]?.start ?? 0}`);
  const first = reader.fields.length;
  // A oneof's members are its message's fields; a message's nested messages are its own.
  const inside: NestedMessage[] = keyword === 'oneof' ? nested : [];
  const close = readBody(reader, i + 1, inner.owner, inner.ownerComment, inside);
  if (tokens[close]?.value !== '}') throw new Error(`${keyword ?? ''} ${name} is not closed`);
  if (keyword === 'message') {
    describeByHolders(reader, name, first, inside);
    if (above === undefined && owner !== undefined)
      nested.push({ name, first, last: reader.fields.length, inherited: described });
  }
  return close + 1;
}

/**
 * A nested message is described by the field that holds it as well as by its holder
 * (`message OrderReply { message Party {…} Party receiver = 2; // 收件人信息 }`): the holding
 * field's comment says whose record it is, so it leads the owner description of the nested
 * message's fields (and of the messages nested in it that took the same description).
 */
function describeByHolders(
  reader: Reader,
  owner: string,
  first: number,
  nested: readonly NestedMessage[],
): void {
  const { fields } = reader;
  for (const message of nested) {
    let said: string | undefined;
    for (let k = first; k < fields.length && said === undefined; k++) {
      const field = fields[k] as FieldCandidate;
      if (field.owner === owner && field.comment !== undefined && holds(field.declaredType, message.name))
        said = field.comment;
    }
    if (said === undefined) continue;
    const inherited = clean(message.inherited);
    const ownerComment = clean(joinDescriptions([said, inherited]));
    for (let k = message.first; k < message.last; k++) {
      const field = fields[k] as FieldCandidate;
      if (field.ownerComment === inherited && ownerComment !== undefined)
        fields[k] = { ...field, ownerComment };
    }
  }
}

/** Whether a field's type (`Item`, `repeated Item`, `Outer.Item`, `map<string, Item>`) is `name`. */
function holds(declaredType: string | undefined, name: string): boolean {
  return declaredType?.match(/(\w+)\s*>?\s*$/)?.[1] === name;
}

/** `[label] Type name = N [options];` or `map<K, V> name = N;`. */
function readField(reader: Reader, at: number, owner: string, ownerComment: string | undefined): number {
  const { tokens, lines, comments, text } = reader;
  const end = statementEnd(tokens, at);
  let equals = -1;
  for (let i = at + 1; i < end && equals < 0; i++) if (tokens[i]?.value === '=') equals = i;
  const nameToken = tokens[equals - 1];
  const typeFirst = tokens[at];
  if (equals < 0 || nameToken?.kind !== 'word' || typeFirst === undefined || equals - 1 <= at) {
    throw new Error(`expected a field at offset ${tokens[at]?.start ?? 0}`);
  }
  const typeEnd = tokens[equals - 2];
  const semicolon = tokens[end];
  reader.fields.push(
    candidate(lines, {
      name: nameToken.value,
      from: nameToken.start,
      owner,
      declaredType: typeEnd === undefined ? undefined : text.slice(typeFirst.start, typeEnd.end),
      comment: attachedComments(text, comments, typeFirst.start, semicolon?.end ?? nameToken.end),
      ownerComment,
    }),
  );
  return end + 1;
}

/**
 * Index of the `;` ending the statement at `at` (or of the last token). Braces nest: an
 * aggregate option value (`option (x) = { a: 1; b: 2 };`) holds semicolons of its own.
 */
function statementEnd(tokens: readonly ProtoToken[], at: number): number {
  let depth = 0;
  let i = at;
  for (; i < tokens.length - 1; i++) {
    const token = tokens[i];
    if (token?.kind !== 'punct') continue;
    if (token.value === '{') depth++;
    else if (token.value === '}') depth--;
    else if (token.value === ';' && depth <= 0) break;
  }
  return i;
}

/** Index of the `}` closing the block that opens after `at`. */
function blockEnd(tokens: readonly ProtoToken[], at: number): number {
  let depth = 0;
  for (let i = at; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'punct') continue;
    if (token.value === '{') depth++;
    if (token.value === '}' && --depth === 0) return i;
  }
  throw new Error(`block at offset ${tokens[at]?.start ?? 0} is not closed`);
}
