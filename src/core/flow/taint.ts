/**
 * What a value carries while the analysis follows it: the categories of personal information
 * in it, the path it took (capped), whether it was masked on the way, and whether it is a
 * whole record (an object holding PI) rather than one value.
 */
import type { CategoryKey } from '../law/schema.js';
import type { Confidence } from '../types.js';
import type { FlowStep } from './types.js';

/** Paths longer than this keep their head and their last steps: reports stay readable. */
const MAX_STEPS = 8;

/**
 * A path as a chain of steps, the newest first: a step adds one node and shares the chain before
 * it with every other value extended from it, where an array would be copied at each step (most
 * values never reach a sink, so most paths are never read). `stepsOf` gives the steps as the
 * reports show them.
 */
export interface Path {
  readonly step: FlowStep;
  readonly prev: Path | undefined;
  /** Steps from the first to this one. */
  readonly length: number;
  /** The first step: kept when a long path is cut to its head and its last steps. */
  readonly first: FlowStep;
}

export interface Taint {
  readonly categories: readonly CategoryKey[];
  readonly path: Path;
  readonly deidentified: boolean;
  /**
   * The strongest confidence the scan's classifier gave what this value holds: `low` when all of
   * it is a key to a person or an order number (reported at the lower level).
   */
  readonly confidence: Confidence;
  /** An object holding PI: reading a non-PI member of it yields nothing. */
  readonly record: boolean;
  /**
   * Only while a helper's summary is computed (helpers.ts): the helper's parameters, by
   * position, this value comes from.
   */
  readonly params: readonly number[] | undefined;
}

/*
 * Steps, path nodes and taints are made by `new`, not from object literals: V8 gives a literal
 * an allocation site that tracks how many of its objects survive a scavenge (a memento after
 * each object) and may pretenure them. A walk makes hundreds of thousands of these, most dying
 * at once, some (the steps of a flow) kept to the end; instances of a class carry no memento
 * and always start young. One shape each, every field always set.
 */

/** One step of a path. */
class Step implements FlowStep {
  constructor(
    readonly offset: number,
    readonly label: string,
  ) {}
}

/** A step: the form every step of a flow's path is made in (types.ts FlowStep). */
export const stepAt = (offset: number, label: string): FlowStep => new Step(offset, label);

class PathNode implements Path {
  constructor(
    readonly step: FlowStep,
    readonly prev: Path | undefined,
    readonly length: number,
    readonly first: FlowStep,
  ) {}
}

class TaintValue implements Taint {
  constructor(
    readonly categories: readonly CategoryKey[],
    readonly path: Path,
    readonly deidentified: boolean,
    readonly confidence: Confidence,
    readonly record: boolean,
    readonly params: readonly number[] | undefined,
  ) {}
}

const RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

/** The stronger of two confidences. */
export function stronger(a: Confidence, b: Confidence): Confidence {
  return RANK[b] > RANK[a] ? b : a;
}

/** A path of one step. */
export function pathOf(offset: number, label: string): Path {
  const first = new Step(offset, label);
  return new PathNode(first, undefined, 1, first);
}

/**
 * The steps of a path, first to last, capped: a path longer than MAX_STEPS keeps its first step
 * and its last MAX_STEPS - 1. `last`, when given, is appended after the cap (the sink's step).
 */
export function stepsOf(path: Path, last?: FlowStep): FlowStep[] {
  const kept = Math.min(path.length, MAX_STEPS);
  const out = new Array<FlowStep>(kept + (last !== undefined ? 1 : 0));
  if (last !== undefined) out[kept] = last;
  let node: Path | undefined = path;
  // The chain's last kept steps, filled from the end; the head stands first when cut.
  const from = path.length > MAX_STEPS ? 1 : 0;
  for (let i = kept - 1; i >= from && node !== undefined; i--, node = node.prev) out[i] = node.step;
  if (from === 1) out[0] = path.first;
  return out;
}

/** Whether a category list is in the order `sort()` gives. */
function isSorted(categories: readonly CategoryKey[]): boolean {
  for (let i = 1; i < categories.length; i++)
    if ((categories[i - 1] as CategoryKey) > (categories[i] as CategoryKey)) return false;
  return true;
}

/**
 * A source: categories read at `offset` under `label` with the classifier's `confidence` (a whole
 * record when `record`). A sorted list is held as given (lists are never changed once made), an
 * unsorted one is copied and sorted.
 */
export function source(
  categories: readonly CategoryKey[],
  offset: number,
  label: string,
  confidence: Confidence,
  record = false,
): Taint {
  return new TaintValue(
    isSorted(categories) ? categories : [...categories].sort(),
    pathOf(offset, label),
    false,
    confidence,
    record,
    undefined,
  );
}

/**
 * A value a helper's parameter holds while its summary is computed (helpers.ts probe): no
 * categories, from the parameters `params`.
 */
export function probeTaint(path: Path, record: boolean, params: readonly number[]): Taint {
  // The weakest confidence: a call's argument brings its own (helpers.ts applySummary).
  return new TaintValue([], path, false, 'low', record, params);
}

/** A taint with every field given: taints are made here, in `source` and in `probeTaint`, never by spreading. */
function taintOf(
  categories: readonly CategoryKey[],
  path: Path,
  deidentified: boolean,
  confidence: Confidence,
  record: boolean,
  params: readonly number[] | undefined,
): Taint {
  return new TaintValue(categories, path, deidentified, confidence, record, params);
}

