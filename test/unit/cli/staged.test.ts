/**
 * `pilens scan --staged` on a real temporary git repository: what is staged is scanned from the
 * index, what is only in the working tree is not, and only the lines the commit adds count.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { parseRawDiff } from '../../../src/node/staged.js';
import { pilens, writeFile, type JsonOutput } from './harness.js';

const PERSON = 'export interface Customer {\n  idCardNumber: string;\n}\n';
const PAGING = 'export interface Paging {\n  pageSize: number;\n}\n';
const SQL = "CREATE TABLE t_ry (\n  id BIGINT,\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);\n";

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};

describe('scan --staged', () => {
  const made: string[] = [];
  let repo: string;
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: GIT_ENV });
  const staged = async (...args: string[]) => pilens(repo, 'scan', '--staged', ...args);
  const json = async (...args: string[]): Promise<JsonOutput> => {
    const run = await staged('--format', 'json', ...args);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    return JSON.parse(run.stdout) as JsonOutput;
  };
  const fields = (out: JsonOutput): string[] => out.findings.map((f) => `${f.file}:${f.line} ${f.field}`);

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'pilens-staged-'));
    made.push(repo);
    git('init', '-q');
  });
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('reports a staged field before the first commit, by class threshold', async () => {
    writeFile(repo, 'db/schema.sql', SQL);
    writeFile(repo, 'src/paging.ts', PAGING);
    git('add', '.');
    const out = await json();
    assert.deepEqual(fields(out), ['db/schema.sql:3 sfzh']);
    assert.equal((await staged('--fail-on', 'C')).code, 1);
    assert.equal((await staged('--fail-on', 'B')).code, 1);
    assert.equal((await staged('--fail-on', 'A')).code, 0);
    assert.equal((await staged()).code, 0);
  });

  it('passes when nothing staged holds personal information', async () => {
    writeFile(repo, 'src/paging.ts', PAGING);
    git('add', '.');
    const run = await staged('--fail-on', 'C', '--format', 'json');
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual((JSON.parse(run.stdout) as JsonOutput).findings, []);
  });

  it('reads the index, never the working tree', async () => {
    writeFile(repo, 'src/customer.ts', PERSON);
    git('add', '.');
    // The field is staged but removed on disk: the commit still records it.
    writeFile(repo, 'src/customer.ts', PAGING);
    assert.deepEqual(fields(await json()), ['src/customer.ts:2 idCardNumber']);
    // A field only on disk (not added) is not part of the commit.
    writeFile(repo, 'src/other.ts', PERSON);
    git('add', 'src/customer.ts');
    assert.deepEqual(fields(await json()), []);
  });

  it('reports only the lines the commit adds or changes', async () => {
    writeFile(repo, 'db/schema.sql', SQL);
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    writeFile(repo, 'db/schema.sql', SQL.replace('  id BIGINT,\n', '  id BIGINT,\n  remark VARCHAR(200),\n'));
    git('add', '.');
    assert.deepEqual(fields(await json()), []);
    writeFile(
      repo,
      'db/schema.sql',
      SQL.replace('  id BIGINT,\n', "  id BIGINT,\n  lxdh VARCHAR(20) COMMENT '联系电话',\n"),
    );
    git('add', '.');
    assert.deepEqual(fields(await json()), ['db/schema.sql:3 lxdh']);
  });

  it('leaves out deleted files and pure renames', async () => {
    writeFile(repo, 'a.sql', SQL);
    writeFile(repo, 'b.ts', PERSON);
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    git('mv', 'a.sql', 'renamed.sql');
    git('rm', '-q', 'b.ts');
    const out = await json();
    assert.deepEqual(fields(out), []);
  });

  it('honours paths, the config ignores, binary and oversized blobs, and symlinks', async () => {
    writeFile(repo, 'keep/customer.ts', PERSON);
    writeFile(repo, 'vendor/lib/customer.ts', PERSON);
    writeFile(repo, 'other/customer.ts', PERSON);
    writeFile(repo, 'blob.dat', Buffer.from([0, 1, 2, 3]));
    writeFile(repo, 'big.sql', `${SQL}-- ${'x'.repeat(3 * 1024)}\n`);
    writeFile(repo, '.pilens.json', JSON.stringify({ ignores: ['vendor/'] }));
    symlinkSync('keep/customer.ts', join(repo, 'link.ts'));
    git('add', '.');
    const all = await staged('--format', 'json', '--max-file-size-kb', '2');
    const out = JSON.parse(all.stdout) as JsonOutput;
    assert.deepEqual(fields(out), ['keep/customer.ts:2 idCardNumber', 'other/customer.ts:2 idCardNumber']);
    assert.deepEqual(
      out.summary.skipped.map((s) => `${s.file} ${s.reason}`),
      ['big.sql too-large', 'blob.dat binary'],
    );
    assert.match(all.stderr, /skipped big\.sql: larger than 2 KB/);
    assert.deepEqual(fields(await json('keep')), ['keep/customer.ts:2 idCardNumber']);
  });

  it('names files relative to the cwd and handles spaces in names', async () => {
    writeFile(repo, 'sub dir/my table.sql', SQL);
    git('add', '.');
    const run = await pilens(join(repo, 'sub dir'), 'scan', '--staged', '--format', 'json');
    assert.deepEqual(fields(JSON.parse(run.stdout) as JsonOutput), ['my table.sql:3 sfzh']);
  });

  it('is a usage error outside a repository or together with --since', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'pilens-nogit-'));
    made.push(plain);
    const outside = await pilens(plain, 'scan', '--staged');
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /^pilens: --staged: .*not a git repository[^\n]*\n$/);
    const both = await staged('--since', 'HEAD');
    assert.equal(both.code, 2);
    assert.equal(both.stderr, 'pilens: --staged and --since cannot be used together\n');
  });

  it('works after the staged file is deleted from disk', async () => {
    writeFile(repo, 'db/schema.sql', SQL);
    git('add', '.');
    unlinkSync(join(repo, 'db/schema.sql'));
    assert.deepEqual(fields(await json()), ['db/schema.sql:3 sfzh']);
  });
});

describe('parseRawDiff', () => {
  it('takes the new path of renames and copies and the blob of each entry', () => {
    const sha = (c: string): string => c.repeat(40);
    const raw = [
      `:000000 100644 ${sha('0')} ${sha('a')} A`,
      'new file.ts',
      `:100644 100644 ${sha('b')} ${sha('c')} R087`,
      'old.sql',
      'new.sql',
      `:100644 120000 ${sha('d')} ${sha('e')} M`,
      'link',
      '',
    ].join('\0');
    assert.deepEqual(parseRawDiff(raw), [
      { path: 'new file.ts', mode: '100644', blob: sha('a'), status: 'A' },
      { path: 'new.sql', mode: '100644', blob: sha('c'), status: 'R' },
      { path: 'link', mode: '120000', blob: sha('e'), status: 'M' },
    ]);
    assert.deepEqual(parseRawDiff(''), []);
  });
});
