// Estimate messages that used to mislead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { runEstimate } from '../../../src/cli/estimate.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { people, tempDir, toCsv } from './fixtures.js';

test('the parallel note gives the threads started, not the --workers asked for', async () => {
  const t = tempDir();
  try {
    const P = people(2000);
    writeFileSync(t.file('p.csv'), toCsv(P.header, P.rows));
    const r = await estimateDataset([t.file('p.csv')], { workers: 1000, parallelMinBytes: 1 });
    const note = r.parts[0]?.notes.find((n) => n.startsWith('counted in parallel'));
    assert.equal(note, 'counted in parallel on 1 thread');
    assert.equal(r.records, 2000);
  } finally {
    t.done();
  }
});

test('a temporary folder that cannot be written is named as such, not as an input that cannot be read', async () => {
  const t = tempDir();
  const saved = process.env.TMPDIR;
  try {
    writeFileSync(t.file('a.csv'), '手机号\n13800138000\n');
    process.env.TMPDIR = t.file('missing');
    let err = '';
    const code = await runEstimate([t.file('a.csv')], {
      cwd: process.cwd(),
      stdout: { write: () => undefined },
      stderr: { write: (s: string) => (err += s) },
    });
    // Either the run needs no temporary files, or it names the temporary folder.
    if (code !== 0) {
      assert.equal(code, 2);
      assert.match(
        err,
        /^pilens estimate: cannot write temporary files in .*missing: no such file or folder\n$/,
      );
      assert.doesNotMatch(err, /cannot read/);
    }
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    t.done();
  }
});
