import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Tree } from '@lezer/common';
import { parser as jsParser } from '@lezer/javascript';
import { LezerMemo } from '../../../src/core/scan/code/lezerReuse.js';
import { BufferTree } from '../../../src/core/scan/code/tsBufferTree.js';
import { blankDecoratedExports } from '../../../src/core/scan/code/tsDecoratedExports.js';
import { readTypeScriptBuffer, type TsBuffer } from '../../../src/core/scan/code/tsReader.js';
import { borrowScratch, returnScratch, TsScratch } from '../../../src/core/scan/code/tsScratch.js';
import { typescriptExtractor } from '../../../src/core/scan/code/typescript.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';

/**
 * The fast TypeScript read's reused arrays (tsScratch.ts): a read in a scratch that an earlier
 * read left dirty gives the records a fresh read gives, and what a scan returns never points
 * into the scratch the next scan overwrites (the memo's tree, which the flows walk after the
 * scan, is built from a copy).
 */

const ts = jsParser.configure({ dialect: 'ts' });
const SOURCE = { path: 'model.ts' };
const bench = BENCH_FORMATS.find((f) => f.label === 'TypeScript');
if (bench === undefined) throw new Error('no TypeScript bench format');

function records(read: TsBuffer | undefined): number[] | undefined {
  return read && Array.from(read.buffer.subarray(0, read.size));
}

/** Every node of a tree, in order, as `name from-to`. */
function nodes(tree: Tree): string[] {
  const out: string[] = [];
  const cursor = tree.cursor();
  do out.push(`${cursor.name} ${cursor.from}-${cursor.to}`);
  while (cursor.next());
  return out;
}

describe('fast TypeScript reader scratch', () => {
  it('reads in a scratch dirtied by a longer text as in fresh arrays', () => {
    const scratch = new TsScratch();
    const long = blankDecoratedExports(generate(bench, 400, 23));
    const short = blankDecoratedExports(generate(bench, 40, 2));
    assert.ok(readTypeScriptBuffer(long, ts.nodeSet, [], scratch));
    const reused = readTypeScriptBuffer(short, ts.nodeSet, [], scratch);
    assert.deepEqual(records(reused), records(readTypeScriptBuffer(short, ts.nodeSet)));
    // The node buffer returned is the scratch's own: the next read writes over it.
    const before = records(reused);
    readTypeScriptBuffer(long, ts.nodeSet, [], scratch);
    assert.notDeepEqual(records(reused), before);
  });

  it('leaves a memo whose tree is its own text’s after later scans reused the scratch', () => {
    const first = generate(bench, 200, 1);
    const kept = typescriptExtractor.extract(first, SOURCE);
    // Same length, other names: the next scans write the same arrays with other offsets.
    typescriptExtractor.extract(generate(bench, 200, 23), SOURCE);
    typescriptExtractor.extract(generate(bench, 100, 5), SOURCE);
    assert.ok(kept.ok && kept.memo instanceof LezerMemo);
    assert.deepEqual(nodes(kept.memo.tree), nodes(ts.parse(blankDecoratedExports(first))));
  });

  it('keeps a tree in arrays of its own, which later reads in the scratch leave as they were', () => {
    const scratch = new TsScratch();
    const tree = (text: string): BufferTree => {
      const read = readTypeScriptBuffer(text, ts.nodeSet, [], scratch);
      assert.ok(read);
      return new BufferTree(read, ts.nodeSet, ts.topNode.id, text.length, scratch);
    };
    const arrays = (t: BufferTree): number[][] => [
      Array.from(t.buffer.subarray(0, t.count << 2)),
      Array.from(t.parent),
      Array.from(t.first),
      Array.from(t.next),
    ];
    const first = tree(blankDecoratedExports(generate(bench, 200, 1)));
    const before = arrays(first);
    const kept = first.kept();
    tree(blankDecoratedExports(generate(bench, 200, 23)));
    assert.deepEqual(arrays(kept), before);
    assert.notDeepEqual(arrays(first), before, 'the scratch was written over');
    assert.equal(kept.name(kept.count), 'Script');
  });

  it('lends a scratch of its own to a read while the shared one is out', () => {
    const shared = borrowScratch();
    const other = borrowScratch();
    assert.notEqual(shared, other);
    returnScratch(shared);
    assert.equal(borrowScratch(), shared);
    returnScratch(shared);
  });
});
