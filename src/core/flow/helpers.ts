/**
 * Calls to helper functions of the same file. A helper whose parameter reaches a sink
 * (directly, or through another helper) gets a summary: which parameter reaches which sink,
 * masked or not, by which path inside it. A call passing PI to that parameter is a flow at the
 * helper's sink, its path going through the call and the helper's lines. Each walk (walk.ts,
 * jsFlows.ts) computes a summary once per function, by walking its body with every parameter
 * bound to a probe (a taint with no categories that remembers the parameter); a helper still
 * being summarised when it is called again (recursion, cycles) counts as reaching nothing.
 * Only the same file: a call to another file's function is not followed.
 */
import {
  joinSteps,
  merge,
  pathOf,
  probeTaint,
  step,
  stepAt,
  stronger,
  unionOf,
  withoutParams,
  type Taint,
} from './taint.js';
import type { CategoryKey } from '../law/schema.js';
import type { Confidence } from '../types.js';
import type { Flow, FlowSink, FlowStep } from './types.js';

/** One parameter of a helper reaching one sink; `flow.path` runs from the parameter to the sink. */
export interface HelperSink {
  readonly param: number;
  readonly flow: Flow;
}

export type Summary = readonly HelperSink[];

/**
 * A flow as the walks make it: by `new` rather than from an object literal, which V8 may
 * pretenure (taint.ts). Its fields in the order the reports' JSON has always shown them.
 */
class FoundFlow implements Flow {
  constructor(
    readonly offset: number,
    readonly sink: FlowSink,
    readonly categories: readonly CategoryKey[],
    readonly deidentified: boolean,
    readonly path: readonly FlowStep[],
    readonly confidence: Confidence,
  ) {}
}

/** A flow at `offset`, reaching `sink` with `categories` by `path`. */
export function flowOf(
  offset: number,
  sink: FlowSink,
  categories: readonly CategoryKey[],
  deidentified: boolean,
  path: readonly FlowStep[],
  confidence: Confidence,
): Flow {
  return new FoundFlow(offset, sink, categories, deidentified, path, confidence);
}

class ParamSink implements HelperSink {
  constructor(
    readonly param: number,
    readonly flow: Flow,
  ) {}
}

/** Where a walk puts its flows, and, while it summarises a helper, what the probes reached. */
export interface FlowOut {
  /**
   * Every flow found, in the order found: the flows at one sink call (one offset and callee) are
   * made one by `flowsInOrder` at the end of the walk.
   */
  readonly flows: Flow[];
  /** Set only in a summary walk, whose flows are not kept. */
  readonly summary?: HelperSink[] | undefined;
}

/** The helpers of a file by name; `null` when a name is defined more than once (no summary). */
export type HelperTable<F> = Map<string, F | null>;

export function addHelper<F>(table: HelperTable<F>, name: string, fn: F): void {
  table.set(name, table.has(name) ? null : fn);
}

/** A helper's name, alone or after one receiver; made once (a literal in a function is a new RegExp per call). */
const WITH_RECEIVER = /^(?:[A-Za-z_$][\w$]*\.)?([A-Za-z_$][\w$]*)$/;
const ALONE = /^([A-Za-z_$][\w$]*)$/;

/** `send(x)`, `this.send(x)` (written `send`) and, where `receivers`, `s.send(x)`: the helper's name. */
export function helperName(callee: string, receivers: boolean): string | undefined {
  return (receivers ? WITH_RECEIVER : ALONE).exec(callee)?.[1];
}

/** The value a parameter holds while its helper is summarised. */
export function probe(index: number, name: string, at: number, helper: string): Taint {
  // A whole value (record): a non-PI member of it (`user.level`) is not followed into the sink.
  return probeTaint(pathOf(at, `parameter ${name} of ${helper}`), true, paramList(index));
}

/** One list per parameter index, shared: a value's parameter lists are never changed (taint.ts paramsOf copies). */
const PARAM_LISTS: (readonly number[])[] = [];

function paramList(index: number): readonly number[] {
  if (index >= PARAM_SLOTS) return [index];
  return (PARAM_LISTS[index] ??= [index]);
}

/**
 * A flow found: kept when it carries PI (flowsInOrder makes the flows at one sink call one), and
 * noted in the summary being computed when a parameter reaches it.
 */
export function emit(out: FlowOut, flow: Flow, params: readonly number[] | undefined): void {
  if (out.summary !== undefined) {
    // A summary walk keeps what the parameters reach; its own flows are thrown away.
    if (params !== undefined) for (const param of params) out.summary.push(new ParamSink(param, flow));
    return;
  }
  if (flow.categories.length > 0) out.flows.push(flow);
}

/**
 * The walk's flows in text order, one per sink call: the flows found at one offset and callee
 * are one flow, the first found with the categories of all added up, de-identified only when
 * every one was, with the strongest confidence of them (and the path of the first not of low confidence); flows at one offset keep the order they were first found in. Merged once at
 * the end rather than looked up in a map at every flow found (a map entry per flow, kept to the
 * end of the walk).
 */
