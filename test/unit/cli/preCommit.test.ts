/**
 * The pre-commit hooks as shipped: `.pre-commit-hooks.yaml` has the shape the pre-commit
 * framework reads and an entry the CLI accepts; the README's plain git hook, installed as
 * written in a temporary repository, refuses a commit that stages a personal-information field
 * and lets one without through.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseScanArgs } from '../../../src/cli/scanArgs.js';
import { writeFile } from './harness.js';

const ROOT = resolve(__dirname, '../../..');

interface HookDefinition {
  id: string;
  name: string;
  entry: string;
  language: string;
  pass_filenames?: boolean;
  [key: string]: unknown;
}

/** The keys pre-commit's manifest schema knows (pre-commit/clientlib.py, MANIFEST_HOOK_DICT). */
const KNOWN_KEYS = new Set([
  'id',
  'name',
  'entry',
  'language',
  'alias',
  'files',
  'exclude',
  'types',
  'types_or',
  'exclude_types',
  'additional_dependencies',
  'args',
  'always_run',
  'fail_fast',
  'pass_filenames',
  'description',
  'language_version',
  'log_file',
  'minimum_pre_commit_version',
  'require_serial',
  'stages',
  'verbose',
]);

/** The README block after the `pilens:git-hook` marker. */
function readmeGitHook(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = /<!-- pilens:git-hook -->\s*```sh\n([\s\S]*?)```/.exec(readme);
  assert.ok(m?.[1], 'README has a git hook block after <!-- pilens:git-hook -->');
  return m[1];
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as unknown;

  it('is a list of hook definitions pre-commit accepts', () => {
    assert.ok(Array.isArray(hooks) && hooks.length > 0);
    for (const hook of hooks as HookDefinition[]) {
      for (const key of ['id', 'name', 'entry', 'language'] as const)
        assert.equal(typeof hook[key], 'string', `${key} of ${JSON.stringify(hook)}`);
      for (const key of Object.keys(hook)) assert.ok(KNOWN_KEYS.has(key), `unknown key ${key}`);
    }
  });

  it('runs the package bin on the staged content, without file names', () => {
    const hook = (hooks as HookDefinition[]).find((h) => h.id === 'pilens');
    assert.ok(hook);
    assert.equal(hook.language, 'node');
    assert.equal(hook.pass_filenames, false);
    const [bin, command, ...args] = hook.entry.split(/\s+/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    assert.ok(bin !== undefined && pkg.bin[bin], `package.json has the bin ${bin}`);
    // language: node installs the package with `npm pack`, which must build the bundle first.
    assert.match(pkg.scripts.prepack ?? '', /build/);
    assert.equal(command, 'scan');
    const parsed = parseScanArgs(args);
    assert.equal(parsed.staged, true);
    assert.equal(parsed.failOn, 'C');
    // pre-commit appends a user's `args`: a later --fail-on wins.
    assert.equal(parseScanArgs([...args, '--fail-on', 'A']).failOn, 'A');
  });
});

describe('the README git hook in a repository', () => {
  let repo: string;
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.invalid',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.invalid',
    npm_config_offline: 'true',
  };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env });
  const commit = (message: string) =>
    spawnSync('git', ['commit', '-q', '-m', message], { cwd: repo, encoding: 'utf8', env });

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'pilens-hook-'));
    git('init', '-q');
    // pilens as a dev dependency: the bin npx finds, here running the sources through tsx.
    writeFile(repo, 'package.json', '{ "name": "shop", "private": true }\n');
    writeFile(repo, '.gitignore', 'node_modules/\n');
    const tsx = pathToFileURL(require.resolve('tsx')).href;
    const bin = join(repo, 'node_modules/.bin/pilens');
    writeFile(
      repo,
      'node_modules/.bin/pilens',
      `#!/bin/sh\nexec "${process.execPath}" --import ${tsx} "${join(ROOT, 'src/cli/main.ts')}" "$@"\n`,
    );
    chmodSync(bin, 0o755);
    writeFile(repo, '.git/hooks/pre-commit', readmeGitHook());
    chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
  });
  after(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  it('lets a commit without personal information through', () => {
    writeFile(repo, 'src/paging.ts', 'export interface Paging {\n  pageSize: number;\n}\n');
    git('add', '.');
    const res = commit('paging');
    assert.equal(res.status, 0, res.stderr + res.stdout);
    assert.match(git('log', '--oneline'), /paging/);
  });

  it('refuses a commit that stages a personal-information field, naming it', () => {
    writeFile(repo, 'db/schema.sql', "CREATE TABLE t_ry (\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);\n");
    git('add', '.');
    const res = commit('schema');
    assert.notEqual(res.status, 0);
    // git runs hooks with their stdout sent to stderr.
    assert.match(res.stderr, /db\/schema\.sql:2:3 .*\[id_number\]/);
    assert.doesNotMatch(git('log', '--oneline'), /schema/);
    // Unstaged, the same file on disk no longer blocks the commit of something else.
    git('reset', '-q', 'db/schema.sql');
    writeFile(repo, 'src/sort.ts', 'export type Order = "asc" | "desc";\n');
    git('add', 'src/sort.ts');
    assert.equal(commit('sort').status, 0);
  });
});
