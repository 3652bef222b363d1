/**
 * Calls in the TypeScript/JavaScript walk: the dotted callee, a flow when the callee is a sink
 * reached by PI, a call to a helper of the same file reaching its summary's sinks (helpers.ts),
 * and what the call's value carries (masked, serialised, a predicate's nothing).
 */
import { calleeEffect } from './calls.js';
import * as helpers from './helpers.js';
import type { Summary } from './helpers.js';
import { classifyHost, hostOf } from './hosts.js';
import * as jsHelpers from './jsHelpers.js';
import * as jsScope from './jsScope.js';
import type { Ctx, JsCallee } from './jsScope.js';
import * as jsTree from './jsTree.js';
import type { BufferTree } from './jsTree.js';
import { matchSink } from './sinks.js';
import { selectTaint } from './sqlColumns.js';
import * as taint from './taint.js';
import type { Taint } from './taint.js';
import type { Flow } from './types.js';

// Module-local copies: under a CommonJS transform (tsx: the tests and benchmarks) every use of
// an imported binding is a getter call, and the walk meets a call on nearly every line.
const { childNamed, K, NONE } = jsTree;
const { assign, kindOf, lookup, textOf } = jsScope;
const { asRecord, merge, step, stepsOf } = taint;
const { applySummary, emit, helperName, noteSink, returnedBy } = helpers;
const { jsHelperAt } = jsHelpers;

type Evaluate = (ctx: Ctx, node: number, depth: number) => Taint | undefined;
type SummaryOf = (ctx: Ctx, node: number, name: string, depth: number) => Summary;

/** The callee as dotted text: `this.logger.info` → `logger.info`, `a().b` → `a().b`. */
export function dottedCallee(tree: BufferTree, text: string, node: number, depth = 0): string {
  if (depth > 12) return '?';
  switch (tree.name(node)) {
    case 'VariableName':
      return text.slice(tree.from(node), tree.to(node));
    case 'this':
    case 'super':
      return '';
    case 'MemberExpression': {
      const first = tree.first[node] ?? NONE;
      const left = first !== NONE ? dottedCallee(tree, text, first, depth + 1) : '?';
      const last = tree.last(node);
      // A private member (`this.#logger`) is named without its `#`: the same logger as `this.logger`.
      const lastName = last !== NONE ? tree.name(last) : '';
      const prop =
        lastName === 'PropertyName'
          ? text.slice(tree.from(last), tree.to(last))
          : lastName === 'PrivatePropertyName'
            ? text.slice(tree.from(last) + 1, tree.to(last))
            : '?';
      return left === '' ? prop : `${left}.${prop}`;
    }
    case 'CallExpression': {
      const first = tree.first[node] ?? NONE;
      return first !== NONE ? `${dottedCallee(tree, text, first, depth + 1)}()` : '?';
    }
    case 'InstantiationExpression': {
      // Type arguments (`axios.post<Candidate[]>(…)`): the callee is the expression before them.
      const first = tree.first[node] ?? NONE;
      return first !== NONE ? dottedCallee(tree, text, first, depth + 1) : '?';
    }
    default:
      return '?';
  }
}

/** The facts of `name` in this walk: sink rules are regular expressions tried one by one. */
function factsOf(ctx: Ctx, name: string): JsCallee {
  const known = ctx.callees.get(name);
  if (known !== undefined) return known;
  const facts: JsCallee = {
    sink: matchSink(name, 'js') ?? writerSink(ctx, name),
    effect: calleeEffect(name),
    argument: `argument of ${name}`,
    sinks: new Map(),
  };
  ctx.callees.set(name, facts);
  return facts;
}

/** Alibaba Cloud's SMS, called through its generic client. */
const ALIBABA_SMS: JsCallee['sink'] = { kind: 'sdk', vendor: 'Alibaba Cloud SMS', region: 'mainland' };
const SMS_ACTIONS = new Set(['SendSms', 'SendBatchSms']);

