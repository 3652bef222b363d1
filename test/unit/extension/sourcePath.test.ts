// The editor scans a document under the path the CLI would use (relative to the `.pilens.json`
// folder), so the config's `ignores` suppress the same files in both hosts, and a pattern never
// matches a folder above the project (the checkout living under /tmp, /home/me/workspace…).
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanText } from '../../../src/core/scan/index.js';
import { scanSourcePath } from '../../../src/shared/paths.js';

describe('scanSourcePath', () => {
  const cases: [string, string | undefined, string][] = [
    ['/tmp/ws/generated/people.sql', '/tmp/ws', 'generated/people.sql'],
    ['/tmp/ws/pkg/a.sql', '/tmp/ws/pkg/', 'a.sql'],
    // Outside the base (or no base at all): the document's own path, for dispatch only.
    ['/other/a.sql', '/tmp/ws', '/other/a.sql'],
    ['/tmp/wsx/a.sql', '/tmp/ws', '/tmp/wsx/a.sql'],
    ['Untitled-1', undefined, 'Untitled-1'],
  ];
  for (const [documentPath, base, expected] of cases)
    test(`${documentPath} under ${String(base)}`, () => {
      assert.equal(scanSourcePath(documentPath, base), expected);
    });
});

describe('ignores match the path relative to the config folder', () => {
  const text = "CREATE TABLE t (\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);\n";
  const config = { ignores: ['generated/**', 'tmp/**'] };
  const base = '/tmp/ws';
  const cases: [string, boolean][] = [
    ['/tmp/ws/generated/people.sql', true],
    ['/tmp/ws/tmp/scratch.sql', true],
    // `tmp/**` means the project's tmp folder, not the /tmp the project lives in.
    ['/tmp/ws/people.sql', false],
    ['/tmp/ws/src/generated.sql', false],
  ];
  for (const [documentPath, ignored] of cases)
    test(`${documentPath} ${ignored ? 'is' : 'is not'} ignored`, () => {
      const result = scanText(text, { path: scanSourcePath(documentPath, base) }, { config });
      assert.equal(result.skipped === 'ignored', ignored);
      if (!ignored) assert.ok(result.findings.some((f) => f.field === 'sfzh'));
    });
});
