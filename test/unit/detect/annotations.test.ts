import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDirectives } from '../../../src/core/detect/annotations.js';

describe('annotations: @pi in comments of every language', () => {
  const cases: [string, string, string | undefined, 'same' | 'next'][] = [
    ['// @pi health', 'pi', 'health', 'next'],
    ['# @pi id_number', 'pi', 'id_number', 'next'],
    ['-- @pi contact', 'pi', 'contact', 'next'],
    ['/* @pi name */', 'pi', 'name', 'next'],
    [' * @pi address', 'pi', 'address', 'next'],
    ['<!-- @pi vehicle -->', 'pi', 'vehicle', 'next'],
    ['; @pi property', 'pi', 'property', 'next'],
    ["' @pi credit", 'pi', 'credit', 'next'],
    ['REM @pi biometric', 'pi', 'biometric', 'next'],
    ['phone VARCHAR(20), -- @pi contact', 'pi', 'contact', 'same'],
    ['private String x; // @pi none', 'none', undefined, 'same'],
    ['// @pi anonymized', 'state', undefined, 'next'],
    ['// @pi anonymised', 'state', undefined, 'next'],
    ['// @pi deidentified', 'state', undefined, 'next'],
    ['// @pi NAME', 'pi', 'name', 'next'],
    ['// @pi nonsense', 'invalid', undefined, 'next'],
    ['// @pi', 'invalid', undefined, 'next'],
  ];
  for (const [line, kind, category, placement] of cases) {
    it(`${JSON.stringify(line)} → ${kind} ${category ?? ''} (${placement})`, () => {
      const all = parseDirectives(line);
      assert.equal(all.length, 1);
      const d = all[0];
      assert.deepEqual([d?.kind, d?.category, d?.placement], [kind, category, placement]);
    });
  }

  it('reads a note and a processing state after the category', () => {
    const d = parseDirectives('idCard: string // @pi id_number deidentified masked copy for support')[0];
    assert.deepEqual([d?.state, d?.note], ['deidentified', 'masked copy for support']);
  });

  it('gives exact ranges for the directive and the category', () => {
    const d = parseDirectives('x\n  phone: string // @pi contact')[0];
    assert.deepEqual(
      [d?.range, d?.categoryRange],
      [
        { start: { line: 1, character: 19 }, end: { line: 1, character: 30 } },
        { start: { line: 1, character: 23 }, end: { line: 1, character: 30 } },
      ],
    );
  });

  it('ignores look-alikes: not in a comment, part of a word, other decorators', () => {
    const none = [
      'const s = "@pi name";',
      "const s = '@pi name';",
      'a; @pi name',
      '@pipe name',
      '// @pii name',
      'email@pi.com',
      '// @picture',
      'text @pi name',
    ];
    for (const line of none) assert.deepEqual(parseDirectives(line), [], line);
  });
});

describe('annotations: pilens directives', () => {
  const cases: [string, string, string[]][] = [
    ['// pilens-disable-next-line', 'disable-next-line', []],
    ['# pilens-disable-next-line contact name', 'disable-next-line', ['contact', 'name']],
    [
      '-- pilens-disable-next-line contact, health -- legacy table',
      'disable-next-line',
      ['contact', 'health'],
    ],
    ['phone: x // pilens-disable-line', 'disable-line', []],
    ['/* pilens-disable */', 'disable', []],
    ['<!-- pilens-disable address -->', 'disable', ['address']],
    ['// pilens-enable', 'enable', []],
    ['# pilens-disable-file', 'disable-file', []],
  ];
  for (const [line, kind, categories] of cases) {
    it(`${JSON.stringify(line)} → ${kind} [${categories.join(',')}]`, () => {
      const d = parseDirectives(line)[0];
      assert.deepEqual([d?.kind, d?.categories], [kind, categories]);
    });
  }
  it('ignores unknown directives and directives outside comments', () => {
    assert.deepEqual(parseDirectives('// pilens-disable-everything'), []);
    assert.deepEqual(parseDirectives('const x = "pilens-disable";'), []);
  });
  it('is cheap on text without directives', () => {
    assert.deepEqual(parseDirectives('a\nb\nc'), []);
  });
});
