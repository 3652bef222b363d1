import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parser } from '@lezer/java';
import { javaExtractor, javaReference } from '../../../src/core/scan/code/java.js';
import { rewriteClassLiterals } from '../../../src/core/scan/code/javaClassLiterals.js';
import { moduleWordsAsNames } from '../../../src/core/scan/code/javaModuleWords.js';
import { readJava } from '../../../src/core/scan/code/javaReader.js';
import type { ExtractResult } from '../../../src/core/scan/extractor.js';
import { collectFields } from '../../../src/core/scan/code/collectFields.js';
import { LineIndex } from '../../../src/core/text/lines.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';
import { JAVA_CASES } from './javaCases.js';
import { randomJavaDocument, seeded } from './javaDocuments.js';
import { fixtureFiles } from '../../support/fixtureFiles.js';

/**
 * The fast Java reader against its reference, the Lezer-based extractor: on every Java fixture
 * (not the held-out or blind sets), on generated files, on seeded random documents built from
 * real-world constructs and on seeded random edits, whatever the reader accepts it reads
 * exactly as the reference does, and it accepts only texts that Lezer parses without error
 * (Lezer's error recovery is not imitated; such texts go to the reference). No intended
 * differences.
 */

const SOURCE = { path: 'src/main/java/A.java' };

const parsedText = (text: string): string => moduleWordsAsNames(rewriteClassLiterals(text), SOURCE.path);

function read(text: string): unknown {
  const r = readJava(text, parsedText(text));
  return r && collectFields(text, new LineIndex(text), r.comments, r.emitted, r.pending);
}

function reference(text: string): unknown {
  const result = javaReference.extract(text, SOURCE);
  assert.ok(result.ok, 'the reference reads the text');
  return result.fields;
}

