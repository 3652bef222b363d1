/**
 * The lexicon's records as training examples for the learned second opinion: each record's
 * fields are read by the rules alone, each file's records together with its path (the way
 * `test/support/lexicon.ts` feeds the evaluator), and each field becomes its features (`fieldFeatures`) with the reviewer's category.
 */
import { defaultVocabulary } from '../../src/core/detect/vocabulary/index.js';
import { classifyRecords } from '../../src/core/scan/recordMemo.js';
import { lexiconFiles, type LexiconRecord } from '../../test/support/lexicon.js';
import { fieldFeatures, recordViews } from './features.js';
import type { Example } from './logistic.js';

/** One example per record, in order, and the rules' own verdict (`none`: nothing) for each. */
export interface LexiconExamples {
  readonly examples: Example[];
  readonly rules: string[];
}

/** Reads `records` through the rules and the feature extractor. */
export function lexiconExamples(records: readonly LexiconRecord[]): LexiconExamples {
  const vocab = defaultVocabulary();
  const examples: Example[] = new Array<Example>(records.length);
  const rules: string[] = new Array<string>(records.length).fill('none');
  for (const { path, indices, candidates } of lexiconFiles(records)) {
    const verdicts = classifyRecords(
      candidates,
      { vocabulary: vocab, contestedReading: 'strict', path },
      undefined,
    ).classified;
    const views = recordViews(candidates, verdicts);
    candidates.forEach((c, j) => {
      const k = indices[j] as number;
      const r = records[k] as LexiconRecord;
      const verdict = verdicts[j];
      rules[k] = verdict?.category ?? 'none';
      const view = views[j] ?? { siblings: [], siblingCategories: [] };
      examples[k] = { features: fieldFeatures(c, view, verdict, vocab), label: r.category, group: r.source };
    });
  }
  return { examples, rules };
}
