/**
 * What the lead's flow rulings (session 21) keep of a text's walked flows. Caches: PRODUCT §8
 * names plain storage of *sensitive* PI in caches as the sink, so a cache write is a flow only
 * when a sensitive category reaches it (PIPL Art. 28, or a national standard's list, as the law
 * model reads it under its strict reading), and then it names every category that reaches it.
 */
import { isSensitiveCategory } from '../law/categories.js';
import type { Flow } from './types.js';

/**
 * Whether a flow stands: any flow but a cache write that no sensitive category reaches (under
 * the strict reading: an ID number is sensitive, by GB/T 35273).
 */
export function keepFlow(f: Flow): boolean {
  return f.sink.kind !== 'cache' || f.categories.some((c) => isSensitiveCategory(c));
}

/** The flows that stand, in their order: the list itself when all do (most lists). */
export function standingFlows(flows: Flow[]): Flow[] {
  return flows.every(keepFlow) ? flows : flows.filter(keepFlow);
}
