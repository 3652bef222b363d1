// STUB written by the lead to fix the interface; the detection helper replaces the body.
import type { Finding } from '../types.js';
import type { SourceInfo } from './extractor.js';

export type ContestedReading = 'strict' | 'lenient';

/** Options that shape one scan. Everything optional has a sensible default. */
export interface ScanOptions {
  /** `.pilens.json` already parsed and validated (see core/config). */
  readonly config?: unknown;
  /** `strict` (default) takes the lower threshold for contested mappings. */
  readonly contestedReading?: ContestedReading;
  /** Report usages (`user.idCard`) as well as declarations; default true. */
  readonly includeUsages?: boolean;
}

export interface ScanResult {
  readonly findings: readonly Finding[];
  /** Which extractor read the text, or `generic` for the language-agnostic scanner. */
  readonly extractor: string;
  /** Set when a structured extractor failed and the generic scanner was used instead. */
  readonly parseError?: string;
  /** Findings silenced by directives (`pilens-disable…`, `@pi none`); counted, not listed. */
  readonly suppressed: number;
}

/** Scans one text and returns its personal-information findings. Pure and synchronous. */
export function scanText(_text: string, _source: SourceInfo, _options: ScanOptions = {}): ScanResult {
  return { findings: [], extractor: 'generic', suppressed: 0 };
}
