// Spill files hold hashes of personal data: they are made only
// when a count spills, removed on every way out (normal end, error, SIGINT, SIGTERM, uncaught
// exception), and hashed under a random key per run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RecordCounter } from '../../../src/core/dataset/count.js';
import { makePlan } from '../../../src/core/dataset/plan.js';
import { RowEncoder } from '../../../src/core/dataset/rowRecord.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { newHashKey, SpillDir } from '../../../src/node/dataset/spill.js';
import { people, tempDir, toCsv } from './fixtures.js';

const child = path.join(__dirname, 'spillChild.ts');

/** Runs spillChild.ts with its own TMPDIR; `signal` is sent once it says it is spilling. */
async function runChild(
  file: string,
  tmp: string,
  mode: 'wait' | 'throw' | 'finish',
  signal?: NodeJS.Signals,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; spilled: boolean }> {
  const p = spawn(process.execPath, ['--import', 'tsx', child, file, mode], {
    env: { ...process.env, TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let spilled = false;
  p.stdout.on('data', (d: Buffer) => {
    out += d.toString('utf8');
    if (!spilled && out.includes('spilling')) {
      spilled = true;
      // Spill files exist now: the proof that an interrupted run had something to remove.
      assert.ok(readdirSync(tmp).some((d) => d.startsWith('pilens-spill-')));
      if (signal !== undefined) p.kill(signal);
    }
  });
  p.stderr.resume();
  return new Promise((resolve) => {
    p.on('close', (code, sig) => {
      resolve({ code, signal: sig, out, spilled });
    });
  });
}

function spillLeft(tmp: string): string[] {
  return readdirSync(tmp).filter((d) => d.startsWith('pilens-spill-'));
}

test('an estimate interrupted by SIGINT or SIGTERM, or crashing, mid-spill leaves no spill folder', async () => {
  const t = tempDir();
  try {
    const p = people(40_000);
    writeFileSync(t.file('p.csv'), toCsv(p.header, p.rows));
    for (const [mode, signal] of [
      ['wait', 'SIGINT'],
      ['wait', 'SIGTERM'],
      ['throw', undefined],
    ] as const) {
      const tmp = t.file(`tmp-${mode}-${signal ?? 'none'}`);
      mkdirSync(tmp);
      const r = await runChild(t.file('p.csv'), tmp, mode, signal);
      assert.ok(r.spilled, `${mode} ${signal ?? ''}: the child spilled before it was stopped`);
      assert.ok(!r.out.includes('finished'), 'stopped mid-run, not after the end');
      if (signal !== undefined) assert.equal(r.signal, signal, 'the signal still ends the process');
      else assert.equal(r.code, 1);
      assert.deepEqual(spillLeft(tmp), [], `${mode} ${signal ?? ''}`);
    }
    // The negative: the same run left to finish also spilled, and cleaned up after itself.
    const tmp = t.file('tmp-finish');
    mkdirSync(tmp);
    const r = await runChild(t.file('p.csv'), tmp, 'finish');
    assert.ok(r.spilled && r.out.includes('finished'));
    assert.equal(r.code, 0);
    assert.deepEqual(spillLeft(tmp), []);
  } finally {
    t.done();
  }
});

test('a count that fits in memory makes no spill folder (an unusable TMPDIR does not matter)', async () => {
  const t = tempDir();
  const saved = process.env.TMPDIR;
  try {
    const p = people(300);
    writeFileSync(t.file('p.csv'), toCsv(p.header, p.rows));
    process.env.TMPDIR = t.file('missing/folder');
    const r = await estimateDataset([t.file('p.csv')], { workers: 1 });
    assert.equal(r.counts.distinctRecordsWithPi, 300);
    // The negative: a count that must spill says which temporary folder it could not use.
    await assert.rejects(
      estimateDataset([t.file('p.csv')], { workers: 1, memoryBudget: 16 }),
      /cannot create a temporary folder in .*missing\/folder for counting/,
    );
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    t.done();
  }
});

function personHashes(setup: ConstructorParameters<typeof RecordCounter>[1]): Uint32Array {
  const plan = makePlan(1, [{ index: 0, category: 'contact', legalClass: 'C' }], 0, true);
  const c = new RecordCounter(plan, setup);
  c.add(new RowEncoder().encode(['13812345678']));
  return Uint32Array.from(
    c
      .state()
      .persons.flat()
      .flatMap((a) => [...a]),
  );
}

test('the same phone number hashes differently in every run (random key), the same within a run', () => {
  const a = new SpillDir();
  const b = new SpillDir();
  assert.notDeepEqual(a.key, b.key);
  assert.notDeepEqual(newHashKey(), newHashKey());
  const ha = personHashes({ key: a.key });
  const hb = personHashes({ key: b.key });
  assert.equal(ha.length, 3);
  assert.notDeepEqual([ha[0], ha[1]], [hb[0], hb[1]]);
  // Within one run the key is fixed, so duplicates still meet.
  assert.deepEqual(personHashes({ key: a.key }), ha);
  assert.equal(a.created, false, 'no folder is made until something spills');
});
