import type { FieldCandidate } from '../types.js';

/** What an extractor is told about the text it reads. */
export interface SourceInfo {
  /** A path or URI path; only its base name and extension are used for dispatch. */
  readonly path: string;
  /** VS Code language id when known (`sql`, `prisma`, `java`…). */
  readonly languageId?: string;
}

/**
 * A structure-aware reader for one format. Extractors never classify: they report every
 * declared field (and usage where cheap) with its exact range, owner, declared type and
 * attached comment. A parse failure is returned as `error`, never thrown, so the caller can
 * fall back to the language-agnostic scan.
 */
export interface Extractor {
  readonly id: string;
  handles(source: SourceInfo): boolean;
  /**
   * `previous` is the `memo` this extractor returned for an earlier version of the same
   * document, passed back so it can re-parse only what changed; an extractor that does not
   * recognise it (or keeps no memo) ignores it, and the result must equal a fresh extraction.
   */
  extract(text: string, source: SourceInfo, previous?: unknown): ExtractResult;
}

export type ExtractResult =
  | {
      readonly ok: true;
      readonly fields: readonly FieldCandidate[];
      /** Opaque state for the next `extract` of the same document (e.g. a syntax tree). */
      readonly memo?: unknown;
    }
  | {
      readonly ok: false;
      readonly error: string;
      /**
       * The text is simply not of this extractor's kind (a `package.json` is JSON but not a
       * schema): the generic scan reads it and no parse error is reported.
       */
      readonly notApplicable?: true;
    };
