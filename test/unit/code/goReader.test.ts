import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parser } from '@lezer/go';
import { bridgeLineEndBooleans, goExtractor, goReference } from '../../../src/core/scan/code/go.js';
import { readGo } from '../../../src/core/scan/code/goReader.js';
import type { ExtractResult } from '../../../src/core/scan/extractor.js';
import { collectFields } from '../../../src/core/scan/code/collectFields.js';
import { LineIndex } from '../../../src/core/text/lines.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';
import { randomGoDocument, seeded } from './goDocuments.js';
import { fixtureFiles } from '../../support/fixtureFiles.js';

/**
 * The fast Go reader against its reference, the Lezer-based extractor: on every Go fixture
 * (not the held-out or blind sets), on generated files, on seeded random documents built from
 * real-world constructs and on seeded random edits, whatever the reader accepts it reads
 * exactly as the reference does, and it accepts only texts that Lezer parses without error
 * (Lezer's error recovery is not imitated; such texts go to the reference). No intended
 * differences.
 */

function read(text: string): unknown {
  const r = readGo(text);
  return r && collectFields(text, new LineIndex(text), r.comments, r.emitted, r.pending);
}

function reference(text: string): unknown {
  const result = goReference.extract(text, { path: 'x.go' });
  assert.ok(result.ok, 'the reference reads the text');
  return result.fields;
}

/** Whether Lezer parses the text the reference parses (line-end booleans bridged) without error. */
function parsesCleanly(text: string): boolean {
  let clean = true;
  parser.parse(bridgeLineEndBooleans(text)).iterate({
    enter(node) {
      if (node.type.isError) clean = false;
      return clean;
    },
  });
  return clean;
}

/** Asserts the reader either declines `text` or reads it as the reference, on a clean parse. */
function agrees(text: string, label: string): boolean {
  const fast = read(text);
  if (fast === undefined) return false;
  assert.ok(parsesCleanly(text), `${label}: accepted a text Lezer recovers from`);
  assert.deepEqual(fast, reference(text), label);
  return true;
}

/** An extraction's candidates, or its error: what a host sees. */
function outcome(r: ExtractResult): unknown {
  return r.ok ? r.fields : r.error;
}

/** Up to three random insertions and deletions of Go-ish pieces. */
function mutate(base: string, random: () => number): string {
  const PIECES = [
    '{',
    '}',
    '(',
    ')',
    '[',
    ']',
    ';',
    '\n',
    ':',
    ':=',
    '"',
    '`',
    "'",
    ' ',
    'x',
    '.',
    'a.b',
    '*',
    '&',
    '+',
    '<-',
    ',',
    '//',
    '/*',
    '*/',
    'func ',
    'type ',
    'struct',
    'if ',
    'for ',
    'range ',
    'switch ',
    'case ',
    'return',
    'true',
    'new(',
    '...',
    '\r\n',
  ];
  let text = base;
  for (let e = 1 + Math.floor(random() * 3); e > 0; e--) {
    const at = Math.floor(random() * text.length);
    const remove = random() < 0.5 ? Math.floor(random() * 5) : 0;
    const insert = random() < 0.8 ? (PIECES[Math.floor(random() * PIECES.length)] ?? '') : '';
    text = text.slice(0, at) + insert + text.slice(at + remove);
  }
  return text;
}

