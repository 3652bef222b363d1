import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pythonExtractor } from '../../../src/core/scan/code/python.js';
import { readPythonDrafts, type PyRead } from '../../../src/core/scan/code/pyReader.js';
import { rereadPython } from '../../../src/core/scan/code/pyReuse.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';

/**
 * Re-reading after an edit against a full read of the edited text: on sequences of seeded
 * random edits to the Python fixtures and to generated model files, whenever the re-read
 * accepts a text it yields exactly what a full read yields (drafts, declarations, comments and
 * chain starts), it never accepts a text the full read declines, and the extractor given the
 * previous memo returns what it returns without one.
 */

const SOURCE = { path: 'x.py' };

function texts(): { label: string; text: string }[] {
  const dirs = ['test/fixtures/code/python', 'test/fixtures/corpus/python'];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.py'))
      .sort()
      .map((name) => ({ label: name, text: readFileSync(path.join(dir, name), 'utf8') })),
  );
  const format = BENCH_FORMATS.find((f) => f.label === 'Python');
  assert.ok(format);
  return [
    ...files,
    ...[0, 1].map((salt) => ({ label: `generated ${salt}`, text: generate(format, 300, salt) })),
  ];
}

const PIECES = [
  '\n',
  '\n\n',
  '    ',
  ' ',
  'x',
  '(',
  ')',
  ':',
  '"',
  '"""',
  '#',
  '\\',
  'class A:\n',
  'def f(self):\n',
  'else:\n',
  '@d\n',
  'self.a = b.c\n',
  'y = f"{a.b}"\n',
  'print',
  '\r\n',
  'if x:\n    pass\n',
];

/** A full read without its token view: a re-read keeps none (pyReader.ts), the rest must agree. */
function readWithoutView(text: string): PyRead | undefined {
  const read = readPythonDrafts(text);
  if (read === undefined) return undefined;
  const { view, ...rest } = read;
  assert.ok(view, 'a full read keeps its tokens for the flow analysis');
  return rest;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** One edit near a line start, a chain boundary or anywhere, as an editor makes them. */
function edit(text: string, next: () => number): string {
  let at = Math.floor(next() * (text.length + 1));
  const r = next();
  if (r < 0.3) at = text.lastIndexOf('\n', at - 1) + 1;
  else if (r < 0.4 && at > 0) at = text.lastIndexOf('\n', at - 1);
  const remove = next() < 0.4 ? Math.floor(next() * 6) : 0;
  const insert = next() < 0.85 ? (PIECES[Math.floor(next() * PIECES.length)] ?? '') : '';
  return text.slice(0, Math.max(0, at)) + insert + text.slice(Math.max(0, at) + remove);
}

describe('fast Python reader, re-reading after an edit', () => {
  it('equals a full read on seeded random edit sequences', () => {
    const next = random(11);
    let reused = 0;
    let fellBack = 0;
    for (const { label, text: base } of texts()) {
      let text = base;
      let read: PyRead | undefined = readPythonDrafts(text);
      assert.ok(read, `${label} is read`);
      let good = { text, read };
      for (let step = 0; step < 80; step++) {
        const edited = edit(text, next);
        const full = readWithoutView(edited);
        const again: PyRead | undefined = read && rereadPython(text, read, edited);
        if (again !== undefined) {
          assert.ok(full, `${label} step ${step}: re-read a text the full read declines`);
          assert.deepEqual(again, full, `${label} step ${step}`);
          reused++;
        } else if (read !== undefined && full !== undefined) fellBack++;
        // A broken text is typed on or undone, as in an editor.
        if (full === undefined && next() < 0.6) {
          text = good.text;
          read = good.read;
        } else {
          text = edited;
          read = full;
          if (full !== undefined) good = { text, read: full };
        }
      }
    }
    assert.ok(reused > 150, `re-read ${reused} times`);
    // A region declined where the whole text reads is rare (a `print` ending the region).
    assert.ok(fellBack < reused / 4, `fell back ${fellBack} times`);
  });

  it('gives the extractor the same result with and without the memo', () => {
    const next = random(5);
    for (const { label, text: base } of texts()) {
      let text = base;
      let first = pythonExtractor.extract(text, SOURCE);
      for (let step = 0; step < 15; step++) {
        const edited = edit(text, next);
        const withMemo = pythonExtractor.extract(edited, SOURCE, first.ok ? first.memo : undefined);
        const fresh = pythonExtractor.extract(edited, SOURCE);
        assert.deepEqual(
          withMemo.ok ? withMemo.fields : withMemo.error,
          fresh.ok ? fresh.fields : fresh.error,
          `${label} step ${step}`,
        );
        text = edited;
        first = withMemo;
      }
    }
  });

  it('re-reads only the chains around the edit, and declines a region left open', () => {
    const text = 'class A:\n    a = 1\n\nclass B:\n    b = 2\n\nclass C:\n    c = 3\n';
    const read = readPythonDrafts(text);
    assert.ok(read);
    assert.deepEqual(read.starts, [0, 20, 40]);
    const edited = text.replace('b = 2', 'phone = 2');
    assert.deepEqual(rereadPython(text, read, edited), readWithoutView(edited));
    // The first character of a chain changed: that chain is read again.
    const usages = 'x.a\ny.b\n';
    const renamed = 'x.a\nw.b\n';
    const before = readPythonDrafts(usages);
    assert.ok(before);
    assert.deepEqual(rereadPython(usages, before, renamed), readWithoutView(renamed));
    // An opened bracket runs into the next chain: the region is declined, and so is the text.
    const open = text.replace('b = 2', 'b = (2');
    assert.equal(rereadPython(text, read, open), undefined);
    assert.equal(readPythonDrafts(open), undefined);
  });
});
