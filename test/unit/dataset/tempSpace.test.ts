// The temporary disk of a count: spill files are capped in total, and the cap or a full disk
// stops the run with one line naming the input file, leaving no spill folder behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runEstimate } from '../../../src/cli/estimate.js';
import { estimateDataset, TempSpaceError } from '../../../src/node/dataset/estimate.js';
import { FileRunStore } from '../../../src/node/dataset/spill.js';
import { tempWriteError } from '../../../src/node/dataset/tempSpace.js';
import { tempDir } from './fixtures.js';

const phones = (n: number): string =>
  '手机号\n' + Array.from({ length: n }, (_, i) => `138${String(i).padStart(8, '0')}`).join('\n') + '\n';

/** Runs `fn` with TMPDIR pointing at a fresh folder; returns what was left in it. */
async function inOwnTmp(fn: () => Promise<void>): Promise<string[]> {
  const own = mkdtempSync(path.join(tmpdir(), 'pilens-tmpcap-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = own;
  try {
    await fn();
    return readdirSync(own);
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(own, { recursive: true, force: true });
  }
}

test('the run store refuses a write past its cap; removed runs give their bytes back', () => {
  const t = tempDir();
  try {
    const store = new FileRunStore(() => t.dir, 1 << 20, 1200);
    const w = store.create();
    w.write(new Uint32Array(3 * 90));
    const id = w.finish();
    assert.equal(store.bytes, 1080);
    assert.throws(
      () => {
        store.create().write(new Uint32Array(3 * 20));
      },
      (e: unknown) => {
        assert.ok(e instanceof TempSpaceError);
        assert.match(
          e.message,
          /needs more than 0 MiB of temporary files \(the cap; raise it with --max-temp-gb\)/,
        );
        return true;
      },
    );
    // Negative: under the cap again once the first run is gone.
    store.remove(id);
    assert.equal(store.bytes, 0);
    const again = store.create();
    again.write(new Uint32Array(3 * 90));
    again.finish();
    assert.equal(store.bytes, 1080);
  } finally {
    t.done();
  }
});

test('a full disk (ENOSPC, EDQUOT) is a TempSpaceError; other errors are not', () => {
  const errno = (code: string): Error => Object.assign(new Error(`${code}: write`), { code });
  for (const code of ['ENOSPC', 'EDQUOT'])
    assert.match(
      tempWriteError(errno(code), '/tmp')?.message ?? '',
      /^no space left for temporary counting files in \/tmp/,
    );
  assert.equal(tempWriteError(errno('EACCES'), '/tmp'), null);
  assert.equal(tempWriteError(new Error('other'), '/tmp'), null);
});

test('estimate stops at the temporary-disk cap with one line naming the file, and leaves nothing', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('p.csv'), phones(3000));
    const opts = { workers: 1, memoryBudget: 64 };
    const left = await inOwnTmp(async () => {
      await assert.rejects(
        estimateDataset([t.file('p.csv')], { ...opts, maxTempBytes: 4096 }),
        (e: unknown) => {
          assert.ok(e instanceof TempSpaceError);
          assert.equal(e.file, t.file('p.csv'));
          return true;
        },
      );
      // Negative: a cap the count fits under.
      assert.equal(
        (await estimateDataset([t.file('p.csv')], { ...opts, maxTempBytes: 1 << 20 })).persons,
        3000,
      );
    });
    assert.deepEqual(left, []);
  } finally {
    t.done();
  }
});

test('the CLI: --max-temp-gb caps the run (exit 2, one line naming the file); bad values are usage errors', async () => {
  const t = tempDir();
  try {
    // More distinct rows than the default memory budget holds, so the count spills.
    writeFileSync(t.file('big.csv'), phones(600_000));
    let out = '';
    let err = '';
    const io = {
      cwd: process.cwd(),
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
    };
    const left = await inOwnTmp(async () => {
      const code = await runEstimate([t.file('big.csv'), '--workers', '1', '--max-temp-gb', '0.001'], io);
      assert.equal(code, 2);
    });
    assert.deepEqual(left, []);
    assert.equal(out, '');
    assert.equal(
      err,
      `pilens estimate: ${t.file('big.csv')}: counting needs more than 1 MiB of temporary files (the cap; raise it with --max-temp-gb); nothing was left behind\n`,
    );
    for (const bad of ['0', 'lots', '1e999']) {
      err = '';
      assert.equal(await runEstimate([t.file('big.csv'), '--max-temp-gb', bad], io), 2);
      assert.equal(err, 'pilens estimate: --max-temp-gb must be a positive number of GiB\n');
    }
  } finally {
    t.done();
  }
});
