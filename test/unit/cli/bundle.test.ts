/**
 * The bundled CLI (dist/cli.js) as a child process: real exit codes, and the worker-thread
 * path giving exactly the output of the in-process, single-thread run.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeProject, pilens } from './harness.js';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');

function run(cwd: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('dist/cli.js', () => {
  let root: string;
  before(() => {
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
    } catch (e) {
      // Another bundle may be broken mid-development; only the CLI bundle matters here.
      if (!existsSync(CLI)) throw e;
    }
    root = makeProject();
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('prints its version and exits 0', () => {
    const res = run(root, ['--version']);
    assert.equal(res.status, 0);
    assert.match(res.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('exits 1 on findings at or above --fail-on and 2 on bad usage', () => {
    assert.equal(run(root, ['scan', '--fail-on', 'C']).status, 1);
    assert.equal(run(root, ['scan', '--fail-on', 'none']).status, 0);
    const bad = run(root, ['scan', '--format', 'yaml']);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr.split('\n').length, 2);
    // Thrown inside dist/cli-scan.js, reported as a usage error, not as an internal one.
    assert.match(bad.stderr, /^pilens: --format must be one of /);
  });

  it('loads each subcommand from its own bundle; the dispatcher holds none of them', () => {
    const dispatcher = readFileSync(CLI, 'utf8');
    for (const [args, bundle] of [
      [['scan', '--help'], 'cli-scan.js'],
      [['inventory', '--help'], 'cli-scan.js'],
      [['baseline', '--help'], 'cli-scan.js'],
      [['estimate', '--help'], 'cli-estimate.js'],
      [['lsp', '--help'], 'cli-lsp.js'],
    ] as const) {
      const res = run(root, [...args]);
      assert.equal(res.status, 0, res.stderr);
      assert.match(res.stdout, /Usage|pilens/);
      assert.ok(dispatcher.includes(`require("./${bundle}")`), bundle);
    }
    // Neither the core nor the language server is parsed by `pilens --version`.
    for (const inlined of ['scanText', 'createConnection', 'runEstimate'])
      assert.ok(!dispatcher.includes(inlined), `dist/cli.js inlines ${inlined}`);
    const unknown = run(root, ['nope']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^pilens: unknown command "nope"/);
  });

  it('gives the same JSON from worker threads as in-process', async () => {
    const inProcess = await pilens(root, 'scan', '--format', 'json');
    for (const workers of ['0', '1', '2']) {
      const res = run(root, ['scan', '--format', 'json'], { PILENS_SCAN_WORKERS: workers });
      assert.equal(res.status, 0, res.stderr);
      assert.equal(res.stdout, inProcess.stdout, `workers=${workers}`);
    }
  });

  it('writes a workbook through dist/xlsxlib.js, which the CLI bundle does not inline', () => {
    const res = run(root, ['inventory', 'src', '--out', 'pi.xlsx', '--locale', 'en']);
    assert.equal(res.status, 0, res.stderr);
    // An XLSX file is a ZIP archive.
    assert.equal(readFileSync(join(root, 'pi.xlsx')).subarray(0, 2).toString('latin1'), 'PK');
    assert.ok(!readFileSync(CLI, 'utf8').includes('ExcelJS'));
  });

  it('estimates a SQLite file through dist/sqlitelib.js and its WebAssembly binary, not inlined', async () => {
    const { Database } = await import('../../../src/node/db/sqliteLib.js');
    const file = join(root, 'people.sqlite');
    const db = new Database(file);
    db.exec(
      "CREATE TABLE people (name TEXT, mobile TEXT); INSERT INTO people VALUES ('张三', '13800138000');",
    );
    db.close();
    const res = run(root, ['estimate', `sqlite:${file}`, '--table', 'people', '--format', 'json']);
    assert.equal(res.status, 0, res.stderr);
    assert.equal((JSON.parse(res.stdout) as { records: number }).records, 1);
    assert.ok(!readFileSync(CLI, 'utf8').includes('sqlite3_open_v2'));
  });

  it('writes a Word draft through dist/docxlib.js, which the CLI bundle does not inline', () => {
    const res = run(root, ['report', 'pia', 'src', '--out', 'pia.docx', '--locale', 'en']);
    assert.equal(res.status, 0, res.stderr);
    // A DOCX file is a ZIP archive too.
    assert.equal(readFileSync(join(root, 'pia.docx')).subarray(0, 2).toString('latin1'), 'PK');
    assert.ok(!readFileSync(CLI, 'utf8').includes('wordprocessingml.document.main'));
    assert.ok(readFileSync(join(ROOT, 'dist/docxlib.js'), 'utf8').includes('wordprocessingml.document.main'));
  });
});
