/**
 * The one evaluator of the language-neutral form (ir.ts): follows personal information from
 * its sources (names the classifier reads as PI, variables of PI record types) through
 * assignments, interpolation, concatenation, collections, serialisation and calls to sinks.
 * Each function is a scope; closures read their enclosing scopes; a call to a named function
 * of the same file follows its summary (helpers.ts). Every node is evaluated once by the walk
 * and at most once more by the summary of the function holding it (a summary walk skips the
 * named functions nested in it, which have their own), so time is linear in the form; nesting
 * deeper than MAX_DEPTH is not followed.
 */
import { CONFIG_RECEIVERS, NON_PI_MEMBERS } from './calls.js';
import { NO_CLIENTS, type ClientTable } from './clients.js';
import * as helpersModule from './helpers.js';
import type { HelperSink, HelperTable, Summary } from './helpers.js';
import type { Expr, Fn, Param, Stmt } from './ir.js';
import * as scopeModule from './scope.js';
import type { Container, WalkState } from './scope.js';
import type { FlowLanguage } from './sinks.js';
import type { NameReader, RecordTypes } from './sources.js';
import * as taintModule from './taint.js';
import type { Taint } from './taint.js';
import type { Flow } from './types.js';
import * as walkCallModule from './walkCall.js';
import type { CallOps, Helper } from './walkCall.js';

// Imports used per node or token, copied once: under a CommonJS transform (tsx, the benchmarks)
// every use of an imported binding is a getter call (see pyTokens.ts).
const {
  assign,
  Body,
  declareType,
  define,
  lookup,
  named,
  namedMember,
  newState,
  objectList,
  observe,
  observedOf,
  personName,
  fieldMember,
  popFrame,
  pushFrame,
  storeInto,
  typeOf,
  typed,
} = scopeModule;
const { asRecord, merge, step } = taintModule;
/** A string made of a value holds its PI but is no longer the record it was. */
const NOT_RECORD = { record: false } as const;
const { addHelper, finish, flowsInOrder, probe } = helpersModule;
const { call, literalHost, receiverCount } = walkCallModule;

export const MAX_DEPTH = 300;

/** Inputs of one walk. */
export interface WalkInput {
  readonly language: FlowLanguage;
  readonly body: readonly Stmt[];
  readonly read: NameReader;
  readonly types: RecordTypes;
  /** Feign and Retrofit clients declared in the text (Java, Kotlin). */
  readonly clients?: ClientTable;
}

/** The flows of one lowered text, in text order. */
export function walkFlows(input: WalkInput): Flow[] {
  const s = newState(input.language, input.read, input.types, input.clients ?? NO_CLIENTS);
  block(s, input.body, 0, true);
  return flowsInOrder(s);
}

/** No named function in a body. */
const NO_HELPERS: ReadonlyMap<string, Fn | null> = new Map();

/**
 * The named functions a body defines itself (methods in a class body too), read from its
 * statements the first time a call looks in it: most bodies are never looked in, and the table
 * goes with the container when the body is walked.
 */
function helpersOf(c: Container): ReadonlyMap<string, Fn | null> {
  if (c.helpers !== undefined) return c.helpers;
  let table: HelperTable<Fn> | undefined;
  for (const st of c.body)
    if (st.k === 'fn' && st.fn.name !== undefined)
      addHelper((table ??= new Map<string, Fn | null>()), st.fn.name, st.fn);
  return (c.helpers = table ?? NO_HELPERS);
}

/**
 * The helper a call names, nearest definition first from the innermost body walked outwards,
 * with its summary; the body it is found in is where its own calls look for theirs.
 */
function helperOf(s: WalkState, name: string, depth: number): Helper | undefined {
  for (let c = s.within.at; c; c = c.up) {
    const hit = c.top !== undefined ? c.top.get(name) : c.named ? helpersOf(c).get(name) : undefined;
    if (hit === undefined) continue;
    if (hit === null) return undefined;
    const summary = summaryOf(s, hit, c, depth);
    return { fn: hit, summary, returned: s.returned.get(hit) };
  }
  return undefined;
}