describe('fast Go reader', () => {
  const fixtures = fixtureFiles(/\.go$/);

  it('reads every Go fixture, exactly as the reference does', () => {
    assert.ok(fixtures.length >= 4, 'the fixtures are found');
    for (const { file, text } of fixtures) assert.ok(agrees(text, file), `${file} declined`);
  });

  it('reads generated model files as the reference does', () => {
    const format = BENCH_FORMATS.find((f) => f.label === 'Go');
    assert.ok(format);
    for (const salt of [0, 1, 2]) assert.ok(agrees(generate(format, 400, salt), `salt ${salt}`));
  });

  it('reads random documents of real-world constructs as the reference does', () => {
    const random = seeded(11);
    let accepted = 0;
    for (let k = 0; k < 300; k++) {
      if (agrees(randomGoDocument(random), `document ${k}`)) accepted++;
    }
    // Nearly all are clean Go the reader knows; a few hit constructs it leaves to Lezer.
    assert.ok(accepted > 250, `accepted ${accepted} of 300`);
  });

  it('on seeded random edits, declines broken text and agrees on the rest', () => {
    const random = seeded(7);
    const bases = [...fixtures.map((f) => f.text), randomGoDocument(random), randomGoDocument(random)];
    let accepted = 0;
    let declined = 0;
    for (const [b, base] of bases.entries()) {
      for (let m = 0; m < 150; m++) {
        if (agrees(mutate(base, random), `base ${b} edit ${m}`)) accepted++;
        else declined++;
      }
    }
    // Both sides are exercised: harmless edits are read, broken ones declined.
    assert.ok(accepted > 100 && declined > 100, `accepted ${accepted}, declined ${declined}`);
  });

  it('follows random edit sequences through the extractor as the reference does', () => {
    const random = seeded(3);
    for (let run = 0; run < 20; run++) {
      let text = randomGoDocument(random);
      let memo: unknown;
      for (let step = 0; step < 15; step++) {
        text = mutate(text, random);
        const fast = goExtractor.extract(text, { path: 'x.go' }, memo);
        const ref = goReference.extract(text, { path: 'x.go' });
        assert.deepEqual(fast.ok && fast.fields, ref.ok && ref.fields, `run ${run} step ${step}`);
        if (fast.ok) memo = fast.memo;
      }
    }
  });

  const cases: readonly [string, string, readonly string[]][] = [
    // Lezer binds every operator tighter than `.`: `24 * time.Hour` is `(24 * time).Hour`.
    ['operators before a selector', 'package a\nvar d = 24 * time.Hour\nvar e = u.Name + "x"\n', ['Name']],
    ['a call on a longer chain', 'package a\nfunc f() {\n\ta.b.c(d)\n\tx.y(z)\n}\n', ['b']],
    ['type arguments, not an index', 'package a\nfunc f() {\n\tg[a.b](x)\n\tm[k.v]++\n}\n', ['v']],
    ['new with an expression', 'package a\nvar p = new(a.b)\n', ['b']],
    [
      'a type switch',
      'package a\nfunc f(x any) {\n\tswitch v := x.(type) {\n\tcase a.B:\n\t\t_ = v.C\n\t}\n}\n',
      ['C'],
    ],
    [
      'nested structs and tags',
      'package a\ntype U struct {\n\tID int `gorm:"column:id"`\n\tAddr struct {\n\t\tCity string // 城市\n\t}\n}\n',
      ['ID', 'Addr', 'City'],
    ],
    ['a line-end boolean', 'package a\nfunc f() {\n\tok = true\n\tu.Phone = ""\n}\n', ['Phone']],
  ];
  for (const [label, text, names] of cases) {
    it(`accepts ${label}`, () => {
      assert.ok(agrees(text, label), 'declined');
      const fields = read(text) as { name: string }[];
      assert.deepEqual(
        fields.map((f) => f.name),
        names,
      );
    });
  }

  const declinedCases: readonly [string, string][] = [
    ['an unterminated string', 'package a\nvar x = "abc\n'],
    ['an embedded generic type', 'package a\ntype A struct {\n\tB[T]\n}\n'],
    ['a block comment before a line end', 'package a\nvar x = y /* c */\nvar z = 1\n'],
    ['a range without variables', 'package a\nfunc f() {\n\tfor range ch {\n\t}\n}\n'],
    ['an else on its own line', 'package a\nfunc f() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n'],
    [
      'a composite literal in an if header',
      'package a\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tif x == T{} {\n\t}\n}\n',
    ],
  ];
  for (const [label, text] of declinedCases) {
    it(`declines ${label}, which the extractor reads with Lezer`, () => {
      assert.equal(readGo(text), undefined);
      assert.deepEqual(
        goExtractor.extract(text, { path: 'x.go' }),
        goReference.extract(text, { path: 'x.go' }),
      );
    });
  }

  it('leaves nesting deeper than its stack to Lezer and reads ordinary nesting itself', () => {
    const nest = (depth: number): string =>
      `package a\nvar x = ${'('.repeat(depth)}u.Phone${')'.repeat(depth)}\n`;
    assert.ok(agrees(nest(50), 'depth 50'));
    const deep = nest(50_000);
    assert.equal(readGo(deep), undefined);
    // Compared without the memos: the reference's holds Lezer's tree, as deep as the text.
    assert.deepEqual(
      outcome(goExtractor.extract(deep, { path: 'x.go' })),
      outcome(goReference.extract(deep, { path: 'x.go' })),
    );
  });

  it('hands the same text back from its memo and reads a changed text afresh', () => {
    const text = 'package a\ntype U struct {\n\tIDCard string\n}\n';
    const first = goExtractor.extract(text, { path: 'x.go' });
    assert.ok(first.ok);
    const again = goExtractor.extract(text, { path: 'x.go' }, first.memo);
    assert.ok(again.ok);
    assert.equal(again.fields, first.fields);
    const next = goExtractor.extract(text.replace('IDCard', 'Phone'), { path: 'x.go' }, first.memo);
    assert.ok(next.ok);
    assert.equal(next.fields[0]?.name, 'Phone');
  });
});
