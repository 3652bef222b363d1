import { joinDescriptions } from '../kit/index.js';
import { childNamed, textOf } from './lezerSupport.js';
import {
  bindingName,
  keyOf,
  literalString,
  propertyValue,
  readOptions,
  report,
  type TsContext,
  type TsNode,
} from './tsContext.js';

/**
 * Object-literal schemas in JavaScript/TypeScript: Mongoose (`new Schema({...})`), Sequelize
 * (`sequelize.define('User', {...})`, `User.init({...})`, `createTable`), and validation
 * schemas (zod `z.object`, yup, Joi). Their keys are field declarations even though they are
 * written as plain object properties.
 */

const VALIDATOR_ROOTS = new Set(['z', 'zod', 'yup', 'Joi', 'joi', 'v']);
const VALIDATOR_OBJECT_CALLS = new Set(['object', 'strictObject', 'looseObject', 'shape', 'keys']);
const DESCRIBE_CALLS = new Set(['describe', 'description', 'label', 'meta']);

/** What kind of schema a call declares and where its attribute map and owner are. */
interface SchemaCall {
  readonly map: TsNode;
  readonly owner: string | undefined;
}

/**
 * The record a schema variable describes: `CustomerSchema` and `customer_schema` describe a
 * customer, so the owner is `Customer`; the technical suffix would hide the person.
 */
function recordName(binding: string | undefined): string | undefined {
  const stripped = binding?.replace(/(?<=[A-Za-z0-9])_?[Ss]chema$/, '');
  return stripped || binding;
}

/**
 * The owner of a Mongoose schema: the record its variable names (`CustomerSchema` → `Customer`),
 * or, when the variable is only `schema`, the model the file registers it as
 * (`const schema = new Schema({…}); mongoose.model('Client', schema)` → `Client`): a bare
 * `schema` names no record, and the model name is the one the application calls it by.
 */
function schemaOwner(ctx: TsContext, binding: string | undefined): string | undefined {
  if (binding === undefined || !/^_?schema$/i.test(binding)) return recordName(binding);
  const registered = new RegExp(
    String.raw`\bmodel\s*(?:<[^>()]*>)?\s*\(\s*['"\x60]([A-Za-z_$][\w$]*)['"\x60]\s*,\s*${binding}\b`,
  ).exec(ctx.text);
  return registered?.[1] ?? binding;
}

/** Recognises a schema-declaring call or `new` expression; undefined for anything else. */
export function schemaCall(ctx: TsContext, call: TsNode): SchemaCall | undefined {
  const callee = call.name === 'NewExpression' ? call.firstChild?.nextSibling : call.firstChild;
  const args = childNamed(call, 'ArgList');
  if (!callee || !args) return undefined;
  // Most calls pass no object literal: they are dismissed before any argument is read.
  let first: TsNode | undefined;
  for (let a = args.firstChild; a && !first; a = a.nextSibling) if (a.name === 'ObjectExpression') first = a;
  if (!first) return undefined;
  const method =
    callee.name === 'MemberExpression'
      ? textOf(ctx.text, callee.lastChild ?? callee)
      : textOf(ctx.text, callee);
  const receiver = callee.name === 'MemberExpression' ? callee.firstChild : null;
  const receiverText = receiver ? textOf(ctx.text, receiver) : '';
  if (method === 'Schema') return { map: first, owner: schemaOwner(ctx, bindingName(ctx, call)) };
  if (method === 'define' || method === 'createTable') {
    const name = firstString(ctx, args);
    if (name !== undefined) return { map: first, owner: name };
  }
  if (method === 'init' && receiver && /^[A-Z]/.test(receiverText))
    return { map: first, owner: receiverText };
  if (
    VALIDATOR_OBJECT_CALLS.has(method) &&
    receiver &&
    (VALIDATOR_ROOTS.has(receiverText) || /schema$/i.test(receiverText))
  ) {
    return { map: first, owner: recordName(bindingName(ctx, call)) };
  }
  if (method === 'extend' && receiver && /schema$/i.test(receiverText))
    return { map: first, owner: recordName(bindingName(ctx, call)) };
  return undefined;
}

