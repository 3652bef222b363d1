import type { SyntaxNode, Tree, TreeCursor } from '@lezer/common';
import type { LRParser } from '@lezer/lr';
import { LineIndex } from '../../text/lines.js';
import type { Extractor, ExtractResult, SourceInfo } from '../extractor.js';
import { guarded } from '../kit/index.js';
import { collectFields } from './collectFields.js';
import { lezerExtractor, type LezerExtractorSpec } from './lezerExtractor.js';
import { hasErrorNode, LezerMemo } from './lezerReuse.js';
import { childNamed, textOf } from './lezerSupport.js';
import { hasChildNamed, spanAt, type Span } from './tsCursor.js';
import { keyAt, report, tsContext, type FieldOptions, type TsContext } from './tsContext.js';
import { blankDecoratedExports, blankRanges, decoratedExportKeywords } from './tsDecoratedExports.js';
import {
  className,
  classComment,
  CONSTANT_CASE,
  constructorParameters,
  decoratorOptions,
  enterClass,
  leaveClass,
  typeText,
} from './tsMembers.js';
import { bridgeGrammarGaps, mayHaveGrammarGaps } from './tsGrammarGaps.js';
import { readTypeScriptBuffer, treeOfBuffer, type TsBuffer } from './tsReader.js';
import { borrowScratch, returnScratch, type TsScratch } from './tsScratch.js';
import { BufferTree } from './tsBufferTree.js';
import { TsReaderMemo } from './tsReaderMemo.js';
import { walkBuffer } from './tsBufferWalk.js';
import { readSchemaMap, schemaCall } from './tsSchemas.js';
import { readUsage } from './tsUsages.js';
import { embeddedGraphqlFields } from './tsEmbeddedGraphql.js';
import { JS_PARSERS, type JsDialect } from './jsParsers.js';

const TS_SPEC: LezerExtractorSpec<TsContext> = {
  id: 'typescript',
  languageIds: ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'],
  parser: (source) => JS_PARSERS[dialectFor(source)],
  parseText,
  commentNodes: ['LineComment', 'BlockComment'],
  context: tsContext,
  enterAt: {
    Decorator: (ctx) => {
      ctx.decoratorDepth++;
    },
    PropertyDeclaration: classProperty,
    PropertyType: typeMember,
    CallExpression: schema,
    NewExpression: schema,
    MemberExpression: readUsage,
  },
  enter: {
    ClassDeclaration: enterClass,
    ClassExpression: enterClass,
    MethodDeclaration: constructorParameters,
  },
  leave: {
    ClassDeclaration: leaveClass,
    ClassExpression: leaveClass,
    Decorator: (ctx) => {
      ctx.decoratorDepth--;
    },
  },
};

/**
 * The TypeScript/JavaScript extractor with Lezer's parse only: the reference the fast reader
 * (tsReader.ts) is held to.
 */
export const typescriptReference = lezerExtractor<TsContext>(TS_SPEC);

/**
 * TypeScript and JavaScript: class properties (with TypeORM/Sequelize/Swagger decorators),
 * constructor parameter properties, interfaces, type literals, object-literal schemas
 * (Mongoose, Sequelize, zod/yup/Joi) and property accesses as usages. Parsed with
 * @lezer/javascript (pure JS, synchronous, error-tolerant) in the dialect the file needs; a
 * `.ts` file is first offered to the fast reader (tsReader.ts), whose node buffer is walked
 * as it is (tsBufferWalk.ts), several times faster than Lezer's parse and walk for the code
 * it knows (issue 8); it declines the rest. After an edit, Lezer's incremental parse of the
 * previous tree (the reader's, built from its buffer for the memo) and the reuse of the
 * previous walk are faster still.
 */
export const typescriptExtractor: Extractor = {
  id: typescriptReference.id,
  handles: (source) => typescriptReference.handles(source),
  extract(text, source, previous) {
    const result = readTypeScript(text, source, previous);
    if (!result.ok) return result;
    const embedded = embeddedGraphqlFields(text);
    return embedded.length === 0 ? result : { ...result, fields: [...result.fields, ...embedded] };
  },
};

