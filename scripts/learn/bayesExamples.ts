/** The lexicon's records as the naive Bayes second opinion's examples (`bayes.ts`). */
import { learnedFeatures, recordFeatures } from './bayesFeatures.js';
import type { LexiconRecord } from '../../test/support/lexicon.js';
import type { BayesExample } from './bayes.js';

/**
 * Lexicon records as training examples, in order: each field with its record's features (the
 * field names of the same repository, file and owner; an owner-less field has no record), as
 * the scanners hand a record to the classifier.
 */
export function bayesExamples(records: readonly LexiconRecord[]): BayesExample[] {
  const names = new Map<string, string[]>();
  const recordOf = (r: LexiconRecord): string => `${r.source}\u0000${r.file}\u0000${r.owner}`;
  for (const r of records) {
    if (r.owner === '') continue;
    const list = names.get(recordOf(r));
    if (list === undefined) names.set(recordOf(r), [r.name]);
    else list.push(r.name);
  }
  const features = new Map([...names].map(([key, list]) => [key, recordFeatures(list)]));
  return records.map((r) => ({
    features: learnedFeatures(
      {
        name: r.name,
        owner: r.owner === '' ? undefined : r.owner,
        declaredType: r.type,
        comment: r.comment,
      },
      r.owner === '' ? [] : features.get(recordOf(r)),
    ),
    label: r.category,
    repository: r.source,
  }));
}
