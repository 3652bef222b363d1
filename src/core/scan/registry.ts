import { codeExtractors } from './code/index.js';
import type { Extractor } from './extractor.js';
import { formatExtractors } from './formats/index.js';
import { genericExtractor } from './generic.js';

/**
 * Every extractor, tried in order; the first whose `handles(source)` is true reads the text.
 * The language-agnostic scanner (`generic.ts`) is last and handles everything, so it reads
 * what no structure-aware extractor claims, and is the fallback when one fails.
 *
 * To add one: build it with the kit (`kit/`) in its own module under `formats/` or `code/`
 * and append it to `formatExtractors` or `codeExtractors` (CONTRIBUTING.md, "Add an
 * extractor").
 */
export const extractors: Extractor[] = [...codeExtractors, ...formatExtractors, genericExtractor];
