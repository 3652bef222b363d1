// The estimate side of the exit-code contract, and the CLI's guarded standard output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardOutput } from '../../../src/cli/output.js';
import { expandInputs } from '../../../src/node/dataset/files.js';
import { pilens, pilensWithoutOverride } from './harness.js';

const CSV = '姓名,手机号\n张伟,13800138000\n李娜,13900139000\n';

function folder(files: Record<string, string | Buffer>): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pilens-exit-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return {
    dir,
    done: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('one unreadable file in a folder: the report still prints, stderr names the file, exit 2', async () => {
  const f = folder({ 'a.csv': CSV, 'b.csv.gz': '', 'c.csv': CSV.replace('张伟', '王芳') });
  try {
    for (const format of ['text', 'json', 'markdown']) {
      const r = await pilens(f.dir, 'estimate', '.', '--format', format);
      assert.equal(r.code, 2, format);
      assert.equal(
        r.stderr,
        `pilens estimate: ${join(f.dir, 'b.csv.gz')}: gzip data: empty (0 bytes), not a compressed stream\n`,
      );
      assert.match(r.stdout, /b\\?\.csv\\?\.gz/, format);
      if (format === 'json') {
        const report = JSON.parse(r.stdout) as {
          records: number;
          parts: { file: string; errors?: string[] }[];
        };
        assert.equal(report.records, 4);
        assert.deepEqual(report.parts.find((p) => p.file.endsWith('b.csv.gz'))?.errors?.length, 1);
      }
    }
    rmSync(join(f.dir, 'b.csv.gz'));
    const clean = await pilens(f.dir, 'estimate', '.');
    assert.equal(clean.code, 0);
    assert.equal(clean.stderr, '');
    assert.doesNotMatch(clean.stdout, /Incomplete|Not fully read/);
  } finally {
    f.done();
  }
});

test('nothing readable, no dataset files, unknown --map or --key column: exit 2 with one line each', async () => {
  const f = folder({ 'a.csv': CSV, 'z.parquet': '' });
  try {
    mkdirSync(join(f.dir, 'empty'));
    const parquet = await pilens(f.dir, 'estimate', 'z.parquet');
    assert.deepEqual([parquet.code, parquet.stdout], [2, '']);
    assert.equal(
      parquet.stderr,
      `pilens estimate: ${join(f.dir, 'z.parquet')}: empty file (0 bytes), not a Parquet file\n`,
    );
    const empty = await pilens(f.dir, 'estimate', 'empty');
    assert.deepEqual([empty.code, empty.stdout], [2, '']);
    assert.match(empty.stderr, /^pilens estimate: no dataset files in .*empty \(looked for/);
    const map = await pilens(f.dir, 'estimate', 'a.csv', '--map', 'no_such_col=name');
    assert.equal(map.code, 2);
    assert.equal(
      map.stderr,
      'pilens estimate: --map no_such_col: no column of that name (or number) in the files read\n',
    );
    const key = await pilens(f.dir, 'estimate', 'a.csv', '--key', 'no_such_col');
    assert.equal(key.code, 2);
    assert.match(key.stderr, /^pilens estimate: --key no_such_col: no column/);
    // Known columns, by name or number (the negatives).
    for (const args of [
      ['--map', '姓名=name'],
      ['--map', '2=contact'],
      ['--key', '手机号'],
      ['--key', '2'],
    ]) {
      const ok = await pilens(f.dir, 'estimate', 'a.csv', ...args);
      assert.deepEqual([ok.code, ok.stderr], [0, ''], args.join(' '));
    }
  } finally {
    f.done();
  }
});

test('an unreadable subfolder: one line naming it, the rest counted, exit 2', () => {
  const f = folder({ 'a.csv': CSV });
  const sub = join(f.dir, 'locked');
  try {
    mkdirSync(sub);
    writeFileSync(join(sub, 'b.csv'), CSV.replace('张伟', '王芳'));
    // Negative first: readable, both files count, exit 0.
    const open = pilensWithoutOverride(f.dir, 'estimate', '.', '--format', 'json');
    assert.deepEqual([open.code, open.stderr], [0, '']);
    assert.equal((JSON.parse(open.stdout) as { records: number }).records, 4);
    chmodSync(sub, 0o000);
    const r = pilensWithoutOverride(f.dir, 'estimate', '.', '--format', 'json');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `pilens estimate: ${sub}: folder not read: permission denied\n`);
    const report = JSON.parse(r.stdout) as { records: number; parts: { file: string; errors?: string[] }[] };
    assert.equal(report.records, 2);
    assert.deepEqual(report.parts.find((p) => p.file === sub)?.errors, [
      'folder not read: permission denied',
    ]);
    // Only the locked folder: nothing readable, still one line naming it.
    const only = pilensWithoutOverride(f.dir, 'estimate', 'locked');
    assert.deepEqual(
      [only.code, only.stdout, only.stderr],
      [2, '', `pilens estimate: ${sub}: folder not read: permission denied\n`],
    );
  } finally {
    chmodSync(sub, 0o755);
    f.done();
  }
});

test('expandInputs reports a folder it cannot list and keeps walking', async () => {
  const f = folder({ 'a.csv': CSV, 'b.json': '[]' });
  try {
    mkdirSync(join(f.dir, 'sub'));
    writeFileSync(join(f.dir, 'sub', 'c.csv'), CSV);
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const list = (dir: string): Promise<Dirent[]> =>
      dir.endsWith('sub') ? Promise.reject(denied) : readdir(dir, { withFileTypes: true });
    assert.deepEqual(await expandInputs([f.dir], list), {
      files: [join(f.dir, 'a.csv'), join(f.dir, 'b.json')],
      unreadable: [{ folder: join(f.dir, 'sub'), reason: 'folder not read: permission denied' }],
    });
    assert.deepEqual(await expandInputs([f.dir]), {
      files: [join(f.dir, 'a.csv'), join(f.dir, 'b.json'), join(f.dir, 'sub', 'c.csv')],
      unreadable: [],
    });
  } finally {
    f.done();
  }
});

class FakeStream extends EventEmitter {
  written = '';
  constructor(readonly failWith?: string) {
    super();
  }
  write(text: string, cb?: (e?: Error | null) => void): boolean {
    if (this.failWith === undefined) {
      this.written += text;
      cb?.(null);
      return true;
    }
    const e = Object.assign(new Error(`${this.failWith}: write failed`), { code: this.failWith });
    process.nextTick(() => {
      cb?.(e);
      this.emit('error', e);
    });
    return false;
  }
}

test('guarded stdout: a closed pipe keeps the exit code; other write failures exit 2 with one line', async () => {
  for (const [failWith, code, expected, line] of [
    [undefined, 1, 1, ''],
    ['EPIPE', 1, 1, ''],
    ['EPIPE', 0, 0, ''],
    [
      'ENOSPC',
      0,
      2,
      'pilens: cannot write the output (no space left on the device); the result was not written\n',
    ],
    [
      'EBADF',
      1,
      2,
      'pilens: cannot write the output (standard output is closed); the result was not written\n',
    ],
  ] as const) {
    let err = '';
    const stream = new FakeStream(failWith);
    const out = guardOutput(stream, { write: (s: string) => (err += s) });
    out.write('report\n');
    out.write('more\n');
    assert.equal(await out.finish(code), expected, String(failWith));
    assert.equal(err, line);
    assert.equal(stream.written, failWith === undefined ? 'report\nmore\n' : '');
  }
});