/**
 * What a helper's parameters reach, computed once: its body walked apart (its own scope, its
 * own flows thrown away) with each parameter bound to a probe. A helper already being
 * summarised (a recursive call) reaches nothing. The body is walked at the depth of the call
 * that asked, so a long chain of helpers is cut by MAX_DEPTH like deep nesting. Walked in the
 * caller's state rather than a copy of it (a state object, a frame list, a flow list and index
 * per summary): its frame above a floor the lookups stop at, its return slot, its helpers found
 * from where it is defined, then all put back.
 */
function summaryOf(s: WalkState, f: Fn, home: Container, depth: number): Summary {
  const known = s.summaries.get(f);
  if (known !== undefined) return known === 'pending' ? [] : known;
  s.summaries.set(f, 'pending');
  const entries = objectList<HelperSink>();
  const { summary: outerSummary, floor: outerFloor } = s;
  const outerAt = s.within.at;
  s.summary = entries;
  s.floor = s.frames.length;
  s.within.at = home;
  pushFrame(s);
  s.returns.push(undefined);
  try {
    const skip = receiverCount(f);
    const name = f.name ?? 'helper';
    for (let i = 0; i < f.params.length; i++) {
      const p = f.params[i] as Param;
      define(s, p.name, i < skip ? null : probe(i - skip, p.name, p.at, name));
      // Its declared type, as in a walk of the body (`Person p`: `p.name`, `hire.fullName()`).
      if (p.type !== undefined) declareType(s, p.name, p.type);
    }
    const last = block(s, f.body, depth + 1, true);
    // What it returns, or its last expression (fn's value): read by the calls (walkCall.ts).
    s.returned.set(f, merge(s.returns[s.returns.length - 1], last) ?? null);
  } finally {
    popFrame(s);
    s.returns.pop();
    s.summary = outerSummary;
    s.floor = outerFloor;
    s.within.at = outerAt;
  }
  const summary = finish(entries);
  s.summaries.set(f, summary);
  return summary;
}

const OPS: CallOps = { evaluate, member, helperOf };

/**
 * Walks a body; `byStatement` when a statement opens it (a lambda's body is not), see
 * Container.named. A body a statement opens that defines no named function adds nothing to the
 * containers a call looks in (and its bodies read `named` from the body around it as they would
 * from it): it is walked in the container around it, with no container of its own.
 */
function block(s: WalkState, body: readonly Stmt[], depth: number, byStatement: boolean): Taint | undefined {
  let last: Taint | undefined;
  const outer = s.within.at;
  if (!byStatement || definesNamed(body))
    s.within.at = new Body(body, outer, undefined, byStatement && (outer === undefined || outer.named));
  try {
    for (const st of body) last = exec(s, st, depth);
  } finally {
    s.within.at = outer;
  }
  return last;
}

/** Whether a body defines a named function itself (helpersOf's entries). */
function definesNamed(body: readonly Stmt[]): boolean {
  for (const st of body) if (st.k === 'fn' && st.fn.name !== undefined) return true;
  return false;
}

/** Runs a statement of the file's top level (walkStream.ts walks them one declaration at a time). */
export function execTop(s: WalkState, st: Stmt): void {
  exec(s, st, 0);
}

/** Calls that make an error from what they are given (`fmt.Errorf`, `errors.New`, `NewAppError`). */
const ERROR_MADE = /(?:^|\.)(?:Errorf|New|Wrap|Wrapf|WithMessage|WithMessagef)$|(?:Error|Exception)$/;

