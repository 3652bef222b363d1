/**
 * `pilens scan` on an untrusted repository and odd inputs (issue 8):
 * files the repository names are read only when they are regular and small, inputs that
 * cannot be read end the run with exit 2, and nothing hangs. Scale (200k findings, megabyte
 * lines) is measured in test/bench/scanHostile.ts.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createBaseline, type BaselineEntry } from '../../../src/core/review/baseline.js';
import { NOT_REGULAR, readTextFile } from '../../../src/node/readText.js';
import { walkFiles } from '../../../src/node/walk.js';
import { pilens, pilensWithoutOverride, type JsonOutput } from './harness.js';

const MODEL = 'export interface U { idCard: string }\n';

function repo(files: Record<string, string> = { 'u.ts': MODEL }): string {
  const root = mkdtempSync(join(tmpdir(), 'pilens-hostile-'));
  mkdirSync(join(root, '.git'));
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(root, rel), text);
  return root;
}

const fifo = (path: string): void => {
  execFileSync('mkfifo', [path]);
};

describe('readTextFile: regular files only, capped', () => {
  it('refuses a FIFO without blocking, and a symlink to a device', () => {
    const root = repo();
    fifo(join(root, 'pipe.ts'));
    symlinkSync('/dev/zero', join(root, 'zero.ts'));
    assert.deepEqual(readTextFile(join(root, 'pipe.ts'), 1024), { kind: 'error', message: NOT_REGULAR });
    assert.deepEqual(readTextFile(join(root, 'zero.ts'), 1024), { kind: 'error', message: NOT_REGULAR });
    assert.deepEqual(readTextFile('/dev/null', 1024), { kind: 'error', message: NOT_REGULAR });
    assert.deepEqual(readTextFile(root, 1024), { kind: 'error', message: NOT_REGULAR });
    // A regular file through a symlink is read.
    symlinkSync(join(root, 'u.ts'), join(root, 'link.ts'));
    assert.equal(readTextFile(join(root, 'link.ts'), 1024).kind, 'text');
  });

  it('reads a file of exactly the cap and skips one byte more', () => {
    const root = repo({ 'a.txt': 'x'.repeat(100), 'b.txt': 'x'.repeat(101) });
    assert.deepEqual(readTextFile(join(root, 'a.txt'), 100), {
      kind: 'text',
      text: 'x'.repeat(100),
      encoding: 'utf-8',
    });
    assert.deepEqual(readTextFile(join(root, 'b.txt'), 100), {
      kind: 'skipped',
      reason: 'too-large',
      bytes: 101,
    });
  });
});

describe('scan on an untrusted repository', () => {
  const refused: [string, (root: string, name: string) => void][] = [
    [
      'a symlink to /dev/zero',
      (root, name) => {
        symlinkSync('/dev/zero', join(root, name));
      },
    ],
    [
      'a FIFO',
      (root, name) => {
        fifo(join(root, name));
      },
    ],
    [
      'a folder',
      (root, name) => {
        mkdirSync(join(root, name));
      },
    ],
  ];
  for (const [what, make] of refused) {
    for (const [name, label] of [
      ['.pilens.json', 'config'],
      ['.pilens-baseline.json', 'baseline'],
    ] as const) {
      it(`refuses ${name} as ${what}: exit 2, one line naming it`, async () => {
        const root = repo();
        make(root, name);
        const run = await pilens(root, 'scan', '.');
        assert.equal(run.code, 2);
        assert.equal(run.stderr, `pilens: cannot read ${label} ${name}: not a regular file\n`);
        assert.equal(run.stdout, '');
      });
    }
  }

  it('refuses an oversized config, and reads one that starts with a byte-order mark', async () => {
    const big = repo({ 'u.ts': MODEL, '.pilens.json': `{${' '.repeat(1024 * 1024)}}` });
    const run = await pilens(big, 'scan', '.');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'pilens: cannot read config .pilens.json: larger than 1024 KB\n');
    const bom = repo({ 'u.ts': MODEL, '.pilens.json': '\ufeff{"includeUsages": false}' });
    const ok = await pilens(bom, 'scan', '.');
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /U\.idCard/);
  });

  it('does not apply a .gitignore that is not a regular file, and says so', async () => {
    const root = repo({ 'u.ts': MODEL });
    symlinkSync('/dev/zero', join(root, '.gitignore'));
    const run = await pilens(root, 'scan', '.');
    assert.equal(run.code, 0);
    assert.equal(run.stderr, 'pilens: ignored .gitignore: not a regular file; its rules were not applied\n');
    assert.match(run.stdout, /U\.idCard/);
    // A regular .gitignore is applied without a note.
    const plain = repo({ 'u.ts': MODEL, '.gitignore': 'u.ts\n' });
    const quiet = await pilens(plain, 'scan', '.');
    assert.equal(quiet.stderr, '');
    assert.doesNotMatch(quiet.stdout, /idCard/);
  });

  it('reports ignore files it refused from the walker', async () => {
    const root = repo();
    fifo(join(root, '.gitignore'));
    const walked = await walkFiles(['.'], { cwd: root });
    assert.deepEqual(walked.ignoredRules, [{ relPath: '.gitignore', reason: NOT_REGULAR }]);
    assert.deepEqual(walked.unreadable, []);
    assert.deepEqual(
      walked.files.map((f) => f.relPath),
      ['u.ts'],
    );
  });
});

describe('exit code 2 for input that cannot be read', () => {
  it('a FIFO or /dev/null named explicitly: 2 even with --fail-on none, and listed as a gap', async () => {
    const root = repo();
    fifo(join(root, 'fifo.ts'));
    for (const target of ['fifo.ts', '/dev/null']) {
      const run = await pilens(root, 'scan', target, '--fail-on', 'none', '--format', 'json');
      assert.equal(run.code, 2, target);
      const shown =
        target === 'fifo.ts' ? 'fifo.ts' : run.stderr.slice('pilens: skipped '.length).split(':')[0];
      assert.equal(run.stderr, `pilens: skipped ${shown}: unreadable (not a regular file)\n`);
      const out = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(out.summary.skipped, [{ file: shown, reason: 'unreadable', detail: NOT_REGULAR }]);
    }
  });

  it('a folder that cannot be listed: 2 even with --fail-on none, named, the rest scanned', () => {
    const root = repo();
    const locked = join(root, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'v.ts'), MODEL);
    try {
      // Negative first: listable, both files scanned, exit 0.
      const open = pilensWithoutOverride(root, 'scan', '.', '--fail-on', 'none');
      assert.deepEqual([open.code, open.stderr], [0, '']);
      chmodSync(locked, 0o000);
      const run = pilensWithoutOverride(root, 'scan', '.', '--fail-on', 'none');
      assert.equal(run.code, 2);
      assert.equal(run.stderr, 'pilens: skipped locked: unreadable (EACCES)\n');
      assert.match(run.stdout, /in 1 of 1 file · 1 skipped \(1 unreadable\)\n$/);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('says so in the text summary and as a SARIF error notification', async () => {
    const root = repo();
    fifo(join(root, 'fifo.ts'));
    const text = await pilens(root, 'scan', 'fifo.ts', 'u.ts');
    assert.equal(text.code, 2);
    assert.match(text.stdout, /in 1 of 1 file · 1 skipped \(1 unreadable\)\n$/);
    const sarif = await pilens(root, 'scan', 'fifo.ts', 'u.ts', '--format', 'sarif');
    const invocation = (
      JSON.parse(sarif.stdout) as {
        runs: {
          invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string }[] }[];
        }[];
      }
    ).runs[0]?.invocations[0];
    assert.equal(invocation?.executionSuccessful, false);
    assert.deepEqual(
      invocation.toolExecutionNotifications.map((n) => n.level),
      ['error'],
    );
  });

  it('a readable file alone still exits 0 or 1 as --fail-on says', async () => {
    const root = repo();
    assert.equal((await pilens(root, 'scan', 'u.ts')).code, 0);
    assert.equal((await pilens(root, 'scan', 'u.ts', '--fail-on', 'C')).code, 1);
  });

  it('baseline refuses to record when some input could not be read', async () => {
    const root = repo();
    fifo(join(root, 'fifo.ts'));
    const run = await pilens(root, 'baseline', '.', 'fifo.ts');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /baseline not written: some input could not be read\n$/);
    assert.equal(existsSync(join(root, '.pilens-baseline.json')), false);
  });

  it('baseline into a path that cannot be written: exit 2 naming it, not an internal error', async () => {
    const root = repo();
    const run = await pilens(root, 'baseline', '.', '--baseline', 'no/such/dir/b.json');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'pilens: cannot write baseline no/such/dir/b.json: ENOENT\n');
  });
});

describe('messages that say what is wrong (scan side)', () => {
  it('a config nested 100,000 deep is an invalid config, not an internal error', async () => {
    const deep = `{"vocabulary": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const run = await pilens(repo({ 'u.ts': MODEL, '.pilens.json': deep }), 'scan', '.');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'pilens: invalid config .pilens.json:1:79: nested more than 64 levels deep\n');
    // Brackets inside strings and comments do not count.
    const quoted = `// ${'['.repeat(100)}\n{"ignores": ["${'{'.repeat(100)}"]}`;
    const ok = await pilens(repo({ 'u.ts': MODEL, '.pilens.json': quoted }), 'scan', '.');
    assert.equal(ok.code, 0, ok.stderr);
  });

  it('a negative --max-file-size-kb is named as such', async () => {
    const run = await pilens(repo(), 'scan', '.', '--max-file-size-kb', '-1');
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'pilens: --max-file-size-kb must be a positive integer, got "-1"\n');
    assert.equal((await pilens(repo(), 'scan', '.', '--max-file-size-kb', '1')).code, 0);
  });
});

describe('many findings', () => {
  it('creates a baseline carrying 200,000 entries without overflowing the stack', () => {
    const entries: BaselineEntry[] = Array.from({ length: 200_000 }, (_, i) => ({
      file: `other/f${i % 100}.ts`,
      line: i + 1,
      category: 'id_number',
      field: 'idCard',
      fingerprint: `${i.toString(16).padStart(16, '0')}:1`,
    }));
    const now = [{ file: 'src/u.ts', line: 1, category: 'name', field: 'name', fingerprint: 'ab:1' }];
    const b = createBaseline(now, { version: 1, entries }, undefined, (f) => f.startsWith('other/'));
    assert.equal(b.entries.length, 200_001);
    assert.equal(b.entries.at(-1)?.file, 'src/u.ts');
  });
});
