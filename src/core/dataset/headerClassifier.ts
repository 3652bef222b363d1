/**
 * The header reading of a column, from the name detector (DETECT's classifyField): a dataset
 * header is a field name like any other, without owner, type or comment.
 */
import type { ContestedReading } from '../law/categories.js';
import { isCategoryKey } from '../law/categories.js';
import { classifyField } from '../detect/classify.js';
import type { HeaderClassifier } from './profile.js';

const ORIGIN = { line: 0, character: 0 };

/** A header classifier backed by the name detector; cached per name. */
export function nameDetectorClassifier(reading: ContestedReading = 'strict'): HeaderClassifier {
  const cache = new Map<string, ReturnType<HeaderClassifier>>();
  return (name) => {
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    const finding = classifyField(
      { name, range: { start: ORIGIN, end: { line: 0, character: name.length } }, role: 'declaration' },
      { contestedReading: reading },
    );
    const result =
      finding === undefined || !isCategoryKey(finding.category)
        ? null
        : {
            category: finding.category,
            confidence: finding.confidence,
            evidence: finding.evidence.map((e) => `${e.detail} (${finding.confidence})`),
          };
    cache.set(name, result);
    return result;
  };
}
