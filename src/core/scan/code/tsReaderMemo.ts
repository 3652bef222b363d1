import type { LRParser } from '@lezer/lr';
import type { Tree } from '@lezer/common';
import { LezerMemo } from './lezerReuse.js';
import type { TopLevelRecord } from './lezerWalkReuse.js';
import type { BufferTree } from './tsBufferTree.js';

/**
 * The memo of a text the fast reader read (typescript.ts): Lezer's memo, for an edit's
 * incremental parse, plus the reader's buffer as the tree the scan walked. The flow analysis
 * walks that tree as it is (issue 14), where building Lezer's tree of it and walking Lezer's node
 * objects cost as much as the flows' own rules.
 */
export class TsReaderMemo extends LezerMemo {
  constructor(
    parser: LRParser,
    parsed: string | (() => string),
    tree: () => Tree,
    text: string,
    walked: readonly TopLevelRecord[],
    /** The reader's buffer of `text` as a tree (tsBufferTree.ts). */
    readonly bufferTree: BufferTree,
  ) {
    super(parser, parsed, tree, text, walked);
  }
}