/** The TypeScript reading of a text: the fast reader's where it reads it, Lezer's elsewhere. */
function readTypeScript(text: string, source: SourceInfo, previous: unknown): ExtractResult {
  const parser = JS_PARSERS.ts;
  // The fast reader knows the ts dialect only (no JSX); anything else, or what it declines, is Lezer's.
  if (dialectFor(source) !== 'ts' || incrementalFrom(previous, parser)) {
    return typescriptReference.extract(text, source, previous);
  }
  // The read and the walk work in reused arrays (tsScratch.ts), given back once the walk is
  // done; the memo keeps a copy of the tree (`BufferTree.kept`), which the next read will not touch.
  const scratch = borrowScratch();
  try {
    const read = readFast(text, scratch);
    if (read === undefined) return typescriptReference.extract(text, source, previous);
    const lines = new LineIndex(text);
    return guarded(() => {
      const length = text.length;
      const tree = new BufferTree(read.buffer, parser.nodeSet, parser.topNode.id, length, scratch);
      const walk = walkBuffer(tree, { text, lines, source });
      const fields = collectFields(text, lines, walk.comments, walk.emitted, walk.pending);
      // What the memo keeps (the flows walk it after the scan) is read from copies: the next
      // read overwrites the scratch.
      const kept = tree.kept();
      const records = { buffer: kept.buffer, size: kept.count << 2 };
      const lezerTree = (): Tree => treeOfBuffer(records, parser.nodeSet, parser.topNode.id, length);
      const memo = new TsReaderMemo(parser, read.parsed, lezerTree, text, walk.walked, kept);
      return { ok: true, fields, memo };
    });
  } finally {
    returnScratch(scratch);
  }
}

/**
 * The fast reader's buffer of a `.ts` text (in `scratch`'s arrays), and the text Lezer would
 * parse (`parseText`), or undefined where the reader declines. Where the grammar bridges change nothing (nearly
 * always, and told by one pass over the text), the reader reads `text` itself, skipping the
 * decorated `export` keywords that `parseText` blanks, and the blanked copy is made only if an
 * edit's re-parse asks for it. Elsewhere the reader reads `parseText`'s text, bridged once.
 */
function readFast(
  text: string,
  scratch: TsScratch,
): { buffer: TsBuffer; parsed: string | (() => string) } | undefined {
  const nodeSet = JS_PARSERS.ts.nodeSet;
  const blanked = decoratedExportKeywords(text);
  if (mayHaveGrammarGaps(text, false)) {
    const blankedText = blankRanges(text, blanked);
    const parsed = bridgeGrammarGaps(blankedText, false);
    if (parsed !== blankedText) {
      const buffer = readTypeScriptBuffer(parsed, nodeSet, [], scratch);
      return buffer && { buffer, parsed };
    }
  }
  const buffer = readTypeScriptBuffer(text, nodeSet, blanked, scratch);
  return buffer && { buffer, parsed: () => blankRanges(text, blanked) };
}

/** A memo Lezer's incremental parse can start from (`lezerExtractor`'s own test). */
function incrementalFrom(previous: unknown, parser: LRParser): boolean {
  return previous instanceof LezerMemo && previous.parser === parser && !hasErrorNode(previous.tree);
}

function parseText(text: string, source: SourceInfo): string {
  return bridgeGrammarGaps(blankDecoratedExports(text), dialectFor(source) !== 'ts');
}

function dialectFor(source: SourceInfo): JsDialect {
  const id = source.languageId;
  const path = source.path.toLowerCase();
  if (id === 'typescriptreact' || path.endsWith('.tsx')) return 'tsx';
  if (id === 'typescript' || /\.[mc]?ts$/.test(path)) return 'ts';
  return 'jsx';
}

/**
 * A call or `new`: notes its callee for `readUsage`, and reads a schema it declares. Most
 * calls pass no object literal; they are dismissed through the cursor, with no node built.
 */
function schema(ctx: TsContext, cursor: TreeCursor): void {
  if (!cursor.firstChild()) return;
  ctx.callee = spanAt(cursor);
  let objectArgument = false;
  do {
    if (cursor.name === 'ArgList') {
      objectArgument = hasChildNamed(cursor, 'ObjectExpression');
      break;
    }
  } while (cursor.nextSibling());
  cursor.parent();
  if (!objectArgument) return;
  const call = schemaCall(ctx, cursor.node);
  if (call) readSchemaMap(ctx, call.map, call.owner);
}

/**
 * A class property, read through the walk's cursor: a class's properties are met by the
 * thousand, and only a decorated one (its options to read) needs a node.
 */
