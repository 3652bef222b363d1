/**
 * Name-based detection: identifier splitting, vocabulary, classification with evidence, and
 * the `@pi` / `pilens-` directives. Pure; see `scan/index.ts` for the whole pipeline.
 */
export { classifyField, type ClassifyOptions } from './classify.js';
export { parseDirectives, type Directive, type DirectiveKind } from './annotations.js';
export { tokenize, words, hanRuns, type Token } from './tokenize.js';
export { readType, type TypeReading, type TypeShape } from './declaredType.js';
export { vocabularyFor } from './custom.js';
export { defaultVocabulary, VOCABULARY_DATA, DETECTION_CONTEXT } from './vocabulary/index.js';
