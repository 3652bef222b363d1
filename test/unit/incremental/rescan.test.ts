import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanText, type ScanMemo, type ScanResult } from '../../../src/core/scan/index.js';
import { codeFixtures, editsFor, type Fixture } from './edits.js';

/**
 * An edit re-scanned with the previous scan's memo must give exactly what a fresh scan gives:
 * over every code fixture, for every kind of edit, one edit at a time and as a chain of edits
 * (each scan taking the memo of the one before, as the editor does). Lezer keeps small trees
 * in flat buffers it never reuses, so each fixture is also scanned repeated ten times: only
 * then does the parser really reuse subtrees (a wrong changed range fails these cases).
 */

// Extractors that keep a memo: Lezer trees, and the token memo of Kotlin and C# (which the flows reuse).
const INCREMENTAL = new Set(['typescript', 'python', 'java', 'go', 'mybatis', 'kotlin', 'csharp']);

/** The result without its memo (a memo holds a tree, which is not part of what a scan finds). */
function comparable(result: ScanResult): Omit<ScanResult, 'memo'> {
  return Object.fromEntries(Object.entries(result).filter(([key]) => key !== 'memo')) as Omit<
    ScanResult,
    'memo'
  >;
}

function scan(fixture: Fixture, text: string, previous?: ScanMemo): ScanResult {
  return scanText(text, { path: fixture.path }, previous === undefined ? {} : { previous });
}

/** Another fixture of the same kind (for "replace everything"), else the file's lines reversed. */
function replacementFor(fixture: Fixture, all: readonly Fixture[]): string {
  const ext = fixture.path.slice(fixture.path.lastIndexOf('.'));
  const other = all.find((f) => f !== fixture && f.path.endsWith(ext));
  return other?.text ?? fixture.text.split('\n').reverse().join('\n');
}

const fixtures = codeFixtures();
const REPEAT = 10;
const cases: readonly { readonly label: string; readonly fixture: Fixture; readonly large?: true }[] = [
  ...fixtures.map((fixture) => ({ label: fixture.path, fixture })),
  ...fixtures
    .filter((f) => INCREMENTAL.has(scan(f, f.text).extractor))
    .map((f) => ({
      label: `${f.path} ×${REPEAT}`,
      fixture: { path: f.path, text: Array<string>(REPEAT).fill(f.text).join('\n') },
      large: true as const,
    })),
];

describe('re-scanning an edit with the memo', () => {
  it('covers the code fixtures of every Lezer extractor', () => {
    const used = new Set(fixtures.map((f) => scan(f, f.text).extractor));
    for (const id of INCREMENTAL) assert.ok(used.has(id), `no fixture read by ${id}`);
  });

  for (const { label, fixture, large } of cases) {
    describe(label, () => {
      const original = scan(fixture, fixture.text);
      const edits = editsFor(original.findings, replacementFor(fixture, fixtures));

      it(`${INCREMENTAL.has(original.extractor) ? 'leaves' : 'leaves no'} extractor memo (${original.extractor})`, () => {
        if (large === true) assert.ok(INCREMENTAL.has(original.extractor), 'the repeated file still parses');
        assert.equal(original.memo?.state !== undefined, INCREMENTAL.has(original.extractor));
      });

      for (const edit of edits) {
        it(`${edit.name}: same result as a fresh scan`, () => {
          const edited = edit.apply(fixture.text);
          assert.notEqual(edited, fixture.text, 'the edit changes the text');
          const reused = scan(fixture, edited, original.memo);
          assert.deepEqual(comparable(reused), comparable(scan(fixture, edited)));
        });
      }

      it('a chain of edits, each with the memo of the scan before, matches fresh scans', () => {
        let text = fixture.text;
        let memo = original.memo;
        for (const edit of edits) {
          text = edit.apply(text);
          const reused = scan(fixture, text, memo);
          assert.deepEqual(comparable(reused), comparable(scan(fixture, text)), `after "${edit.name}"`);
          memo = reused.memo;
        }
      });

      it('scanning the same text again with its memo changes nothing', () => {
        assert.deepEqual(comparable(scan(fixture, fixture.text, original.memo)), comparable(original));
      });
    });
  }
});

/**
 * Typing passes through broken text, where Lezer's error recovery around reused fragments can
 * settle differently from a fresh parse. A seeded run of random small edits (brackets, colons,
 * quotes, indentation, deletions) over each repeated fixture, each re-scan taking the memo of
 * the one before, must still match fresh scans at every step.
 */
