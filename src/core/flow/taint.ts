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
  return { ...t, ...change, path };
}

/**
 * Two values combined (concatenation, an object literal): categories add up, the first path
 * is kept, and the result is de-identified only when both parts were.
 */
export function merge(a: Taint | undefined, b: Taint | undefined): Taint | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const categories =
    a.categories === b.categories ? a.categories : [...new Set([...a.categories, ...b.categories])].sort();
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
