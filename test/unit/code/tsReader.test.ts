import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Tree } from '@lezer/common';
import { parser as jsParser } from '@lezer/javascript';
import { hasErrorNode, LezerMemo, parseReusing } from '../../../src/core/scan/code/lezerReuse.js';
import {
  blankDecoratedExports,
  decoratedExportKeywords,
} from '../../../src/core/scan/code/tsDecoratedExports.js';
import { bridgeGrammarGaps } from '../../../src/core/scan/code/tsGrammarGaps.js';
import {
  readTypeScriptBuffer,
  readTypeScriptTree,
  type TsBuffer,
} from '../../../src/core/scan/code/tsReader.js';
import { typescriptExtractor, typescriptReference } from '../../../src/core/scan/code/typescript.js';
import type { ExtractResult } from '../../../src/core/scan/extractor.js';
import { BENCH_FORMATS, generate } from '../../bench/scanCorpus.js';
import { fixtureFiles } from '../../support/fixtureFiles.js';

/**
 * The fast TypeScript reader against Lezer: on every TypeScript fixture (not the held-out or
 * blind sets), on the scanner's own sources, on generated files and on seeded random edits,
 * whatever the reader accepts it turns into exactly the tree @lezer/javascript builds (every
 * node, name and span, comments included), a tree Lezer's incremental parse can start from
 * after an edit as from its own; and the extractor's candidates equal the Lezer-only reference's. No intended differences.
 */

const ts = jsParser.configure({ dialect: 'ts' });

/** What the extractor's parser sees. */
function parsed(text: string): string {
  return bridgeGrammarGaps(blankDecoratedExports(text), false);
}

/** Every node of a tree, in order, as `depth name from-to`. */
function nodes(tree: Tree): string[] {
  const out: string[] = [];
  const cursor = tree.cursor();
  let depth = 0;
  for (;;) {
    out.push(`${depth} ${cursor.name} ${cursor.from}-${cursor.to}`);
    if (cursor.firstChild()) {
      depth++;
      continue;
    }
    while (!cursor.nextSibling()) {
      if (!cursor.parent()) return out;
      depth--;
    }
  }
}

/** An extraction's candidates, or its error: what a host sees (memos differ by design). */
function outcome(r: ExtractResult): unknown {
  return r.ok ? r.fields : r.error;
}

function read(text: string): Tree | undefined {
  return readTypeScriptTree(text, ts.nodeSet, ts.topNode.id);
}

/** Asserts the reader declines `text` or builds Lezer's tree of it; true when it read it. */
function agrees(text: string, label: string): Tree | undefined {
  const mine = read(text);
  if (mine === undefined) return undefined;
  const theirs = nodes(ts.parse(text));
  const ours = nodes(mine);
  const at = theirs.findIndex((line, k) => line !== ours[k]);
  assert.ok(
    at < 0 && theirs.length === ours.length,
    `${label}: trees differ at node ${at}: Lezer ${theirs[at] ?? 'end'}, reader ${ours[at] ?? 'end'}`,
  );
  return mine;
}

let seed = 11;
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

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
  '`',
  ' ',
  'x',
  '<',
  '>',
  '=',
  ',',
  '.',
  '?',
  '!',
  '/',
  '*',
  '//',
  '/*',
  '*/',
  '${',
  '@',
  '[',
  ']',
  '=>',
  'a.b',
  'this.',
  'new ',
  'class ',
  'interface ',
  'type ',
  'export ',
  'const ',
  'return ',
  '|',
  '&',
  '+',
  '-',
  'as ',
  'readonly ',
  'async ',
  'static ',
  'in ',
  '\\',
  '1',
  '.5',
  'function ',
  'z.object({',
  '\t',
];

