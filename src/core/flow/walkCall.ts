/**
 * Calls in the language-neutral walk: a sink call records a flow; getters (`getPhone()`,
 * `data.get("mobile")`) read a member by name; mutators (`map.put(k, v)`, `ship.setMobile(v)`)
 * store what they are given into their receiver; masking, serialisation and predicates act as
 * calls.ts says; a call to a helper of the same file reaches the sinks its summary names
 * (helpers.ts), a call to a declared Feign or Retrofit client is an HTTP sink (clients.ts); any
 * other call passes on what it receives.
 */
import { calleeEffect, lastName, type CallEffect } from './calls.js';
import * as helpersModule from './helpers.js';
import type { Summary } from './helpers.js';
import { classifyHost, hostOf } from './hosts.js';
import * as irModule from './ir.js';
import type { Arg, Expr, Fn } from './ir.js';
import * as scopeModule from './scope.js';
import type { WalkState } from './scope.js';
import * as sinksModule from './sinks.js';
import type { Region } from './sinks.js';
import type { SinkKind } from './kinds.js';
import * as taintModule from './taint.js';
import type { Taint } from './taint.js';
import type { Flow, FlowSink } from './types.js';
import { GRPC_STUB } from './stubs.js';

// Imports used per node or token, copied once: under a CommonJS transform (tsx, the benchmarks)
// every use of an imported binding is a getter call (see pyTokens.ts).
const { argValue } = irModule;
const { named, storeInto, typeOf } = scopeModule;
const { applySummary, emit, flowOf, helperName, returnedBy } = helpersModule;
const { asRecord, merge, step, stepAt, stepsOf } = taintModule;
const { matchSink } = sinksModule;

/** The changes a masking or serialising call makes to what it passes on, made once. */
const MASKED = { deidentified: true } as const;
const NOT_RECORD = { record: false } as const;

type CallExpr = Extract<Expr, { k: 'call' }>;
type Evaluate = (s: WalkState, e: Expr, depth: number) => Taint | undefined;
type Member = (
  s: WalkState,
  recv: Expr,
  prop: string,
  at: number,
  held: Taint | undefined,
) => Taint | undefined;

/** Sinks whose receiver is the data written: pandas' `DataFrame.to_excel`/`to_csv`. */
const WRITES_ITSELF: ReadonlySet<string> = new Set(['to_excel', 'to_csv']);

/** A helper of the file with its summary, and what it returns (unknown while it is summarised). */
export interface Helper {
  readonly fn: Fn;
  readonly summary: Summary;
  readonly returned: Taint | null | undefined;
}

/** What the call walk needs of the walk (walk.ts), passed in to keep the modules acyclic. */
export interface CallOps {
  readonly evaluate: Evaluate;
  readonly member: Member;
  /** The helper a call names, nearest first, with its summary (computed on first use). */
  readonly helperOf: (s: WalkState, name: string, depth: number) => Helper | undefined;
}

interface SinkAt {
  readonly kind: SinkKind;
  readonly vendor?: string;
  readonly region?: Region;
  /** A target known from the declaration (a Feign or Retrofit client), not from the call. */
  readonly target?: string;
}

/** `getIdCard()` → `idCard`; `isVip()` is a predicate, not a getter. */
const GETTER = /^get([A-Z]\w*)$/;
/** `setMobile(v)` → `mobile`. */
const SETTER = /^set([A-Z]\w*)$/;
/** `riskClient.check`: a variable and one method. */
const CLIENT_CALL = /^(\w+)\.(\w+)$/;
/** `s.notifier.SendSms`: the receiver a method is called on, after any prefix. */
const STUB_CALL = /(?:^|\.)(\w+)\.\w+$/;
const RPC: SinkAt = { kind: 'http' };
/** Map and request accessors whose first argument is the key read. */
const KEY_GETTERS = new Set([
  'get',
  'getString',
  'getStr',
  'optString',
  'getOrDefault',
  'getParameter',
  'getHeader',
  'getAttribute',
  'getQueryParameter',
  'getStringExtra',
  'FormValue',
  'PostFormValue',
  'Query',
  'GetString',
]);
/** Methods that put their arguments into the receiver. */
const MUTATOR =
  /^(?:put\w*|add|addAll|append|push|insert|update|extend|setdefault|set[A-Z]\w*|with[A-Z]\w*|Add|Set|Store|Put\w*|set_\w+|add_\w+)$/;

/**
 * What a walk knows of one dotted callee, read once per callee rather than once per call: every
 * reading that depends on the callee alone (its sink, its effect, the member a getter reads or a
 * setter sets, the helper it names, the labels of its steps) is made here, so a call costs map
 * lookups rather than regular expressions and string building.
 */