/** The same taint one step further. */
export function step(
  t: Taint,
  offset: number,
  label: string,
  change?: Partial<Pick<Taint, 'deidentified' | 'record'>>,
): Taint {
  const prev = t.path;
  const path = new PathNode(new Step(offset, label), prev, prev.length + 1, prev.first);
  return taintOf(
    t.categories,
    path,
    change?.deidentified ?? t.deidentified,
    t.confidence,
    change?.record ?? t.record,
    t.params,
  );
}

/**
 * What a helper returned from its own sources, used outside the summary walk that found it: the
 * parameters it names are the helper's, not those of the walk reading it.
 */
export function withoutParams(t: Taint): Taint {
  return t.params === undefined
    ? t
    : taintOf(t.categories, t.path, t.deidentified, t.confidence, t.record, undefined);
}

/** The same taint as a whole record (an object holding PI): itself when it is one already. */
export function asRecord(t: Taint): Taint {
  return t.record ? t : taintOf(t.categories, t.path, t.deidentified, t.confidence, true, t.params);
}

/**
 * The union of two sorted category lists, sorted; one of the two itself when it holds the
 * other (the common case: the same categories met again), so nothing is allocated.
 */
export function unionOf(a: readonly CategoryKey[], b: readonly CategoryKey[]): readonly CategoryKey[] {
  if (a === b || b.length === 0) return a;
  if (a.length === 0) return b;
  let i = 0;
  let j = 0;
  let aHasAll = true;
  let bHasAll = true;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as CategoryKey;
    const y = b[j] as CategoryKey;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) {
      bHasAll = false;
      i++;
    } else {
      aHasAll = false;
      j++;
    }
  }
  if (i < a.length) bHasAll = false;
  if (j < b.length) aHasAll = false;
  if (aHasAll) return a;
  if (bHasAll) return b;
  // Both sorted and without repeats: merged in one pass, in the order sort() gives strings, into
  // an array of the union's size (pushed into an empty one, each took a 17-slot store).
  const out = new Array<CategoryKey>(a.length + b.length - shared);
  let k = 0;
  i = 0;
  j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out[k++] = x as CategoryKey;
      i++;
    } else if (x === undefined || y < x) {
      out[k++] = y;
      j++;
    } else {
      out[k++] = x;
      i++;
      j++;
    }
  }
  return out;
}

/** Whether every parameter of `b` is one of `a`'s. */
function holdsAll(a: readonly number[], b: readonly number[]): boolean {
  for (const p of b) if (!a.includes(p)) return false;
  return true;
}

/**
 * The parameters of two values, each once, `a`'s first: `a` itself when it holds all of `b`'s.
 * Made at its size (a spread then a push took a 17-slot store).
 */
function paramsOf(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a === b || holdsAll(a, b)) return a;
  let added = 0;
  for (let i = 0; i < b.length; i++) if (isNew(a, b, i)) added++;
  const out = new Array<number>(a.length + added);
  for (let i = 0; i < a.length; i++) out[i] = a[i] as number;
  let k = a.length;
  for (let i = 0; i < b.length; i++) if (isNew(a, b, i)) out[k++] = b[i] as number;
  return out;
}

/** Whether `b[i]` is in neither `a` nor `b` before it. */
function isNew(a: readonly number[], b: readonly number[], i: number): boolean {
  const p = b[i] as number;
  if (a.includes(p)) return false;
  for (let j = 0; j < i; j++) if (b[j] === p) return false;
  return true;
}

/**
 * Two values combined (concatenation, an object literal): categories add up, the first path
 * is kept (the second's when the first is of low confidence and the second is not: a flow's path
 * starts at what makes it a normal flow), the result is de-identified only when both parts were, and its
 * confidence is the stronger of the two. `a` itself when `b` adds nothing to it (the common case:
 * the same PI met again), so nothing is allocated.
 */
export function merge(a: Taint | undefined, b: Taint | undefined): Taint | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const categories = unionOf(a.categories, b.categories);
  const deidentified = a.deidentified && b.deidentified;
  // A probe (no categories yet) lends no confidence: what the call passes brings its own.
  const confidence =
    b.categories.length === 0
      ? a.confidence
      : a.categories.length === 0
        ? b.confidence
        : stronger(a.confidence, b.confidence);
  const record = a.record || b.record;
  const params =
    a.params === undefined ? b.params : b.params === undefined ? a.params : paramsOf(a.params, b.params);
  if (
    categories === a.categories &&
    deidentified === a.deidentified &&
    confidence === a.confidence &&
    record === a.record &&
    params === a.params
  )
    return a;
  // A low side's path gives way to a stronger one: the flow's path then starts at what makes it a
  // normal flow (between medium and high the first path stays, as it always has).
  const path = a.categories.length > 0 && a.confidence === 'low' && confidence !== 'low' ? b.path : a.path;
  return taintOf(categories, path, deidentified, confidence, record, params);
}

/**
 * The steps of `path`, then `through`, then `tail`, capped as `stepsOf` caps (the head and the
 * last steps), filled into one array from the end instead of joined and cut: a helper's sink
 * reached from a call (helpers.ts applySummary).
 */
export function joinSteps(path: Path, through: FlowStep, tail: readonly FlowStep[]): FlowStep[] {
  const total = Math.min(path.length, MAX_STEPS) + 1 + tail.length;
  const out = new Array<FlowStep>(Math.min(total, MAX_STEPS));
  // When cut, slot 0 holds the path's first step and the rest the last steps of the whole.
  const from = total > MAX_STEPS ? 1 : 0;
  let i = out.length - 1;
  for (let j = tail.length - 1; j >= 0 && i >= from; j--) out[i--] = tail[j] as FlowStep;
  if (i >= from) out[i--] = through;
  for (let node: Path | undefined = path; node !== undefined && i >= from; node = node.prev)
    out[i--] = node.step;
  if (from === 1) out[0] = path.first;
  return out;
}
