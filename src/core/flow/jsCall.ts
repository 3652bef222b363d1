/**
 * Calls in the TypeScript/JavaScript walk: the dotted callee, a flow when the callee is a sink
 * reached by PI, a call to a helper of the same file reaching its summary's sinks (helpers.ts),
 * and what the call's value carries (masked, serialised, a predicate's nothing).
 */
import type { SyntaxNode } from '@lezer/common';
import { calleeEffect } from './calls.js';
import { applySummary, emit, helperName, noteSink, type Summary } from './helpers.js';
import { classifyHost, hostOf } from './hosts.js';
import { jsHelperAt } from './jsHelpers.js';
import { childNamed, textOf, type Ctx, type JsCallee } from './jsScope.js';
import { matchSink, type SinkRule } from './sinks.js';
import { merge, step, stepsOf, type Taint } from './taint.js';
import type { Flow } from './types.js';

type Evaluate = (ctx: Ctx, node: SyntaxNode, depth: number) => Taint | undefined;
type SummaryOf = (ctx: Ctx, node: SyntaxNode, name: string, depth: number) => Summary;

/** The callee as dotted text: `this.logger.info` → `logger.info`, `a().b` → `a().b`. */
export function dottedCallee(text: string, node: SyntaxNode, depth = 0): string {
  if (depth > 12) return '?';
  switch (node.name) {
    case 'VariableName':
      return text.slice(node.from, node.to);
    case 'this':
    case 'super':
      return '';
    case 'MemberExpression': {
      const left = node.firstChild ? dottedCallee(text, node.firstChild, depth + 1) : '?';
      const prop =
        node.lastChild?.name === 'PropertyName' ? text.slice(node.lastChild.from, node.lastChild.to) : '?';
      return left === '' ? prop : `${left}.${prop}`;
    }
    case 'CallExpression':
      return node.firstChild ? `${dottedCallee(text, node.firstChild, depth + 1)}()` : '?';
    default:
      return '?';
  }
}

/** The facts of `name` in this walk: sink rules are regular expressions tried one by one. */
function factsOf(ctx: Ctx, name: string): JsCallee {
  const known = ctx.callees.get(name);
  if (known !== undefined) return known;
  const facts: JsCallee = {
    sink: matchSink(name, 'js'),
    effect: calleeEffect(name),
    argument: `argument of ${name}`,
    sinks: new Map(),
  };
  ctx.callees.set(name, facts);
  return facts;
}

/** Evaluates a call or `new`; records a flow when it is a sink. */
export function call(
  ctx: Ctx,
  node: SyntaxNode,
  depth: number,
  evaluate: Evaluate,
  summaryOf: SummaryOf,
): Taint | undefined {
  // One pass over the children (the walk meets a call on nearly every line): the callee is the
  // first that is not `new`, the arguments are the ArgList's.
  let callee: SyntaxNode | undefined;
  let args: SyntaxNode | undefined;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (callee === undefined && c.name !== 'new') callee = c;
    else if (args === undefined && c.name === 'ArgList') args = c;
  }
  if (!callee) return undefined;
  const name = dottedCallee(ctx.text, callee);
  let received: Taint | undefined;
  if (callee.name === 'MemberExpression') {
    const receiver = callee.firstChild;
    if (receiver) received = evaluate(ctx, receiver, depth);
  } else if (callee.name !== 'VariableName') evaluate(ctx, callee, depth);
  let passed: Taint | undefined;
  const argNodes: SyntaxNode[] = [];
  const taints: (Taint | undefined)[] = [];
  if (args)
    for (let a = args.firstChild; a; a = a.nextSibling) {
      if (a.name === '(' || a.name === ')' || a.name === ',') continue;
      argNodes.push(a);
      const t = evaluate(ctx, a, depth);
      taints.push(t);
      passed = merge(passed, t);
    }
  const facts = factsOf(ctx, name);
  const sink = facts.sink;
  if (sink) {
    // A summary walk throws its own flows away and keeps what the parameters reach (noteSink).
    if (ctx.summary === undefined) {
      if (passed) emit(ctx, flowAt(ctx, node, callee, name, facts, sink, passed, argNodes), undefined);
    } else noteSink(ctx, taints, (t) => flowAt(ctx, node, callee, name, facts, sink, t, argNodes));
    return undefined;
  }
  if (passed !== undefined) helperCall(ctx, node, name, taints, summaryOf, depth);
  const effect = facts.effect;
  const all = merge(received, passed);
  if (!all || effect === 'predicate') return undefined;
  if (effect === 'mask') return step(all, callee.from, `masked by ${name}`, { deidentified: true });
  if (effect === 'serialise') return step(all, callee.from, `serialised by ${name}`, { record: false });
  return all;
}

/** `audit('x', user.phone)`, `this.trace(v)`: a helper of the file, its sinks reached by the PI arguments. */
function helperCall(
  ctx: Ctx,
  node: SyntaxNode,
  name: string,
  taints: readonly (Taint | undefined)[],
  summaryOf: SummaryOf,
  depth: number,
): void {
  const helper = helperName(name, false);
  const f = helper !== undefined ? jsHelperAt(ctx, node, helper) : undefined;
  if (!f || helper === undefined) return;
  const summary = summaryOf(ctx, f, helper, depth);
  if (summary.length > 0) applySummary(ctx, node.from, name, summary, (i) => taints[i]);
}

function flowAt(
  ctx: Ctx,
  node: SyntaxNode,
  callee: SyntaxNode,
  name: string,
  facts: JsCallee,
  sink: SinkRule,
  t: Taint,
  args: readonly SyntaxNode[],
): Flow {
  const target = targetHost(ctx, args);
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
    offset: callee.from,
    sink: flowSink,
    categories: t.categories,
    deidentified: t.deidentified,
    path: stepsOf(t.path, { offset: node.from, label: facts.argument }),
  };
}

/** The host of a URL in the call: a literal, a template's head, or a variable holding one. */
function targetHost(ctx: Ctx, args: readonly SyntaxNode[]): string | undefined {
  for (const a of args) {
    if (a.name === 'String' || a.name === 'TemplateString') {
      const head = ctx.text.slice(a.from + 1, Math.min(a.to, a.from + 300));
      const host = hostOf(head);
      if (host !== undefined) return host;
      const interpolation = childNamed(a, 'Interpolation');
      const first = interpolation && childNamed(interpolation, 'VariableName');
      if (first && first.from === a.from + 3) {
        const held = ctx.hosts.get(textOf(ctx, first));
        if (held !== undefined) return held;
      }
    } else if (a.name === 'VariableName') {
      const held = ctx.hosts.get(textOf(ctx, a));
      if (held !== undefined) return held;
    }
  }
  return undefined;
}
