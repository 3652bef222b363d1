import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parser } from '@lezer/java';
import { javaExtractor, javaReference } from '../../../src/core/scan/code/java.js';
import { rewriteClassLiterals } from '../../../src/core/scan/code/javaClassLiterals.js';
import { moduleWordsAsNames } from '../../../src/core/scan/code/javaModuleWords.js';
import { readJava } from '../../../src/core/scan/code/javaReader.js';
import { collectFields } from '../../../src/core/scan/code/lezerExtractor.js';
import { LineIndex } from '../../../src/core/text/lines.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';
import { randomJavaDocument, seeded } from './javaDocuments.js';

/**
 * The fast Java reader against its reference, the Lezer-based extractor: on every Java fixture
 * (not the held-out or blind sets), on generated files, on seeded random documents built from
 * real-world constructs and on seeded random edits, whatever the reader accepts it reads
 * exactly as the reference does, and it accepts only texts that Lezer parses without error
 * (Lezer's error recovery is not imitated; such texts go to the reference). No intended
 * differences.
 */

const FIXTURES = path.join(process.cwd(), 'test/fixtures');
/** Held-out and blind sets stay unread: a failing comparison would print their fields. */
const BLIND = /^(heldout\d*|flows-blind\d*)\//;
const SOURCE = { path: 'src/main/java/A.java' };

function javaFixtures(): { file: string; text: string }[] {
  return readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.java'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !BLIND.test(path.relative(FIXTURES, file)))
    .sort()
    .map((file) => ({ file: path.relative(process.cwd(), file), text: readFileSync(file, 'utf8') }));
}

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
  const fixtures = javaFixtures();

  it('reads every Java fixture, exactly as the reference does', () => {
    assert.ok(fixtures.length >= 4, 'the fixtures are found');
    for (const { file, text } of fixtures) assert.ok(agrees(text, file), `${file} declined`);
  });

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
});
