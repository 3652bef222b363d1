/**
 * Flows in TypeScript/JavaScript, on the flow module's own walk of a Lezer tree (the scan's
 * extractors may stop using Lezer; this walk does not depend on them). Each function is a
 * scope whose variables carry taints; closures read their enclosing scopes; a call to a named
 * function of the same file follows its summary (helpers.ts). Every node is evaluated once by
 * the walk and at most once more by the summary of the function holding it (a summary walk
 * skips the named functions nested in it), so time is linear in the tree; nesting deeper than
 * MAX_DEPTH is not followed (garbage input stays bounded and never overflows the stack).
 */
import type { SyntaxNode } from '@lezer/common';
import type { CategoryKey } from '../law/schema.js';
import { hostOf } from './hosts.js';
import type { NameReader } from './sources.js';
import { merge, source, step, type Taint } from './taint.js';
import type { Flow } from './types.js';
import { CONFIG_RECEIVERS, NON_PI_MEMBERS } from './calls.js';
import { finish, probe, type HelperSink, type Summary } from './helpers.js';
import { call } from './jsCall.js';
import { parameters, pattern, typedRecord, type Binder } from './jsParams.js';
import {
  assign,
  childNamed,
  children,
  define,
  isConstant,
  lookup,
  named,
  textOf,
  type Ctx,
  type Scope,
} from './jsScope.js';

const MAX_DEPTH = 300;
const FUNCTIONS = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunction',
  'MethodDeclaration',
]);
const SILENT_UNARY = new Set(['typeof', '!', 'void', 'delete']);

/** Inputs of the JavaScript analysis. */
export interface JsFlowInput {
  readonly text: string;
  readonly top: SyntaxNode;
  readonly read: NameReader;
  readonly types: ReadonlyMap<string, readonly CategoryKey[]>;
}

/** The flows of one parsed JavaScript/TypeScript text, in text order. */
export function jsFlows(input: JsFlowInput): Flow[] {
  const ctx: Ctx = {
    text: input.text,
    read: input.read,
    types: input.types,
    scopes: [new Map<string, Taint | null>()],
    hosts: new Map(),
    flows: [],
    flowIndex: new Map(),
    returns: [],
    helpers: {},
    summaries: new Map(),
    top: input.top,
    callees: new Map(),
  };
  evaluate(ctx, input.top, 0);
  return ctx.flows.sort((a, b) => a.offset - b.offset);
}

/**
 * What a helper's parameters reach, computed once: the function walked apart (its own scope,
 * its own flows thrown away) with each parameter bound to a probe. A helper already being
 * summarised (a recursive call) reaches nothing. The body is walked at the depth of the call
 * that asked, so a long chain of helpers is cut by MAX_DEPTH like deep nesting.
 */
function summaryOf(ctx: Ctx, node: SyntaxNode, name: string, depth: number): Summary {
  const known = ctx.summaries.get(node.from);
  if (known !== undefined) return known === 'pending' ? [] : known;
  ctx.summaries.set(node.from, 'pending');
  const entries: HelperSink[] = [];
  const sub: Ctx = {
    ...ctx,
    scopes: [new Map<string, Taint | null>()],
    flows: [],
    flowIndex: new Map(),
    returns: [],
    summary: entries,
  };
  if (depth <= MAX_DEPTH) fn(sub, node, depth + 1, (i, param, at) => probe(i, param, at, name));
  const summary = finish(entries);
  ctx.summaries.set(node.from, summary);
  return summary;
}

/** Evaluates a node (a statement or an expression): what personal information its value carries. */
function evaluate(ctx: Ctx, node: SyntaxNode, depth: number): Taint | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const d = depth + 1;
  if (FUNCTIONS.has(node.name)) {
    // A summary walk leaves nested named functions to their own summaries.
    if (
      ctx.summary !== undefined &&
      (node.name === 'FunctionDeclaration' || node.name === 'MethodDeclaration')
    )
      return undefined;
    return fn(ctx, node, d);
  }
  switch (node.name) {
    case 'String':
    case 'Number':
    case 'RegExp':
    case 'BooleanLiteral':
    case 'LineComment':
    case 'BlockComment':
      return undefined;
    case 'VariableName': {
      const name = textOf(ctx, node);
      const known = lookup(ctx, name);
      return known !== undefined ? (known ?? undefined) : named(ctx, name, undefined, node.from);
    }
    case 'MemberExpression':
      return member(ctx, node, d);
    case 'TemplateString': {
      let t: Taint | undefined;
      for (let c = node.firstChild; c; c = c.nextSibling) t = merge(t, evaluate(ctx, c, d));
      return t && step(t, node.from, 'interpolated into a string');
    }
    case 'ObjectExpression':
      return object(ctx, node, d);
    case 'BinaryExpression':
      return binary(ctx, node, d);
    case 'UnaryExpression': {
      const op = node.firstChild;
      const t = union(ctx, node, d);
      return op && SILENT_UNARY.has(textOf(ctx, op)) ? undefined : t;
    }
    case 'ConditionalExpression': {
      const [cond, , yes, , no] = children(node);
      if (cond) evaluate(ctx, cond, d);
      return merge(yes && evaluate(ctx, yes, d), no && evaluate(ctx, no, d));
    }
    case 'ReturnStatement': {
      const t = union(ctx, node, d);
      const last = ctx.returns.length - 1;
      if (last >= 0) ctx.returns[last] = merge(ctx.returns[last], t);
      return undefined;
    }
    case 'AssignmentExpression':
      return assignment(ctx, node, d);
    case 'VariableDeclaration':
      declaration(ctx, node, d);
      return undefined;
    case 'CallExpression':
    case 'NewExpression':
      return call(ctx, node, d, evaluate, summaryOf);
    default:
      return union(ctx, node, d);
  }
}