/**
 * `client.request("SendSms", params)`: Alibaba Cloud's generic client (`@alicloud/pop-core`) names
 * the API it calls by its first argument, a string literal.
 */
function actionSink(ctx: Ctx, args: number): JsCallee['sink'] {
  const tree = ctx.tree;
  let first = args !== NONE ? (tree.first[args] ?? NONE) : NONE;
  if (first !== NONE && kindOf(ctx, first) === K['(']) first = tree.next[first] ?? NONE;
  if (first === NONE || kindOf(ctx, first) !== K.String) return undefined;
  return SMS_ACTIONS.has(textOf(ctx, first).slice(1, -1)) ? ALIBABA_SMS : undefined;
}

/** `out.write(line)` on a variable holding a file writer (clients.ts findWriters). */
function writerSink(ctx: Ctx, name: string): JsCallee['sink'] {
  if (ctx.writers.size === 0) return undefined;
  const dot = name.indexOf('.');
  if (dot <= 0 || name.indexOf('.', dot + 1) >= 0) return undefined;
  const writer = ctx.writers.get(name.slice(0, dot));
  return writer?.kind !== undefined && writer.methods.has(name.slice(dot + 1))
    ? { kind: writer.kind }
    : undefined;
}

/** Evaluates a call or `new`; records a flow when it is a sink. */
export function call(
  ctx: Ctx,
  node: number,
  depth: number,
  evaluate: Evaluate,
  summaryOf: SummaryOf,
): Taint | undefined {
  const tree = ctx.tree;
  // One pass over the children (the walk meets a call on nearly every line): the callee is the
  // first that is not `new`, the arguments are the ArgList's.
  let callee = NONE;
  let args = NONE;
  for (let c = tree.first[node] ?? NONE; c !== NONE; c = tree.next[c] ?? NONE) {
    const kind = kindOf(ctx, c);
    if (callee === NONE && kind !== K.new) callee = c;
    else if (args === NONE && kind === K.ArgList) args = c;
  }
  if (callee === NONE) return undefined;
  const name = dottedCallee(tree, ctx.text, callee);
  const calleeKind = kindOf(ctx, callee);
  let received: Taint | undefined;
  let chained = false;
  if (calleeKind === K.MemberExpression) {
    const receiver = tree.first[callee] ?? NONE;
    if (receiver !== NONE) {
      received = evaluate(ctx, receiver, depth);
      chained = kindOf(ctx, receiver) === K.CallExpression;
    }
  } else if (calleeKind !== K.VariableName) evaluate(ctx, callee, depth);
  let passed: Taint | undefined;
  // What each argument carries, by position; made only once one carries something (most calls pass no PI).
  let taints: (Taint | undefined)[] | undefined;
  let index = 0;
  let firstArg = NONE;
  if (args !== NONE)
    for (let a = tree.first[args] ?? NONE; a !== NONE; a = tree.next[a] ?? NONE) {
      const kind = kindOf(ctx, a);
      if (kind === K['('] || kind === K[')'] || kind === K[',']) continue;
      if (index === 0) firstArg = a;
      const t = evaluate(ctx, a, depth);
      if (t !== undefined) {
        taints ??= [];
        while (taints.length < index) taints.push(undefined);
        taints.push(t);
        passed = merge(passed, t);
      }
      index++;
    }
  const facts = factsOf(ctx, name);
  if (facts.effect === 'into-first' && taints?.[1] !== undefined) intoFirst(ctx, node, args, taints[1]);
  // A function of the file named like a vendor's call is that function (walkCall.ts).
  const sink =
    facts.sink !== undefined
      ? taints !== undefined && isOwnFunction(ctx, node, name)
        ? undefined
        : facts.sink
      : passed !== undefined && name.endsWith('.request')
        ? actionSink(ctx, args)
        : undefined;
  if (sink) {
    // The end of a chain (`jpush.push().setNotification(text).send()`) sends what the chain was
    // given, as a chained sink does in the other languages (walkCall.ts).
    const reaching = chained ? merge(passed, received) : passed;
    // A summary walk throws its own flows away and keeps what the parameters reach (noteSink).
    if (ctx.summary === undefined) {
      if (reaching) emit(ctx, flowAt(ctx, node, callee, name, facts, sink, reaching, args), undefined);
    } else if (taints !== undefined)
      noteSink(ctx, taints, (t) => flowAt(ctx, node, callee, name, facts, sink, t, args));
    return undefined;
  }
  const returned = taints !== undefined ? helperCall(ctx, node, name, taints, summaryOf, depth) : undefined;
  const effect = facts.effect;
  // `rows.map((s) => [s.name, s.phone])` on rows of a record: what the projection reads by name,
  // not every column of the rows (a projection that reads no member of PI keeps the rows').
  const all =
    received?.record === true && passed !== undefined && projects(ctx, name, firstArg)
      ? passed
      : merge(received, passed);
  // `db.query('SELECT name, phone FROM …', [id])`: the rows hold the columns selected.
  const rows = firstArg !== NONE ? queryRows(ctx, firstArg) : undefined;
  if (rows !== undefined) return merge(rows, all && asRecord(all));
  if (!all)
    return index > 0 && effect === undefined ? ownSources(ctx, node, name, summaryOf, depth) : undefined;
  if (effect === 'predicate') return undefined;
  const at = tree.from(callee);
  if (effect === 'mask') return step(all, at, `masked by ${name}`, { deidentified: true });
  if (effect === 'serialise') return step(all, at, `serialised by ${name}`, { record: false });
  // A helper returns what its body returns, not all it was given (walkCall.ts).
  if (returned !== undefined && taints !== undefined)
    return returned === null ? undefined : returnedBy(returned, at, name, (i) => taints[i]);
  // What a call returns from PI arguments is read by member names only (walkCall.ts):
  // `db.query('INSERT …', [name, phone])` answers `result.insertId`, none of the row.
  return passed !== undefined ? asRecord(all) : all;
}

