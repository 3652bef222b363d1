import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { goExtractor, goReference } from '../../../src/core/scan/code/go.js';
import { javaReference } from '../../../src/core/scan/code/java.js';
import { pythonReference } from '../../../src/core/scan/code/python.js';
import { typescriptReference } from '../../../src/core/scan/code/typescript.js';
import type { Extractor } from '../../../src/core/scan/extractor.js';
import { randomGoDocument, seeded } from '../code/goDocuments.js';
import { codeFixtures, randomEdit, type Fixture } from './edits.js';

/**
 * The Lezer references given the memo of a broken text, or asked for a broken one: the walk's
 * reuse (lezerWalkReuse.ts) may stand in only between two trees without error recovery, as the
 * parse's does (lezerReuse.ts). Past an edit that opens or closes a brace, error recovery can
 * read a top-level node of the same type and span differently, and its old record then gave
 * other owners and positions than a fresh scan (found on the Go fallback: the fast reader
 * declines such texts and hands them, with the memo, to the reference).
 */

/** The fields a scan finds, or its error (a memo holds a tree, which is not found). */
function outcome(extractor: Extractor, text: string, path: string, previous?: unknown): unknown {
  const result = extractor.extract(text, { path }, previous);
  return result.ok ? result.fields : result.error;
}

describe('reusing a Lezer walk around broken text', () => {
  it('gives a broken Go text edited past its brace what a fresh scan gives', () => {
    // The closing brace of the first block is edited away: the trailing `ard0u.Phone` is read
    // as a usage only by the tree of the text before, whose record matches the new node's span.
    const tail =
      '\t\tID3 *time.Time `db:"id3" bson:"ID3"`\nfunc f() {}\nfunc f() {}\n}\nstype Items3 structypet {\nard0u.Phone';
    const before = `{\tfor i := 0; i < len(m.Status); i++ {\n\t}\n\treturn 0, nil\n}\n${tail}`;
    const after = `{\tfor i := 0; i < len(m.Status); i++ {\n\t}\n\treturn 0, nvar v = 1\n\n${tail}`;
    const first = goReference.extract(before, { path: 'x.go' });
    assert.ok(first.ok);
    const fresh = outcome(goReference, after, 'x.go');
    assert.deepEqual(outcome(goReference, after, 'x.go', first.memo), fresh);
    // The Go extractor's path: its fast reader declines both texts and falls back with the memo.
    const viaExtractor = goExtractor.extract(before, { path: 'x.go' });
    assert.ok(viaExtractor.ok);
    assert.deepEqual(outcome(goExtractor, after, 'x.go', viaExtractor.memo), fresh);
    assert.ok(
      !JSON.stringify(fresh).includes('ard0u'),
      'the fresh tree reads no usage there (else this case shows nothing)',
    );
  });

  const references: readonly {
    readonly extractor: Extractor;
    readonly ext: string;
    readonly steps: number;
  }[] = [
    { extractor: goReference, ext: '.go', steps: 200 },
    { extractor: javaReference, ext: '.java', steps: 60 },
    { extractor: pythonReference, ext: '.py', steps: 40 },
    { extractor: typescriptReference, ext: '.ts', steps: 40 },
  ];
  // Braces and whole declarations of every language, so edits open and close blocks.
  const PIECES = [
    '\n',
    '\n\n',
    ' ',
    'x',
    '(',
    ')',
    '{',
    '}',
    '"',
    ';',
    '//',
    '/*',
    '*/',
    'class A {\n  private String b;\n}\n',
    'void f() {}\n',
    'public String m() {\n  return a.b;\n}\n',
    'int v = 1;\n',
    'u.phone\n',
    'u.getPhone()',
    '@Column(name = "x")\n',
    'interface I {\n',
    'def f(x):\n  return x.phone\n',
    'class P:\n  phone: str\n',
    '    ',
    'export interface T {\n  phone: string;\n}\n',
  ];

  /** The files edited: a language's fixtures, and for Go random documents as well. */
  function documents(ext: string): Fixture[] {
    const fixtures = codeFixtures().filter((f) => f.path.endsWith(ext));
    if (ext !== '.go') return fixtures;
    const random = seeded(3);
    return [
      ...fixtures,
      ...[0, 1, 2].map((k) => ({ path: `random${k}.go`, text: randomGoDocument(random) })),
    ];
  }

  for (const { extractor, ext, steps } of references) {
    it(`gives ${extractor.id} the same result with and without the memo on seeded random edits`, () => {
      const next = seeded(11);
      const fixtures = documents(ext);
      assert.ok(fixtures.length > 0, `no ${ext} fixture`);
      for (const fixture of fixtures) {
        // Each edit takes the memo of the scan before, broken or not, as the editor does.
        let text = fixture.text;
        let memo: unknown = undefined;
        for (let step = 0; step < steps; step++) {
          const edited = randomEdit(text, next, PIECES);
          const result = extractor.extract(edited, { path: fixture.path }, memo);
          assert.deepEqual(
            result.ok ? result.fields : result.error,
            outcome(extractor, edited, fixture.path),
            `${fixture.path} step ${step}`,
          );
          text = edited;
          memo = result.ok ? result.memo : undefined;
        }
      }
    });
  }
});
