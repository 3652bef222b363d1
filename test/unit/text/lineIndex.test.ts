import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../src/core/text/lines.js';

/** Every offset's position, as `[line, character]` pairs. */
function positions(text: string): [number, number][] {
  const lines = new LineIndex(text);
  return Array.from({ length: text.length + 1 }, (_, i) => {
    const p = lines.positionAt(i);
    return [p.line, p.character];
  });
}

describe('LineIndex', () => {
  it('breaks lines at \\n (found with indexOf where the text has no \\r)', () => {
    const text = 'ab\n\nc\n';
    assert.equal(new LineIndex(text).lineCount, 4);
    assert.deepEqual(positions(text), [
      [0, 0], [0, 1], [0, 2], [1, 0], [2, 0], [2, 1], [3, 0],
    ]); // prettier-ignore
    assert.equal(new LineIndex('').lineCount, 1);
    assert.equal(new LineIndex('no break').lineCount, 1);
  });

  it('breaks lines at \\r\\n and a lone \\r as at \\n', () => {
    const text = 'a\r\nb\rc\nd';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(5), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(7), { line: 3, character: 0 });
    assert.equal(lines.offsetAt({ line: 3, character: 1 }), 8);
  });
});
