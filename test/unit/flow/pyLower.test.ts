// The Python form lowered from the scan's tokens (flow/lang/pyLower.ts) against the form of
// @lezer/python's tree (python.ts): the same statements and expressions, so the same flows; and
// the texts it declines, which go to Lezer as before.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parser } from '@lezer/python';
import { analyzeFlows } from '../../../src/core/flow/index.js';
import type { Stmt } from '../../../src/core/flow/ir.js';
import { MAX_LOWER_DEPTH } from '../../../src/core/flow/lang/lezer.js';
import { lowerPythonTokens } from '../../../src/core/flow/lang/pyLower.js';
import { lowerPython } from '../../../src/core/flow/lang/python.js';
import { readPythonDrafts } from '../../../src/core/scan/code/pyReader.js';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** Every construct the builder follows, in one text the fast reader accepts. */
const CONSTRUCTS = [
  'import os, sys as system',
  'from ..pkg import (a, b as c)',
  '@app.route("/x", methods=["GET"])',
  '@cache',
  'async def handler(request: Request, *args, b=1, c: int = 2, **kw) -> dict[str, int]:',
  '    """Doc."""',
  '    x: int = yield from gen()',
  '    y = z = await fetch(a + b) or not c and d',
  '    a, *rest = request.json["items"][1:2, ::3], None',
  '    total += price * -qty ** 2 // 3 % 4 @ m | f & g ^ h << 1 >> 2',
  '    ok = a < b <= c != d is not e not in f in g is h',
  '    msg = f"{user.name!r:>{width}} {phone=} {{literal}} {a, b}" "tail" \'more\'',
  '    data = {**base, "phone": phone, key: [i for i in rows if i], "s": {1, 2}}',
  '    pairs = {k: v for k, v in items.items()}; uniq = {v for v in vals}',
  '    gen = (x async for x in aiter() if x if not x)',
  '    fn = f(lambda a, *b, **d: a if b else c)',
  '    empty = lambda: ...',
  '    t = (), (a,), (a), [], {}, [*a, *b], x[...]',
  '    del a[0], b.c',
  '    global counter',
  '    assert phone, "no phone"',
  '    with open(path) as fh, lock:',
  '        fh.write(json.dumps(data, ensure_ascii=False))',
  '    for i, (a, b) in enumerate(pairs, start=1):',
  '        continue',
  '    else:',
  '        pass',
  '    while True: break',
  '    try:',
  '        raise ValueError("bad") from err',
  '    except* (KeyError, TypeError) as e:',
  '        raise',
  '    except Exception:',
  '        pass',
  '    else:',
  '        logger.info("ok %s", phone)',
  '    finally:',
  '        cleanup()',
  '    if a:',
  '        return a, b',
  '    elif b: return',
  '    else:',
  '        return *a, b',
  '',
  'class Member[T](Base, metaclass=Meta):',
  '    real_name: str = ""  # the name',
  '    def __init__(self, /, phone):',
  '        self.phone = phone',
  '        requests.post(',
  '            URL,  # why',
  '            json={"tel": self.phone},',
  '        )',
  '',
].join('\n');

function fixtureTexts(): [string, string][] {
  const dirs = ['code/python', 'corpus/python', 'flows-blind2'];
  return dirs.flatMap((d) =>
    readdirSync(join(FIXTURES, d))
      .filter((n) => n.endsWith('.py'))
      .map((n): [string, string] => [`${d}/${n}`, readFileSync(join(FIXTURES, d, n), 'utf8')]),
  );
}

function lowered(text: string): Stmt[] | undefined {
  const view = readPythonDrafts(text)?.view;
  return view && lowerPythonTokens(view);
}

describe('the Python form from tokens', () => {
  for (const [name, text] of [['constructs', CONSTRUCTS] as [string, string], ...fixtureTexts()]) {
    test(`equals the form of Lezer's tree: ${name}`, () => {
      const ours = lowered(text);
      assert.ok(ours, 'the reader and the lowering accept the text');
      assert.deepEqual(ours, lowerPython(text, parser.parse(text).topNode));
    });
  }

  test('the constructs text parses without error in Lezer (the comparison is with a clean tree)', () => {
    let errors = 0;
    parser.parse(CONSTRUCTS).iterate({
      enter: (n) => {
        if (n.type.isError) errors++;
      },
    });
    assert.equal(errors, 0);
  });

  test('NEG declines what the grammar does not take, and the flows come from Lezer', () => {
    // Parenthesised context managers are Python 3.10; @lezer/python reads them with errors.
    const text = 'with (open(p) as fh, lock as l):\n    log.info(user.phone)\n';
    assert.ok(readPythonDrafts(text)?.view, 'the reader takes it');
    assert.equal(lowered(text), undefined);
    assert.deepEqual(
      analyzeFlows(text, 'src/a.py').map((f) => f.sink.callee),
      analyzeFlows(text, 'src/a.py', { tree: parser.parse(text) }).map((f) => f.sink.callee),
    );
  });
});

describe('nesting past what python.ts lowers', () => {
  // python.ts cuts what lies deeper than MAX_LOWER_DEPTH; the token lowering declines instead.
  const chain = (terms: number): string =>
    `def f(user):\n    log.info(${Array.from({ length: terms }, () => 'user.phone').join(' + ')})\n`;

  test('declines a chain of operators deeper than the cut, and the flows come from Lezer', () => {
    const text = chain(MAX_LOWER_DEPTH + 10);
    assert.ok(readPythonDrafts(text)?.view, 'the reader takes it');
    assert.equal(lowered(text), undefined);
    assert.deepEqual(
      analyzeFlows(text, 'src/a.py'),
      analyzeFlows(text, 'src/a.py', { tree: parser.parse(text) }),
    );
  });

  test('NEG lowers a long chain within the cut', () => {
    const text = chain(MAX_LOWER_DEPTH / 2);
    assert.deepEqual(lowered(text), lowerPython(text, parser.parse(text).topNode));
  });
});

describe('comments between Python arguments', () => {
  const helper = 'def audit(event, detail):\n    logger.info("audit %s", detail)\n\n';
  const callees = (text: string, lezer: boolean): string[] =>
    analyzeFlows(text, 'src/a.py', lezer ? { tree: parser.parse(text) } : {}).map(
      (f) => `${f.sink.callee}:${f.categories.join('+')}`,
    );

  for (const lezer of [false, true])
    test(`do not shift the arguments after them (${lezer ? 'Lezer tree' : 'form from tokens'})`, () => {
      const text = `${helper}def f(user):\n    audit("visit",  # why\n          user.id_card)\n`;
      assert.deepEqual(callees(text, lezer), ['logger.info:id_number']);
    });

  for (const lezer of [false, true])
    test(`NEG a comment is no argument either (${lezer ? 'Lezer tree' : 'form from tokens'})`, () => {
      const text = `${helper}def f(user):\n    audit(user.id_card,  # why\n          "visit")\n`;
      assert.deepEqual(callees(text, lezer), []);
    });
});