/** Runs a statement; an expression statement's value is returned (a lambda's last expression). */
function exec(s: WalkState, st: Stmt, depth: number): Taint | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const d = depth + 1;
  switch (st.k) {
    case 'let': {
      const evaluated = st.value ? evaluate(s, st.value, d) : undefined;
      // The error a call returns (`if err := h.store.Save(ctx, &l); err != nil`) says the call
      // failed, not what it was given; an error made from a message (`fmt.Errorf`) carries it.
      const t =
        st.name === 'err' && st.value?.k === 'call' && !ERROR_MADE.test(st.value.callee)
          ? undefined
          : evaluated;
      if (st.value?.k === 'lit' && st.value.str !== undefined) {
        const host = literalHost(s, st.value.str);
        if (host !== undefined) s.hosts.set(st.name, host);
      }
      // A computed value under a PI name (`id_card = data.get(k)`) is read by the name; a
      // literal (`PHONE_HINT = "phone"`) never is.
      const own =
        t !== undefined
          ? step(t, st.at, assignedLabel(s, st.name))
          : st.value !== undefined && st.value.k !== 'lit'
            ? named(s, st.name, undefined, st.at)
            : undefined;
      // A copy or a loop over a typed variable (`for _, c := range couriers`, `couriers
      // []Courier`) holds the same type's values: `c.Name` is a person's name as `one.Name` is,
      // and a loop over a Python `rows: list[Row]` (no record itself) holds records.
      const copied = st.type === undefined && st.value?.k === 'name' ? typeOf(s, st.value.name) : undefined;
      const value = own ?? typed(s, st.type ?? copied, st.at, st.name) ?? null;
      if (st.declare) define(s, st.name, value);
      else assign(s, st.name, value);
      if (st.type !== undefined) declareType(s, st.name, st.type);
      else if (copied !== undefined) declareType(s, st.name, copied);
      return undefined;
    }
    case 'store': {
      const t = evaluate(s, st.value, d);
      const into =
        t ?? (st.prop !== undefined && st.value.k !== 'lit' ? named(s, st.prop, st.recv, st.at) : undefined);
      if (into) storeInto(s, st.recv, into, st.at, `stored in ${st.recv}${st.prop ? `.${st.prop}` : '[…]'}`);
      return undefined;
    }
    case 'expr':
      return evaluate(s, st.e, d);
    case 'return': {
      const t = st.e ? evaluate(s, st.e, d) : undefined;
      const last = s.returns.length - 1;
      if (last >= 0) s.returns[last] = merge(s.returns[last], t);
      return undefined;
    }
    case 'fn':
      if (st.fn.name !== undefined) define(s, st.fn.name, null);
      // A summary walk leaves nested named functions to their own summaries.
      if (s.summary === undefined) fn(s, st.fn, d, true);
      return undefined;
    case 'block':
      block(s, st.body, d, true);
      return undefined;
    default:
      // An expression statement, unwrapped (ir.ts exprStmt).
      return evaluate(s, st, d);
  }
}

/** `assigned to name`, made once per name in a walk (scope.ts labelOf). */
function assignedLabel(s: WalkState, name: string): string {
  let label = s.labels.assigned.get(name);
  if (label === undefined) s.labels.assigned.set(name, (label = `assigned to ${name}`));
  return label;
}

/**
 * Walks a function in its own scope; its value is what it returns, or its last expression.
 * `byStatement` for a function statement, whose body's functions a call can reach (a lambda's
 * cannot).
 */
function fn(s: WalkState, f: Fn, depth: number, byStatement: boolean): Taint | undefined {
  pushFrame(s);
  s.returns.push(undefined);
  let last: Taint | undefined;
  try {
    for (const p of f.params) {
      const own = p.many ? undefined : typed(s, p.type, p.at, p.name);
      define(s, p.name, own ?? named(s, p.name, undefined, p.at) ?? null);
      if (p.type !== undefined) declareType(s, p.name, p.type);
    }
    last = block(s, f.body, depth, byStatement);
  } finally {
    popFrame(s);
  }
  return merge(s.returns.pop(), last);
}

/**
 * `"refund:tx:"+t.OrderSn` in Go: @lezer/go binds a selector looser than a binary operator and
 * reads it `("refund:tx:"+t).OrderSn` (the token lowering keeps that form); a string has no
 * fields, so the member is the last operand's, and the rest of the string stays as written.
 */
function concatMember(
  s: WalkState,
  e: Extract<Expr, { k: 'concat' }>,
  prop: string,
  at: number,
  d: number,
): Taint | undefined {
  let t: Taint | undefined;
  const last = e.parts.length - 1;
  for (let i = 0; i < last; i++) t = merge(t, evaluate(s, e.parts[i] as Expr, d));
  const operand = e.parts[last];
  if (operand !== undefined)
    t = merge(
      t,
      operand.k === 'concat' && s.language === 'go'
        ? concatMember(s, operand, prop, at, d)
        : member(s, operand, prop, at, evaluate(s, operand, d)),
    );
  return t && step(t, e.at, e.interp ? 'interpolated into a string' : 'concatenated', NOT_RECORD);
}