export interface CalleeFacts {
  /** The last name (`logger.info` → `info`). */
  readonly last: string;
  readonly sink: SinkAt | undefined;
  readonly effect: CallEffect | undefined;
  /** The member a getter reads when called without arguments (`getIdCard` → `idCard`). */
  readonly getter: string | undefined;
  /** A map or request accessor whose first argument is the key read (KEY_GETTERS). */
  readonly keyGetter: boolean;
  /** The member a setter sets (`setMobile` → `mobile`). */
  readonly setter: string | undefined;
  readonly mutator: boolean;
  /** The name of the helper of the file the callee may be (`this.send` → `send`). */
  readonly helper: string | undefined;
  /** The label of the step a masking or serialising call adds. */
  readonly effectLabel: string;
  /** The label of the sink's step in a flow's path. */
  readonly argument: string;
  /**
   * For a sink, its flows' sink by destination host ('' for none): flows at the same callee
   * share one object, built once (a flow is read only).
   */
  readonly sinks: Map<string, FlowSink> | undefined;
}

const lowerFirst = (x: string): string => x.charAt(0).toLowerCase() + x.slice(1);

/**
 * The facts of `callee` in this walk: sink rules are regular expressions tried one by one, and
 * a file calls the same few callees over and over (`logger.info`), so each is matched once.
 */
function factsOf(s: WalkState, callee: string): CalleeFacts {
  const known = s.callees.get(callee);
  if (known !== undefined) return known;
  const last = lastName(callee);
  const effect = calleeEffect(callee, last);
  const sink = stubSink(s, callee) ?? matchSink(callee, s.language) ?? clientSink(s, callee);
  const getter = GETTER.exec(last)?.[1];
  const setter = SETTER.exec(last)?.[1];
  const facts: CalleeFacts = {
    last,
    sink,
    effect,
    getter: getter !== undefined ? lowerFirst(getter) : undefined,
    keyGetter: KEY_GETTERS.has(last),
    setter: setter !== undefined ? lowerFirst(setter) : undefined,
    mutator: MUTATOR.test(last),
    helper: helperName(callee, true),
    // Labels only where read: most callees neither mask nor serialise, and most are no sink.
    effectLabel:
      effect === 'serialise' ? `serialised by ${callee}` : effect === 'mask' ? `masked by ${callee}` : '',
    argument: sink !== undefined ? `argument of ${callee}` : '',
    sinks: sink !== undefined ? new Map() : undefined,
  };
  s.callees.set(callee, facts);
  return facts;
}

/**
 * A Java record's accessor (`hire.fullName()`, Lombok's fluent getters): a call without arguments
 * on a variable typed with a record of the file reads the member it is named for, not the whole
 * record. `toString()` and serialising or masking calls keep their own reading.
 */
function accessor(s: WalkState, recv: Expr, facts: CalleeFacts): string | undefined {
  if (s.language !== 'java' || recv.k !== 'name' || facts.effect !== undefined) return undefined;
  const last = facts.last;
  if (last === 'toString' || last === 'hashCode') return undefined;
  const type = typeOf(s, recv.name);
  return type !== undefined && s.types.has(type) ? last : undefined;
}

/** pydantic's serialisers, which take an `include=` projection. */
const PROJECTING: ReadonlySet<string> = new Set(['model_dump', 'model_dump_json', 'dict', 'json']);

/** The member names of an `include={"a", "b"}` argument written as string literals, else none. */
function included(args: readonly Arg[]): string[] | undefined {
  for (const a of args) {
    if (a.k !== 'keyed' || a.key !== 'include' || a.value.k !== 'collection') continue;
    const names: string[] = [];
    for (const entry of a.value.entries) {
      if (entry.k !== 'lit' || entry.str === undefined) return undefined;
      names.push(entry.str);
    }
    return names;
  }
  return undefined;
}

