/**
 * What a value carries while the analysis follows it: the categories of personal information
 * in it, the path it took (capped), whether it was masked on the way, and whether it is a
 * whole record (an object holding PI) rather than one value.
 */
import type { CategoryKey } from '../law/schema.js';
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
  /** An object holding PI: reading a non-PI member of it yields nothing. */
  readonly record: boolean;
  /**
   * Only while a helper's summary is computed (helpers.ts): the helper's parameters, by
   * position, this value comes from.
   */
  readonly params?: readonly number[];
}

/** A path of one step. */
export function pathOf(offset: number, label: string): Path {
  const first = { offset, label };
  return { step: first, prev: undefined, length: 1, first };
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
 * A source: categories read at `offset` under `label`. A sorted list is held as given (lists are
 * never changed once made), an unsorted one is copied and sorted.
 */
export function source(categories: readonly CategoryKey[], offset: number, label: string): Taint {
  return {
    categories: isSorted(categories) ? categories : [...categories].sort(),
    path: pathOf(offset, label),
    deidentified: false,
    record: false,
  };
}

/** The same taint one step further. */
export function step(
  t: Taint,
  offset: number,
  label: string,
  change?: Partial<Pick<Taint, 'deidentified' | 'record'>>,
): Taint {
  const prev = t.path;
  const path: Path = { step: { offset, label }, prev, length: prev.length + 1, first: prev.first };
  // Written out rather than spread: a step is taken at nearly every node PI passes.
  const next: Taint = {
    categories: t.categories,
    path,
    deidentified: change?.deidentified ?? t.deidentified,
    record: change?.record ?? t.record,
  };
  return t.params === undefined ? next : { ...next, params: t.params };
}

/**
 * The union of two sorted category lists, sorted; one of the two itself when it holds the
 * other (the common case: the same categories met again), so nothing is allocated.
 */
function unionOf(a: readonly CategoryKey[], b: readonly CategoryKey[]): readonly CategoryKey[] {
  if (a === b || b.length === 0) return a;
  if (a.length === 0) return b;
  let i = 0;
  let j = 0;
  let aHasAll = true;
  let bHasAll = true;
  while (i < a.length && j < b.length) {
    const x = a[i] as CategoryKey;
    const y = b[j] as CategoryKey;
    if (x === y) {
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
  // Both sorted and without repeats: merged in one pass, in the order sort() gives strings.
  const out: CategoryKey[] = [];
  i = 0;
  j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x as CategoryKey);
      i++;
    } else if (x === undefined || y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}

/**
 * Two values combined (concatenation, an object literal): categories add up, the first path
 * is kept, and the result is de-identified only when both parts were.
 */
export function merge(a: Taint | undefined, b: Taint | undefined): Taint | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const categories = unionOf(a.categories, b.categories);
  const params =
    a.params === undefined
      ? b.params
      : b.params === undefined
        ? a.params
        : [...new Set([...a.params, ...b.params])];
  return {
    categories,
    path: a.path,
    deidentified: a.deidentified && b.deidentified,
    record: a.record || b.record,
    ...(params !== undefined ? { params } : {}),
  };
}

/** Caps a list of steps as `stepsOf` does: its head and its last steps. */
export function capPath(path: readonly FlowStep[]): readonly FlowStep[] {
  return path.length <= MAX_STEPS ? path : [...path.slice(0, 1), ...path.slice(path.length - MAX_STEPS + 1)];
}
