import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parser } from '@lezer/python';
import { pythonExtractor, pythonReference } from '../../../src/core/scan/code/python.js';
import { readPython } from '../../../src/core/scan/code/pyReader.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';
import { fixtureFiles } from '../../support/fixtureFiles.js';

/**
 * The fast Python reader against its reference, the Lezer-based extractor: on every Python
 * fixture (code, corpus; not the held-out or blind sets), on generated files and on a seeded set of broken
 * texts, whatever the reader accepts it reads exactly as the reference does, and it accepts
 * only texts that Lezer parses without error (Lezer's error recovery is not imitated; such
 * texts go to the reference). No intended differences.
 */

function reference(text: string): unknown {
  const result = pythonReference.extract(text, { path: 'x.py' });
  assert.ok(result.ok, 'the reference reads the text');
  return result.fields;
}

function parsesCleanly(text: string): boolean {
  let clean = true;
  parser.parse(text).iterate({
    enter(node) {
      if (node.type.isError) clean = false;
      return clean;
    },
  });
  return clean;
}

/** Asserts the reader either declines `text` or reads it as the reference, on a clean parse. */
function agrees(text: string, label: string): boolean {
  const fast = readPython(text);
  if (fast === undefined) return false;
  assert.ok(parsesCleanly(text), `${label}: accepted a text Lezer recovers from`);
  assert.deepEqual(fast, reference(text), label);
  return true;
}

describe('fast Python reader', () => {
  const fixtures = fixtureFiles(/\.py$/);

  it('reads every Python fixture, exactly as the reference does', () => {
    assert.ok(fixtures.length >= 6, 'the fixtures are found');
    for (const { file, text } of fixtures) assert.ok(agrees(text, file), `${file} declined`);
  });

  it('reads generated model files as the reference does', () => {
    const format = BENCH_FORMATS.find((f) => f.label === 'Python');
    assert.ok(format);
    for (const salt of [0, 1, 2]) assert.ok(agrees(generate(format, 400, salt), `salt ${salt}`));
  });

  it('on seeded random edits, declines broken text and agrees on the rest', () => {
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
      'class ',
      '=',
      ',',
      '    ',
      '.',
      'self.',
      '#',
      'f"{a.b}"',
      'lambda ',
      'yield',
      '\t',
      '\\',
      'import ',
      '*',
      '@',
      'if ',
      'else',
      'not ',
      'in ',
      '\r\n',
      '"""',
      '[',
      ']',
      '->',
      ':=',
      'print ',
      'as ',
    ];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    let accepted = 0;
    let declined = 0;
    for (const { file, text: base } of fixtures) {
      for (let m = 0; m < 80; m++) {
        let text = base;
        for (let e = 1 + Math.floor(random() * 3); e > 0; e--) {
          const at = Math.floor(random() * text.length);
          const remove = random() < 0.5 ? Math.floor(random() * 5) : 0;
          const insert = random() < 0.8 ? (PIECES[Math.floor(random() * PIECES.length)] ?? '') : '';
          text = text.slice(0, at) + insert + text.slice(at + remove);
        }
        if (agrees(text, `${file} edit ${m}`)) accepted++;
        else declined++;
      }
    }
    // Both sides are exercised: harmless edits are read, broken ones declined.
    assert.ok(accepted > 50 && declined > 50, `accepted ${accepted}, declined ${declined}`);
  });

  const cases: readonly [string, string][] = [
    ['f-strings, nested fields and specs', 'class A:\n    x = f"{self.a!r:>{w.n}} {b[\'k\'].c}"\n'],
    [
      'decorators, __init__, docstrings',
      '@dataclass\nclass A(B.C):\n    x: int = 1\n    """doc"""\n    def __init__(self, y=z.w):\n        self.y = y  # c\n        """not after a comment"""\n',
    ],
    [
      'groups, inline bodies, Meta',
      'class A: x = 1\nclass B:\n    a = 1; b = 2\n    class Meta:\n        db = t.x\n',
    ],
    [
      'calls of every shape',
      'class A:\n    a = Column("c", String(1), *s, **k, comment=_("注"))\n    b = x = Field(..., description="d")\n    c = f(), g()\n    d = *h(),\n',
    ],
  ];
  for (const [label, text] of cases) {
    it(`accepts ${label}`, () => {
      assert.ok(agrees(text, label), 'declined');
    });
  }

  const declinedCases: readonly [string, string][] = [
    ['a backslash continuation', 'x = 1 + \\\n    2\n'],
    ['a bare yield', 'def f():\n    yield\n'],
    ['the walrus', 'if (n := 1):\n    pass\n'],
    ['a Python 2 print', 'print "x"\n'],
    ['a match statement', 'match x:\n    case 1:\n        pass\n'],
    ['an unterminated string', 'x = "abc\n'],
    ['an unexpected indent', 'x = 1\n    y = 2\n'],
    ['a keyword argument after an expression', 'f(a + b=1)\n'],
    ['a conditional without else', 'x = a if b\n'],
  ];
  for (const [label, text] of declinedCases) {
    it(`declines ${label}, which the extractor reads with Lezer`, () => {
      assert.equal(readPython(text), undefined);
      assert.deepEqual(
        pythonExtractor.extract(text, { path: 'x.py' }),
        pythonReference.extract(text, { path: 'x.py' }),
      );
    });
  }

  it('hands the same text back from its memo and reads a changed text afresh', () => {
    const text = 'class A:\n    id_card = models.CharField("身份证")\n';
    const first = pythonExtractor.extract(text, { path: 'x.py' });
    assert.ok(first.ok);
    const again = pythonExtractor.extract(text, { path: 'x.py' }, first.memo);
    assert.ok(again.ok);
    assert.equal(again.fields, first.fields);
    const changed = text.replace('id_card', 'phone');
    const next = pythonExtractor.extract(changed, { path: 'x.py' }, first.memo);
    assert.ok(next.ok);
    assert.equal(next.fields[0]?.name, 'phone');
  });
});
