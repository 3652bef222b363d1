/**
 * Flows in TypeScript/JavaScript, on the flow module's own walk of the syntax tree (jsTree.ts:
 * the fast reader's buffer, or Lezer's tree flattened into its form). Each function is a
 * scope whose variables carry taints; closures read their enclosing scopes; a call to a named
 * function of the same file follows its summary (helpers.ts). Every node is evaluated once by
 * the walk and at most once more by the summary of the function holding it (a summary walk
 * skips the named functions nested in it), so time is linear in the tree; nesting deeper than
 * MAX_DEPTH is not followed (garbage input stays bounded and never overflows the stack).
 */
import * as hosts from './hosts.js';
import type { NameReader, RecordTypes } from './sources.js';
import * as taint from './taint.js';
import type { Taint } from './taint.js';
import type { Flow } from './types.js';
import { CONFIG_RECEIVERS, NON_PI_MEMBERS } from './calls.js';
import { NO_CLIENTS, type ClientTable } from './clients.js';
import { finish, flowsInOrder, probe, type HelperSink, type Summary } from './helpers.js';
import * as jsCall from './jsCall.js';
import * as jsParams from './jsParams.js';
import type { Binder } from './jsParams.js';
import * as jsScope from './jsScope.js';
import type { Ctx, Scope } from './jsScope.js';
import * as jsTree from './jsTree.js';
import type { BufferTree } from './jsTree.js';

// Module-local copies: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, and the walk calls these at every node.
const { childNamed, K, kindsOf, NONE, nthChild } = jsTree;
const { assign, define, isConstant, kindOf, lookup, named, textOf } = jsScope;
const { merge, source, step } = taint;
const { call } = jsCall;
const { parameters, pattern, typedRecord } = jsParams;
const { hostOf } = hosts;

const MAX_DEPTH = 300;
const SILENT_UNARY = new Set(['typeof', '!', 'void', 'delete']);

/** Inputs of the JavaScript analysis. */
export interface JsFlowInput {
  readonly text: string;
  /** The text's tree (jsTree.ts). */
  readonly tree: BufferTree;
  readonly read: NameReader;
  readonly types: RecordTypes;
  /** Variables holding a file writer (clients.ts findWriters). */
  readonly writers?: ClientTable;
}

/** The flows of one parsed JavaScript/TypeScript text, in text order. */
export function jsFlows(input: JsFlowInput): Flow[] {
  const ctx: Ctx = {
    text: input.text,
    read: input.read,
    types: input.types,
    writers: input.writers ?? NO_CLIENTS,
    scopes: [new Map<string, Taint | null>()],
    varTypes: new Map(),
    hosts: new Map(),
    flows: [],
    returns: [],
    helpers: {},
    summaries: new Map(),
    returned: new Map(),
    tree: input.tree,
    kinds: kindsOf(input.tree),
    callees: new Map(),
  };
  evaluate(ctx, input.tree.count, 0);
  return flowsInOrder(ctx);
}

/**
 * What a helper's parameters reach, computed once: the function walked apart (its own scope,
 * its own flows thrown away) with each parameter bound to a probe. A helper already being
 * summarised (a recursive call) reaches nothing. The body is walked at the depth of the call
 * that asked, so a long chain of helpers is cut by MAX_DEPTH like deep nesting.
 */
function summaryOf(ctx: Ctx, node: number, name: string, depth: number): Summary {
  const key = ctx.tree.from(node);
  const known = ctx.summaries.get(key);
  if (known !== undefined) return known === 'pending' ? [] : known;
  ctx.summaries.set(key, 'pending');
  const entries: HelperSink[] = [];
  const sub: Ctx = {
    ...ctx,
    scopes: [new Map<string, Taint | null>()],
    varTypes: new Map(),
    flows: [],
    returns: [],
    summary: entries,
  };
  if (depth <= MAX_DEPTH)
    ctx.returned.set(key, fn(sub, node, depth + 1, (i, param, at) => probe(i, param, at, name)) ?? null);
  const summary = finish(entries);
  ctx.summaries.set(key, summary);
  return summary;
}

