/**
 * The naive Bayes second opinion (issue 9, an experiment: README.md): a model trained on the
 * real-code field lexicon's train split (`bayes.ts`) and scored here. Evidence is
 * counted by distinct repositories, not fields, so one large project's habits weigh as one
 * voice; only features seen in at least two repositories were kept. Every opinion names the
 * feature that favoured its category most, with the fields and projects it was seen in.
 */

/** The serialised model, as `bayes.ts` writes it. */
export interface LearnedModelData {
  /** Labels, `none` first. */
  readonly classes: readonly string[];
  /** Additive smoothing of each feature's evidence. */
  readonly alpha: number;
  /** Training fields per class (the prior). */
  readonly fields: readonly number[];
  /**
   * One line per feature: `feature\tclass,repositories,fields;…` (class by index), sorted by
   * feature. Repositories are the evidence; fields are only told in explanations.
   */
  readonly features: string;
}

/** One class's evidence for a feature. */
export interface Seen {
  readonly category: string;
  readonly repositories: number;
  readonly fields: number;
}

/** What the model says of one field. */
export interface Opinion {
  /** The likeliest label, `none` included. */
  readonly category: string;
  /** Its posterior probability (naive Bayes: sharper than it deserves; thresholds are set by cross-validation). */
  readonly probability: number;
  /** The feature that favoured `category` over `none` most, and how it was seen (absent for `none`). */
  readonly because?: { readonly feature: string; readonly seen: Seen };
}

/** A model ready to score: log-likelihoods per feature and class. */
export interface LearnedModel {
  readonly classes: readonly string[];
  readonly logPrior: readonly number[];
  /** Per feature, the log-likelihood of each class, and its evidence per class. */
  readonly table: ReadonlyMap<string, { readonly log: Float64Array; readonly seen: readonly Seen[] }>;
}

/** Builds the scoring tables of a serialised model. */
export function compileModel(data: LearnedModelData): LearnedModel {
  const C = data.classes.length;
  const rows: [string, number[][]][] = [];
  const evidence = new Array<number>(C).fill(0);
  for (const line of data.features.split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const counts = line
      .slice(tab + 1)
      .split(';')
      .map((part) => part.split(',').map(Number));
    for (const [c = 0, repos = 0] of counts) evidence[c] = (evidence[c] ?? 0) + repos;
    rows.push([line.slice(0, tab), counts]);
  }
  const V = rows.length;
  const denominator = evidence.map((e) => Math.log(e + data.alpha * V));
  const total = data.fields.reduce((a, b) => a + b, 0);
  const table = new Map<string, { log: Float64Array; seen: Seen[] }>();
  for (const [feature, counts] of rows) {
    const log = new Float64Array(C);
    for (let c = 0; c < C; c++) log[c] = Math.log(data.alpha) - (denominator[c] ?? 0);
    const seen: Seen[] = [];
    for (const [c = 0, repos = 0, fields = 0] of counts) {
      log[c] = Math.log(repos + data.alpha) - (denominator[c] ?? 0);
      seen.push({ category: data.classes[c] ?? 'none', repositories: repos, fields });
    }
    table.set(feature, { log, seen });
  }
  return {
    classes: data.classes,
    logPrior: data.fields.map((n) => Math.log((n + 1) / (total + C))),
    table,
  };
}

/** The model's opinion of a field read as `features`. */
export function opinionOf(features: readonly string[], model: LearnedModel, pooled = true): Opinion {
  const C = model.classes.length;
  const scores = Float64Array.from(model.logPrior);
  const present: { feature: string; log: Float64Array; seen: readonly Seen[] }[] = [];
  // Features of one source (the name's parts and whole, a comment's phrase and pairs) repeat one
  // another: each source's mean log-likelihood counts once, so `phone`, `n:phone`, `联系电话` and
  // its pairs are one voice beside the owner's, not five against it.
  const groups = new Map<string, { sum: Float64Array; n: number }>();
  for (const feature of features) {
    const row = model.table.get(feature);
    if (row === undefined) continue;
    present.push({ feature, ...row });
    const source = SOURCE[feature.slice(0, feature.indexOf(':'))] ?? feature;
    let g = groups.get(source);
    if (g === undefined) groups.set(source, (g = { sum: new Float64Array(C), n: 0 }));
    g.n++;
    for (let c = 0; c < C; c++) g.sum[c] = (g.sum[c] ?? 0) + (row.log[c] ?? 0);
  }
  for (const g of groups.values())
    for (let c = 0; c < C; c++) scores[c] = (scores[c] ?? 0) + (g.sum[c] ?? 0) / (pooled ? g.n : 1);
  let best = 0;
  for (let c = 1; c < C; c++) if ((scores[c] ?? 0) > (scores[best] ?? 0)) best = c;
  let sum = 0;
  for (let c = 0; c < C; c++) sum += Math.exp((scores[c] ?? 0) - (scores[best] ?? 0));
  const category = model.classes[best] ?? 'none';
  const probability = 1 / sum;
  if (category === 'none') return { category, probability };
  // The feature with the largest lift of the category over `none`, seen with the category.
  let because: Opinion['because'];
  let lift = -Infinity;
  for (const p of present) {
    const seen = p.seen.find((s) => s.category === category);
    if (seen === undefined) continue;
    const l = (p.log[best] ?? 0) - (p.log[0] ?? 0);
    if (l > lift) {
      lift = l;
      because = { feature: p.feature, seen };
    }
  }
  return because === undefined ? { category, probability } : { category, probability, because };
}

/** Which source each feature prefix belongs to (`bayesFeatures.ts`). */
const SOURCE: Readonly<Record<string, string>> = {
  n: 'name',
  nz: 'name',
  w: 'name',
  c: 'comment',
  cz: 'comment',
  cw: 'comment',
  t: 'type',
  o: 'owner',
  oz: 'owner',
  s: 'siblings',
};
