import { parser as jsParser } from '@lezer/javascript';
import type { SyntaxNode, TreeCursor } from '@lezer/common';
import type { SourceInfo } from '../extractor.js';
import { joinDescriptions } from '../kit/index.js';
import { lezerExtractor, type LezerExtractorSpec } from './lezerExtractor.js';
import { childNamed, stringContent, textOf } from './lezerSupport.js';
import { hasChildNamed, spanAt, type Span } from './tsCursor.js';
import { keyAt, literalString, readOptions, report, type FieldOptions, type TsContext } from './tsContext.js';
import { blankDecoratedExports } from './tsDecoratedExports.js';
import { bridgeGrammarGaps } from './tsGrammarGaps.js';
import { readTypeScriptTree } from './tsReader.js';
import { readSchemaMap, schemaCall } from './tsSchemas.js';
import { readUsage } from './tsUsages.js';

/** One parser per dialect, configured once. */
const PARSERS = {
  ts: jsParser.configure({ dialect: 'ts' }),
  tsx: jsParser.configure({ dialect: 'ts jsx' }),
  jsx: jsParser.configure({ dialect: 'jsx' }),
};

const TS_SPEC: LezerExtractorSpec<TsContext> = {
  id: 'typescript',
  languageIds: ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'],
  parser: (source) => PARSERS[dialectFor(source)],
  parseText: (text, source) => bridgeGrammarGaps(blankDecoratedExports(text), dialectFor(source) !== 'ts'),
  commentNodes: ['LineComment', 'BlockComment'],
  context: (base) => ({
    ...base,
    classes: [],
    classFields: [],
    constructorEnd: -1,
    decoratorDepth: 0,
    callee: { name: '', from: -1, to: -1 },
    readObjects: new Set(),
    typeOwner: { from: -1, to: -1, owner: undefined },
  }),
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
 * `.ts` file is first offered to the fast reader (tsReader.ts), which builds the same tree
 * several times faster for the code it knows (issue 8) and declines the rest.
 */
export const typescriptExtractor = lezerExtractor<TsContext>({
  ...TS_SPEC,
  // The fast reader knows the ts dialect only (no JSX); anything else, or what it declines, is Lezer's.
  fastParse: (parsed, source, parser) =>
    dialectFor(source) === 'ts' ? readTypeScriptTree(parsed, parser.nodeSet, parser.topNode.id) : undefined,
});

function dialectFor(source: SourceInfo): keyof typeof PARSERS {
  const id = source.languageId;
  const path = source.path.toLowerCase();
  if (id === 'typescriptreact' || path.endsWith('.tsx')) return 'tsx';
  if (id === 'typescript' || /\.[mc]?ts$/.test(path)) return 'ts';
  return 'jsx';
}

/** Classes nest (class expressions inside methods): fields belong to the innermost one. */
function enterClass(ctx: TsContext, node: SyntaxNode): void {
  const def = node.getChild('VariableDefinition');
  ctx.classes.push(def ? textOf(ctx.text, def) : '');
  ctx.classFields.push(new Set());
}

function leaveClass(ctx: TsContext): void {
  ctx.classes.pop();
  ctx.classFields.pop();
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

function className(ctx: TsContext): string | undefined {
  return ctx.classes[ctx.classes.length - 1] || undefined;
}

const CONSTANT_CASE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{2,}[0-9]*$/;

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
  report(ctx, { name: name.name, from: name.from, owner: className(ctx), declaredType }, span, options);
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

/** `constructor(private readonly phone: string)` declares a property. */
function constructorParameters(ctx: TsContext, method: SyntaxNode): void {
  const name = childNamed(method, 'PropertyDefinition');
  const params = childNamed(method, 'ParamList');
  if (!name || !params || textOf(ctx.text, name) !== 'constructor') return;
  ctx.constructorEnd = method.to;
  let modified = false;
  for (let c = params.firstChild; c; c = c.nextSibling) {
    if (c.name === 'Privacy' || c.name === 'readonly') modified = true;
    else if (c.name === ',') modified = false;
    else if (c.name === 'VariableDefinition' && modified) {
      const annotation = c.nextSibling?.name === 'TypeAnnotation' ? c.nextSibling : null;
      report(
        ctx,
        {
          name: textOf(ctx.text, c),
          from: c.from,
          owner: className(ctx),
          declaredType: annotation ? typeText(ctx, annotation) : undefined,
        },
        annotation ?? c,
      );
    }
  }
}

/** The annotation's type: its text without the leading `:` and the blanks after it. */
function typeText(ctx: TsContext, annotation: { readonly from: number; readonly to: number }): string {
  const text = ctx.text.slice(annotation.from, annotation.to);
  // `trimStart` removes what `\s` matches: the same whitespace and line terminators.
  return text.charCodeAt(0) === 58 /* : */ ? text.slice(1).trimStart() : text;
}

/** Decorator names whose first string argument is the column type (`@Column('varchar')`). */
const COLUMN_DECORATORS = /Column$/;
/** Decorators whose first string argument describes the field. */
const DESCRIBING_DECORATORS = new Set(['Comment', 'Description', 'ApiModelProperty']);

/** Reads `@Column({...})`, `@ApiProperty({...})`, `@Comment('…')` and similar decorators. */
function decoratorOptions(ctx: TsContext, prop: SyntaxNode): FieldOptions {
  const result: FieldOptions = {};
  const descriptions: (string | undefined)[] = [];
  for (let d = prop.firstChild; d; d = d.nextSibling) {
    if (d.name !== 'Decorator') continue;
    const call = childNamed(d, 'CallExpression');
    const callee = call?.firstChild;
    const args = call && childNamed(call, 'ArgList');
    if (!callee || !args) continue;
    const decorator = textOf(ctx.text, callee.lastChild ?? callee);
    let firstString = true;
    for (let a = args.firstChild; a; a = a.nextSibling) {
      if (a.name === 'ObjectExpression') {
        const options = readOptions(ctx, a);
        descriptions.push(options.description);
        result.alias ??= options.alias;
        result.type ??= options.type;
      } else if (firstString && literalString(ctx, a) !== undefined) {
        firstString = false;
        const s = stringContent(ctx.text, a);
        if (DESCRIBING_DECORATORS.has(decorator)) descriptions.push(s?.value);
        else if (COLUMN_DECORATORS.test(decorator)) result.type ??= s?.value;
      }
    }
  }
  result.description = joinDescriptions(descriptions);
  return result;
}