/** Evaluates a call: its value, and a flow when it is a sink reached by PI. */
export function call(s: WalkState, e: CallExpr, depth: number, ops: CallOps): Taint | undefined {
  const { evaluate, member } = ops;
  const received = e.recv ? evaluate(s, e.recv, depth) : undefined;
  const facts = factsOf(s, e.callee);
  const last = facts.last;
  const arg0 = e.args[0];
  const first = arg0 !== undefined ? argValue(arg0) : undefined;
  if (e.recv !== undefined) {
    const getter = e.args.length === 0 ? (facts.getter ?? accessor(s, e.recv, facts)) : undefined;
    if (getter !== undefined) return member(s, e.recv, getter, e.at, received);
    if (facts.keyGetter && first?.k === 'lit' && first.str !== undefined && first.str.length < 60) {
      for (let i = 1; i < e.args.length; i++) evaluate(s, argValue(e.args[i] as Arg), depth);
      return member(s, e.recv, first.str, first.at, received);
    }
  }
  // pydantic's `rec.model_dump(include={"name", "id_card_no"})`: only the members it names.
  const only = e.recv !== undefined && PROJECTING.has(last) ? included(e.args) : undefined;
  if (only !== undefined && e.recv !== undefined) {
    let t: Taint | undefined;
    for (const name of only) t = merge(t, member(s, e.recv, name, e.at, received));
    return t;
  }
  let passed: Taint | undefined;
  // What each argument carries, by position: made only when one carries something (most calls
  // pass nothing on), read by a helper's summary and by a sink in a summary walk.
  let taints: (Taint | undefined)[] | undefined;
  for (let i = 0; i < e.args.length; i++) {
    const t = evaluate(s, argValue(e.args[i] as Arg), depth);
    if (t === undefined) continue;
    (taints ??= new Array<Taint | undefined>(e.args.length))[i] = t;
    passed = merge(passed, t);
  }
  // A function of the file named like a vendor's call (`sendSms(phone, text)` defined below) is
  // that function, followed as a helper: asked only when an argument carries PI.
  const sink =
    facts.sink !== undefined &&
    taints !== undefined &&
    facts.helper !== undefined &&
    (e.recv === undefined || isSelf(e.recv)) &&
    ops.helperOf(s, facts.helper, depth) !== undefined
      ? undefined
      : facts.sink;
  if (sink) {
    // A chained logger (`logrus.WithField("phone", p).Info(…)`) carries its receiver's fields.
    // A table written by its own method (pandas `df.to_excel(path)`) is what the file holds.
    // A sink given no arguments (JPush's `push.send()`) sends what its receiver holds.
    const reaching = merge(
      passed,
      e.recv?.k === 'call' || e.args.length === 0 || WRITES_ITSELF.has(last) ? received : undefined,
    );
    // A summary walk throws its own flows away and keeps what the parameters reach, each argument
    // with its own path (helpers.ts noteSink).
    if (s.summary === undefined) {
      if (reaching) emit(s, flowAt(s, e, facts, sink, reaching), undefined);
    } else if (taints !== undefined)
      for (const t of taints) if (t?.params !== undefined) emit(s, flowAt(s, e, facts, sink, t), t.params);
    return undefined;
  }
  const helper =
    taints !== undefined && facts.helper !== undefined
      ? helperCall(s, e, facts.helper, taints, ops, depth)
      : undefined;
  if (e.recv?.k === 'name' && facts.mutator) {
    const setter = facts.setter;
    const into =
      passed ??
      (setter !== undefined && first !== undefined && first.k !== 'lit'
        ? named(s, setter, e.recv.name, e.at)
        : undefined);
    if (into) storeInto(s, e.recv.name, into, e.at, `stored in ${e.recv.name} by ${last}`);
  }
  // `book_append_sheet(book, sheet)` (calls.ts `into-first`): the first argument's variable holds
  // the second, as a mutator's receiver holds what it is given.
  if (facts.effect === 'into-first' && first?.k === 'name' && taints?.[1] !== undefined)
    storeInto(s, first.name, taints[1], e.at, `appended to ${first.name}`);
  const effect = facts.effect;
  const all = merge(received, passed);
  if (!all || effect === 'predicate') return undefined;
  if (effect === 'mask') return step(all, e.at, facts.effectLabel, MASKED);
  if (effect === 'serialise') return step(all, e.at, facts.effectLabel, NOT_RECORD);
  // A helper of the file called on its own (`summary(form)`, `this.describe(m)`) returns what its
  // body returns: its own sources' categories and the arguments it passes on, not everything it
  // was given (a label derived from a phone number carries none of it).
  const returned = helper?.returned;
  if (
    returned !== undefined &&
    helper !== undefined &&
    taints !== undefined &&
    (e.recv === undefined || isSelf(e.recv))
  )
    return returned === null
      ? undefined
      : returnedBy(returned, e.at, e.callee, argumentsOf(helper.fn, e, taints));
  // What a call returns from PI arguments is read by member names only (`api.login(phone).level`).
  return passed !== undefined ? asRecord(all) : all;
}

/**
 * `…notifier.SendSms(ctx, req)` on a generated gRPC stub of the file (stubs.ts): an RPC, before
 * any vendor's rule; `w.refunds.Create(…)` on a vendor's SDK client of the file (vendorClients.ts):
 * that vendor's SDK.
 */
function stubSink(s: WalkState, callee: string): SinkAt | undefined {
  if (s.clients.size === 0) return undefined;
  const receiver = STUB_CALL.exec(callee)?.[1];
  const client = receiver !== undefined ? s.clients.get(receiver) : undefined;
  if (client === GRPC_STUB) return RPC;
  return client?.framework === 'vendor' && client.vendor !== undefined && client.region !== undefined
    ? { kind: 'sdk', vendor: client.vendor, region: client.region }
    : undefined;
}

