// The names-only hint of the streamed walk (topNames.ts): tried only at line starts, it must
// give what its reference patterns (DEFINITIONS, anchored in multiline mode) give, in order.
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FlowLanguage } from '../../../src/core/flow/sinks.js';
import { DEFINITIONS, topNames } from '../../../src/core/flow/topNames.js';
import { generate, LANGUAGES } from '../../bench/flowCorpus.js';

function reference(language: FlowLanguage, text: string): string[] {
  const re = DEFINITIONS[language];
  if (re === undefined) return [];
  return [...new Set([...text.matchAll(re)].map((m) => m[1] ?? ''))];
}

const LINES: Record<'python' | 'go' | 'kotlin', string[]> = {
  python: [
    'def a():',
    'async def b(x):',
    'async  \tdef\t c2_(x):',
    'asyncdef d():',
    'async\ndef e():',
    'def\nf():',
    'def 9g():',
    'def _h',
    'deff i():',
    '  def j():',
    'async x def k():',
    'def',
    'async ',
  ],
  go: [
    'func A() {}',
    'func (h *H) b(x int) {}',
    'func(h H)c() {}',
    'func  (h *H)  \td() {}',
    'func (h *H e() {}',
    'func (h *H\n) f() {}',
    'funcG() {}',
    'func_h() {}',
    'func () 9i() {}',
    'func ()',
    '\tfunc j() {}',
    'func (a (b)) k() {}',
    'func',
  ],
  kotlin: [
    'fun a(x: Int) = x',
    'private fun <T> List<T>.b(): Int = 1',
    'internal suspend fun c (x: Int) {}',
    'fun fun d() {}',
    'private inline fun <reified T> e2_() {}',
    'fun(x) = 1',
    'funny f() {}',
    'Private fun g() {}',
    'private1 fun h() {}',
    'fun i.j.k(x) {}',
    'fun 9l() {}',
    'fun m\n(x)',
    'open fun\tn(',
    'fun x.(y) {}',
    'data class K(val a: Int) { fun o() {} }',
    '    fun p() {}',
    'private fun',
    'fun <T> T.q\t ()',
  ],
};

describe('topNames', () => {
  for (const [language, lines] of Object.entries(LINES) as [FlowLanguage, string[]][]) {
    test(`${language}: the reference pattern's names, line by line and across line ends`, () => {
      for (const line of lines)
        assert.deepEqual([...topNames(language, line)], reference(language, line), line);
      for (const end of ['\n', '\r\n', '\r', '\u2028'])
        for (const lead of ['', end, 'x = 1' + end]) {
          const text = lead + lines.join(end) + end;
          assert.deepEqual([...topNames(language, text)], reference(language, text), JSON.stringify(end));
        }
    });
  }

  test("the benchmark's files", () => {
    for (const { path, block } of LANGUAGES) {
      const language = (
        { py: 'python', go: 'go', kt: 'kotlin', java: 'java', ts: 'js', cs: 'csharp' } as Record<
          string,
          FlowLanguage
        >
      )[path.slice(path.lastIndexOf('.') + 1)] as FlowLanguage;
      const text = generate(block, 2000);
      assert.deepEqual([...topNames(language, text)], reference(language, text), path);
    }
  });

  test('languages without top-level functions give none', () => {
    assert.deepEqual([...topNames('java', 'class A { void m() {} }\nfun a() {}')], []);
    assert.deepEqual([...topNames('csharp', 'void M() {}')], []);
  });
});
