// Dependency manifests and lockfiles: package names are not people (issue 9, item 4).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanText } from '../../../src/core/scan/index.js';
import { toolFileKind } from '../../../src/core/scan/manifests.js';

const DEPENDENCIES = JSON.stringify(
  {
    name: 'admin-api',
    author: { name: 'Wei Zhang', email: 'wei@example.com' },
    dependencies: { 'passport-jwt': '^4.0.1', 'react-phone-number-input': '^3.3.0', 'id-card': '1.0.0' },
  },
  null,
  2,
);

describe('dependency manifests and lockfiles', () => {
  test('names the kinds by file name, in any folder and with either separator', () => {
    assert.equal(toolFileKind('web/package-lock.json'), 'unread');
    assert.equal(toolFileKind('yarn.lock'), 'unread');
    assert.equal(toolFileKind('svc\\go.sum'), 'unread');
    assert.equal(toolFileKind('requirements-dev.txt'), 'unread');
    assert.equal(toolFileKind('requirements/base.txt'), 'unread');
    assert.equal(toolFileKind('api/package.json'), 'manifest');
    assert.equal(toolFileKind('pom.xml'), 'manifest');
    // Negatives: files that only look alike.
    assert.equal(toolFileKind('fixtures/packages.json'), undefined);
    assert.equal(toolFileKind('docs/requirements.md'), undefined);
    assert.equal(toolFileKind('src/passport.json'), undefined);
  });

  test('a lockfile is not read at all', () => {
    const text = '"passport-jwt@^4.0.1":\n  version "4.0.1"\n  resolved "https://registry/passport-jwt"\n';
    const result = scanText(text, { path: 'yarn.lock' });
    assert.equal(result.skipped, 'manifest');
    assert.deepEqual(result.findings, []);
  });

  test("a manifest's dependencies are not read, its author is", () => {
    const found = scanText(DEPENDENCIES, { path: 'package.json' }).findings.map((f) => f.field);
    assert.ok(!found.some((f) => f.includes('passport') || f.includes('phone') || f.includes('id-card')));
    assert.ok(found.includes('email'), 'the maintainer e-mail is still seen');
  });

  test('the same keys outside a manifest are read as usual (negative)', () => {
    const found = scanText(DEPENDENCIES, { path: 'config/deps.json' }).findings.map((f) => f.field);
    assert.ok(found.some((f) => f.includes('passport')));
  });

  test("a tool's settings file is not read; code and data beside it are (negative)", () => {
    for (const path of [
      '.editorconfig',
      'web/.prettierrc.json',
      '.eslintrc.yml',
      '.vscode/settings.json',
      '.idea/codeStyles/Project.xml',
      '.github/ISSUE_TEMPLATE/config.yml',
      '.github\\dependabot.yml',
      'renovate.json',
    ])
      assert.equal(toolFileKind(path), 'unread', path);
    const editorconfig =
      '[*.java]\nij_java_test_name_suffix = Test\nij_java_special_else_if_treatment = true\n';
    assert.deepEqual(scanText(editorconfig, { path: '.editorconfig' }).findings, []);
    // Negatives: a workflow, the code owners (people's handles) and a settings-like name elsewhere.
    assert.equal(toolFileKind('.github/workflows/ci.yml'), undefined);
    assert.equal(toolFileKind('.github/CODEOWNERS'), undefined);
    assert.equal(toolFileKind('src/editorconfig.ts'), undefined);
    assert.equal(toolFileKind('config/user.yml'), undefined);
    const form = 'maintainer:\n  name: Wei Zhang\n  email: wei@example.com\n';
    const issueForm = scanText(form, { path: 'docs/maintainers.yml' }).findings.map((f) => f.field);
    assert.ok(issueForm.includes('email'), 'the same keys outside a settings file are read');
    assert.deepEqual(scanText(form, { path: '.github/ISSUE_TEMPLATE/config.yml' }).findings, []);
  });
});
