import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LezerMemo } from '../../../src/core/scan/code/lezerReuse.js';
import { TopLevelReuse, type TopLevelRecord } from '../../../src/core/scan/code/lezerWalkReuse.js';
import { typescriptExtractor } from '../../../src/core/scan/code/typescript.js';

/**
 * The walk's reuse (lezerWalkReuse.ts): what it keeps and what it walks again. That the
 * results equal a fresh scan is rescan.test.ts's job; this checks that reuse really happens,
 * and only where the edit cannot have changed anything.
 */

const source = { path: 'models.ts' };
const block = (k: number, field: string): string =>
  `/** 会员 ${k} */\nexport interface Member${k} {\n  ${field}: string;\n  status: number;\n}\n`;
const text = Array.from({ length: 6 }, (_, k) => block(k, 'mobilePhone')).join('\n');

function extract(t: string, previous?: unknown): { names: string[]; memo: LezerMemo } {
  const result = typescriptExtractor.extract(t, source, previous);
  assert.ok(result.ok);
  assert.ok(result.memo instanceof LezerMemo);
  return {
    names: result.fields.map((f) => `${f.owner ?? ''}.${f.name}@${f.range.start.line}`),
    memo: result.memo,
  };
}

describe('reusing the walk of untouched top-level nodes', () => {
  const first = extract(text);
  // Edit the third interface's field: an insertion, so the nodes after it move. The edited
  // text parses without error recovery: only then is a walk reused (brokenReuse.test.ts).
  const edited = text.replace(block(2, 'mobilePhone'), block(2, 'idCardNo: string;\n  homeAddress'));
  const second = extract(edited, first.memo);

  it('keeps the records before the edit as they were, and shifts those after it', () => {
    const before = first.memo.walked;
    const after = second.memo.walked;
    assert.equal(after.length, before.length);
    // The first interface (and its doc comment) are far enough before the edit: same objects.
    assert.equal(after[0], before[0]);
    assert.equal(after[1], before[1]);
    const last = after[after.length - 1];
    const lastBefore = before[before.length - 1];
    assert.ok(last !== undefined && lastBefore !== undefined);
    assert.notEqual(last, lastBefore);
    assert.equal(last.from - lastBefore.from, edited.length - text.length);
    assert.deepEqual(
      last.emitted.map((d) => d.name),
      lastBefore.emitted.map((d) => d.name),
    );
  });

  it('walks the edited node again and finds what a fresh walk finds', () => {
    assert.deepEqual(second.names, extract(edited).names);
    assert.ok(second.names.some((n) => n.startsWith('Member2.homeAddress')));
    assert.ok(!second.names.some((n) => n.startsWith('Member2.mobilePhone')));
  });
});

describe('TopLevelReuse.find', () => {
  const record = (from: number, to: number): TopLevelRecord => ({
    type: 1,
    from,
    to,
    emitted: [{ name: 'phone', from: from + 2 }],
    declared: [],
    comments: [{ from, to: from + 1 }],
  });
  const records = [record(0, 10), record(200, 210), record(400, 410)];
  // 5 characters inserted at 300.
  const change = { fromA: 300, toA: 300, fromB: 300, toB: 305 };

  it('returns a record before the edit as it is, and one after it shifted', () => {
    const reuse = new TopLevelReuse(records, change);
    assert.equal(reuse.find(1, 0, 10), records[0]);
    const moved = reuse.find(1, 405, 415);
    assert.ok(moved !== undefined);
    assert.deepEqual(moved.emitted, [{ name: 'phone', from: 407 }]);
    assert.deepEqual(moved.comments, [{ from: 405, to: 406 }]);
  });

  it('walks again a node near the edit, of another type or span, or with no record', () => {
    const reuse = () => new TopLevelReuse(records, change);
    // Ends within the look-ahead margin of the edit.
    assert.equal(reuse().find(1, 200, 250), undefined);
    assert.equal(reuse().find(1, 280, 299), undefined);
    assert.equal(reuse().find(2, 0, 10), undefined);
    assert.equal(reuse().find(1, 0, 11), undefined);
    assert.equal(reuse().find(1, 100, 110), undefined);
  });
});
