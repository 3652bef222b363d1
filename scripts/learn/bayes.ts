/**
 * Trains the naive Bayes second opinion's model (`bayesOpinion.ts`)
 * from labelled fields: for each feature and label, the number of distinct repositories (and of
 * fields) it was seen in with that label. A feature is kept only when seen in at least
 * `minRepositories` repositories, whatever their labels: one team's habit is not evidence.
 * Deterministic: the same examples give the same text, byte for byte.
 */
import type { LearnedModelData } from './bayesOpinion.js';

/** One labelled field: its features, label and repository. */
export interface BayesExample {
  readonly features: readonly string[];
  readonly label: string;
  readonly repository: string;
}

export interface BayesParams {
  /** Repositories a feature must be seen in to be kept. */
  readonly minRepositories: number;
  /** Additive smoothing. */
  readonly alpha: number;
}

/** Chosen by repository-grouped cross-validation on train (`npm run learn:cv`). */
export const DEFAULT_BAYES: BayesParams = { minRepositories: 3, alpha: 0.1 };

/** The model of `examples`, serialised. */
export function trainBayes(
  examples: readonly BayesExample[],
  params: BayesParams = DEFAULT_BAYES,
): LearnedModelData {
  const classes = ['none', ...[...new Set(examples.map((e) => e.label))].filter((c) => c !== 'none').sort()];
  const index = new Map(classes.map((c, k) => [c, k]));
  const fields = new Array<number>(classes.length).fill(0);
  // feature → class → repositories (set) and fields
  const seen = new Map<string, Map<number, { repos: Set<string>; fields: number }>>();
  const reposOf = new Map<string, Set<string>>();
  for (const e of examples) {
    const c = index.get(e.label) ?? 0;
    fields[c] = (fields[c] ?? 0) + 1;
    for (const f of e.features) {
      let byClass = seen.get(f);
      if (byClass === undefined)
        seen.set(f, (byClass = new Map<number, { repos: Set<string>; fields: number }>()));
      let s = byClass.get(c);
      if (s === undefined) byClass.set(c, (s = { repos: new Set(), fields: 0 }));
      s.repos.add(e.repository);
      s.fields++;
      let all = reposOf.get(f);
      if (all === undefined) reposOf.set(f, (all = new Set()));
      all.add(e.repository);
    }
  }
  const lines: string[] = [];
  for (const f of [...seen.keys()].sort()) {
    if ((reposOf.get(f)?.size ?? 0) < params.minRepositories) continue;
    if (f.includes('\t') || f.includes('\n')) continue;
    const byClass = seen.get(f) ?? new Map<number, { repos: Set<string>; fields: number }>();
    const parts = [...byClass.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([c, s]) => `${c},${s.repos.size},${s.fields}`);
    lines.push(`${f}\t${parts.join(';')}`);
  }
  return { classes, alpha: params.alpha, fields, features: lines.join('\n') };
}