export function flowsInOrder(out: FlowOut): Flow[] {
  // Stable (flows at one offset keep the order found); the walk finds them nearly in text order,
  // which the built-in sort takes in about one pass, and mostly in it (the sort's comparisons,
  // each a call from the built-in into JavaScript, were a percent of the Go analysis).
  const flows = inOrder(out.flows) ? out.flows : out.flows.sort((a, b) => a.offset - b.offset);
  // A flow merged into one before it is set to null.
  const slots: (Flow | null)[] = flows;
  let kept = 0;
  for (let i = 0; i < flows.length;) {
    // Flows i..end share an offset; most offsets have one flow.
    const offset = (flows[i] as Flow).offset;
    let end = i + 1;
    while (end < flows.length && (flows[end] as Flow).offset === offset) end++;
    for (let j = i; j < end; j++) {
      const first = slots[j];
      if (first === null || first === undefined) continue;
      let categories = first.categories;
      let deidentified = first.deidentified;
      let confidence = first.confidence;
      let path = first.path;
      for (let k = j + 1; k < end; k++) {
        const other = slots[k];
        if (other === null || other === undefined || other.sink.callee !== first.sink.callee) continue;
        categories = unionOf(categories, other.categories);
        deidentified &&= other.deidentified;
        // A low flow's path gives way to a stronger one's: the path starts at what makes it a
        // normal flow (between medium and high the first path stays).
        if (confidence === 'low' && other.confidence !== 'low') path = other.path;
        confidence = stronger(confidence, other.confidence);
        slots[k] = null;
      }
      flows[kept++] =
        categories === first.categories &&
        deidentified === first.deidentified &&
        confidence === first.confidence
          ? first
          : new FoundFlow(first.offset, first.sink, categories, deidentified, path, confidence);
    }
    i = end;
  }
  flows.length = kept;
  return flows;
}

/** Whether the flows are in text order already. */
function inOrder(flows: readonly Flow[]): boolean {
  for (let i = 1; i < flows.length; i++)
    if ((flows[i] as Flow).offset < (flows[i - 1] as Flow).offset) return false;
  return true;
}

/**
 * A sink reached in a summary walk: each argument coming from parameters is noted with its own
 * path (a merged value keeps only its first path, which may start at another parameter).
 */
export function noteSink(
  out: FlowOut,
  args: readonly (Taint | undefined)[],
  flowOf: (t: Taint) => Flow,
): void {
  if (out.summary === undefined) return;
  for (const t of args) if (t?.params !== undefined) emit(out, flowOf(t), t.params);
}

/** Parameters a summary tells apart by a small-integer key: more than functions commonly declare. */
const PARAM_SLOTS = 64;

const NO_SINKS: Summary = [];

/** The summary's entries once each (a parameter reaching a sink by two ways keeps the first). */
export function finish(entries: readonly HelperSink[]): Summary {
  // Most helpers reach no sink or one: nothing to tell apart (a set and a copy each, per helper).
  if (entries.length < 2) return entries.length === 0 ? NO_SINKS : entries;
  // A few entries (a helper logging two parameters) are compared pair by pair: no set, and no
  // copy when none repeats.
  if (entries.length <= FEW)
    return repeats(entries) ? entries.filter((h, i) => !seenBefore(entries, i)) : entries;
  // Keyed by one number, the sink's offset and the parameter, rather than a string built per entry.
  const seen = new Set<number | string>();
  return entries.filter((h) => {
    const key =
      h.param < PARAM_SLOTS
        ? h.flow.offset * PARAM_SLOTS + h.param
        : `${String(h.param)}:${String(h.flow.offset)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Summaries up to this size are told apart pair by pair. */
const FEW = 8;

/** Whether entry `i` reaches the same sink from the same parameter as an entry before it. */
function seenBefore(entries: readonly HelperSink[], i: number): boolean {
  const h = entries[i] as HelperSink;
  for (let j = 0; j < i; j++) {
    const g = entries[j] as HelperSink;
    if (g.param === h.param && g.flow.offset === h.flow.offset) return true;
  }
  return false;
}

function repeats(entries: readonly HelperSink[]): boolean {
  for (let i = 1; i < entries.length; i++) if (seenBefore(entries, i)) return true;
  return false;
}

/**
 * The value of a call to a helper whose body returns `returned` (walked with its parameters bound
 * to probes): what it returns from its own sources, and the arguments it passes on, masked when
 * all it returns was masked, no longer a record when it was not one.
 */
export function returnedBy(
  returned: Taint,
  at: number,
  callee: string,
  argOf: (param: number) => Taint | undefined,
): Taint | undefined {
  let out = returned.categories.length > 0 ? withoutParams(returned) : undefined;
  if (returned.params !== undefined)
    for (const i of returned.params) {
      const t = argOf(i);
      if (t === undefined) continue;
      const changes = {
        deidentified: t.deidentified || returned.deidentified,
        record: t.record && returned.record,
      };
      out = merge(out, step(t, at, `returned by ${callee}`, changes));
    }
  return out;
}

/** A call to a summarised helper: a flow at each sink its PI arguments reach. */
export function applySummary(
  out: FlowOut,
  at: number,
  callee: string,
  summary: Summary,
  argOf: (param: number) => Taint | undefined,
): void {
  let through: FlowStep | undefined;
  for (const h of summary) {
    const arg = argOf(h.param);
    if (arg === undefined) continue;
    // One step through the call, shared by the flows it makes (steps are read only).
    through ??= stepAt(at, `passed to ${callee}`);
    const path = joinSteps(arg.path, through, h.flow.path);
    const deidentified = arg.deidentified || h.flow.deidentified;
    const flow = new FoundFlow(
      h.flow.offset,
      h.flow.sink,
      arg.categories,
      deidentified,
      path,
      arg.confidence,
    );
    emit(out, flow, arg.params);
  }
}
