import { Tree, type NodeSet } from '@lezer/common';
import { BufferReader, DECLINE, TsParser } from './tsParseCore.js';
import { statement } from './tsParseDecl.js';
import type { TsScratch } from './tsScratch.js';
import { TK, tokenizeTs } from './tsTokens.js';

/**
 * The fast TypeScript reader: a hand-written parse of the TypeScript most model and service
 * code is written in, building the very tree @lezer/javascript (ts dialect) builds for it, in
 * Lezer's own buffer format, several times faster because it has no parse tables, stacks or
 * error recovery to run. The extractor walks that buffer directly (tsBufferWalk.ts) with the
 * rules the Lezer walk applies, so both give the same candidates (differential tests hold the
 * trees and the candidates equal). Where the text leaves the subset the reader knows — a
 * syntax error, JSX, a construct it does not build — it returns undefined and the caller
 * parses with Lezer.
 *
 * Its trees seed Lezer's incremental parse after an edit as Lezer's own do: they have the same
 * nodes, and Lezer's trees of such texts carry no look-ahead records either (a test holds a
 * re-parse from the reader's tree equal to a fresh parse).
 */

/** The reader's node buffer: `size` Int32 of post-order `type, from, to, size` records. */
export interface TsBuffer {
  readonly buffer: Int32Array;
  readonly size: number;
}

/**
 * Reads `text` into Lezer's buffer format, or undefined where it leaves the text to Lezer;
 * with `blanked` (tsDecoratedExports.ts), as the text with those ranges blanked. With
 * `scratch` (tsScratch.ts) the read works in its arrays and the buffer returned is one of them,
 * valid only while the scratch is borrowed (`BufferTree.kept` copies it out); without, new.
 */
export function readTypeScriptBuffer(
  text: string,
  nodeSet: NodeSet,
  blanked: readonly number[] = [],
  scratch?: TsScratch,
): TsBuffer | undefined {
  const tokens = tokenizeTs(text, blanked, scratch);
  if (tokens === undefined) return undefined;
  let P: TsParser | undefined;
  try {
    P = new TsParser(text, tokens, nodeSet, scratch);
    while (P.kind() !== TK.EOF) statement(P);
    P.end();
    return { buffer: P.buf, size: P.size };
  } catch (e) {
    // Nesting deep enough to exhaust the stack is left to Lezer, which does not recurse.
    if (e === DECLINE || e instanceof RangeError) return undefined;
    throw e;
  } finally {
    if (scratch !== undefined) P?.keepIn(scratch);
  }
}

/** The reader's buffer as a Lezer `Tree` (for the memo Lezer's incremental parse starts from). */
export function treeOfBuffer(read: TsBuffer, nodeSet: NodeSet, topId: number, length: number): Tree {
  return Tree.build({ buffer: new BufferReader(read.buffer, read.size), nodeSet, topID: topId, length });
}

/** `readTypeScriptBuffer` as a Lezer `Tree`. */
export function readTypeScriptTree(text: string, nodeSet: NodeSet, topId: number): Tree | undefined {
  const read = readTypeScriptBuffer(text, nodeSet);
  return read && treeOfBuffer(read, nodeSet, topId, text.length);
}
