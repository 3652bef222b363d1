import { type FieldDraft, joinDescriptions } from '../kit/index.js';
import type { LezerContext } from './lezerExtractor.js';
import { childNamed, stringContent, stringContentAt, textOf, type NodeLike } from './lezerSupport.js';
import type { Span } from './tsCursor.js';

/**
 * A syntax node as the TypeScript rules read it: Lezer's, or the fast reader's over its own
 * buffer (tsBufferTree.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- names the self-referential node type
export interface TsNode extends NodeLike<TsNode> {}

/** State shared by the TypeScript/JavaScript walk and its schema readers. */
export interface TsContext extends LezerContext {
  /** Names of the classes around the node being visited, innermost last. */
  readonly classes: string[];
  /** Property names declared in those classes (parallel to `classes`). */
  readonly classFields: Set<string>[];
  /** What those classes' entity decorators say of them (`@Entity({ comment })`; parallel). */
  readonly classComments: (string | undefined)[];
  /** End offset of the constructor being visited, or -1: its `this.x = …` declare fields. */
  constructorEnd: number;
  /** How many decorators enclose the node being visited (their arguments are not usages). */
  decoratorDepth: number;
  /** Object literals already read as schemas, so nested schema calls are not read twice. */
  readonly readObjects: Set<number>;
  /**
   * The first child of the call or `new` entered last (kind and span): entered right after its
   * call, a member expression that is this child is the call's callee, no usage (tsUsages.ts).
   */
  callee: { name: string; from: number; to: number };
  /** The object type whose owner was read last (`typeMember`), by its span, and that owner. */
  typeOwner: { readonly from: number; readonly to: number; readonly owner: string | undefined };
}

/** Option keys whose string value describes a field (TypeORM, Sequelize, Swagger, zod meta). */
const DESCRIPTION_KEYS = ['comment', 'description', 'title', 'label', 'desc'];
/** Option keys whose string value is the field's storage name (column, Sequelize field). */
const ALIAS_KEYS = ['name', 'field', 'alias', 'columnName'];

/** The name and start offset of a property key: identifier, quoted string or number. */
export function keyOf(ctx: TsContext, key: TsNode | null): { name: string; from: number } | undefined {
  if (!key) return undefined;
  if (
    key.name === 'PropertyDefinition' ||
    key.name === 'Number' ||
    key.name === 'PrivatePropertyDefinition'
  ) {
    return { name: textOf(ctx.text, key), from: key.from };
  }
  if (key.name === 'String') {
    const s = stringContent(ctx.text, key);
    return s && s.value ? { name: s.value, from: s.from } : undefined;
  }
  return undefined;
}

/** `keyOf` for a key read off the cursor: a `PropertyDefinition`, `PrivatePropertyDefinition` or `String`. */
export function keyAt(ctx: TsContext, key: Span): { name: string; from: number } | undefined {
  if (key.name !== 'String') return { name: ctx.text.slice(key.from, key.to), from: key.from };
  const s = stringContentAt(ctx.text, key.from, key.to);
  return s && s.value ? { name: s.value, from: s.from } : undefined;
}

/** The value node of an object `Property` (the node after its colon), if any. */
export function propertyValue(prop: TsNode): TsNode | null {
  let afterColon = false;
  for (let c = prop.firstChild; c; c = c.nextSibling) {
    if (afterColon) return c;
    if (c.name === ':') afterColon = true;
  }
  return null;
}

/** The string literal value of a node, when it is a plain string or template without holes. */
export function literalString(ctx: TsContext, node: TsNode | null): string | undefined {
  if (!node || (node.name !== 'String' && node.name !== 'TemplateString')) return undefined;
  if (node.name === 'TemplateString' && node.firstChild) return undefined;
  return stringContent(ctx.text, node)?.value;
}

/** Options read from an object literal such as `{ comment: '身份证号', name: 'sfzh' }`. */
export interface FieldOptions {
  description?: string | undefined;
  alias?: { name: string; from: number } | undefined;
  type?: string | undefined;
  /** A validating decorator (`@IsEmail()`) saying what the field holds. */
  validation?: string | undefined;
}

/** Reads description, storage name and type from an options object literal. */
export function readOptions(ctx: TsContext, obj: TsNode): FieldOptions {
  const descriptions: string[] = [];
  const result: FieldOptions = {};
  for (let p = obj.firstChild; p; p = p.nextSibling) {
    if (p.name !== 'Property') continue;
    const key = keyOf(ctx, p.firstChild)?.name;
    const value = propertyValue(p);
    if (!key || !value) continue;
    const str = literalString(ctx, value);
    if (DESCRIPTION_KEYS.includes(key) && str) descriptions.push(str);
    else if (ALIAS_KEYS.includes(key) && str && value.name === 'String') {
      const s = stringContent(ctx.text, value);
      if (s) result.alias = { name: s.value, from: s.from };
    } else if (key === 'type') result.type = str ?? textOf(ctx.text, value);
  }
  result.description = joinDescriptions(descriptions);
  return result;
}

/**
 * Reports a field, plus its storage alias as a second candidate at the alias's own position
 * when the alias names it differently (`idCard` stored as `sfzh`): both can carry meaning.
 */
export function report(
  ctx: TsContext,
  draft: FieldDraft,
  span: { readonly from: number; readonly to: number },
  extra: { description?: string | undefined; alias?: { name: string; from: number } | undefined } = {},
): void {
  const { description, alias } = extra;
  // Most fields have neither: no extras to carry, and nothing to join after the comment.
  ctx.declare(
    draft,
    { from: span.from, to: span.to, nameEnd: draft.from + draft.name.length },
    description === undefined && alias === undefined
      ? undefined
      : { descriptions: [description], aliases: alias ? [alias] : [] },
  );
}

/** The name a declaration gives an expression: `const X = …`, `{ key: … }`, `a.b = …`. */
export function bindingName(ctx: TsContext, node: TsNode): string | undefined {
  let n: TsNode = node;
  for (;;) {
    const p: TsNode | null = n.parent;
    if (!p) return undefined;
    if (p.name === 'VariableDeclaration') {
      let name: string | undefined;
      for (let c = p.firstChild; c && c.from < n.from; c = c.nextSibling) {
        if (c.name === 'VariableDefinition') name = textOf(ctx.text, c);
      }
      return name;
    }
    if (p.name === 'Property') {
      const key = keyOf(ctx, p.firstChild);
      return key?.name;
    }
    if (p.name === 'AssignmentExpression') {
      const left = p.firstChild;
      if (!left) return undefined;
      return textOf(ctx.text, childNamed(left, 'PropertyName') ?? left);
    }
    if (p.name === 'ArgList') {
      const call = p.parent;
      const firstArg = p.firstChild?.nextSibling;
      const named = literalString(ctx, firstArg ?? null);
      if (call && named && firstArg && firstArg.from < n.from) return named;
    }
    if (p.name === 'Block' || p.name === 'Script' || p.name === 'ClassBody') return undefined;
    n = p;
  }
}

/** The TypeScript walk state over a fresh shared context. */
export function tsContext(base: LezerContext): TsContext {
  return {
    ...base,
    classes: [],
    classFields: [],
    classComments: [],
    constructorEnd: -1,
    decoratorDepth: 0,
    callee: { name: '', from: -1, to: -1 },
    readObjects: new Set(),
    typeOwner: { from: -1, to: -1, owner: undefined },
  };
}
