import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { goExtractor } from '../../../src/core/scan/code/go.js';
import { readGo, type GoRead } from '../../../src/core/scan/code/goReader.js';
import { rereadGo } from '../../../src/core/scan/code/goReuse.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';
import { randomEdit } from '../incremental/edits.js';
import { randomGoDocument, seeded } from './goDocuments.js';

/**
 * Re-reading Go after an edit against a full read of the edited text: on sequences of seeded
 * random edits to the Go fixtures, to generated model files and to random documents, whenever
 * the re-read accepts a text it yields exactly what a full read yields (drafts, declarations,
 * comments and chain starts), it never accepts a text the full read declines, and the
 * extractor given the previous memo returns what it returns without one.
 */

const SOURCE = { path: 'x.go' };

function texts(): { label: string; text: string }[] {
  const dirs = ['test/fixtures/code/go', 'test/fixtures/corpus/go'];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.go'))
      .sort()
      .map((name) => ({ label: name, text: readFileSync(path.join(dir, name), 'utf8') })),
  );
  const format = BENCH_FORMATS.find((f) => f.label === 'Go');
  assert.ok(format);
  const random = seeded(3);
  return [
    ...files,
    ...[0, 1].map((salt) => ({ label: `generated ${salt}`, text: generate(format, 300, salt) })),
    ...[0, 1, 2].map((k) => ({ label: `random document ${k}`, text: randomGoDocument(random) })),
  ];
}

const PIECES = [
  '\n',
  '\n\n',
  '\t',
  ' ',
  'x',
  's',
  '(',
  ')',
  '{',
  '}',
  '[',
  '"',
  '`',
  ';',
  '//',
  '/*',
  '*/',
  'type A struct {\n\tB string `json:"b"`\n}\n',
  'func f() {}\n',
  'func (a *A) M() string {\n\treturn a.B\n}\n',
  'var v = 1\n',
  'const c = 2\n',
  'import "os"\n',
  'package p\n',
  'true',
  'u.Phone\n',
  '[T any]',
  'func',
  'type',
  'var',
  '\r\n',
];

/**
 * A read as the comment attachment sees it: each pending declaration as its draft, span and
 * extras (a full read keeps them flat, flatDeclaration.ts, and a re-read moves them into plain
 * objects), and without its tokens unless `withTokens`: a re-read after an edit keeps none
 * (goReader.ts: the flows of an edited text read it themselves), so it is compared with the
 * rest of a full read.
 */
function comparable(read: GoRead | undefined, withTokens = false): unknown {
  if (read === undefined) return undefined;
  const { tokens, pending, ...rest } = read;
  const plain = pending.map(({ draft, span, extras }) => ({ draft, span, extras }));
  return withTokens ? { ...rest, pending: plain, tokens } : { ...rest, pending: plain };
}

describe('fast Go reader, re-reading after an edit', () => {
  it('equals a full read on seeded random edit sequences', () => {
    const next = seeded(17);
    let reused = 0;
    let fellBack = 0;
    for (const { label, text: base } of texts()) {
      let text = base;
      let read: GoRead | undefined = readGo(text);
      assert.ok(read, `${label} is read`);
      let good = { text, read };
      for (let step = 0; step < 80; step++) {
        const edited = randomEdit(text, next, PIECES);
        const full = readGo(edited);
        const again: GoRead | undefined = read && rereadGo(text, read, edited);
        if (again !== undefined) {
          assert.ok(full, `${label} step ${step}: re-read a text the full read declines`);
          // An edit that left the text as it was gives the read back, tokens and all.
          const withTokens: boolean = again.tokens !== undefined;
          assert.deepEqual(
            comparable(again, withTokens),
            comparable(full, withTokens),
            `${label} step ${step}`,
          );
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
    assert.ok(fellBack < reused / 4, `fell back ${fellBack} times`);
  });

  it('gives the extractor the same result with and without the memo', () => {
    const next = seeded(5);
    for (const { label, text: base } of texts()) {
      let text = base;
      let first = goExtractor.extract(text, SOURCE);
      for (let step = 0; step < 15; step++) {
        const edited = randomEdit(text, next, PIECES);
        const withMemo = goExtractor.extract(edited, SOURCE, first.ok ? first.memo : undefined);
        const fresh = goExtractor.extract(edited, SOURCE);
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

  it('keeps the candidates outside the re-read, moved by the lines the edit added', () => {
    const text =
      'package p\n\ntype A struct {\n\tPhone string // 电话\n}\n\ntype B struct {\n\tB string\n}\n\n' +
      'type C struct {\n\tC string\n}\n\ntype D struct {\n\tIdCard string\n}\n';
    const first = goExtractor.extract(text, SOURCE);
    assert.ok(first.ok);
    const edited = text.replace('\tB string\n', '\tB string\n\tMobile string\n');
    const again = goExtractor.extract(edited, SOURCE, first.memo);
    const fresh = goExtractor.extract(edited, SOURCE);
    assert.ok(again.ok && fresh.ok);
    assert.deepEqual(again.fields, fresh.fields);
    // Before the edit: the same candidate; after the chain following it: moved one line down.
    assert.equal(again.fields[0], first.fields[0]);
    const last = again.fields[again.fields.length - 1];
    assert.equal(last?.name, 'IdCard');
    assert.equal(last.range.start.line, (first.fields[first.fields.length - 1]?.range.start.line ?? 0) + 1);
  });

  it('re-reads only the declarations around the edit, and declines what the whole text declines', () => {
    const text =
      'package p\n\ntype A struct {\n\tA string\n}\n\ntype B struct {\n\tB string\n}\n\nfunc f() {}\n';
    const read = readGo(text);
    assert.ok(read);
    assert.deepEqual(read.starts, [0, 11, 40, 69]);
    const edited = text.replace('\tB string', '\tPhone string');
    assert.deepEqual(comparable(rereadGo(text, read, edited)), comparable(readGo(edited)));
    assert.ok(readGo(edited)?.tokens, 'a whole read keeps its tokens for the flows');
    // A declaration's keyword edited into a name: the declaration before is read again too.
    const renamed = text.replace('type B', 'types B');
    assert.equal(readGo(renamed), undefined);
    assert.equal(rereadGo(text, read, renamed), undefined);
    // An import among the declarations is declined, as a whole read declines it.
    const imported = text.replace('func f() {}', 'import "os"');
    assert.equal(readGo(imported), undefined);
    assert.equal(rereadGo(text, read, imported), undefined);
  });
});
