/**
 * The default detection vocabulary. Its compiled form is generated data (snapshot.generated.ts,
 * validated and compiled by `npm run gen`), loaded on first use; `.pilens.json` additions are
 * compiled from the source data at run time (see `../custom.ts`).
 */
import { CLASS_A_VOCABULARY } from './classA.js';
import { CLASS_B_VOCABULARY } from './classB.js';
import { CLASS_C_IDENTITY_VOCABULARY } from './classCIdentity.js';
import { CLASS_C_OTHER_VOCABULARY, MINOR_VOCABULARY } from './classCOther.js';
import { CN_FIELD_VOCABULARY } from './cnFields.js';
import { DDL_COLUMN_VOCABULARY } from './ddlColumns.js';
import type { CompiledVocabulary } from './compile.js';
import { DETECTION_CONTEXT } from './context.js';
import { vocabularyFromSnapshot } from './snapshot.js';
import { VOCABULARY_SNAPSHOT } from './snapshot.generated.js';
import type { CategoryVocabularyInput } from './schema.js';

/** All category vocabulary data, before compilation (tests and config read it). */
export const VOCABULARY_DATA: readonly CategoryVocabularyInput[] = [
  ...CLASS_A_VOCABULARY,
  ...CLASS_B_VOCABULARY,
  ...CLASS_C_IDENTITY_VOCABULARY,
  ...CLASS_C_OTHER_VOCABULARY,
  ...MINOR_VOCABULARY,
  ...CN_FIELD_VOCABULARY,
  ...DDL_COLUMN_VOCABULARY,
];

export { DETECTION_CONTEXT };

let compiled: CompiledVocabulary | undefined;

/** The compiled default vocabulary (loaded from its snapshot on first use, then shared). */
export function defaultVocabulary(): CompiledVocabulary {
  compiled ??= vocabularyFromSnapshot(VOCABULARY_SNAPSHOT);
  return compiled;
}

export type { CompiledVocabulary, TermMeaning } from './compile.js';
export * from './schema.js';
