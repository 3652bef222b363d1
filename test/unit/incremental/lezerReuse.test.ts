import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Input, PartialParse, Tree, TreeFragment } from '@lezer/common';
import type { LRParser } from '@lezer/lr';
import { parser as pythonParser } from '@lezer/python';
import { changedRange, LezerMemo, parseReusing } from '../../../src/core/scan/code/lezerReuse.js';

describe('changedRange', () => {
  const cases: readonly [string, string, string, ReturnType<typeof changedRange>][] = [
    ['equal texts', 'abc', 'abc', undefined],
    ['insert in the middle', 'abcd', 'abXcd', { fromA: 2, toA: 2, fromB: 2, toB: 3 }],
    ['delete in the middle', 'abXcd', 'abcd', { fromA: 2, toA: 3, fromB: 2, toB: 2 }],
    ['replace in the middle', 'abXcd', 'abYZcd', { fromA: 2, toA: 3, fromB: 2, toB: 4 }],
    ['insert at the start', 'abc', 'Xabc', { fromA: 0, toA: 0, fromB: 0, toB: 1 }],
    ['append at the end', 'abc', 'abcX', { fromA: 3, toA: 3, fromB: 3, toB: 4 }],
    // Prefix and suffix must not overlap: one `a` was inserted, reported once.
    ['repeated characters', 'aa', 'aaa', { fromA: 2, toA: 2, fromB: 2, toB: 3 }],
    ['from empty', '', 'abc', { fromA: 0, toA: 0, fromB: 0, toB: 3 }],
    ['to empty', 'abc', '', { fromA: 0, toA: 3, fromB: 0, toB: 0 }],
    ['everything replaced', 'abc', 'xyz', { fromA: 0, toA: 3, fromB: 0, toB: 3 }],
  ];
  for (const [name, before, after, expected] of cases) {
    it(name, () => {
      const range = changedRange(before, after);
      assert.deepEqual(range, expected);
      if (range !== undefined) {
        // Applying the range to `before` must give `after`.
        const applied =
          before.slice(0, range.fromA) + after.slice(range.fromB, range.toB) + before.slice(range.toA);
        assert.equal(applied, after);
      }
    });
  }
});

/** Every node as `name from-to`, in document order: equal shapes, equal trees. */
function shape(tree: Tree): string[] {
  const out: string[] = [];
  tree.iterate({ enter: (n) => void out.push(`${n.name} ${n.from}-${n.to}`) });
  return out;
}

/** The Python parser, recording the fragments each parse is given. */
function spyParser(): { parser: LRParser; calls: (readonly TreeFragment[] | undefined)[] } {
  const calls: (readonly TreeFragment[] | undefined)[] = [];
  const parser = Object.create(pythonParser) as LRParser;
  parser.parse = (input: Input | string, fragments?: readonly TreeFragment[]) => {
    calls.push(fragments);
    return pythonParser.parse(input, fragments);
  };
  // startParse is what parse uses underneath; keep it the real one.
  parser.startParse = (...args: Parameters<LRParser['startParse']>): PartialParse =>
    pythonParser.startParse(...args);
  return { parser, calls };
}

describe('parseReusing', () => {
  const lines = Array.from(
    { length: 400 },
    (_, k) => `class Model${k}:\n    mobile_${k} = models.CharField()\n`,
  );
  const before = lines.join('');
  const after = before.replace('mobile_200', 'phone_200');

  it('hands the unchanged parts of the previous tree to the parser', () => {
    const { parser, calls } = spyParser();
    const memo = new LezerMemo(parser, before, parser.parse(before));
    const tree = parseReusing(parser, after, memo);
    const fragments = calls[1];
    assert.ok(fragments !== undefined && fragments.length >= 2, 'fragments before and after the edit');
    const covered = fragments.reduce((n, f) => n + (f.to - f.from), 0);
    assert.ok(covered > after.length * 0.9, `reuses most of the text (${covered} of ${after.length})`);
    assert.deepEqual(shape(tree), shape(pythonParser.parse(after)));
  });

  it('returns the previous tree when nothing changed', () => {
    const tree = pythonParser.parse(before);
    assert.equal(parseReusing(pythonParser, before, new LezerMemo(pythonParser, before, tree)), tree);
  });

  it('parses afresh for another parser or something that is not a memo', () => {
    const { parser, calls } = spyParser();
    const foreign = new LezerMemo(pythonParser, before, pythonParser.parse(before));
    for (const previous of [foreign, undefined, { parser, parsed: before, tree: null }, 'x']) {
      parseReusing(parser, after, previous);
    }
    assert.deepEqual(calls, [undefined, undefined, undefined, undefined]);
  });
});