/** Evaluates a node (a statement or an expression): what personal information its value carries. */
function evaluate(ctx: Ctx, node: number, depth: number): Taint | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const d = depth + 1;
  const tree = ctx.tree;
  const kind = kindOf(ctx, node);
  // Most nodes are statements and wrappers the walk does not tell apart: no case to try for them.
  if (kind === 0) return union(ctx, node, d);
  switch (kind) {
    case K.FunctionDeclaration:
    case K.MethodDeclaration:
      // A summary walk leaves nested named functions to their own summaries.
      return ctx.summary !== undefined ? undefined : fn(ctx, node, d);
    case K.FunctionExpression:
    case K.ArrowFunction:
      return fn(ctx, node, d);
    case K.String:
    case K.Number:
    case K.RegExp:
    case K.BooleanLiteral:
    case K.LineComment:
    case K.BlockComment:
      return undefined;
    case K.VariableName:
      return variable(ctx, node);
    case K.MemberExpression:
      return member(ctx, node, d);
    case K.TemplateString: {
      const t = union(ctx, node, d);
      return t && step(t, tree.from(node), 'interpolated into a string');
    }
    case K.ObjectExpression:
      return object(ctx, node, d);
    case K.BinaryExpression:
      return binary(ctx, node, d);
    case K.UnaryExpression: {
      const op = tree.first[node] ?? NONE;
      const t = union(ctx, node, d);
      return op !== NONE && SILENT_UNARY.has(textOf(ctx, op)) ? undefined : t;
    }
    case K.ConditionalExpression: {
      const cond = tree.first[node] ?? NONE;
      const yes = nthChild(tree, node, 2);
      const no = nthChild(tree, node, 4);
      if (cond !== NONE) evaluate(ctx, cond, d);
      return merge(
        yes !== NONE ? evaluate(ctx, yes, d) : undefined,
        no !== NONE ? evaluate(ctx, no, d) : undefined,
      );
    }
    case K.ReturnStatement: {
      const t = union(ctx, node, d);
      const last = ctx.returns.length - 1;
      if (last >= 0) ctx.returns[last] = merge(ctx.returns[last], t);
      return undefined;
    }
    case K.AssignmentExpression:
      return assignment(ctx, node, d);
    case K.VariableDeclaration:
      declaration(ctx, node, d);
      return undefined;
    case K.CallExpression:
    case K.NewExpression:
      return call(ctx, node, d, evaluate, summaryOf);
    default:
      return union(ctx, node, d);
  }
}

function union(ctx: Ctx, node: number, depth: number): Taint | undefined {
  const tree = ctx.tree;
  let t: Taint | undefined;
  for (let c = tree.first[node] ?? NONE; c !== NONE; c = tree.next[c] ?? NONE) {
    // A token the walk does not tell apart (punctuation, a keyword) carries nothing: no call for it.
    if (kindOf(ctx, c) === 0 && (tree.first[c] ?? NONE) === NONE) continue;
    t = merge(t, evaluate(ctx, c, depth));
  }
  return t;
}

/**
 * Walks a function in its own scope; its value is what it returns (an arrow's expression
 * body, its `return`s), so `rows.map((u) => u.idCard)` carries the ID numbers.
 */
function fn(ctx: Ctx, node: number, depth: number, bind?: Binder): Taint | undefined {
  const tree = ctx.tree;
  const scope: Scope = new Map();
  let value: Taint | undefined;
  if (kindOf(ctx, node) === K.FunctionDeclaration)
    for (let c = tree.first[node] ?? NONE; c !== NONE; c = tree.next[c] ?? NONE)
      if (kindOf(ctx, c) === K.VariableDefinition) define(ctx, textOf(ctx, c), null);
  ctx.scopes.push(scope);
  ctx.returns.push(undefined);
  try {
    for (let c = tree.first[node] ?? NONE; c !== NONE; c = tree.next[c] ?? NONE) {
      const kind = kindOf(ctx, c);
      if (kind === K.ParamList) parameters(ctx, c, bind);
      else if (kind !== K.VariableDefinition && kind !== K.PropertyDefinition && kind !== K.TypeAnnotation)
        value = merge(value, evaluate(ctx, c, depth));
    }
  } finally {
    ctx.scopes.pop();
    value = merge(value, ctx.returns.pop());
  }
  return value;
}