describe('random edits through broken text', () => {
  const PIECES = [
    '{',
    '}',
    '(',
    ')',
    ';',
    '\n',
    ':',
    '"',
    "'",
    ' ',
    'x',
    'def ',
    'func ',
    'class ',
    '=',
    ',',
    '    ',
  ];
  const STEPS = 30;
  for (const { label, fixture } of cases.filter((c) => c.large === true)) {
    it(`${label}: ${STEPS} random edits match fresh scans`, () => {
      let seed = 1;
      const random = (): number => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
      };
      let text = fixture.text;
      let memo = scan(fixture, text).memo;
      for (let step = 0; step < STEPS; step++) {
        const at = Math.floor(random() * text.length);
        const remove = random() < 0.5 ? Math.floor(random() * 5) : 0;
        const insert = random() < 0.7 ? (PIECES[Math.floor(random() * PIECES.length)] ?? '') : '';
        text = text.slice(0, at) + insert + text.slice(at + remove);
        const reused = scan(fixture, text, memo);
        assert.deepEqual(comparable(reused), comparable(scan(fixture, text)), `step ${step} (at ${at})`);
        memo = reused.memo;
      }
    });
  }
});

describe('a memo that does not belong is ignored', () => {
  const byPath = (suffix: string): Fixture => {
    const f = fixtures.find((x) => x.path.endsWith(suffix));
    if (f === undefined) throw new Error(`no fixture ${suffix}`);
    return f;
  };
  const pairs: readonly [string, string, string][] = [
    ['another extractor', 'go/user.go', 'python/django_models.py'],
    ['another file of the same extractor', 'go/user.go', 'go/order.go'],
    [
      'another dialect of the same extractor (.ts → .js)',
      'typescript/user.entity.ts',
      'typescript/legacy-member.js',
    ],
    ['a Java memo for a MyBatis mapper', 'java/UserInfo.java', 'java/UserInfoMapper.xml'],
    ['a memo of another extractor (Python → C#)', 'python/account_models.py', 'csharp/Customer.cs'],
  ];
  for (const [name, from, to] of pairs) {
    it(name, () => {
      const memo = scan(byPath(from), byPath(from).text).memo;
      assert.ok(memo !== undefined);
      const target = byPath(to);
      assert.deepEqual(comparable(scan(target, target.text, memo)), comparable(scan(target, target.text)));
    });
  }

  const target = byPath('typescript/user.entity.ts');
  const forged: readonly [string, unknown][] = [
    ['a memo naming a missing extractor', { extractor: 'nonexistent', state: {} }],
    ['a plain object as state', { extractor: 'typescript', state: { parser: null, parsed: '', tree: null } }],
    ['a string as state', { extractor: 'typescript', state: 'tree' }],
    ['no state', { extractor: 'typescript', state: undefined }],
  ];
  for (const [name, memo] of forged) {
    it(name, () => {
      const reused = scan(target, target.text, memo as ScanMemo);
      assert.deepEqual(comparable(reused), comparable(scan(target, target.text)));
      assert.equal(reused.memo?.extractor, 'typescript', 'a fresh memo replaces the forged one');
    });
  }
});

describe('a failed parse leaves no extractor memo', () => {
  const fixture: Fixture = {
    path: 'src/broken.go',
    text: 'package main\n\ntype User struct {\n\tName string\n}\n',
  };
  const broken = 'package main\n\nfunc {{{ ((( ]]]\n';

  it('the broken text fails with and without the memo, and keeps verdicts only', () => {
    const good = scan(fixture, fixture.text);
    assert.ok(good.memo?.state !== undefined);
    const fresh = scan(fixture, broken);
    assert.ok(fresh.parseError !== undefined, 'the example must fail to parse');
    const reused = scan(fixture, broken, good.memo);
    assert.deepEqual(comparable(reused), comparable(fresh));
    assert.equal(reused.memo?.state, undefined);
    assert.equal(fresh.memo?.state, undefined);
    assert.equal(reused.memo?.extractor, 'generic');
    // Back to the good text with the failed scan's memo: fresh verdicts where the parse differs.
    assert.deepEqual(comparable(scan(fixture, fixture.text, reused.memo)), comparable(good));
  });
});
