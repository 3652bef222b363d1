import { parseConfig, type ParseConfigResult } from '../core/config/parse.js';
import type { PilensConfig } from '../core/config/schema.js';
import { LineIndex } from '../core/text/lines.js';
import type { Range } from '../core/types.js';

export interface ConfigProblem {
  readonly message: string;
  readonly range: Range;
}

export interface ConfigReadResult {
  /** The config to scan with; undefined when the file is invalid (defaults apply). */
  readonly config: PilensConfig | undefined;
  /** The first problem, at the offending value: one precise diagnostic, not a cascade. */
  readonly problem?: ConfigProblem;
}

/**
 * Validates `.pilens.json` text with the core's zod schema. In an untrusted workspace the
 * core drops the workspace-supplied patterns (`ignores`, `overrides`) before anything runs.
 */
export function readConfigText(text: string, trusted: boolean): ConfigReadResult {
  const result: ParseConfigResult = parseConfig(text, { untrusted: !trusted });
  if (result.ok) return { config: result.config };
  const first = result.errors[0];
  if (first === undefined)
    return { config: undefined, problem: { message: 'invalid .pilens.json', range: wholeStart() } };
  const lines = new LineIndex(text);
  // A zero-length range (end of file) still needs a character to underline.
  const range = lines.rangeAt(first.offset, Math.max(first.length, 1));
  return { config: undefined, problem: { message: first.message, range } };
}

function wholeStart(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
}
