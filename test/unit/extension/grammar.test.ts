// The injection grammar: valid JSON, wired into the manifest, and its patterns highlight the
// annotations and directives the detector understands (and nothing that merely looks alike).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const root = join(__dirname, '../../..');
interface GrammarEntry {
  scopeName: string;
  path: string;
  injectTo: string[];
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, { match: string; captures: Record<string, { name: string }> }>;
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars: GrammarEntry[] };
};
const [entry] = manifest.contributes.grammars;
if (entry === undefined) throw new Error('package.json contributes no grammar');
const grammar = JSON.parse(readFileSync(join(root, entry.path), 'utf8')) as Grammar;
const rule = (name: string) => {
  const found = grammar.repository[name];
  if (found === undefined) throw new Error(`the grammar has no rule ${name}`);
  return found;
};

/** The grammar's regexes use only syntax JavaScript shares with Oniguruma. */
const pattern = (name: string): RegExp => new RegExp(rule(name).match, 'g');

function captures(name: string, line: string): { scope: string; text: string }[] {
  const found: { scope: string; text: string }[] = [];
  const scopes = rule(name).captures;
  for (const match of line.matchAll(pattern(name))) {
    for (const [group, { name: scope }] of Object.entries(scopes)) {
      const text = match[Number(group)];
      if (text !== undefined && text !== '') found.push({ scope, text: text.trim() });
    }
  }
  return found;
}

describe('injection grammar', () => {
  test('is wired into the manifest under its own scope', () => {
    assert.equal(grammar.scopeName, entry.scopeName);
    assert.match(grammar.injectionSelector, /L:source comment/);
    assert.match(grammar.injectionSelector, /L:text comment/);
    for (const scope of [
      'source.ts',
      'source.python',
      'source.sql',
      'source.java',
      'source.go',
      'source.yaml',
      'text.xml',
    ]) {
      assert.ok(entry.injectTo.includes(scope), scope);
    }
  });

  const annotationCases: [string, string[]][] = [
    ['// @pi id_number', ['@pi', 'id_number']],
    ['-- @pi health 病历号', ['@pi', 'health']],
    ['# @pi none', ['@pi', 'none']],
    ['/* @pi anonymized */', ['@pi', 'anonymized']],
    ['<!-- @pi deidentified -->', ['@pi', 'deidentified']],
    ['// @pi', ['@pi']],
    ['// email me@pi.example', []],
    ['// @piano lessons', []],
  ];
  for (const [line, expected] of annotationCases) {
    test(`annotation: ${line}`, () => {
      assert.deepEqual(
        captures('annotation', line).map((c) => c.text),
        expected,
      );
    });
  }

  test('states and categories get different scopes', () => {
    assert.equal(captures('annotation', '// @pi none')[1]?.scope, 'constant.language.state.pilens');
    assert.equal(captures('annotation', '// @pi nonexistent')[1]?.scope, 'entity.name.type.category.pilens');
  });

  const directiveCases: [string, string[]][] = [
    ['// pilens-disable-next-line', ['pilens-disable-next-line']],
    ['-- pilens-disable-next-line name contact', ['pilens-disable-next-line', 'name contact']],
    ['# pilens-disable', ['pilens-disable']],
    ['# pilens-enable', ['pilens-enable']],
    ['/* pilens-disable-file */', ['pilens-disable-file']],
    ['// pilens-disabled', []],
    ['// my-pilens-disable', []],
  ];
  for (const [line, expected] of directiveCases) {
    test(`directive: ${line}`, () => {
      assert.deepEqual(
        captures('directive', line).map((c) => c.text),
        expected,
      );
    });
  }
});