/**
 * A call that puts its second argument into its first (calls.ts `into-first`: SheetJS's
 * `XLSX.utils.book_append_sheet(book, sheet)`): the first argument's variable holds it, so the
 * book written by `XLSX.writeFile(book, path)` carries the sheet's rows.
 */
function intoFirst(ctx: Ctx, node: number, args: number, put: Taint): void {
  const tree = ctx.tree;
  let into = tree.first[args] ?? NONE;
  if (into !== NONE && kindOf(ctx, into) === K['(']) into = tree.next[into] ?? NONE;
  if (into === NONE || kindOf(ctx, into) !== K.VariableName) return;
  const name = textOf(ctx, into);
  const held = step(put, tree.from(node), `appended to ${name}`);
  assign(ctx, name, merge(lookup(ctx, name) ?? undefined, held) ?? null);
}

/** `xs.map((x) => …)`, `xs.flatMap(function (x) { … })`: a projection by a function written there. */
function projects(ctx: Ctx, name: string, arg: number): boolean {
  if (!name.endsWith('.map') && !name.endsWith('.flatMap')) return false;
  const kind = arg !== NONE ? kindOf(ctx, arg) : 0;
  return kind === K.ArrowFunction || kind === K.FunctionExpression;
}

/** What the rows of a query written as the call's first argument hold (sqlColumns.ts). */
function queryRows(ctx: Ctx, arg: number): Taint | undefined {
  const kind = kindOf(ctx, arg);
  if (kind !== K.String && kind !== K.TemplateString) return undefined;
  const tree = ctx.tree;
  const from = tree.from(arg);
  // Most string arguments are no query: only one opening with an `s` (after any blanks) is read.
  const end = Math.min(tree.to(arg), from + 64);
  let i = from + 1;
  while (i < end && ctx.text.charCodeAt(i) <= 0x20) i++;
  if ((ctx.text.charCodeAt(i) | 0x20) !== 0x73) return undefined;
  return selectTaint(ctx.read, ctx.text.slice(from + 1, tree.to(arg) - 1), from);
}

