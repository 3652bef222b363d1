// The bounded decompressor shared by .gz files and XLSX parts, and what estimate makes of its stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { EstimateReport } from '../../../src/core/dataset/report.js';
import { writeFileSync } from 'node:fs';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { DatasetReadError, estimateDataset } from '../../../src/node/dataset/estimate.js';
import { inflateBounded, type InflateLimits } from '../../../src/node/dataset/inflate.js';
import { InputError } from '../../../src/node/dataset/inputError.js';
import { people, tempDir, toCsv } from './fixtures.js';

const SMALL: InflateLimits = { maxOutputBytes: 1 << 20, maxRatio: 10, ratioAfterBytes: 64 * 1024 };

async function drain(
  bytes: Uint8Array,
  kind: 'gzip' | 'deflate-raw' = 'gzip',
  limits = SMALL,
): Promise<{ out: number; stops: string[] }> {
  const stops: string[] = [];
  let out = 0;
  const raw = Readable.from([Buffer.from(bytes)], { objectMode: false });
  for await (const c of inflateBounded(raw, kind, 'gzip data', { onStop: (r) => stops.push(r), limits }))
    out += c.length;
  return { out, stops };
}

// Random bytes barely compress: a realistic ratio, far under any cap.
function noise(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

test('a stream past the ratio cap stops early with a reason; one under it is read whole', async () => {
  const bomb = await drain(gzipSync(Buffer.alloc(4 << 20)));
  assert.equal(bomb.stops.length, 1);
  assert.match(bomb.stops[0] ?? '', /expands more than 10×.*decompression bomb/);
  assert.ok(bomb.out < 1 << 20, `stopped early (${bomb.out} bytes out)`);
  const fine = await drain(gzipSync(noise(512 * 1024)));
  assert.deepEqual(fine, { out: 512 * 1024, stops: [] });
  // Highly repetitive but small: the ratio is not checked before `ratioAfterBytes`.
  assert.deepEqual(await drain(gzipSync(Buffer.alloc(60 * 1024))), { out: 60 * 1024, stops: [] });
});

test('a stream past the size cap stops whatever its ratio; raw deflate (XLSX parts) is bounded the same', async () => {
  const big = await drain(gzipSync(noise(2 << 20)));
  assert.match(big.stops[0] ?? '', /stopped after 1\.0 MiB decompressed \(the limit\)/);
  assert.ok(big.out <= 1 << 20);
  const raw = await drain(deflateRawSync(Buffer.alloc(4 << 20)), 'deflate-raw');
  assert.match(raw.stops[0] ?? '', /expands more than 10×/);
});

test('truncated or corrupt after some output: kept, with the byte; before any output: an InputError', async () => {
  const whole = gzipSync(noise(300 * 1024));
  const cut = await drain(whole.subarray(0, whole.length >> 1));
  assert.ok(cut.out > 0 && cut.out < 300 * 1024);
  assert.match(cut.stops[0] ?? '', new RegExp(`truncated at byte ${whole.length >> 1} `));
  await assert.rejects(drain(Buffer.from('not gzip at all')), (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.match(e.message, /not valid compressed data \(incorrect header check\)/);
    return true;
  });
  await assert.rejects(drain(new Uint8Array(0)), /empty \(0 bytes\)/);
  await assert.rejects(drain(whole.subarray(0, 5)), InputError);
});

test('estimate: a truncated .csv.gz keeps the rows before the cut and names file and byte', async () => {
  const t = tempDir();
  try {
    const P = people(3000);
    const gz = gzipSync(Buffer.from(toCsv(P.header, P.rows)));
    writeFileSync(t.file('cut.csv.gz'), gz.subarray(0, gz.length >> 1));
    const r = await estimateDataset([t.file('cut.csv.gz')], { workers: 1 });
    assert.ok(r.records > 500 && r.records < 3000, `kept ${r.records} records`);
    assert.equal(r.parts[0]?.file, t.file('cut.csv.gz'));
    assert.match(String(r.parts.at(0)?.errors?.join()), new RegExp(`truncated at byte ${gz.length >> 1}`));
    // The whole file has no errors (the negative).
    writeFileSync(t.file('whole.csv.gz'), gz);
    const whole = await estimateDataset([t.file('whole.csv.gz')], { workers: 1 });
    assert.equal(whole.records, 3000);
    assert.equal(whole.parts[0]?.errors, undefined);
  } finally {
    t.done();
  }
});

test('estimate: a gzip bomb in every format goes through the same caps and says so', async () => {
  const t = tempDir();
  try {
    // 8 MiB of zeros in 8 KB, read with the ratio checked after 256 KiB (the defaults check
    // after 64 MiB; the mechanism is the same, the test just stays small).
    const limits = { maxOutputBytes: 2 ** 40, maxRatio: 100, ratioAfterBytes: 256 * 1024 };
    const bomb = gzipSync(Buffer.alloc(8 << 20), { level: 9 });
    for (const name of ['z.csv.gz', 'z.jsonl.gz', 'z.json.gz', 'z.sql.gz', 'z.txt.gz']) {
      writeFileSync(t.file(name), bomb);
      // Zeros may read as one malformed row (a report with an error) or as nothing (a rejection).
      const r = await estimateDataset([t.file(name)], { workers: 1, inflateLimits: limits }).catch(
        (e: unknown) => e,
      );
      const failures =
        r instanceof DatasetReadError
          ? r.failures
          : (r as EstimateReport).parts.flatMap((p) =>
              (p.errors ?? []).map((reason) => ({ file: p.file, reason })),
            );
      assert.equal(failures.length, 1, name);
      assert.equal(failures[0]?.file, t.file(name));
      assert.match(String(failures.at(0)?.reason), /expands more than 100×/, name);
    }
    // A real table in a .gz with the same limits is read whole (the negative).
    const P = people(500);
    writeFileSync(t.file('ok.csv.gz'), gzipSync(Buffer.from(toCsv(P.header, P.rows))));
    const ok = await estimateDataset([t.file('ok.csv.gz')], { workers: 1, inflateLimits: limits });
    assert.equal(ok.records, 500);
    assert.equal(ok.parts[0]?.errors, undefined);
  } finally {
    t.done();
  }
});
