import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GK, tokenizeGo } from '../../../src/core/scan/code/goTokens.js';

/**
 * The Go tokenizer slices only the words it must look up (keywords, `true`, `false`): other
 * names stay undefined in `words` until the reader asks, and `text` (what the flow lowering
 * reads) is made from both on demand. It must say what slicing every token said.
 */
describe('goTokens words', () => {
  const text =
    'type User struct {\n\tName string `json:"name"` // 姓名\n}\nvar ok = true\nx := 1.5 + len(名字)\n';

  it('keeps keywords, operators and the booleans, and leaves other names unsliced', () => {
    const t = tokenizeGo(text);
    assert.ok(t);
    for (let k = 0; k < t.count; k++) {
      const source = text.slice(t.from[k], t.to[k]);
      const kind = t.kind[k];
      if (kind === GK.IDENT) assert.equal(t.words[k], source === 'true' ? 'true' : undefined, source);
      else if (kind === GK.KEYWORD || kind === GK.OP) assert.equal(t.words[k], source);
      else assert.equal(t.words[k], '');
    }
  });

  it('gives every name, keyword and operator its source in `text`, and literals nothing', () => {
    const t = tokenizeGo(text);
    assert.ok(t);
    assert.equal(t.text.length, t.count);
    for (let k = 0; k < t.count; k++) {
      const literal: boolean = t.kind[k] === GK.STRING || t.kind[k] === GK.NUMBER || t.kind[k] === GK.RUNE;
      assert.equal(t.text[k], literal ? '' : text.slice(t.from[k], t.to[k]));
    }
  });
});