function declaration(ctx: Ctx, node: number, depth: number): void {
  const tree = ctx.tree;
  let target = NONE;
  let annotation = NONE;
  let afterEquals = false;
  for (let c = tree.first[node] ?? NONE; c !== NONE; c = tree.next[c] ?? NONE) {
    const kind = kindOf(ctx, c);
    if (kind === K.VariableDefinition || kind === K.ObjectPattern || kind === K.ArrayPattern) {
      if (target !== NONE) declare(ctx, target, annotation, NONE, depth);
      target = c;
      annotation = NONE;
      afterEquals = false;
    } else if (kind === K.TypeAnnotation) annotation = c;
    else if (kind === K.Equals) afterEquals = true;
    else if (afterEquals) {
      if (target !== NONE) {
        declare(ctx, target, annotation, c, depth);
        target = annotation = NONE;
      }
      afterEquals = false;
    }
  }
  if (target !== NONE) declare(ctx, target, annotation, NONE, depth);
}

/** One declared name or pattern (`target`, typed by `annotation`), given `value` or nothing. */
function declare(ctx: Ctx, target: number, annotation: number, value: number, depth: number): void {
  const tree = ctx.tree;
  const t = value !== NONE ? evaluate(ctx, value, depth) : undefined;
  const kind = kindOf(ctx, target);
  if (kind === K.VariableDefinition) {
    const name = textOf(ctx, target);
    const valueKind = value !== NONE ? kindOf(ctx, value) : 0;
    if (valueKind === K.String || valueKind === K.TemplateString) {
      const from = tree.from(value);
      const host = hostOf(ctx.text.slice(from + 1, Math.min(tree.to(value), from + 300)));
      if (host !== undefined) ctx.hosts.set(name, host);
    }
    const at = tree.from(target);
    const typed = annotation !== NONE ? typedRecord(ctx, annotation, at, name) : undefined;
    define(ctx, name, valueTaint(ctx, name, at, value, t) ?? typed ?? null);
  } else if (kind === K.ObjectPattern) pattern(ctx, target, t);
  else if (kind === K.ArrayPattern) {
    for (let v = tree.first[target] ?? NONE; v !== NONE; v = tree.next[v] ?? NONE)
      if (kindOf(ctx, v) === K.VariableDefinition) define(ctx, textOf(ctx, v), t ?? null);
  }
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
  value: number,
  t: Taint | undefined,
): Taint | undefined {
  if (t) return step(t, at, `assigned to ${name}`);
  if (value === NONE || isConstant(ctx, value)) return undefined;
  return named(ctx, name, undefined, at);
}

function assignment(ctx: Ctx, node: number, depth: number): Taint | undefined {
  const tree = ctx.tree;
  const lhs = tree.first[node] ?? NONE;
  const op = lhs !== NONE ? (tree.next[lhs] ?? NONE) : NONE;
  const rhs = op !== NONE ? (tree.next[op] ?? NONE) : NONE;
  if (rhs === NONE) return union(ctx, node, depth);
  const t = evaluate(ctx, rhs, depth);
  const compound = kindOf(ctx, op) !== K.Equals;
  const lhsKind = kindOf(ctx, lhs);
  if (lhsKind === K.VariableName) {
    const name = textOf(ctx, lhs);
    const own = valueTaint(ctx, name, tree.from(lhs), rhs, t);
    const before = lookup(ctx, name);
    assign(ctx, name, (compound ? merge(before ?? undefined, own) : own) ?? null);
  } else if (lhsKind === K.MemberExpression) {
    // `dto.phone = x` puts PI into `dto`: the whole object now carries it.
    const receiver = tree.first[lhs] ?? NONE;
    const prop = tree.last(lhs);
    if (receiver !== NONE && kindOf(ctx, receiver) === K.VariableName && prop !== NONE) {
      const into =
        t ??
        (isConstant(ctx, rhs)
          ? undefined
          : named(ctx, textOf(ctx, prop), textOf(ctx, receiver), tree.from(prop)));
      if (into) {
        const name = textOf(ctx, receiver);
        const held = step(into, tree.from(lhs), `stored in ${name}.${textOf(ctx, prop)}`, { record: true });
        assign(ctx, name, merge(lookup(ctx, name) ?? undefined, held) ?? null);
      }
    } else evaluate(ctx, lhs, depth);
  }
  return t;
}

