/**
 * A candidate's finding from a verdict, built once per reported field (issue 8: a scan builds
 * thousands). `{ field, range, role, owner, ...verdict }` grows the object a property at a time;
 * a verdict of the usual keys in the usual order is written out in one literal instead, with the
 * same keys in the same order (JSON output, baselines and SARIF see the same object).
 */
import type { FieldCandidate, Finding } from '../types.js';

export type Verdict = Pick<Finding, 'category' | 'class' | 'confidence' | 'evidence' | 'minor' | 'contest'>;

/** The keys a verdict has, in the order the classifier writes them; the last two are optional. */
const USUAL_KEYS = ['category', 'class', 'confidence', 'evidence', 'minor', 'contest'] as const;
const REQUIRED = 4;

/**
 * Whether `verdict` has exactly the usual keys in the usual order (the optional ones may be
 * absent), so `findingOf` may write it out; checked once per cached verdict.
 */
export function usualVerdict(verdict: object): boolean {
  const keys = Object.keys(verdict);
  let at = 0;
  for (let i = 0; i < USUAL_KEYS.length && at < keys.length; i++) {
    if (keys[at] === USUAL_KEYS[i]) at++;
    else if (i < REQUIRED) return false;
  }
  return at === keys.length && at >= REQUIRED;
}

type Built = { -readonly [K in keyof Finding]: Finding[K] };

/**
 * `{ field, range, role, owner?, ...verdict }`; `usual` (from `usualVerdict`) lets it be written
 * as one literal. Without an owner the finding has no `owner` key, as before.
 */
export function findingOf(candidate: FieldCandidate, verdict: Verdict, usual: boolean): Finding {
  const { name: field, range, role, owner } = candidate;
  if (!usual) {
    return owner === undefined
      ? { field, range, role, ...verdict }
      : { field, range, role, owner, ...verdict };
  }
  const { category, class: cls, confidence, evidence } = verdict;
  const minor = 'minor' in verdict;
  // A contested mapping (an ID card, a bank card: two findings in five of the TypeScript bench
  // file) is written out with its contest too: a key added after the literal costs the finding a
  // second allocation, its properties' backing store, and findings live as long as the memo.
  if (!minor && 'contest' in verdict) {
    const contest = verdict.contest;
    return owner === undefined
      ? { field, range, role, category, class: cls, confidence, evidence, contest }
      : { field, range, role, owner, category, class: cls, confidence, evidence, contest };
  }
  const built: Built =
    owner === undefined
      ? { field, range, role, category, class: cls, confidence, evidence }
      : { field, range, role, owner, category, class: cls, confidence, evidence };
  if (minor) built.minor = verdict.minor;
  if ('contest' in verdict) built.contest = verdict.contest;
  return built;
}
