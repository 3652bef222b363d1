// Issue 15: no comment, test name or doc string cites a document a newcomer cannot open. The
// research and design notes the project was built from are not in the repository, so a comment
// cites the law itself (statute, interpretation or standard and its article), an in-repo
// document (docs/, CONTRIBUTING.md, README.md) or the test that pins the case, or states its
// reason outright. The patterns are written with escapes so this file does not cite them itself.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';

const root = join(__dirname, '../../..');

/** Names of documents outside the repository, and paths that lead out of it. */
const OUTSIDE = new RegExp(
  [
    'legal-reference\\.md',
    '(?:audit|reliability|review)-2026-12',
    '\\bPRODUCT\\.md',
    '\\bSTYLE\\.md',
    '\\bTESTING\\.md',
    '/work/(?:main/\\.\\./)?shared',
    '\\bshared/(?:design|law)/',
  ].join('|'),
  'i',
);

/** The outside citations in a text, each as `line: match`. */
function outsideCitations(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    const match = OUTSIDE.exec(line);
    if (match) found.push(`${i + 1}: ${match[0]}`);
  });
  return found;
}

/** Every file under a folder, skipping installed dependencies and build output. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

describe('no file cites a document outside the repository', () => {
  test('the matcher catches each outside document and path', () => {
    for (const planted of [
      '// Serious at 50 pieces (legal-' + 'reference.md §9.2).',
      ' * Exit codes of PRODUCT' + '.md §5.',
      '// Masked names (reliability-' + '2026-12.md D2, D12).',
      "void it('W1 (audit-" + "2026-12.md)', () => {",
      '// see review-' + '2026-12',
      ' * per STYLE' + '.md and TESTING' + '.md',
      '// docs: /work/' + 'shared/' + 'design/x.md',
      "import x from '../shared/" + "law/y';",
      '// (i.e. /work/main/.' + './shared/design)',
    ])
      assert.equal(outsideCitations(planted).length, 1, planted);
  });

  test('the matcher leaves in-repository citations and the law alone', () => {
    for (const fine of [
      '// 法释〔2017〕10号 Art. 5(1)(4); PIPL Art. 28; GB/T 35273-2020 Appendix B',
      '// see docs/legal-basis.md, docs/categories.md and CONTRIBUTING.md',
      'const INTERNAL = /legal-reference|audit-2026|from memory/i; // the words a user must not see',
      "const cwd = '/work/repo';",
      '// src/shared/settingsSchema.ts',
      "import { SETTING_DEFAULTS } from '../shared/settingsSchema.js';",
    ])
      assert.deepEqual(outsideCitations(fine), [], fine);
  });

  test('names the line of each citation', () => {
    assert.deepEqual(outsideCitations('ok\n// PRODUCT' + '.md §1.2\nok'), ['2: PRODUCT' + '.md']);
  });

  test('src, scripts, test, docs, README, CONTRIBUTING and the manifest cite none', () => {
    const files = [
      ...['src', 'scripts', 'test', 'docs'].flatMap((dir) => filesUnder(join(root, dir))),
      ...['README.md', 'CONTRIBUTING.md', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json'].map(
        (name) => join(root, name),
      ),
    ];
    assert.ok(files.length > 100, 'the walk found the repository');
    const offending = files.flatMap((file) =>
      outsideCitations(readFileSync(file, 'utf8')).map((hit) => `${relative(root, file)}:${hit}`),
    );
    assert.deepEqual(offending, []);
  });
});
