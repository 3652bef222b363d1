import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parser } from '@lezer/java';
import { javaExtractor } from '../../../src/core/scan/code/java.js';
import { moduleWordsAsNames } from '../../../src/core/scan/code/javaModuleWords.js';
import { declarations, extractFlat, lines } from './helpers.js';

function errorCount(text: string): number {
  let errors = 0;
  parser.parse(text).iterate({
    enter(node) {
      if (node.type.isError) errors++;
    },
  });
  return errors;
}

describe('moduleWordsAsNames: module-only keywords used as names', () => {
  for (const text of [
    'class M { void f() { bind(a).to(b); } }',
    'interface O { void setUses(int uses); }',
    'class C { void copy(Object from, Object to) {} }',
    'class R { boolean requires; String exports; }',
  ]) {
    it(`lets the parser read ${text}, keeping every offset`, () => {
      const out = moduleWordsAsNames(text, 'src/M.java');
      assert.equal(out.length, text.length);
      assert.ok(errorCount(text) > 0, 'the original needs error recovery');
      assert.equal(errorCount(out), 0);
    });
  }

  it('leaves longer names and module declarations alone', () => {
    const text = 'class A { String toName; int usesCount; void into() {} }';
    assert.equal(moduleWordsAsNames(text, 'A.java'), text);
    const module = 'module a.b { requires transitive c; exports d to e; uses f; provides g with h; }';
    assert.equal(moduleWordsAsNames(module, 'src/module-info.java'), module);
  });

  it('reports a field named to under its own name', () => {
    const text = lines('public class Mail {', '    private String to;', '    private String subject;', '}');
    assert.deepEqual(
      declarations(extractFlat(javaExtractor, text, 'Mail.java')).map((d) => d.name),
      ['to', 'subject'],
    );
  });
});