/** `riskClient.check(req)` on a Feign or Retrofit client of the file: an HTTP sink. */
function clientSink(s: WalkState, callee: string): SinkAt | undefined {
  if (s.clients.size === 0) return undefined;
  const m = CLIENT_CALL.exec(callee);
  const client = m?.[1] !== undefined ? s.clients.get(m[1]) : undefined;
  if (client === undefined || m?.[2] === undefined || !client.methods.has(m[2])) return undefined;
  return { kind: client.kind ?? 'http', ...(client.target !== undefined ? { target: client.target } : {}) };
}

/** A call to a helper of the file: its summary's sinks, reached by the PI arguments. */
function helperCall(
  s: WalkState,
  e: CallExpr,
  name: string,
  taints: readonly (Taint | undefined)[],
  ops: CallOps,
  depth: number,
): Helper | undefined {
  const helper = ops.helperOf(s, name, depth);
  if (helper === undefined || helper.summary.length === 0) return helper;
  applySummary(s, e.at, e.callee, helper.summary, argumentsOf(helper.fn, e, taints));
  return helper;
}

/**
 * What the call passes to each of the helper's parameters, as a function made only where a
 * summary or a return reads it: a closure written in `call` or `helperCall` made them keep their
 * variables in a context allocated at every call walked (sampled on the Go benchmark's file,
 * `call` itself allocated 1.20 MB a run with it, 0.47 without).
 */
function argumentsOf(
  f: Fn,
  e: CallExpr,
  taints: readonly (Taint | undefined)[],
): (i: number) => Taint | undefined {
  return (i) => argumentOf(f, e, taints, i);
}

/** What the call passes to the helper's parameter `i` (after a receiver it does not pass). */
function argumentOf(
  f: Fn,
  e: CallExpr,
  taints: readonly (Taint | undefined)[],
  i: number,
): Taint | undefined {
  const param = f.params[i + receiverCount(f)];
  const keyed = param !== undefined ? e.args.findIndex((a) => a.k === 'keyed' && a.key === param.name) : -1;
  if (keyed >= 0) return taints[keyed];
  const a = e.args[i];
  return a !== undefined && a.k !== 'keyed' ? taints[i] : undefined;
}

/** `this.f(…)`, `self.f(…)`: a call of the object's own method. */
function isSelf(recv: Expr): boolean {
  return recv.k === 'name' && (recv.name === 'this' || recv.name === 'self');
}

/** Parameters a call does not pass: a Go method's receiver, Python's `self` or `cls`. */
export function receiverCount(f: Fn): number {
  const first = f.params[0]?.name;
  return f.receiver === true || first === 'self' || first === 'cls' ? 1 : 0;
}

function flowAt(s: WalkState, e: CallExpr, facts: CalleeFacts, sink: SinkAt, t: Taint): Flow {
  const target = sink.target ?? targetHost(s, e.args);
  let flowSink = facts.sinks?.get(target ?? '');
  if (flowSink === undefined) {
    const region = target !== undefined ? classifyHost(target) : (sink.region ?? 'unknown');
    flowSink = {
      kind: sink.kind,
      callee: e.callee,
      region,
      ...(target !== undefined ? { target } : {}),
      ...(sink.vendor !== undefined ? { vendor: sink.vendor } : {}),
    };
    facts.sinks?.set(target ?? '', flowSink);
  }
  const path = stepsOf(t.path, stepAt(e.at, facts.argument));
  return flowOf(e.at, flowSink, t.categories, t.deidentified, path, t.confidence);
}

/** The host of a URL in the call: a literal, or a variable holding one. */
function targetHost(s: WalkState, args: readonly Arg[]): string | undefined {
  for (const a of args) {
    const v = argValue(a);
    const host =
      v.k === 'lit' && v.str !== undefined
        ? literalHost(s, v.str)
        : v.k === 'name'
          ? s.hosts.get(v.name)
          : v.k === 'concat' && v.parts[0]?.k === 'lit' && v.parts[0].str !== undefined
            ? literalHost(s, v.parts[0].str)
            : undefined;
    if (host !== undefined) return host;
  }
  return undefined;
}

/**
 * The host of a string literal's URL (hostOf, over its first 300 characters), read once per
 * distinct literal in a walk: a file sends to the same few URLs from call after call.
 */
export function literalHost(s: WalkState, str: string): string | undefined {
  const head = str.length > 300 ? str.slice(0, 300) : str;
  if (!head.includes('//')) return undefined;
  let host = s.literalHosts.get(head);
  if (host === undefined) s.literalHosts.set(head, (host = hostOf(head) ?? null));
  return host ?? undefined;
}