function member(ctx: Ctx, node: number, depth: number): Taint | undefined {
  const tree = ctx.tree;
  const receiver = tree.first[node] ?? NONE;
  const prop = tree.last(node);
  if (receiver === NONE || prop === NONE) return undefined;
  const held = evaluate(ctx, receiver, depth);
  let propName: string | undefined;
  const propKind = kindOf(ctx, prop);
  if (propKind === K.PropertyName) propName = textOf(ctx, prop);
  else if (propKind === K[']']) {
    const key = tree.prev(prop);
    if (key !== NONE && kindOf(ctx, key) === K.String) propName = textOf(ctx, key).slice(1, -1);
    else if (key !== NONE) evaluate(ctx, key, depth);
  }
  if (propName === undefined) return held && !held.record ? held : undefined;
  if (NON_PI_MEMBERS.has(propName)) return undefined;
  const owner = lastName(ctx, receiver);
  if (owner !== undefined && CONFIG_RECEIVERS.has(owner)) return undefined;
  // The label is built only for a member read as PI: most members are not.
  const type = ctx.varTypes.size !== 0 && owner !== undefined ? ctx.varTypes.get(owner) : undefined;
  const r =
    ctx.read(propName, owner) ??
    (type !== undefined && kindOf(ctx, receiver) === K.VariableName
      ? ctx.types.field(type, propName)
      : undefined);
  if (r !== undefined)
    return source([r.category], tree.from(prop), `${owner ?? '…'}.${propName}`, r.confidence);
  return held && !held.record ? held : undefined;
}

function lastName(ctx: Ctx, node: number): string | undefined {
  const tree = ctx.tree;
  const kind = kindOf(ctx, node);
  if (kind === K.VariableName) return textOf(ctx, node);
  if (kind !== K.MemberExpression) return undefined;
  const last = tree.last(node);
  return last !== NONE && kindOf(ctx, last) === K.PropertyName ? textOf(ctx, last) : undefined;
}

function object(ctx: Ctx, node: number, depth: number): Taint | undefined {
  const tree = ctx.tree;
  let t: Taint | undefined;
  for (let prop = tree.first[node] ?? NONE; prop !== NONE; prop = tree.next[prop] ?? NONE) {
    if (kindOf(ctx, prop) !== K.Property) continue;
    const key = tree.first[prop] ?? NONE;
    const value = key !== NONE && (tree.next[key] ?? NONE) !== NONE ? tree.last(prop) : NONE;
    const keyKind = key !== NONE ? kindOf(ctx, key) : 0;
    if (keyKind === K.Spread && value !== NONE) {
      const spread = evaluate(ctx, value, depth);
      t = merge(t, spread && step(spread, tree.from(prop), 'spread into an object'));
    } else if (childNamed(tree, prop, 'ParamList') !== NONE) fn(ctx, prop, depth);
    else if (key !== NONE && value === NONE) {
      // Shorthand `{ phone }`: the variable, or the name itself.
      t = merge(t, variable(ctx, key));
    } else if (key !== NONE && value !== NONE) {
      const v = evaluate(ctx, value, depth);
      const keyName = keyKind === K.String ? textOf(ctx, key).slice(1, -1) : textOf(ctx, key);
      // A computed value under a PI key (`{ mobile: normalise(x) }`) is read by the key; a
      // variable or member was already read by its own name.
      const valueKind = kindOf(ctx, value);
      const computed =
        !isConstant(ctx, value) && valueKind !== K.VariableName && valueKind !== K.MemberExpression;
      t = merge(t, v ?? (computed ? named(ctx, keyName, undefined, tree.from(key)) : undefined));
    }
  }
  return t && { ...t, record: true };
}

function variable(ctx: Ctx, node: number): Taint | undefined {
  const name = textOf(ctx, node);
  const known = lookup(ctx, name);
  return known !== undefined ? (known ?? undefined) : named(ctx, name, undefined, ctx.tree.from(node));
}

function binary(ctx: Ctx, node: number, depth: number): Taint | undefined {
  const tree = ctx.tree;
  let t: Taint | undefined;
  let silent = false;
  for (let c = tree.first[node] ?? NONE; c !== NONE; c = tree.next[c] ?? NONE) {
    const kind = kindOf(ctx, c);
    if (kind === K.CompareOp || kind === K.instanceof || kind === K.in) silent = true;
    else t = merge(t, evaluate(ctx, c, depth));
  }
  return silent ? undefined : t;
}