/** The first string literal among a call's arguments (`sequelize.define('User', {…})`). */
function firstString(ctx: TsContext, args: TsNode): string | undefined {
  for (let a = args.firstChild; a; a = a.nextSibling) {
    const s = literalString(ctx, a);
    if (s !== undefined) return s;
  }
  return undefined;
}

/** Reads every attribute of a schema map, recursing into nested schemas and sub-documents. */
export function readSchemaMap(ctx: TsContext, map: TsNode, owner: string | undefined): void {
  if (ctx.readObjects.has(map.from)) return;
  ctx.readObjects.add(map.from);
  for (let p = map.firstChild; p; p = p.nextSibling) {
    if (p.name !== 'Property') continue;
    const key = keyOf(ctx, p.firstChild);
    const value = propertyValue(p);
    if (!key || !value) continue;
    readAttribute(ctx, p, key, value, owner);
  }
}

function readAttribute(
  ctx: TsContext,
  prop: TsNode,
  key: { name: string; from: number },
  value: TsNode,
  owner: string | undefined,
): void {
  const draft = { name: key.name, from: key.from, owner };
  if (value.name === 'ObjectExpression') {
    const options = readOptions(ctx, value);
    const isAttribute = options.type !== undefined || childNamed(value, 'Property') === null;
    report(ctx, { ...draft, declaredType: options.type }, prop, options);
    if (!isAttribute) readSchemaMap(ctx, value, key.name);
    return;
  }
  if (value.name === 'ArrayExpression') {
    const element = childNamed(value, 'ObjectExpression');
    const options = element ? readOptions(ctx, element) : {};
    report(
      ctx,
      { ...draft, declaredType: options.type ? `[${options.type}]` : textOf(ctx.text, value) },
      prop,
      options,
    );
    if (element && options.type === undefined) readSchemaMap(ctx, element, key.name);
    return;
  }
  if (value.name === 'CallExpression') {
    const chain = readChain(ctx, value);
    report(ctx, { ...draft, declaredType: chain.type }, prop, { description: chain.description });
    for (const nested of chain.nested) {
      const call = schemaCall(ctx, nested);
      if (call) readSchemaMap(ctx, call.map, key.name);
    }
    return;
  }
  report(ctx, { ...draft, declaredType: textOf(ctx.text, value) }, prop);
}

/**
 * Walks a call chain such as `z.string().email().describe('邮箱')` or `DataTypes.STRING(18)`:
 * the innermost call is the type, `.describe()`/`.label()`/`.meta({description})` describe
 * the field, and calls among the arguments may be nested schemas (`z.array(z.object({...}))`).
 */
function readChain(
  ctx: TsContext,
  call: TsNode,
): { type: string; description: string | undefined; nested: TsNode[] } {
  const descriptions: string[] = [];
  const nested: TsNode[] = [];
  let root = call;
  for (let n: TsNode | null = call; n && n.name === 'CallExpression';) {
    root = n;
    const callee: TsNode | null = n.firstChild;
    const args = childNamed(n, 'ArgList');
    const method = callee?.name === 'MemberExpression' ? textOf(ctx.text, callee.lastChild ?? callee) : '';
    for (let a = args?.firstChild; a; a = a.nextSibling) {
      if (DESCRIBE_CALLS.has(method)) {
        const s = literalString(ctx, a);
        if (s) descriptions.push(s);
        else if (a.name === 'ObjectExpression') descriptions.push(readOptions(ctx, a).description ?? '');
      }
      if (a.name === 'CallExpression' || a.name === 'NewExpression') nested.push(a);
    }
    n = callee?.name === 'MemberExpression' ? callee.firstChild : null;
  }
  nested.push(root);
  const rootText = textOf(ctx.text, root);
  const type = rootText.length <= 40 ? rootText : textOf(ctx.text, root.firstChild ?? root);
  return { type, description: joinDescriptions(descriptions.reverse()), nested };
}
