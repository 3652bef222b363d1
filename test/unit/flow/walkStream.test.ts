// The walk one top-level declaration at a time (walkStream.ts): the same flows as the walk of the
// whole form, or none at all (undefined) when its table of top-level functions could not answer
// as the whole file's would, and the names-only hint it relies on.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Stmt } from '../../../src/core/flow/ir.js';
import { lowerGoTokens } from '../../../src/core/flow/lang/goLower.js';
import { lowerPython } from '../../../src/core/flow/lang/python.js';
import { nameReader, recordTypes } from '../../../src/core/flow/sources.js';
import type { FlowLanguage } from '../../../src/core/flow/sinks.js';
import { topNames } from '../../../src/core/flow/topNames.js';
import { walkFlows } from '../../../src/core/flow/walk.js';
import { walkStreamed, wordCounts } from '../../../src/core/flow/walkStream.js';
import { readGo } from '../../../src/core/scan/code/goReader.js';
import { parser as pyParser } from '@lezer/python';

/** The whole form's top-level statements handed out one at a time, as the lowerings do. */
function oneByOne(body: readonly Stmt[]): () => readonly Stmt[] | undefined {
  let i = 0;
  return () => (i < body.length ? body.slice(i, ++i) : undefined);
}

function both(
  language: FlowLanguage,
  text: string,
  body: readonly Stmt[],
  hinted = topNames(language, text),
) {
  const base = { language, read: nameReader(), types: recordTypes([]) };
  const whole = JSON.stringify(walkFlows({ ...base, body }));
  const streamed = walkStreamed({ ...base, text, next: oneByOne(body), hinted });
  return { whole, streamed: streamed === undefined ? undefined : JSON.stringify(streamed) };
}

const python = (text: string): Stmt[] => lowerPython(text, pyParser.parse(text).topNode);
const go = (text: string): Stmt[] => {
  const tokens = readGo(text)?.tokens;
  const body = tokens !== undefined ? lowerGoTokens(text, tokens) : undefined;
  if (body === undefined) throw new Error('Go text not lowered from tokens');
  return body;
};

describe('flows walked one top-level declaration at a time', () => {
  const same: { rule: string; language: FlowLanguage; text: string; body: (t: string) => Stmt[] }[] = [
    {
      rule: 'a helper defined further down is lowered ahead and followed',
      language: 'python',
      text: 'def f(u):\n    audit(u.phone)\n\ndef audit(v):\n    logger.info("%s", v)\n',
      body: python,
    },
    {
      rule: 'a helper called again after its summary was taken (kept as its parameters)',
      language: 'python',
      text: 'def audit(v):\n    logger.info("%s", v)\n\ndef f(u):\n    audit(u.phone)\n\ndef g(u):\n    audit(u.email)\n',
      body: python,
    },
    {
      rule: 'a helper called before its definition and again after it was walked (not dropped)',
      language: 'python',
      text: 'def f(u):\n    audit(u.phone)\n\ndef audit(v):\n    logger.info("%s", v)\n\ndef g(u):\n    audit(u.email)\n',
      body: python,
    },
    {
      rule: 'a helper calling itself, every call walked before its last use',
      language: 'python',
      text: 'def f(u):\n    audit(u.phone, 1)\n\ndef audit(v, n):\n    if n:\n        audit(v, 0)\n    logger.info("%s", v)\n\ndef g(u):\n    audit(u.email, 1)\n',
      body: python,
    },
    {
      rule: 'a helper first called after its declaration was walked, through a nested helper',
      language: 'python',
      text: 'def audit(v):\n    def inner(x):\n        logger.info("%s", x)\n    inner(v)\n\nlimit = 3\n\ndef f(u):\n    audit(u.phone)\n',
      body: python,
    },
    {
      rule: 'recursion between two top-level functions',
      language: 'python',
      text: 'def a(v):\n    b(v)\n    logger.info("%s", v)\n\ndef b(v):\n    a(v)\n    print(v)\n\ndef f(u):\n    b(u.email)\n',
      body: python,
    },
    {
      rule: 'a URL held in a top-level variable reaches a later function',
      language: 'python',
      text: 'URL = "https://api.example.com/x"\n\ndef send(v):\n    requests.post(URL, json=v)\n\ndef f(u):\n    send(u.mobile)\n',
      body: python,
    },
    {
      rule: 'Go methods calling a method defined further down',
      language: 'go',
      text: 'package p\n\nfunc (h *H) Handle(phone string) {\n\th.audit(phone)\n}\n\nfunc (h *H) audit(d string) {\n\tlog.Println(d)\n}\n',
      body: go,
    },
  ];
  for (const c of same)
    test(c.rule, () => {
      const { whole, streamed } = both(c.language, c.text, c.body(c.text));
      assert.notEqual(whole, '[]');
      assert.equal(streamed, whole);
    });

  test('a top-level function the hint missed, called before it is defined: unsure, not wrong', () => {
    const text = 'def f(u):\n    audit(u.phone)\n\ndef audit(v):\n    logger.info("%s", v)\n';
    const { whole, streamed } = both('python', text, python(text), new Set());
    assert.notEqual(whole, '[]');
    assert.equal(streamed, undefined);
  });

  test('NEG the same function defined before its call, unhinted: the walk is sure', () => {
    const text = 'def audit(v):\n    logger.info("%s", v)\n\ndef f(u):\n    audit(u.phone)\n';
    const { whole, streamed } = both('python', text, python(text), new Set());
    assert.equal(streamed, whole);
  });

  test('a name defined twice at the top: unsure once the first definition was answered', () => {
    const text =
      'def audit(v):\n    logger.info("%s", v)\n\ndef f(u):\n    audit(u.phone)\n\ndef audit(v):\n    pass\n';
    const { whole, streamed } = both('python', text, python(text));
    assert.equal(whole, '[]');
    assert.equal(streamed, undefined);
  });
});

