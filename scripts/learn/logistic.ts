/**
 * Multinomial logistic regression over sparse binary features, trained by AdaGrad on one example
 * at a time in an order fixed by a seeded generator: the same examples and parameters give the
 * same weights, byte for byte (a unit test checks it). Rare
 * features are dropped before training and small weights after, so the model stays small and
 * every weight it keeps was seen several times.
 */

/** One labelled field: its features (each once) and its category (`none` included). */
export interface Example {
  readonly features: readonly string[];
  readonly label: string;
  /** Where the example came from (its repository): a feature must be seen in several. */
  readonly group?: string;
}

export interface TrainParams {
  /** A feature seen in fewer examples than this is not learned. */
  readonly minCount: number;
  /** A feature seen in fewer groups (repositories) than this is not learned: it names one team's habit. */
  readonly minGroups: number;
  /** L2 penalty applied to a feature's weights each time it is seen. */
  readonly l2: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** Weights smaller than this (in absolute value) are dropped from the written model. */
  readonly prune: number;
  readonly seed: number;
}

/** The trained model: classes, biases, and per feature the non-zero weights by class index. */
export interface TrainedModel {
  readonly classes: readonly string[];
  readonly bias: readonly number[];
  readonly weights: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

/** A small deterministic generator (mulberry32): the training order must not depend on the run. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds a kept weight: two decimals carry all a model this noisy knows, and keep it small. */
export const roundWeight = (w: number): number => Math.round(w * 100) / 100;

/** Trains on `examples`; classes are the labels seen, sorted, with `none` first. */
export function train(examples: readonly Example[], params: TrainParams): TrainedModel {
  const classes = [...new Set(examples.map((e) => e.label))].sort((a, b) =>
    a === 'none' ? -1 : b === 'none' ? 1 : a.localeCompare(b),
  );
  const classIndex = new Map(classes.map((c, k) => [c, k]));
  const C = classes.length;
  const counts = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  for (const e of examples)
    for (const f of e.features) {
      counts.set(f, (counts.get(f) ?? 0) + 1);
      const seen = groups.get(f) ?? new Set<string>();
      seen.add(e.group ?? '');
      groups.set(f, seen);
    }
  const kept = [...counts]
    .filter(([f, n]) => n >= params.minCount && (groups.get(f)?.size ?? 0) >= params.minGroups)
    .map(([f]) => f)
    .sort();
  const featureIndex = new Map(kept.map((f, k) => [f, k]));
  const rows = examples.map((e) => ({
    features: Int32Array.from(e.features.map((f) => featureIndex.get(f) ?? -1).filter((k) => k >= 0)),
    label: classIndex.get(e.label) ?? 0,
  }));
  const W = new Float64Array(kept.length * C);
  const G = new Float64Array(kept.length * C).fill(1e-8);
  const bias = new Float64Array(C);
  const biasG = new Float64Array(C).fill(1e-8);
  const order = rows.map((_, k) => k);
  const random = generator(params.seed);
  const p = new Float64Array(C);
  for (let epoch = 0; epoch < params.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j] ?? 0, order[k] ?? 0];
    }
    for (const index of order) {
      const row = rows[index];
      if (row === undefined) continue;
      softmax(row.features, W, bias, C, p);
      for (let c = 0; c < C; c++) {
        const g = (p[c] ?? 0) - (c === row.label ? 1 : 0);
        biasG[c] = (biasG[c] ?? 0) + g * g;
        bias[c] = (bias[c] ?? 0) - (params.learningRate * g) / Math.sqrt(biasG[c] ?? 1);
        for (const f of row.features) {
          const at = f * C + c;
          const w = W[at] ?? 0;
          const gw = g + params.l2 * w;
          G[at] = (G[at] ?? 0) + gw * gw;
          W[at] = w - (params.learningRate * gw) / Math.sqrt(G[at] ?? 1);
        }
      }
    }
  }
  const weights = new Map<string, [number, number][]>();
  kept.forEach((f, k) => {
    const list: [number, number][] = [];
    for (let c = 0; c < C; c++) {
      const w = roundWeight(W[k * C + c] ?? 0);
      if (Math.abs(w) >= params.prune) list.push([c, w]);
    }
    if (list.length > 0) weights.set(f, list);
  });
  return { classes, bias: [...bias].map(roundWeight), weights };
}

/** Class probabilities into `p` for one example's feature indices. */
function softmax(
  features: Int32Array,
  W: Float64Array,
  bias: Float64Array,
  C: number,
  p: Float64Array,
): void {
  let max = -Infinity;
  for (let c = 0; c < C; c++) {
    let s = bias[c] ?? 0;
    for (const f of features) s += W[f * C + c] ?? 0;
    p[c] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let c = 0; c < C; c++) {
    const e = Math.exp((p[c] ?? 0) - max);
    p[c] = e;
    sum += e;
  }
  for (let c = 0; c < C; c++) p[c] = (p[c] ?? 0) / sum;
}

/** The model as the generated file holds it: per feature, alternating class index and weight. */
export function modelData(model: TrainedModel): {
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
} {
  const weights: Record<string, number[]> = {};
  for (const [f, pairs] of [...model.weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    weights[f] = pairs.flat();
  return { classes: [...model.classes], bias: [...model.bias], weights };
}