/** Whether Lezer parses the text the reference parses (rewritten) without error. */
function parsesCleanly(text: string): boolean {
  let clean = true;
  parser.parse(parsedText(text)).iterate({
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

/** An extraction's candidates, or false where it failed. */
function outcome(r: ExtractResult): unknown {
  return r.ok && r.fields;
}

const PIECES = [
  '{', '}', '(', ')', '[', ']', ';', '\n', ':', '::', '->', '"', "'", '"""\n', ' ', 'x', '.', 'a.b', '*',
  '&', '+', '-', '<', '>', ',', '//', '/*', '*/', '@', '@Column(name = "c")', 'class ', 'record ',
  'enum ', 'interface ', 'static ', 'final ', 'new ', 'this', 'super', 'case ', 'default ', 'switch ',
  'return ', '...', '\r\n', '=', '?', 'int ', 'var ', 'instanceof ', 'to', '.class', 'with ',
]; // prettier-ignore

/** Up to three random insertions and deletions of Java-ish pieces. */
function mutate(base: string, random: () => number): string {
  let text = base;
  for (let e = 1 + Math.floor(random() * 3); e > 0; e--) {
    const at = Math.floor(random() * text.length);
    const remove = random() < 0.5 ? Math.floor(random() * 5) : 0;
    const insert = random() < 0.8 ? (PIECES[Math.floor(random() * PIECES.length)] ?? '') : '';
    text = text.slice(0, at) + insert + text.slice(at + remove);
  }
  return text;
}

describe('fast Java reader', () => {
  const fixtures = fixtureFiles(/\.java$/);

  it('reads every Java fixture, exactly as the reference does', () => {
    assert.ok(fixtures.length >= 4, 'the fixtures are found');
    for (const { file, text } of fixtures) assert.ok(agrees(text, file), `${file} declined`);
  });

  it('reads hand-written corners as the reference does, or leaves them to it', () => {
    let accepted = 0;
    for (const [k, text] of JAVA_CASES.entries()) if (agrees(text, `case ${k}: ${text}`)) accepted++;
    assert.ok(accepted >= 70, `accepted ${accepted} of ${JAVA_CASES.length}`);
  });

  const names = (text: string): string[] => (read(text) as { name: string }[]).map((f) => f.name);

  const typesAndComments = (text: string): [string | undefined, string | undefined][] =>
    (read(text) as { declaredType?: string; comment?: string }[]).map((f) => [f.declaredType, f.comment]);

  it("reads a comment between the modifiers and the type as the field's comment, not its type", () => {
    const text = 'class A {\n  @Column(name = "x") // 说明\n  String x;\n}\n';
    assert.ok(agrees(text, 'comment after modifiers'));
    assert.deepEqual(typesAndComments(text), [['String', '说明']]);
  });

  it("reads a comment before a record component's name as its comment, not its type", () => {
    const text = 'record R(@NotNull String /* 姓名 */ name, int age) {}\n';
    assert.ok(agrees(text, 'comment before a component name'));
    assert.deepEqual(typesAndComments(text), [
      ['String', '姓名'],
      ['int', undefined],
    ]);
  });

  it('leaves a comment on its own line after a field to what follows', () => {
    const text = 'class A {\n  @Column(name = "x") String x;\n  // 说明\n}\n';
    assert.ok(agrees(text, 'comment after the field'));
    assert.deepEqual(typesAndComments(text), [['String', undefined]]);
  });

  it('reads accesses and accessor calls as the Lezer walk does', () => {
    const text =
      'class A { void f() { x = u.getName(); y = u.getByPhone(p); z = a.b.getName(); w = this.phone; v = U.MAX; } }';
    assert.ok(agrees(text, 'accesses'));
    assert.deepEqual(names(text), ['Name', 'b', 'phone']);
  });

  const declinedCases: readonly [string, string][] = [
    ['a switch expression (Lezer has none)', 'class A { int f() { return switch (k) { default -> 1; }; } }'],
    ['a tie of dynamic precedence before ::', 'class A { Object f = System.out::println; }'],
    ['a tie of dynamic precedence in a cast or a difference', 'class A { int d = (M.n) + o; }'],
    ['a string built in an annotation', 'class A { @Schema(description = "a" + "b") String c; }'],
    ['a sealed class', 'sealed class S permits A {}'],
    ['an unterminated string', 'class A { String s = "abc\n; }'],
    ['a byte-order mark', '\uFEFFclass A { String s; }'],
  ];
  for (const [label, text] of declinedCases) {
    it(`declines ${label}, which the extractor reads with Lezer`, () => {
      assert.equal(readJava(text, parsedText(text)), undefined);
      assert.deepEqual(javaExtractor.extract(text, SOURCE), javaReference.extract(text, SOURCE));
    });
  }

  it('reads generated entity files as the reference does', () => {
    const format = BENCH_FORMATS.find((f) => f.label === 'Java');
    assert.ok(format);
    for (const salt of [0, 1, 2]) assert.ok(agrees(generate(format, 400, salt), `salt ${salt}`));
  });

  it('reads random documents of real-world constructs as the reference does', () => {
    const random = seeded(11);
    let accepted = 0;
    for (let k = 0; k < 300; k++) {
      if (agrees(randomJavaDocument(random), `document ${k}`)) accepted++;
    }
    // Nearly all are clean Java the reader knows; a few hit constructs it leaves to Lezer.
    assert.ok(accepted > 250, `accepted ${accepted} of 300`);
  });

  it('on seeded random edits, declines broken text and agrees on the rest', () => {
    const random = seeded(7);
    const bases = [...fixtures.map((f) => f.text), randomJavaDocument(random), randomJavaDocument(random)];
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
      let text = randomJavaDocument(random);
      let memo: unknown;
      for (let step = 0; step < 15; step++) {
        text = mutate(text, random);
        const fast = javaExtractor.extract(text, SOURCE, memo);
        const ref = javaReference.extract(text, SOURCE);
        assert.deepEqual(fast.ok && fast.fields, ref.ok && ref.fields, `run ${run} step ${step}`);
        if (fast.ok) memo = fast.memo;
      }
    }
  });

  it('takes over what an edit left alone and reads the rest as the reference does', () => {
    const random = seeded(5);
    const format = BENCH_FORMATS.find((f) => f.label === 'Java');
    assert.ok(format);
    const LINES = [
      '  private String phone;',
      '  /** 说明 */',
      '  int x = u.name;',
      '}',
      'class Z {',
      '  // c',
    ];
    for (const [run, base] of [
      generate(format, 120, 4),
      randomJavaDocument(random),
      randomJavaDocument(random),
    ].entries()) {
      let text = base;
      const first = javaExtractor.extract(text, SOURCE);
      let memo = first.ok ? first.memo : undefined;
      let reused = 0;
      for (let step = 0; step < 40; step++) {
        const lines = text.split('\n');
        const at = Math.floor(random() * lines.length);
        const roll = random();
        // Edits that keep the text Java: a member or comment line, a letter in a camel-case name.
        if (roll < 0.5) lines.splice(at, 0, LINES[Math.floor(random() * LINES.length)] ?? '');
        else lines[at] = (lines[at] ?? '').replace(/([a-z])([A-Z])/, '$1q$2');
        const edited = lines.join('\n');
        const fast = javaExtractor.extract(edited, SOURCE, memo);
        assert.deepEqual(
          fast.ok && fast.fields,
          outcome(javaReference.extract(edited, SOURCE)),
          `run ${run} step ${step}`,
        );
        // Read by the fast reader (its memo keeps what each construct gave), not by Lezer; an
        // edit that broke the text (inside a statement over several lines) is undone.
        if (fast.ok && (fast.memo as { records?: unknown } | undefined)?.records !== undefined) {
          reused++;
          text = edited;
          memo = fast.memo;
        }
      }
      assert.ok(reused > 20, `run ${run}: read ${reused} of 40 edits itself`);
    }
  });

  it('hands the same text back from its memo and reads a changed text afresh', () => {
    const text = 'class U {\n  private String idCard;\n}\n';
    const first = javaExtractor.extract(text, SOURCE);
    assert.ok(first.ok);
    const again = javaExtractor.extract(text, SOURCE, first.memo);
    assert.ok(again.ok);
    assert.equal(again.fields, first.fields);
    const changed = text.replace('idCard', 'phone');
    const next = javaExtractor.extract(changed, SOURCE, first.memo);
    assert.deepEqual(next.ok && next.fields, reference(changed));
  });

  it('leaves a module-info.java, where module words are keywords, to Lezer', () => {
    const text = 'module com.x {\n  requires a;\n}\n';
    const path = { path: 'src/module-info.java' };
    assert.deepEqual(javaExtractor.extract(text, path), javaReference.extract(text, path));
  });

  it('leaves nesting deeper than its stack to Lezer and reads ordinary nesting itself', () => {
    const nest = (depth: number): string =>
      `class A { int x = ${'('.repeat(depth)}u.phone${')'.repeat(depth)}; }`;
    assert.ok(agrees(nest(50), 'depth 50'));
    assert.equal(readJava(nest(50_000), parsedText(nest(50_000))), undefined);
  });
});