describe('names-only hint and word counts', () => {
  test('top-level definitions of Python, Go and Kotlin; methods are not top-level', () => {
    assert.deepEqual(
      [
        ...topNames(
          'python',
          'def a():\n    pass\nasync def b(x):\n    def c(): pass\nclass K:\n    def m(self): pass\n',
        ),
      ],
      ['a', 'b'],
    );
    assert.deepEqual(
      [...topNames('go', 'func A() {}\nfunc (h *H) b(x int) {}\n\tfunc c() {}\n')],
      ['A', 'b'],
    );
    assert.deepEqual(
      [
        ...topNames(
          'kotlin',
          'fun a(x: Int) = x\nprivate fun <T> List<T>.b(): Int = 1\nclass K {\n    fun m() {}\n}\n',
        ),
      ],
      ['a', 'b'],
    );
    assert.deepEqual([...topNames('java', 'class A { void m() {} }')], []);
  });

  test('whole words only', () => {
    const counts = wordCounts('audit(x); audit2(y); re_audit; audit', new Set(['audit', 'audit2', 'gone']));
    assert.deepEqual(Object.fromEntries(counts), { audit: 2, audit2: 1, gone: 0 });
  });

  test('names starting with few or many characters are counted alike', () => {
    const text = 'def audit(x):\n  a.audit(x); audit_2(y); handle(audité); éaudit; _h(1) 9lives Handle';
    const few = ['audit', 'audit_2', 'handle', 'Handle', '_h', 'a-b', 'gone'];
    const expected = { audit: 4, audit_2: 1, handle: 1, Handle: 1, _h: 1, 'a-b': 0, gone: 0 };
    assert.deepEqual(Object.fromEntries(wordCounts(text, new Set(few))), expected);
    // Past eight first characters the counts come from the loop over the characters.
    const many = [...few, 'b', 'c', 'd', 'e', 'f', 'x', '9lives'];
    assert.deepEqual(Object.fromEntries(wordCounts(text, new Set(many))), {
      ...expected,
      b: 0,
      c: 0,
      d: 0,
      e: 0,
      f: 0,
      x: 2,
      '9lives': 1,
    });
  });
});
