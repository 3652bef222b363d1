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
    categories: [...categories].sort(),
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
  change: Partial<Pick<Taint, 'deidentified' | 'record'>> = {},
): Taint {
  const path =
    t.path.length < MAX_STEPS
      ? [...t.path, { offset, label }]
      : [...t.path.slice(0, 1), ...t.path.slice(2), { offset, label }];
  // Written out, not spread: a step is taken at every assignment and call the walk follows.
  const deidentified = change.deidentified ?? t.deidentified;
  const record = change.record ?? t.record;
  return t.params !== undefined
    ? { categories: t.categories, path, deidentified, record, params: t.params }
    : { categories: t.categories, path, deidentified, record };
}

/**
 * Two values combined (concatenation, an object literal): categories add up, the first path
 * is kept, and the result is de-identified only when both parts were.
 */
export function merge(a: Taint | undefined, b: Taint | undefined): Taint | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const categories = within(b.categories, a.categories)
    ? a.categories
    : [...new Set([...a.categories, ...b.categories])].sort();
  const params =
    a.params === undefined
      ? b.params
      : b.params === undefined
        ? a.params
        : [...new Set([...a.params, ...b.params])];
  const deidentified = a.deidentified && b.deidentified;
  const record = a.record || b.record;
  return params !== undefined
    ? { categories, path: a.path, deidentified, record, params }
    : { categories, path: a.path, deidentified, record };
}

/** Whether every category of `some` is in `all` (then a merge keeps `all` as it is: sorted). */
function within(some: readonly CategoryKey[], all: readonly CategoryKey[]): boolean {
  if (some === all) return true;
  for (const c of some) if (!all.includes(c)) return false;
  return true;
}

/** Caps a path as `step` does: its head and its last steps. */
export function capPath(path: readonly FlowStep[]): readonly FlowStep[] {
  return path.length <= MAX_STEPS ? path : [...path.slice(0, 1), ...path.slice(path.length - MAX_STEPS + 1)];
}
