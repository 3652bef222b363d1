/**
 * The default detection vocabulary, validated and compiled once when first imported.
 * `.pilens.json` additions are compiled on top of the same data (see `../custom.ts`).
 */
import { CLASS_A_VOCABULARY } from './classA.js';
import { CLASS_B_VOCABULARY } from './classB.js';
import { CLASS_C_IDENTITY_VOCABULARY } from './classCIdentity.js';
import { CLASS_C_OTHER_VOCABULARY, MINOR_VOCABULARY } from './classCOther.js';
import { compileVocabulary, type CompiledVocabulary } from './compile.js';
import { DETECTION_CONTEXT } from './context.js';
import type { CategoryVocabularyInput } from './schema.js';

/** All category vocabulary data, before compilation (tests and config read it). */
export const VOCABULARY_DATA: readonly CategoryVocabularyInput[] = [
  ...CLASS_A_VOCABULARY,
  ...CLASS_B_VOCABULARY,
  ...CLASS_C_IDENTITY_VOCABULARY,
  ...CLASS_C_OTHER_VOCABULARY,
  ...MINOR_VOCABULARY,
];

export { DETECTION_CONTEXT };

let compiled: CompiledVocabulary | undefined;

/** The compiled default vocabulary (built on first use, then shared). */
export function defaultVocabulary(): CompiledVocabulary {
  compiled ??= compileVocabulary(VOCABULARY_DATA, DETECTION_CONTEXT);
  return compiled;
}

export type { CompiledVocabulary, TermMeaning } from './compile.js';
export * from './schema.js';
