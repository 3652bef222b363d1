// Parallel counting equals single-thread counting, including when a byte range starts inside a
// quoted field that contains line feeds (the boundary check must catch it and re-count).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { RecordCounter } from '../../../src/core/dataset/count.js';
import { makePlan } from '../../../src/core/dataset/plan.js';
import { countParallel } from '../../../src/node/dataset/parallel.js';
import { countRange } from '../../../src/node/dataset/rangeCount.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { people, tempDir, toCsv } from './fixtures.js';

test('estimate with 2 workers equals 1 worker on a generated file', async () => {
  const t = tempDir();
  try {
    const p = people(3000, { dups: 300, empty: 50 });
    writeFileSync(t.file('p.csv'), toCsv(p.header, p.rows));
    const one = await estimateDataset([t.file('p.csv')], { workers: 1, reading: 'lenient' as const });
    const two = await estimateDataset([t.file('p.csv')], {
      workers: 2,
      parallelMinBytes: 1,
      reading: 'lenient' as const,
    });
    assert.match(two.parts[0]?.notes.join(' ') ?? '', /parallel/);
    assert.deepEqual(
      [two.pieces, two.persons, two.records, two.counts],
      [one.pieces, one.persons, one.records, one.counts],
    );
    assert.equal(two.pieces.C, 3000);
    assert.equal(two.counts.duplicates, 300);
  } finally {
    t.done();
  }
});

test('ranges that begin inside multi-line quoted fields are re-counted from the true boundary', async () => {
  const t = tempDir();
  try {
    // Every record has a quoted note full of line feeds that look like record starts.
    const fake = Array.from({ length: 40 }, (_, i) => `fake${i},9,9`).join('\n');
    const rows = Array.from({ length: 400 }, (_, i) => [`id${i}`, `"${fake}\n${i}"`, 'x']);
    const text = 'key,note,z\n' + rows.map((r) => r.join(',')).join('\n') + '\n';
    writeFileSync(t.file('q.csv'), text);
    const size = statSync(t.file('q.csv')).size;
    const plan = makePlan(3, [{ index: 0, category: 'online_id', legalClass: 'C' }], 0, true);
    const dialect = { delimiter: 44, quote: 34 };
    const dataStart = 'key,note,z\n'.length;
    const key = [9, 8, 7, 6] as const;
    const single = countRange({
      file: t.file('q.csv'),
      start: dataStart,
      end: size,
      aligned: true,
      fileSize: size,
      dialect,
      plan,
      key,
    });
    const { counter, reruns } = await countParallel({
      file: t.file('q.csv'),
      fileSize: size,
      dataStart,
      dialect,
      plan,
      workers: 2,
      rangeBytes: 4096,
      onBytes: () => undefined,
      setup: { key },
    });
    const reference = new RecordCounter(plan, { key });
    reference.merge(single.state);
    assert.ok(reruns > 0, 'some range must have started inside a quoted field');
    assert.equal(counter.rows, 400);
    assert.equal(counter.malformed, 0);
    assert.equal(counter.distinctRecords, reference.distinctRecords);
    assert.equal(counter.persons.all, 400);
  } finally {
    t.done();
  }
});

test('spilling hash partitions to disk (tiny memory budget) changes no count, on one or two threads', async () => {
  const t = tempDir();
  try {
    const p = people(4000, { dups: 500, empty: 30 });
    writeFileSync(t.file('p.csv'), toCsv(p.header, p.rows));
    const reference = await estimateDataset([t.file('p.csv')], { workers: 1, reading: 'lenient' as const });
    for (const workers of [1, 2]) {
      const r = await estimateDataset([t.file('p.csv')], {
        workers,
        parallelMinBytes: 1,
        memoryBudget: 300,
        reading: 'lenient' as const,
      });
      assert.deepEqual(
        [r.pieces, r.persons, r.counts],
        [reference.pieces, reference.persons, reference.counts],
        `workers ${workers}`,
      );
    }
    assert.equal(reference.counts.duplicates, 500);
  } finally {
    t.done();
  }
});

test("a worker's range hands over distinct hashes only (repeats cost no transfer); counts unchanged", () => {
  const t = tempDir();
  try {
    const plan = makePlan(1, [{ index: 0, category: 'contact', legalClass: 'B' }], 0, true);
    const key = [1, 2, 3, 4] as const;
    const triples = (s: { records: Uint32Array[][]; persons: Uint32Array[][] }): number[] =>
      [s.records, s.persons].map((parts) => parts.flat().reduce((n, a) => n + a.length / 3, 0));
    const cases: [string, (i: number) => string, number][] = [
      ['same.csv', () => '13800138000', 1],
      // Negative: distinct rows keep one triple each.
      ['distinct.csv', (i) => `138${String(i).padStart(8, '0')}`, 1000],
    ];
    for (const [name, row, distinct] of cases) {
      const text = Array.from({ length: 1000 }, (_, i) => row(i)).join('\n') + '\n';
      writeFileSync(t.file(name), text);
      const size = statSync(t.file(name)).size;
      const dialect = { delimiter: 44, quote: 34 };
      const r = countRange({
        file: t.file(name),
        start: 0,
        end: size,
        aligned: true,
        fileSize: size,
        dialect,
        plan,
        key,
      });
      assert.deepEqual(triples(r.state), [distinct, distinct], name);
      const c = new RecordCounter(plan, { key });
      c.merge(r.state);
      assert.deepEqual([c.rows, c.distinctRecords, c.persons.all], [1000, distinct, distinct], name);
    }
  } finally {
    t.done();
  }
});
