// The run store of spill.ts: runs come back as written, cut into bounded files, and what is on
// disk is encrypted under a key that only the process holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FileRunStore } from '../../../src/node/dataset/spill.js';
import { tempDir } from './fixtures.js';

function drain(store: FileRunStore, id: number): number[] {
  const r = store.open(id);
  const out: number[] = [];
  for (let c = r.next(); c !== null; c = r.next()) out.push(...c);
  r.close();
  return out;
}

test('a run reads back as written, across many files and read chunks', () => {
  const t = tempDir();
  try {
    const store = new FileRunStore(() => t.dir, 10_000);
    const triples = Uint32Array.from({ length: 3 * 70_000 }, (_, i) => (i * 2654435761) >>> 0);
    const w = store.create();
    for (let at = 0; at < triples.length; at += 3 * 7_001) w.write(triples.subarray(at, at + 3 * 7_001));
    const id = w.finish();
    const files = readdirSync(t.dir);
    assert.equal(files.length, 7, '70,000 triples in files of 10,000');
    for (const f of files) assert.ok(readFileSync(path.join(t.dir, f)).length <= 120_000);
    assert.deepEqual(drain(store, id), [...triples]);
    store.remove(id);
    assert.deepEqual(readdirSync(t.dir), []);
  } finally {
    t.done();
  }
});

test('spill files are encrypted: the plain bytes of a run appear nowhere on disk', () => {
  const t = tempDir();
  try {
    const store = new FileRunStore(() => t.dir);
    // A recognisable pattern: the same triple many times.
    const plain = new Uint32Array(3 * 1000).fill(0x13812345);
    const w = store.create();
    w.write(plain);
    const id = w.finish();
    const [file] = readdirSync(t.dir);
    const disk = readFileSync(path.join(t.dir, file ?? ''));
    assert.equal(disk.length, plain.byteLength);
    const needle = Buffer.from(new Uint8Array(plain.buffer, 0, 12));
    assert.equal(disk.indexOf(needle), -1, 'no plain triple on disk');
    // The negative: the store itself reads the plain values back.
    assert.deepEqual(drain(store, id), [...plain]);
    // A second store (another run) has another key: the same triples encrypt differently.
    mkdirSync(t.file('other'));
    const other = new FileRunStore(() => t.file('other'));
    const w2 = other.create();
    w2.write(plain);
    const id2 = w2.finish();
    assert.notDeepEqual(readFileSync(t.file('other/run-0.bin')), disk);
    other.remove(id2);
  } finally {
    t.done();
  }
});
