import { codeExtractors } from './code/index.js';
import type { Extractor } from './extractor.js';
import { formatExtractors } from './formats/index.js';

/**
 * Structure-aware extractors, tried in order; the first whose `handles(source)` is true reads
 * the text, and anything no extractor handles gets the language-agnostic scanner
 * (`generic.ts`).
 *
 * To add one: implement `Extractor` (see `extractor.ts`) in its own module under
 * `formats/` or `code/`, import it here and append it to the array below with a one-line
 * targeted edit. Put more specific extractors (by file name) before broader ones (by
 * extension). Extractors must never throw: return `{ ok: false, error }` instead.
 */
export const extractors: Extractor[] = [...codeExtractors, ...formatExtractors];