/** What personal information an expression's value carries. */
export function evaluate(s: WalkState, e: Expr, depth: number): Taint | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const d = depth + 1;
  switch (e.k) {
    case 'lit':
      return undefined;
    case 'name': {
      const known = lookup(s, e.name);
      const own = known !== undefined ? (known ?? undefined) : named(s, e.name, undefined, e.at);
      return merge(own, observedOf(s, e.name));
    }
    case 'member':
      if (e.recv.k === 'concat' && s.language === 'go') return concatMember(s, e.recv, e.prop, e.at, d);
      return member(s, e.recv, e.prop, e.at, evaluate(s, e.recv, d));
    case 'call':
      return call(s, e, d, OPS);
    case 'concat': {
      let t: Taint | undefined;
      for (const p of e.parts) t = merge(t, evaluate(s, p, d));
      return t && step(t, e.at, e.interp ? 'interpolated into a string' : 'concatenated', NOT_RECORD);
    }
    case 'silent':
      for (const p of e.parts) evaluate(s, p, d);
      return undefined;
    case 'collection': {
      let t: Taint | undefined;
      for (const entry of e.entries) {
        const value = entry.k === 'keyed' ? entry.value : entry;
        const v = evaluate(s, value, d);
        const v2 = value.k;
        // A computed value under a PI key (`{"mobile": normalise(x)}`) is read by the key.
        const computed = v2 !== 'lit' && v2 !== 'name' && v2 !== 'member' && v2 !== 'fn';
        t = merge(
          t,
          v ?? (computed && entry.k === 'keyed' ? named(s, entry.key, undefined, entry.at) : undefined),
        );
      }
      return t && asRecord(t);
    }
    case 'fn':
      return fn(s, e.fn, d, false);
    case 'group': {
      let t: Taint | undefined;
      for (const p of e.parts) t = merge(t, evaluate(s, p, d));
      return t;
    }
  }
}

/** The last name of a receiver (`a.b.user` → `user`), the owner a member is read under. */
export function ownerName(e: Expr): string | undefined {
  if (e.k === 'name') return e.name;
  if (e.k === 'member') return e.prop;
  return undefined;
}

/**
 * `recv.prop`: the member by its own name (`user.email`), noted on the receiver variable;
 * else what the receiver holds when it is one value rather than a record.
 */
export function member(
  s: WalkState,
  recv: Expr,
  prop: string,
  at: number,
  held: Taint | undefined,
): Taint | undefined {
  if (NON_PI_MEMBERS.has(prop)) return undefined;
  const owner = ownerName(recv);
  if (owner !== undefined && CONFIG_RECEIVERS.has(owner)) return undefined;
  // A member of a variable of a record type of the file is the field the scan read in the
  // record (`o.Address` of an `o Order` holding an ID number); `name` is the one member whose
  // meaning also hangs on its owner when the scan read nothing: of a `Person p` a person's name,
  // of a `Product p` not. Other members keep their own reading: under a person type they would
  // widen to coarse data (a customer's city) that is not counted as a flow.
  const type = recv.k === 'name' ? typeOf(s, recv.name) : undefined;
  const own =
    namedMember(s, prop, owner, at, owner) ??
    (type !== undefined && type !== owner
      ? (fieldMember(s, prop, type, at, owner) ??
        (s.read(prop, type)?.category === 'name'
          ? namedMember(s, prop, type, at, owner)
          : personName(s, prop, type, at, owner)))
      : undefined);
  if (own) {
    // A field the record's serialiser leaves out (Go's `json:"-"`) is not noted on the record.
    if (recv.k === 'name' && (type === undefined || !s.types.hides(type, prop))) observe(s, recv.name, own);
    return own;
  }
  return held && !held.record ? held : undefined;
}