function union(ctx: Ctx, node: SyntaxNode, depth: number): Taint | undefined {
  let t: Taint | undefined;
  for (let c = node.firstChild; c; c = c.nextSibling) t = merge(t, evaluate(ctx, c, depth));
  return t;
}

/**
 * Walks a function in its own scope; its value is what it returns (an arrow's expression
 * body, its `return`s), so `rows.map((u) => u.idCard)` carries the ID numbers.
 */
function fn(ctx: Ctx, node: SyntaxNode, depth: number, bind?: Binder): Taint | undefined {
  const scope: Scope = new Map();
  let value: Taint | undefined;
  if (node.name === 'FunctionDeclaration')
    for (let c = node.firstChild; c; c = c.nextSibling)
      if (c.name === 'VariableDefinition') define(ctx, textOf(ctx, c), null);
  ctx.scopes.push(scope);
  ctx.returns.push(undefined);
  try {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === 'ParamList') parameters(ctx, c, bind);
      else if (
        c.name !== 'VariableDefinition' &&
        c.name !== 'PropertyDefinition' &&
        c.name !== 'TypeAnnotation'
      )
        value = merge(value, evaluate(ctx, c, depth));
    }
  } finally {
    ctx.scopes.pop();
    value = merge(value, ctx.returns.pop());
  }
  return value;
}

function declaration(ctx: Ctx, node: SyntaxNode, depth: number): void {
  let target: SyntaxNode | undefined;
  let annotation: SyntaxNode | undefined;
  let afterEquals = false;
  const finish = (value: SyntaxNode | undefined): void => {
    if (target === undefined) return;
    const t = value ? evaluate(ctx, value, depth) : undefined;
    if (target.name === 'VariableDefinition') {
      const name = textOf(ctx, target);
      if (value && (value.name === 'String' || value.name === 'TemplateString')) {
        const host = hostOf(ctx.text.slice(value.from + 1, Math.min(value.to, value.from + 300)));
        if (host !== undefined) ctx.hosts.set(name, host);
      }
      const typed = annotation ? typedRecord(ctx, annotation, target.from, name) : undefined;
      define(ctx, name, valueTaint(ctx, name, target.from, value, t) ?? typed ?? null);
    } else if (target.name === 'ObjectPattern') pattern(ctx, target, t);
    else if (target.name === 'ArrayPattern') {
      for (let v = target.firstChild; v; v = v.nextSibling)
        if (v.name === 'VariableDefinition') define(ctx, textOf(ctx, v), t ?? null);
    }
    target = annotation = undefined;
  };
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === 'VariableDefinition' || c.name === 'ObjectPattern' || c.name === 'ArrayPattern') {
      if (target) finish(undefined);
      target = c;
      afterEquals = false;
    } else if (c.name === 'TypeAnnotation') annotation = c;
    else if (c.name === 'Equals') afterEquals = true;
    else if (afterEquals) {
      finish(c);
      afterEquals = false;
    }
  }
  finish(undefined);
}

/**
 * What a variable holds once given `value`: its taint one step on, else (a computed value
 * under a PI name, `const phone = normalise(input)`) the name's own reading; a constant
 * (`const PHONE_HINT = 'phone'`) is never PI.
 */
function valueTaint(
  ctx: Ctx,
  name: string,
  at: number,
  value: SyntaxNode | undefined,
  t: Taint | undefined,
): Taint | undefined {
  if (t) return step(t, at, `assigned to ${name}`);
  if (!value || isConstant(value)) return undefined;
  return named(ctx, name, undefined, at);
}

