import { Tree, type NodeSet } from '@lezer/common';
import { BufferReader, DECLINE, TsParser } from './tsParseCore.js';
import { statement } from './tsParseDecl.js';
import { TK, tokenizeTs } from './tsTokens.js';

/**
 * The fast TypeScript reader: a hand-written parse of the TypeScript most model and service
 * code is written in, building the very tree @lezer/javascript (ts dialect) builds for it, in
 * Lezer's own buffer format, several times faster because it has no parse tables, stacks or
 * error recovery to run. The extractor's handlers then walk it as they walk Lezer's tree, so
 * both give the same candidates (a differential test holds the trees equal). Where the text
 * leaves the subset the reader knows — a syntax error, JSX, a construct it does not build —
 * it returns undefined and the caller parses with Lezer.
 *
 * Its trees seed Lezer's incremental parse after an edit as Lezer's own do: they have the same
 * nodes, and Lezer's trees of such texts carry no look-ahead records either (a test holds a
 * re-parse from the reader's tree equal to a fresh parse).
 */
export function readTypeScriptTree(text: string, nodeSet: NodeSet, topId: number): Tree | undefined {
  const tokens = tokenizeTs(text);
  if (tokens === undefined) return undefined;
  try {
    const P = new TsParser(text, tokens, nodeSet);
    while (P.kind() !== TK.EOF) statement(P);
    P.end();
    const tree = Tree.build({
      buffer: new BufferReader(P.buf, P.size),
      nodeSet,
      topID: topId,
      length: text.length,
    });
    return tree;
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}
