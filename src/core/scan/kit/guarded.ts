import { messageOf } from '../../errors.js';
import type { LineIndex } from '../../text/lines.js';
import type { ExtractResult } from '../extractor.js';

/**
 * A failure at a known offset of the text (an unterminated string, an unbalanced bracket).
 * `guarded` reports it at its line and column; `message` keeps the offset for other readers.
 */
export class SourceError extends Error {
  constructor(
    /** What went wrong, without the place. */
    readonly reason: string,
    /** The 0-based offset in the text where it went wrong. */
    readonly offset: number,
  ) {
    super(`${reason} at offset ${offset}`);
  }
}

/**
 * Runs an extractor body so that nothing escapes as an exception: the contract is that a
 * failure is data (`ok: false`) and the pipeline falls back to the generic scanner. A
 * `SourceError` is placed at its 1-based line:column when `lines` is given.
 */
export function guarded(body: () => ExtractResult, lines?: LineIndex): ExtractResult {
  try {
    return body();
  } catch (error) {
    if (error instanceof SourceError && lines !== undefined) {
      const p = lines.positionAt(error.offset);
      return { ok: false, error: `${error.reason} at ${p.line + 1}:${p.character + 1}` };
    }
    return { ok: false, error: messageOf(error) };
  }
}