function assignment(ctx: Ctx, node: SyntaxNode, depth: number): Taint | undefined {
  const [lhs, op, rhs] = children(node);
  if (!lhs || !rhs) return union(ctx, node, depth);
  const t = evaluate(ctx, rhs, depth);
  const compound = op !== undefined && op.name !== 'Equals';
  if (lhs.name === 'VariableName') {
    const name = textOf(ctx, lhs);
    const own = valueTaint(ctx, name, lhs.from, rhs, t);
    const before = lookup(ctx, name);
    assign(ctx, name, (compound ? merge(before ?? undefined, own) : own) ?? null);
  } else if (lhs.name === 'MemberExpression') {
    // `dto.phone = x` puts PI into `dto`: the whole object now carries it.
    const receiver = lhs.firstChild;
    const prop = lhs.lastChild;
    if (receiver?.name === 'VariableName' && prop) {
      const into =
        t ?? (isConstant(rhs) ? undefined : named(ctx, textOf(ctx, prop), textOf(ctx, receiver), prop.from));
      if (into) {
        const name = textOf(ctx, receiver);
        const held = step(into, lhs.from, `stored in ${name}.${textOf(ctx, prop)}`, { record: true });
        assign(ctx, name, merge(lookup(ctx, name) ?? undefined, held) ?? null);
      }
    } else evaluate(ctx, lhs, depth);
  }
  return t;
}

function member(ctx: Ctx, node: SyntaxNode, depth: number): Taint | undefined {
  const receiver = node.firstChild;
  const prop = node.lastChild;
  if (!receiver || !prop) return undefined;
  const held = evaluate(ctx, receiver, depth);
  let propName: string | undefined;
  if (prop.name === 'PropertyName') propName = textOf(ctx, prop);
  else if (prop.name === ']') {
    const key = prop.prevSibling;
    if (key?.name === 'String') propName = textOf(ctx, key).slice(1, -1);
    else if (key) evaluate(ctx, key, depth);
  }
  if (propName === undefined) return held && !held.record ? held : undefined;
  if (NON_PI_MEMBERS.has(propName)) return undefined;
  const owner = lastName(ctx, receiver);
  if (owner !== undefined && CONFIG_RECEIVERS.has(owner)) return undefined;
  // The label is built only for a member read as PI: most members are not.
  const category = ctx.read(propName, owner);
  if (category !== undefined) return source([category], prop.from, `${owner ?? '…'}.${propName}`);
  return held && !held.record ? held : undefined;
}

function lastName(ctx: Ctx, node: SyntaxNode): string | undefined {
  if (node.name === 'VariableName') return textOf(ctx, node);
  if (node.name === 'MemberExpression' && node.lastChild?.name === 'PropertyName')
    return textOf(ctx, node.lastChild);
  return undefined;
}

function object(ctx: Ctx, node: SyntaxNode, depth: number): Taint | undefined {
  let t: Taint | undefined;
  for (let prop = node.firstChild; prop; prop = prop.nextSibling) {
    if (prop.name !== 'Property') continue;
    const key = prop.firstChild ?? undefined;
    const value = key?.nextSibling ? (prop.lastChild ?? undefined) : undefined;
    if (key?.name === 'Spread' && value) {
      const spread = evaluate(ctx, value, depth);
      t = merge(t, spread && step(spread, prop.from, 'spread into an object'));
    } else if (childNamed(prop, 'ParamList')) fn(ctx, prop, depth);
    else if (key && value === undefined) {
      // Shorthand `{ phone }`: the variable, or the name itself.
      t = merge(t, variable(ctx, key));
    } else if (key && value) {
      const v = evaluate(ctx, value, depth);
      const keyName = key.name === 'String' ? textOf(ctx, key).slice(1, -1) : textOf(ctx, key);
      // A computed value under a PI key (`{ mobile: normalise(x) }`) is read by the key; a
      // variable or member was already read by its own name.
      const computed =
        !isConstant(value) && value.name !== 'VariableName' && value.name !== 'MemberExpression';
      t = merge(t, v ?? (computed ? named(ctx, keyName, undefined, key.from) : undefined));
    }
  }
  return t && { ...t, record: true };
}

function variable(ctx: Ctx, node: SyntaxNode): Taint | undefined {
  const name = textOf(ctx, node);
  const known = lookup(ctx, name);
  return known !== undefined ? (known ?? undefined) : named(ctx, name, undefined, node.from);
}

function binary(ctx: Ctx, node: SyntaxNode, depth: number): Taint | undefined {
  let t: Taint | undefined;
  let silent = false;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === 'CompareOp' || c.name === 'instanceof' || c.name === 'in') silent = true;
    else t = merge(t, evaluate(ctx, c, depth));
  }
  return silent ? undefined : t;
}