function classProperty(ctx: TsContext, cursor: TreeCursor): void {
  let key: Span | undefined;
  let annotation: Span | undefined;
  let signature = false;
  let isFunction = false;
  let isStatic = false;
  let initialised = false;
  let decorated = false;
  if (cursor.firstChild()) {
    do {
      switch (cursor.name) {
        case 'PropertyDefinition':
        case 'PrivatePropertyDefinition':
        case 'String':
          key ??= spanAt(cursor);
          break;
        case 'ArrowFunction':
        case 'FunctionExpression':
          isFunction = true;
          break;
        case 'static':
          isStatic = true;
          break;
        case 'Equals':
          initialised = true;
          break;
        case 'TypeAnnotation':
          if (annotation === undefined) {
            annotation = spanAt(cursor);
            signature = hasChildNamed(cursor, 'FunctionSignature');
          }
          break;
        case 'Decorator':
          decorated = true;
          break;
      }
    } while (cursor.nextSibling());
    cursor.parent();
  }
  const name = key && keyAt(ctx, key);
  if (!key || !name || isFunction) return;
  // A static member or a CONSTANT_CASE initialised one is the class's constant (a route, a
  // regex, a message key), not a field of the records it describes.
  if (isStatic || (initialised && CONSTANT_CASE.test(name.name))) return;
  if (signature) return;
  const options: FieldOptions = decorated ? decoratorOptions(ctx, cursor.node) : {};
  const declaredType = annotation ? typeText(ctx, annotation) : options.type;
  ctx.classFields[ctx.classFields.length - 1]?.add(name.name);
  const span = { from: cursor.from, to: cursor.to };
  const draft = {
    name: name.name,
    from: name.from,
    owner: className(ctx),
    declaredType,
    ownerComment: classComment(ctx),
  };
  report(
    ctx,
    options.validation === undefined ? draft : { ...draft, validation: options.validation },
    span,
    options,
  );
}

/**
 * A member of an interface or object type; the owner is the interface, alias or property.
 * Read through the walk's cursor (members are most of a model file's declarations): the one
 * node built is the member's, for its parent, and only for a member that is reported.
 */
function typeMember(ctx: TsContext, cursor: TreeCursor): void {
  let key: Span | undefined;
  let annotation: Span | undefined;
  let signature = false;
  if (!cursor.firstChild()) return;
  do {
    const name = cursor.name;
    if (name === 'PropertyDefinition' || name === 'String') key ??= spanAt(cursor);
    else if (name === 'TypeAnnotation' && annotation === undefined) {
      annotation = spanAt(cursor);
      signature = hasChildNamed(cursor, 'FunctionSignature');
    }
  } while (cursor.nextSibling());
  cursor.parent();
  const name = key && keyAt(ctx, key);
  if (!name || signature) return;
  report(
    ctx,
    {
      name: name.name,
      from: name.from,
      owner: objectTypeOwner(ctx, cursor.node),
      declaredType: annotation ? typeText(ctx, annotation) : undefined,
    },
    { from: cursor.from, to: cursor.to },
  );
}

/** The owner of an object type's members, read once per object type (its members share it). */
function objectTypeOwner(ctx: TsContext, member: SyntaxNode): string | undefined {
  const type = member.parent;
  if (!type) return undefined;
  const last = ctx.typeOwner;
  if (last.from === type.from && last.to === type.to) return last.owner;
  const owner = readObjectTypeOwner(ctx, type);
  ctx.typeOwner = { from: type.from, to: type.to, owner };
  return owner;
}

function readObjectTypeOwner(ctx: TsContext, type: SyntaxNode): string | undefined {
  const holder = type.parent;
  if (!holder) return undefined;
  if (holder.name === 'InterfaceDeclaration' || holder.name === 'TypeAliasDeclaration') {
    const def = childNamed(holder, 'TypeDefinition');
    return def ? textOf(ctx.text, def) : undefined;
  }
  if (holder.name === 'TypeAnnotation') {
    const named = holder.parent && childNamed(holder.parent, 'PropertyDefinition', 'VariableDefinition');
    if (named) return textOf(ctx.text, named);
    // Parameter lists are flat: the annotation follows the name it types.
    const prev = holder.prevSibling;
    if (prev?.name === 'VariableDefinition') return textOf(ctx.text, prev);
  }
  return undefined;
}
