/**
 * What a value carries while the analysis follows it: the categories of personal information
 * in it, the path it took (capped), whether it was masked on the way, and whether it is a
 * whole record (an object holding PI) rather than one value.
 */
import type { CategoryKey } from '../law/schema.js';
import type { FlowStep } from './types.js';

/** Paths longer than this keep their head and their last steps: reports stay readable. */
const MAX_STEPS = 8;

export interface Taint {
  readonly categories: readonly CategoryKey[];
  readonly path: readonly FlowStep[];
  readonly deidentified: boolean;
  /** An object holding PI: reading a non-PI member of it yields nothing. */
  readonly record: boolean;
  /**
   * Only while a helper's summary is computed (helpers.ts): the helper's parameters, by
   * position, this value comes from.
   */
  readonly params?: readonly number[];
}

/** A source: one category read at `offset` under `label`. */
export function source(categories: readonly CategoryKey[], offset: number, label: string): Taint {
  return {
    categories: categories.length === 1 ? categories.slice() : [...categories].sort(),
    path: [{ offset, label }],
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
  const path =
    t.path.length < MAX_STEPS
      ? [...t.path, { offset, label }]
      : [...t.path.slice(0, 1), ...t.path.slice(2), { offset, label }];
  return change === undefined ? { ...t, path } : { ...t, ...change, path };
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

/** Caps a path as `step` does: its head and its last steps. */
export function capPath(path: readonly FlowStep[]): readonly FlowStep[] {
  return path.length <= MAX_STEPS ? path : [...path.slice(0, 1), ...path.slice(path.length - MAX_STEPS + 1)];
}
