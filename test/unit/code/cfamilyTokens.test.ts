import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTokens, tokenize, type Token } from '../../../src/core/scan/code/cfamilyTokens.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';
import { seeded } from './goDocuments.js';
import { fixtureFiles } from '../../support/fixtureFiles.js';

/**
 * The C#/Kotlin tokenizer hands out one string per distinct identifier and per punctuation
 * (issue 8): every token's text must still be exactly the source it spans, and the extractors'
 * split into code and comments must be `tokenize` filtered. Checked on the C# and Kotlin
 * fixtures (not the held-out or blind sets), the generated benchmark files and seeded edits.
 */

function texts(): string[] {
  const files = fixtureFiles(/\.(cs|kt|kts)$/).map((f) => f.text);
  const generated = BENCH_FORMATS.filter((f) => f.label === 'C#' || f.label === 'Kotlin').map((f) =>
    generate(f, 3_000, 1),
  );
  return [...files, ...generated];
}

const PIECES = [' ', '\n', '(', '{', '}', '"', '@', '$', '/*', '*/', '//', '=>', '?.', 'ab', 'x1', '中', 'é'];

function edited(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const piece = PIECES[Math.floor(random() * PIECES.length)] ?? '';
  return text.slice(0, at) + piece + text.slice(at + Math.floor(random() * 4));
}

function tokensOf(text: string): Token[] | undefined {
  try {
    return tokenize(text);
  } catch {
    return undefined;
  }
}

describe('C#/Kotlin tokenizer', () => {
  it('gives every token the text it spans, and splits code from comments in order', () => {
    const random = seeded(5);
    let checked = 0;
    for (const original of texts()) {
      for (let k = 0; k < 12; k++) {
        const text = k === 0 ? original : edited(original, random);
        const tokens = tokensOf(text);
        if (tokens === undefined) continue;
        for (const t of tokens) assert.equal(t.text, text.slice(t.from, t.to));
        const code: Token[] = [];
        const comments: Token[] = [];
        readTokens(text, code, comments);
        assert.deepEqual(
          code,
          tokens.filter((t) => t.kind !== 'comment'),
        );
        assert.deepEqual(
          comments,
          tokens.filter((t) => t.kind === 'comment'),
        );
        checked++;
      }
    }
    assert.ok(checked > 50, `only ${checked} texts tokenized`);
  });

  it('reads a short text (no identifier table) as the same text inside a long one', () => {
    // Under 512 characters the table is skipped (string template holes): same tokens either way.
    const random = seeded(7);
    for (let round = 0; round < 300; round++) {
      const short = Array.from(
        { length: 1 + Math.floor(random() * 40) },
        () => PIECES[Math.floor(random() * PIECES.length)],
      ).join(' ');
      const alone = tokensOf(short);
      const inLong = tokensOf(`${short}\n${'padding '.repeat(80)}`);
      if (alone === undefined || inLong === undefined) continue;
      assert.deepEqual(alone, inLong.slice(0, alone.length), JSON.stringify(short));
    }
  });

  it('keeps identifiers apart whose hashes share a slot', () => {
    // Many distinct names: most share a slot with another; each must read as itself.
    const names = Array.from({ length: 20_000 }, (_, k) => `n${k.toString(36)}`);
    const text = names.join(' ');
    assert.deepEqual(
      tokenize(text).map((t) => t.text),
      names,
    );
  });
});
