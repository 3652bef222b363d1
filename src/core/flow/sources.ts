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
  // By owner, then by name: no key string built per lookup (the walk reads a name at every use).
  const memo = new Map<string, Map<string, CategoryKey | null>>();
  return (name, owner) => {
    if (name.length > 100) return undefined;
    let byName = memo.get(owner ?? '');
    if (byName === undefined) memo.set(owner ?? '', (byName = new Map<string, CategoryKey | null>()));
    let hit = byName.get(name);
    if (hit === undefined) {
      const f = classifyField(
        { name, range: ZERO, role: 'usage', ...(owner !== undefined ? { owner } : {}) },
        vocabulary !== undefined ? { vocabulary } : {},
      );
      hit = f !== undefined && f.confidence !== 'low' && f.state !== 'anonymized' ? f.category : null;
      byName.set(name, hit);
    }
    return hit ?? undefined;
  };
}

/**
 * Record types declared in the same text with their PI categories (`interface User { phone }`):
 * a parameter typed `User` carries them. From the scan's own findings, so nothing is read twice.
 */
export function recordTypes(findings: readonly Finding[]): Map<string, CategoryKey[]> {
  const types = new Map<string, Set<CategoryKey>>();
  for (const f of findings) {
    if (f.role !== 'declaration' || f.owner === undefined || f.state === 'anonymized') continue;
    let set = types.get(f.owner);
    if (set === undefined) types.set(f.owner, (set = new Set()));
    set.add(f.category);
  }
  return new Map([...types].map(([k, v]) => [k, [...v].sort()]));
}
