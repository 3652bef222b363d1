/**
 * What the lead's flow rulings (session 21) keep of a text's walked flows. Caches: PRODUCT §8
 * names plain storage of *sensitive* PI in caches as the sink, so a cache write is a flow only
 * when a sensitive category reaches it (PIPL Art. 28, or a national standard's list, as the law
 * model reads it under its strict reading), and then it names every category that reaches it.
 */
import { CATEGORY_KEYS, sensitivityFor } from '../law/categories.js';
import type { CategoryKey } from '../law/schema.js';
import type { Flow } from './types.js';

/** The categories sensitive under the strict reading (an ID number is, by GB/T 35273). */
const SENSITIVE: ReadonlySet<CategoryKey> = new Set(CATEGORY_KEYS.filter((k) => sensitivityFor(k) !== 'no'));

/** Whether a category is sensitive PI under the strict reading. */
export function isSensitive(category: CategoryKey): boolean {
  return SENSITIVE.has(category);
}

/** Whether a flow stands: any flow but a cache write that no sensitive category reaches. */
export function keepFlow(f: Flow): boolean {
  return f.sink.kind !== 'cache' || f.categories.some(isSensitive);
}

/** The flows that stand, in their order: the list itself when all do (most lists). */
export function standingFlows(flows: Flow[]): Flow[] {
  return flows.every(keepFlow) ? flows : flows.filter(keepFlow);
}
