import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { precision, recall, scoreFolder, total, type FileScore } from '../../bench/corpusEval.js';

const FOLDERS = ['test/fixtures/corpus', 'test/fixtures/formats', 'test/fixtures/code'];

describe('detection corpus (expectations inline or in .expect sidecars)', () => {
  const scores: FileScore[] = FOLDERS.flatMap((f) => scoreFolder(join(process.cwd(), f)));
  const sum = total(scores);
  const mistakes = scores.flatMap((s) => s.mistakes.map((m) => `${m.kind} ${m.file}:${m.line} ${m.detail}`));

  it('has a corpus worth measuring', () => {
    assert.ok(sum.tp + sum.fn >= 200, `only ${sum.tp + sum.fn} expected findings`);
    assert.ok(scores.length >= 40, `only ${scores.length} files`);
  });
  it(`precision ≥ 0.9 (tp ${sum.tp}, fp ${sum.fp})`, () => {
    assert.ok(precision(sum) >= 0.9, mistakes.filter((m) => m.startsWith('FP')).join('\n'));
  });
  it(`recall ≥ 0.9 (tp ${sum.tp}, fn ${sum.fn})`, () => {
    assert.ok(recall(sum) >= 0.9, mistakes.filter((m) => m.startsWith('FN')).join('\n'));
  });
  it('the detect corpus alone meets both bars', () => {
    const own = total(scoreFolder(join(process.cwd(), 'test/fixtures/corpus')));
    assert.ok(precision(own) >= 0.9 && recall(own) >= 0.9, JSON.stringify(own));
  });
});