function mutate(text: string): string {
  let out = text;
  for (let e = 1 + Math.floor(random() * 3); e > 0; e--) {
    const at = Math.floor(random() * out.length);
    const remove = random() < 0.5 ? Math.floor(random() * 5) : 0;
    const insert = random() < 0.8 ? (PIECES[Math.floor(random() * PIECES.length)] ?? '') : '';
    out = out.slice(0, at) + insert + out.slice(at + remove);
  }
  return out;
}

describe('fast TypeScript reader', () => {
  const fixtures = fixtureFiles(/\.ts$/);
  const sources = fixtureFiles(/\.ts$/, path.join(process.cwd(), 'src/core/scan'));
  const bench = BENCH_FORMATS.find((f) => f.label === 'TypeScript');
  assert.ok(bench);
  const generated = [0, 1, 2].map((salt) => generate(bench, 400, salt));

  it('builds Lezer’s tree of the TypeScript fixtures, and reads most of them', () => {
    assert.ok(fixtures.length >= 10, 'the fixtures are found');
    let accepted = 0;
    for (const { file, text } of fixtures) if (agrees(parsed(text), file)) accepted++;
    assert.ok(accepted >= fixtures.length - 2, `read ${accepted} of ${fixtures.length}`);
  });

  it('builds Lezer’s tree of the scanner’s own sources, and reads most of them', () => {
    let accepted = 0;
    for (const { file, text } of sources) if (agrees(parsed(text), file)) accepted++;
    assert.ok(accepted >= sources.length * 0.7, `read ${accepted} of ${sources.length}`);
  });

  it('reads generated model files', () => {
    for (const [k, text] of generated.entries()) assert.ok(agrees(parsed(text), `salt ${k}`), 'declined');
  });

  it('reads a text skipping its decorated export keywords as it reads the text with them blanked', () => {
    const records = (read: TsBuffer | undefined): number[] | undefined =>
      read && Array.from(read.buffer.subarray(0, read.size));
    let skipped = 0;
    const texts = [...fixtures, ...sources, ...generated.map((text, k) => ({ file: `salt ${k}`, text }))];
    for (const { file, text } of texts) {
      const keywords = decoratedExportKeywords(text);
      const skipping = readTypeScriptBuffer(text, ts.nodeSet, keywords);
      assert.deepEqual(
        records(skipping),
        records(readTypeScriptBuffer(blankDecoratedExports(text), ts.nodeSet)),
        file,
      );
      if (keywords.length > 0 && skipping) skipped++;
    }
    assert.ok(skipped >= 3, `compared ${skipped} texts with decorated exports`);
  });

  it('on seeded random edits, declines broken text and builds Lezer’s tree of the rest', () => {
    let accepted = 0;
    let declined = 0;
    for (const { file, text } of [...fixtures, ...sources.slice(0, 10)]) {
      const base = parsed(text);
      for (let m = 0; m < 20; m++) {
        if (agrees(mutate(base), `${file} edit ${m}`)) accepted++;
        else declined++;
      }
    }
    assert.ok(accepted > 100 && declined > 100, `accepted ${accepted}, declined ${declined}`);
  });

  it('seeds Lezer’s incremental parse as Lezer’s own tree does: re-parses equal fresh parses', () => {
    let compared = 0;
    for (const { file, text } of [...fixtures.slice(0, 8), { file: 'generated', text: generated[0] ?? '' }]) {
      const base = parsed(text);
      const tree = read(base);
      assert.ok(tree, `${file} declined`);
      const memo = new LezerMemo(ts, base, tree);
      for (let m = 0; m < 25; m++) {
        const next = mutate(base);
        const fresh = ts.parse(next);
        if (hasErrorNode(fresh)) continue;
        assert.deepEqual(nodes(parseReusing(ts, next, memo)), nodes(fresh), `${file} edit ${m}`);
        compared++;
      }
    }
    assert.ok(compared > 50, `compared ${compared} edits`);
  });

  it('gives the reference’s candidates, fresh and across edits', () => {
    for (const { file, text } of [...fixtures, { file: 'generated', text: generated[1] ?? '' }]) {
      const source = { path: 'model.ts' };
      assert.deepEqual(
        outcome(typescriptExtractor.extract(text, source)),
        outcome(typescriptReference.extract(text, source)),
        file,
      );
      let memo = typescriptExtractor.extract(text, source);
      let current = text;
      for (let m = 0; m < 5; m++) {
        current = mutate(current);
        const previous = memo.ok ? memo.memo : undefined;
        const fast = typescriptExtractor.extract(current, source, previous);
        const reference = typescriptReference.extract(current, source);
        assert.deepEqual(outcome(fast), outcome(reference), `${file} edit ${m}`);
        memo = fast;
      }
    }
  });

  const accepted: readonly [string, string][] = [
    [
      'decorated entities and parameter properties',
      "@Entity('t')\nclass A extends B.C implements D<E> {\n  @Column({ comment: '身份证' }) static readonly id!: string;\n  constructor(private readonly phone: string, @Inject(X) public y?: number) { super(); this.z = `${phone}\\n`; }\n}\n",
    ],
    [
      'interfaces, unions and object types',
      "export interface P<T = unknown> extends Q, R.S { readonly a?: string | null; b: { c: number[] }; [k: string]: T; m(x: number): void }\ntype U =\n  | 'a'\n  | keyof typeof v.w;\n",
    ],
    [
      'expressions of every precedence',
      'const x = a?.b.c(d, ...e) ?? new F.G<H>(1) ?? (i as J) satisfies K;\nlet y = p ? q : r, s = !t++ + -u ** 2 >>> 1 >= 3 && v instanceof W || x in y;\n',
    ],
    ['numbers written from their point', 'const x = .5 + f(.25, [.75]) ? .1 : -.2;\n'],
    [
      'zod schemas, arrows and templates',
      "export const UserSchema = z.object({ phone: z.string().describe('手机'), tags: z.array(z.object({ k: z.number() })) });\nconst f = async ({ a, b: [c] }: T, d = 1): Promise<void> => { for (const k of a) { if (k) continue; } };\n",
    ],
  ];
  for (const [label, text] of accepted) {
    it(`reads ${label}`, () => {
      assert.ok(agrees(parsed(text), label), 'declined');
    });
  }

  const declinedCases: readonly [string, string][] = [
    ['a type assertion', 'const x = <T>y;\n'],
    ['a generic arrow', 'const f = <T>(x: T) => x;\n'],
    ['an enum', 'enum E { A, B }\n'],
    ['a namespace', 'namespace N { const x = 1; }\n'],
    ['a comparison that may be type arguments', 'const x = a < b > c;\n'],
    ['an unterminated template', 'const x = `a${b}\n'],
    ['a missing operand', 'const x = a + ;\n'],
    ['an arrow inside a conditional', 'const x = c ? (a) : b;\n'],
    ['a mapped type', 'type M = { [K in keyof T]: T[K] };\n'],
    ['a number written from its point after an expression', 'const x = a\n  .5 ? b : c;\n'],
    [
      'a line break only inside a block comment (no semicolon inserted)',
      'function f(): T /*\n*/ const x = 1;\n',
    ],
  ];
  for (const [label, text] of declinedCases) {
    it(`declines ${label}, which the extractor reads with Lezer`, () => {
      assert.equal(read(text), undefined);
      const source = { path: 'x.ts' };
      assert.deepEqual(
        outcome(typescriptExtractor.extract(text, source)),
        outcome(typescriptReference.extract(text, source)),
      );
    });
  }

  it('leaves JSX dialects to Lezer', () => {
    const text = 'const a = <div>{user.phone}</div>;\n';
    const fast = typescriptExtractor.extract(text, { path: 'x.tsx' });
    assert.deepEqual(outcome(fast), outcome(typescriptReference.extract(text, { path: 'x.tsx' })));
    assert.ok(fast.ok && fast.fields.some((f) => f.name === 'phone'));
  });
});
