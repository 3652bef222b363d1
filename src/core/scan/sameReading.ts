/**
 * Candidates that read the same: everything classification reads but the range. Two such
 * candidates get the same verdict, each at its own range, so a verdict is reused rather than
 * read again, across scans of one document (recordMemo.ts) and within one scan (`Twins`: a
 * generated file's record repeats its fields, the generic bench file's `t_user` holds `sfzh` and
 * `xm` 556 times each).
 */
import type { FieldCandidate, Finding, Range } from '../types.js';

/** Whether two candidates read the same: everything classification reads but the range. */
export function sameCandidate(a: FieldCandidate | undefined, b: FieldCandidate | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (
    a.name === b.name &&
    a.role === b.role &&
    a.owner === b.owner &&
    a.declaredType === b.declaredType &&
    a.comment === b.comment &&
    a.ownerComment === b.ownerComment &&
    a.validation === b.validation &&
    a.takesArguments === b.takesArguments &&
    a.searchCriterion === b.searchCriterion &&
    sameList(a.siblings, b.siblings)
  );
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** A verdict at the candidate's current range (the same object when it has not moved). */
export function placed(finding: Finding | undefined, range: Range | undefined): Finding | undefined {
  if (finding === undefined || range === undefined || sameRange(finding.range, range)) return finding;
  return { ...finding, range };
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/**
 * The first candidate of each name in a group (a record, or the candidates of no record), for
 * telling which later ones read the same as it. Only the first of a name is kept: a group that
 * repeats a field repeats it as it was, and a name read two ways is read each time, as before.
 */
export class Twins {
  readonly #candidates: readonly FieldCandidate[];
  readonly #first = new Map<string, number>();

  constructor(candidates: readonly FieldCandidate[]) {
    this.#candidates = candidates;
  }

  /** Starts the next group. */
  reset(): void {
    this.#first.clear();
  }

  /**
   * The earlier candidate of the group that candidate `k` reads the same as, or -1 (and `k` is
   * kept when it is the first of its name).
   */
  of(k: number): number {
    const c = this.#candidates[k] as FieldCandidate;
    const first = this.#first.get(c.name);
    if (first === undefined) {
      this.#first.set(c.name, k);
      return -1;
    }
    return sameCandidate(this.#candidates[first], c) ? first : -1;
  }
}