/** Whether a bare callee (`sendSms`, `this.sendSms`) names a function of the file. */
function isOwnFunction(ctx: Ctx, node: number, name: string): boolean {
  const helper = helperName(name, false);
  return helper !== undefined && jsHelperAt(ctx, node, helper) !== undefined;
}

const NO_TAINTS: readonly (Taint | undefined)[] = [];

/**
 * A helper of the file given no PI (`toCrmContact(member)`, `member` a row read from a query)
 * still returns what it reads itself (`{ mobile: member.phone }`): its own sources, without the
 * arguments. Only a bare or `this.` callee; its summary is made once, as for a call given PI.
 */
function ownSources(
  ctx: Ctx,
  node: number,
  name: string,
  summaryOf: SummaryOf,
  depth: number,
): Taint | undefined {
  if (name.includes('.')) return undefined;
  const returned = helperCall(ctx, node, name, NO_TAINTS, summaryOf, depth);
  return returned ? returnedBy(returned, ctx.tree.from(node), name, () => undefined) : undefined;
}

/** `audit('x', user.phone)`, `this.trace(v)`: a helper of the file, its sinks reached by the PI arguments. */
function helperCall(
  ctx: Ctx,
  node: number,
  name: string,
  taints: readonly (Taint | undefined)[],
  summaryOf: SummaryOf,
  depth: number,
): Taint | null | undefined {
  const helper = helperName(name, false);
  const f = helper !== undefined ? jsHelperAt(ctx, node, helper) : undefined;
  if (f === undefined || helper === undefined) return undefined;
  const summary = summaryOf(ctx, f, helper, depth);
  if (summary.length > 0) applySummary(ctx, ctx.tree.from(node), name, summary, (i) => taints[i]);
  // What it returns, once its summary is made (undefined while it is being made).
  return ctx.returned.get(ctx.tree.from(f));
}

function flowAt(
  ctx: Ctx,
  node: number,
  callee: number,
  name: string,
  facts: JsCallee,
  sink: NonNullable<JsCallee['sink']>,
  t: Taint,
  args: number,
): Flow {
  const target = args !== NONE ? targetHost(ctx, args) : undefined;
  let flowSink = facts.sinks.get(target ?? '');
  if (flowSink === undefined) {
    const region = target !== undefined ? classifyHost(target) : (sink.region ?? 'unknown');
    flowSink = {
      kind: sink.kind,
      callee: name,
      region,
      ...(target !== undefined ? { target } : {}),
      ...(sink.vendor !== undefined ? { vendor: sink.vendor } : {}),
    };
    facts.sinks.set(target ?? '', flowSink);
  }
  return {
    offset: ctx.tree.from(callee),
    sink: flowSink,
    categories: t.categories,
    deidentified: t.deidentified,
    path: stepsOf(t.path, { offset: ctx.tree.from(node), label: facts.argument }),
    confidence: t.confidence,
  };
}

/** The host of a URL among the call's arguments: a literal, a template's head, or a variable holding one. */
function targetHost(ctx: Ctx, args: number): string | undefined {
  const tree = ctx.tree;
  for (let a = tree.first[args] ?? NONE; a !== NONE; a = tree.next[a] ?? NONE) {
    const kind = tree.name(a);
    if (kind === 'String' || kind === 'TemplateString') {
      const from = tree.from(a);
      const head = ctx.text.slice(from + 1, Math.min(tree.to(a), from + 300));
      const host = hostOf(head);
      if (host !== undefined) return host;
      const interpolation = childNamed(tree, a, 'Interpolation');
      const first = interpolation !== NONE ? childNamed(tree, interpolation, 'VariableName') : NONE;
      if (first !== NONE && tree.from(first) === from + 3) {
        const held = ctx.hosts.get(textOf(ctx, first));
        if (held !== undefined) return held;
      }
    } else if (kind === 'VariableName') {
      const held = ctx.hosts.get(textOf(ctx, a));
      if (held !== undefined) return held;
    }
  }
  return undefined;
}
