/**
 * Inference for a trained model (`logistic.ts`): a field's score for a category is the
 * category's bias plus the weights of its features; the opinion names the features that pushed
 * it furthest from "none", so a listed add says what it was learned from.
 */
import type { TrainedModel } from './logistic.js';

/** What the model says of one field. */
export interface Opinion {
  /** The likeliest class (`none` included). */
  readonly category: string;
  readonly probability: number;
  /** The features that favoured `category` over `none` most, strongest first (empty for `none`). */
  readonly because: readonly string[];
}

/** How many features an opinion names. */
const BECAUSE = 3;

/** The model's opinion of a field with these features. */
export function opinion(features: readonly string[], model: TrainedModel): Opinion {
  const C = model.classes.length;
  const scores = Float64Array.from(model.bias);
  for (const f of features) for (const [c, w] of model.weights.get(f) ?? []) scores[c] = (scores[c] ?? 0) + w;
  let best = 0;
  for (let c = 1; c < C; c++) if ((scores[c] ?? 0) > (scores[best] ?? 0)) best = c;
  let sum = 0;
  for (let c = 0; c < C; c++) sum += Math.exp((scores[c] ?? 0) - (scores[best] ?? 0));
  const category = model.classes[best] ?? 'none';
  if (category === 'none') return { category, probability: 1 / sum, because: [] };
  const none = model.classes.indexOf('none');
  const lift = (f: string): number =>
    (model.weights.get(f) ?? []).reduce((w, [c, x]) => w + (c === best ? x : c === none ? -x : 0), 0);
  const because = features
    .map((f) => ({ f, w: lift(f) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || (a.f < b.f ? -1 : 1))
    .slice(0, BECAUSE)
    .map((x) => x.f);
  return { category, probability: 1 / sum, because };
}
