import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readYamlTrees } from '../../../src/core/scan/formats/yamlLines.js';
import { parseYamlTrees } from '../../../src/core/scan/formats/yamlTree.js';
import type { TreeNode } from '../../../src/core/scan/formats/tree.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';

/**
 * The YAML line reader against its reference, the `yaml` package's trees (yamlTree.ts): on the
 * YAML fixtures, generated OpenAPI files, seeded random block documents (keys and scalars of
 * every resolved type, flow collections, comments above and beside keys, blank lines) and
 * seeded random edits of them, whatever the reader accepts it reads exactly as the reference
 * does, and it accepts nothing the reference rejects. No intended differences.
 */

const FIXTURES = [
  'test/fixtures/corpus/config/docker-publish.yml',
  'test/fixtures/corpus/config/application.yml',
  'test/fixtures/corpus/config/seed-users.yml',
  'test/fixtures/workspace/schemas/patients-api.yaml',
  'test/fixtures/formats/openapi/ride-hailing.yaml',
  'test/fixtures/formats/openapi/member-api.yaml',
];

function reference(text: string): TreeNode[] | 'error' {
  try {
    return parseYamlTrees(text);
  } catch {
    return 'error';
  }
}

/** Asserts the reader declines `text` or reads it as the reference; whether it read it. */
function agrees(text: string, label: string): boolean {
  const fast = readYamlTrees(text);
  if (fast === undefined) return false;
  assert.deepEqual(fast, reference(text), label);
  return true;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const KEYS = [
  'name',
  'type',
  'id_card',
  '200',
  '1.0',
  'true',
  'null',
  '~',
  '"quoted"',
  "'it''s'",
  '$ref',
  'a b',
  'x-y',
];
const VALUES = [
  'string',
  'hello world',
  '3.0.0',
  '42',
  '-7',
  '0x1F',
  '0o17',
  '1e3',
  '.inf',
  '-.Inf',
  '.nan',
  'true',
  'False',
  'NULL',
  '~',
  '"double"',
  "'single ''q'''",
  '""',
  '[a, b]',
  '[]',
  '{}',
  '{ type: string, format: date }',
  '[1, "x", {k: v}]',
  'a#b',
  'http://x.y/z',
  '手机号',
];
const COMMENTS = ['# 说明', '#c', '#  trailing  ', '# a: b'];

/** A random block document: maps and sequences nested a few levels, comments here and there. */
function document(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: string[] = [];
  const comment = (indent: number): void => {
    const r = next();
    if (r < 0.08) out.push(`${' '.repeat(indent)}${pick(COMMENTS)}`);
    else if (r < 0.12) out.push('');
    else if (r < 0.13) out.push(`${' '.repeat(indent + 2)}${pick(COMMENTS)}`);
  };
  const trailing = (): string => (next() < 0.08 ? ` ${pick(COMMENTS)}` : '');
  const map = (indent: number, depth: number): void => {
    const used = new Set<string>();
    for (let n = 1 + Math.floor(next() * 4); n > 0; n--) {
      let key = pick(KEYS);
      if (used.has(key)) key = `${key}${n}`;
      used.add(key);
      comment(indent);
      value(`${' '.repeat(indent)}${key}:`, indent, depth);
    }
  };
  const sequence = (indent: number, depth: number): void => {
    for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
      const r = next();
      if (r < 0.5 || depth > 2) out.push(`${' '.repeat(indent)}- ${pick(VALUES)}${trailing()}`);
      else if (r < 0.6) out.push(`${' '.repeat(indent)}-`);
      else {
        out.push(`${' '.repeat(indent)}- ${pick(KEYS)}: ${pick(VALUES)}${trailing()}`);
        if (next() < 0.5) map(indent + 2, depth + 1);
      }
    }
  };
  const value = (head: string, indent: number, depth: number): void => {
    const r = next();
    if (r < 0.5 || depth > 3) out.push(`${head} ${pick(VALUES)}${trailing()}`);
    else if (r < 0.6) out.push(`${head}${trailing()}`);
    else {
      out.push(`${head}${trailing()}`);
      comment(indent + 2);
      if (r < 0.85) map(indent + 2, depth + 1);
      else sequence(next() < 0.5 ? indent : indent + 2, depth + 1);
    }
  };
  if (next() < 0.2) out.push(pick(COMMENTS));
  map(0, 0);
  if (next() < 0.05) out.push(pick(COMMENTS));
  return `${out.join('\n')}${next() < 0.8 ? '\n' : ''}`;
}

const PIECES = [
  ' ',
  '  ',
  '\n',
  ':',
  ': ',
  '- ',
  '#',
  ' #',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  'x',
  '---',
  '&a ',
  '*a',
  '!t ',
  '|',
  '\t',
  '\r\n',
  '? ',
];

describe('YAML line reader', () => {
  it('reads the YAML fixtures and generated OpenAPI files exactly as the reference does', () => {
    for (const file of FIXTURES) assert.ok(agrees(readFileSync(file, 'utf8'), file), `${file} declined`);
    const format = BENCH_FORMATS.find((f) => f.label === 'YAML/OpenAPI');
    assert.ok(format);
    for (const salt of [0, 1]) assert.ok(agrees(generate(format, 500, salt), `salt ${salt}`), 'declined');
  });

  it('on seeded random documents and edits of them, declines or agrees', () => {
    const next = random(3);
    let accepted = 0;
    let declined = 0;
    for (let n = 0; n < 400; n++) {
      let text = document(next);
      if (agrees(text, `document ${n}`)) accepted++;
      else declined++;
      for (let e = 0; e < 3; e++) {
        const at = Math.floor(next() * (text.length + 1));
        const remove = next() < 0.4 ? Math.floor(next() * 4) : 0;
        text =
          text.slice(0, at) + (PIECES[Math.floor(next() * PIECES.length)] ?? '') + text.slice(at + remove);
        if (agrees(text, `document ${n} edit ${e}`)) accepted++;
        else declined++;
      }
    }
    // Both sides are exercised.
    assert.ok(accepted > 300 && declined > 200, `accepted ${accepted}, declined ${declined}`);
  });

  const declinedCases: readonly [string, string][] = [
    ['a block scalar', 'a: |\n  text\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !str 1\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an escape in double quotes', 'a: "x\\ny"\n'],
    ['a comment inside a sequence', 'a:\n  - x\n  # c\n  - y\n'],
  ];
  for (const [label, text] of declinedCases) {
    it(`declines ${label}, which the reference reads`, () => {
      assert.equal(readYamlTrees(text), undefined);
    });
  }

  it('reads nesting a schema needs and declines nesting past that, which it would recurse into', () => {
    const nested = (depth: number): string =>
      Array.from({ length: depth }, (_, k) => `${' '.repeat(k)}k${k}:`).join('\n') + ' x\n';
    assert.ok(agrees(nested(20), 'depth 20'), 'declined');
    assert.equal(readYamlTrees(nested(200)), undefined);
    assert.ok(agrees(`a: ${'['.repeat(20)}${']'.repeat(20)}\n`, 'flow depth 20'), 'declined');
    assert.equal(readYamlTrees(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`), undefined);
  });

  it('resolves plain scalars and keys as the yaml package does', () => {
    const [root] = readYamlTrees('1.0: 0x1F\n"2": ~\nc: [true, 3.0.0]\n') ?? [];
    assert.deepEqual(root, reference('1.0: 0x1F\n"2": ~\nc: [true, 3.0.0]\n')[0]);
    assert.equal(root?.kind === 'object' ? root.entries[0]?.key : undefined, '1');
  });
});
