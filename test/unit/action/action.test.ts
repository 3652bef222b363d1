/**
 * The GitHub Action: action.yml declares what the entry reads, and the entry, given the
 * environment a runner sets (INPUT_*, GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_BASE_REF) on a
 * fixture repository with a pull-request branch, writes SARIF for the lines the branch changes
 * since its merge base (base...HEAD) and exits as scan's --fail-on says.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { ACTION_INPUTS, runAction, type Env } from '../../../src/action/run.js';
import { writeFile } from '../cli/harness.js';
import type { SarifLog } from '../cli/sarifSchema.js';

const ROOT = resolve(__dirname, '../../..');

const SQL_BASE = "CREATE TABLE t_ry (\n  id BIGINT,\n  sfzh VARCHAR(18) COMMENT '身份证号码'\n);\n";
const SQL_PR = SQL_BASE.replace('  id BIGINT,\n', "  id BIGINT,\n  lxdh VARCHAR(20) COMMENT '联系电话',\n");
const CUSTOMER = 'export interface Customer {\n  idCardNumber: string;\n}\n';
const MAIN_LATER = 'export interface Payee {\n  bankCardNo: string;\n}\n';

interface ActionYaml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYaml;

  it('declares the inputs the entry reads and runs the bundled entry on node24', () => {
    assert.deepEqual(Object.keys(action.inputs), [...ACTION_INPUTS]);
    assert.deepEqual(Object.keys(action.outputs), ['sarif', 'findings']);
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/action.js');
    assert.match(
      readFileSync(join(ROOT, 'scripts/build.mjs'), 'utf8'),
      /\{ in: 'src\/action\/main\.ts', out: 'action' \}/,
    );
    // On a pull request the base commit is the default, so --since is the PR base.
    assert.equal(action.inputs.since?.default, '${{ github.event.pull_request.base.sha }}');
  });
});

describe('the action on a pull-request branch', () => {
  let repo: string;
  let outputs: string;
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.invalid',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.invalid',
  };
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: gitEnv });
  const runnerEnv = (inputs: Record<string, string>): Env => {
    writeFileSync(outputs, '');
    const env: Record<string, string> = { GITHUB_WORKSPACE: repo, GITHUB_OUTPUT: outputs };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    return env;
  };
  const inProcess = async (env: Env) => {
    let stdout = '';
    let stderr = '';
    const code = await runAction(env, {
      cwd: tmpdir(),
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    });
    return { code, stdout, stderr };
  };
  const sarifResults = (file = 'pilens.sarif'): string[] => {
    const log = JSON.parse(readFileSync(join(repo, file), 'utf8')) as SarifLog;
    return (log.runs[0]?.results ?? []).map((r) => {
      const loc = r.locations[0]?.physicalLocation;
      return `${loc?.artifactLocation.uri ?? '?'}:${loc?.region.startLine ?? '?'} ${r.ruleId}`;
    });
  };

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'pilens-action-'));
    outputs = join(mkdtempSync(join(tmpdir(), 'pilens-action-out-')), 'output');
    git('init', '-q', '-b', 'main');
    writeFile(repo, 'db/schema.sql', SQL_BASE);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    writeFile(repo, 'db/schema.sql', SQL_PR);
    writeFile(repo, 'src/customer.ts', CUSTOMER);
    git('add', '.');
    git('commit', '-q', '-m', 'pr');
    // The base branch moves on after the branch was cut: base...HEAD leaves its changes out.
    git('checkout', '-q', 'main');
    writeFile(repo, 'src/payee.ts', MAIN_LATER);
    git('add', '.');
    git('commit', '-q', '-m', 'main later');
    git('checkout', '-q', 'feature');
    // What actions/checkout leaves on a pull request: the base branch as origin/<base>.
    git('remote', 'add', 'origin', repo);
    git('fetch', '-q', 'origin');
  });
  afterEach(() => {
    for (const file of ['pilens.sarif', 'out.sarif']) rmSync(join(repo, file), { force: true });
  });
  after(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(resolve(outputs, '..'), { recursive: true, force: true });
  });

  it('runs as the runner starts it: SARIF of the changed lines, exit 1 at fail-on', () => {
    const tsx = pathToFileURL(require.resolve('tsx')).href;
    const env = { ...process.env, ...runnerEnv({ 'fail-on': 'B', since: git('rev-parse', 'main').trim() }) };
    const res = spawnSync(process.execPath, ['--import', tsx, join(ROOT, 'src/action/main.ts')], {
      cwd: tmpdir(),
      env,
      encoding: 'utf8',
    });
    assert.equal(res.status, 1, res.stderr);
    assert.deepEqual(sarifResults(), ['db/schema.sql:3 contact', 'src/customer.ts:2 id_number']);
    assert.match(
      res.stdout,
      /^pilens: 2 findings on the lines changed since [0-9a-f]{40}; SARIF written to pilens\.sarif\n$/,
    );
    assert.match(res.stderr, /::error::pilens: findings at or above class B/);
    assert.equal(readFileSync(outputs, 'utf8'), 'sarif=pilens.sarif\nfindings=2\n');
  });

  it('takes the base branch of a pull request when no base is given, and passes below fail-on', async () => {
    const run = await inProcess({
      ...runnerEnv({ 'fail-on': 'A', sarif: 'out.sarif' }),
      GITHUB_BASE_REF: 'main',
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(sarifResults('out.sarif'), ['db/schema.sql:3 contact', 'src/customer.ts:2 id_number']);
    assert.match(run.stdout, /since origin\/main;/);
  });

  it('scans the whole tree outside a pull request, and only the given paths', async () => {
    const whole = ['db/schema.sql:3 contact', 'db/schema.sql:4 id_number', 'src/customer.ts:2 id_number'];
    assert.equal((await inProcess(runnerEnv({}))).code, 0);
    assert.deepEqual(sarifResults(), whole);
    // Run again: the first run's SARIF file is replaced, not scanned as an untracked file.
    assert.equal((await inProcess(runnerEnv({}))).code, 0);
    assert.deepEqual(sarifResults(), whole);
    const some = await inProcess(runnerEnv({ paths: 'src\n' }));
    assert.equal(some.code, 0, some.stderr);
    assert.deepEqual(sarifResults(), ['src/customer.ts:2 id_number']);
  });

  it('fails with exit 2 and an error annotation on an unknown base or a bad input', async () => {
    const unknown = await inProcess(runnerEnv({ since: 'no-such-branch' }));
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^::error::pilens: no merge base of no-such-branch and HEAD/);
    const bad = await inProcess(runnerEnv({ 'fail-on': 'D' }));
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--fail-on must be one of/);
  });
});
