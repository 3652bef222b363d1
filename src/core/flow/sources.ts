/**
 * Which names are personal information, as the scan's classifier reads them: a flow source is
 * an identifier or member the classifier flags with at least medium confidence (a bare `name`
 * or `address` is too weak alone; `user.name` is not). One reader per analysed text, memoised.
 */
import { classifyField } from '../detect/classify.js';
import type { CompiledVocabulary } from '../detect/vocabulary/index.js';
import type { CategoryKey } from '../law/schema.js';
import type { Finding } from '../types.js';

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Reads names as sources; `undefined` when not PI. */
export type NameReader = (name: string, owner: string | undefined) => CategoryKey | undefined;

/** A memoised reader over the given vocabulary (the default when omitted). */
export function nameReader(vocabulary?: CompiledVocabulary): NameReader {
  // By owner, then name: asked for every name the walk meets, so no key string is built per ask.
  const memo = new Map<string, Map<string, CategoryKey | null>>();
  return (name, owner) => {
    if (name.length > 100) return undefined;
    const ownerKey = owner ?? '';
    let names = memo.get(ownerKey);
    if (names === undefined) memo.set(ownerKey, (names = new Map<string, CategoryKey | null>()));
    let hit = names.get(name);
    if (hit === undefined) {
      const f = classifyField(
        { name, range: ZERO, role: 'usage', ...(owner !== undefined ? { owner } : {}) },
        vocabulary !== undefined ? { vocabulary } : {},
      );
      hit = f !== undefined && f.confidence !== 'low' && f.state !== 'anonymized' ? f.category : null;
      names.set(name, hit);
    }
    return hit ?? undefined;
  };
}

/**
 * Record types declared in the same text with their PI categories (`interface User { phone }`):
 * a parameter typed `User` carries them. From the scan's own findings, so nothing is read twice.
 */
export function recordTypes(findings: readonly Finding[]): Map<string, CategoryKey[]> {
  // A list per owner, added to in place: an owner has a few categories, so `includes` is cheaper
  // than a set, and the lists are sorted where they are out of order rather than copied and
  // sorted (a set, a copy and a sort per owner were 0.6 MB per call on the Java benchmark file,
  // whose 434 classes each declare two fields).
  const types = new Map<string, CategoryKey[]>();
  for (const f of findings) {
    if (f.role !== 'declaration' || f.owner === undefined || f.state === 'anonymized') continue;
    const list = types.get(f.owner);
    if (list === undefined) types.set(f.owner, [f.category]);
    else if (!list.includes(f.category)) list.push(f.category);
  }
  for (const list of types.values()) sortFew(list);
  return types;
}

/**
 * Sorts a short list of distinct categories in place, in the order `sort()` gives, by insertion:
 * `sort()` allocated a work copy per call, most of the bytes of this function.
 */
function sortFew(list: CategoryKey[]): void {
  for (let i = 1; i < list.length; i++) {
    const x = list[i] as CategoryKey;
    let j = i - 1;
    for (; j >= 0 && (list[j] as CategoryKey) > x; j--) list[j + 1] = list[j] as CategoryKey;
    list[j + 1] = x;
  }
}
