/**
 * Quoted glob patterns as estimate inputs (`pilens estimate 'exports/2024-*.csv'`): expanded by
 * pilens, so a shell that left them alone (quoted, or Windows) reads the same files.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { expandInputs } from '../../../src/node/dataset/files.js';
import { pilens, writeFile } from './harness.js';

const CSV = '姓名,手机号\n张伟,13800138000\n李娜,13900139000\n';
const dir = mkdtempSync(join(tmpdir(), 'pilens-glob-'));
after(() => {
  rmSync(dir, { recursive: true, force: true });
});
writeFile(dir, 'exports/2024-01.csv', CSV);
writeFile(dir, 'exports/2024-02.csv', CSV.replace('张伟', '王芳'));
writeFile(dir, 'exports/2023-12.csv', CSV);
writeFile(dir, 'exports/notes.md', '# not a dataset');
writeFile(dir, 'exports/.hidden.csv', CSV);
writeFile(dir, 'lake/a/part-0.csv', CSV);
writeFile(dir, 'lake/b/part-1.csv', CSV);

test('a pattern expands to the matching dataset files, sorted; hidden files and other formats left out', async () => {
  assert.deepEqual((await expandInputs([join(dir, 'exports', '2024-*.csv')])).files, [
    join(dir, 'exports', '2024-01.csv'),
    join(dir, 'exports', '2024-02.csv'),
  ]);
  assert.deepEqual((await expandInputs([join(dir, 'exports', '*')])).files, [
    join(dir, 'exports', '2023-12.csv'),
    join(dir, 'exports', '2024-01.csv'),
    join(dir, 'exports', '2024-02.csv'),
  ]);
  assert.deepEqual((await expandInputs([join(dir, 'lake', '**', '*.csv')])).files, [
    join(dir, 'lake', 'a', 'part-0.csv'),
    join(dir, 'lake', 'b', 'part-1.csv'),
  ]);
});

test('a pattern matching folders walks them as a folder argument does', async () => {
  assert.deepEqual((await expandInputs([join(dir, 'lake', '*')])).files, [
    join(dir, 'lake', 'a', 'part-0.csv'),
    join(dir, 'lake', 'b', 'part-1.csv'),
  ]);
});

test('a path that exists is taken literally, even with glob characters in its name', async () => {
  writeFile(dir, 'odd/[x].csv', CSV);
  writeFile(dir, 'odd/x.csv', CSV);
  assert.deepEqual((await expandInputs([join(dir, 'odd', '[x].csv')])).files, [join(dir, 'odd', '[x].csv')]);
});

test('the CLI counts a quoted pattern; a pattern matching nothing is one line naming it, exit 2', async () => {
  const r = await pilens(dir, 'estimate', 'exports/2024-*.csv', '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { records: number; parts: unknown[] };
  assert.equal(report.records, 4);
  assert.equal(report.parts.length, 2);
  const none = await pilens(dir, 'estimate', 'exports/2025-*.csv');
  assert.equal(none.code, 2);
  assert.equal(
    none.stderr,
    `pilens estimate: ${join(dir, 'exports', '2025-*.csv')}: no file or folder matches this pattern\n`,
  );
  const missing = await pilens(dir, 'estimate', 'exports/2025-01.csv');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /2025-01\.csv: no such file or folder/);
});
