// Bounded counting (memory flat in rows, disk capped): with a tiny memory budget every count
// spills sorted runs of distinct hashes, and stays exact; disk follows distinct values, not rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countPersons, RecordCounter } from '../../../src/core/dataset/count.js';
import { forEachDistinct, HashPartitions } from '../../../src/core/dataset/partitions.js';
import { makePlan } from '../../../src/core/dataset/plan.js';
import { RowEncoder } from '../../../src/core/dataset/rowRecord.js';
import { mergeRuns, arrayReader, sortTriples, type RunStore } from '../../../src/core/dataset/runs.js';
import { seeded } from './random.js';

/** A run store in memory that records how many triples it holds at most. */
class MemoryRunStore implements RunStore {
  readonly runs = new Map<number, Uint32Array[]>();
  held = 0;
  peak = 0;
  #next = 0;

  create() {
    const chunks: Uint32Array[] = [];
    return {
      write: (t: Uint32Array) => {
        chunks.push(t.slice());
        this.held += t.length / 3;
        this.peak = Math.max(this.peak, this.held);
      },
      finish: () => {
        const id = this.#next++;
        this.runs.set(id, chunks);
        return id;
      },
    };
  }

  open(id: number) {
    const chunks = [...(this.runs.get(id) ?? [])];
    return { next: () => chunks.shift() ?? null, close: () => undefined };
  }

  remove(id: number): void {
    for (const c of this.runs.get(id) ?? []) this.held -= c.length / 3;
    this.runs.delete(id);
  }
}

const KEY = [11, 22, 33, 44] as const;
const plan = makePlan(
  2,
  [
    { index: 0, category: 'contact', legalClass: 'C' },
    { index: 1, category: 'health', legalClass: 'B' },
  ],
  0,
  true,
  (c) => c === 'health',
);

function phone(i: number): string {
  return `138${String(10_000_000 + i).slice(-8)}`;
}

/** Counts rows of (phone i, health flag) with and without a store, returns both counters. */
function countBoth(rows: [number, boolean][], budget: number) {
  const store = new MemoryRunStore();
  const spilling = new RecordCounter(plan, { key: KEY, store, budget });
  const inMemory = new RecordCounter(plan, { key: KEY });
  const enc = new RowEncoder();
  for (const [i, sick] of rows) {
    const r = [phone(i), sick ? '高血压' : ''];
    spilling.add(enc.encode(r));
    inMemory.add(enc.encode(r));
  }
  return { store, spilling, inMemory };
}

test('spilling with a tiny budget counts exactly what memory counts', () => {
  const rand = seeded(3);
  const rows: [number, boolean][] = Array.from({ length: 20_000 }, () => [
    Math.floor(rand() * 7000),
    rand() < 0.3,
  ]);
  const { store, spilling, inMemory } = countBoth(rows, 200);
  assert.ok(spilling.spilled, 'a budget of 200 triples must spill');
  assert.equal(inMemory.spilled, false);
  assert.deepEqual(spilling.summary(false), inMemory.summary(false));
  const truth = new Set(rows.map(([i, s]) => `${i}|${s}`));
  assert.equal(spilling.distinctRecords, truth.size);
  assert.equal(spilling.persons.all, new Set(rows.map(([i]) => i)).size);
  // A person is sensitive when any of their records is: OR-ed across runs.
  assert.equal(spilling.persons.sensitive, new Set(rows.filter(([, s]) => s).map(([i]) => i)).size);
  assert.equal(store.runs.size, 0, 'a finished count removes its runs');
});

test('many identical rows are one distinct record and spill almost nothing', () => {
  const rows: [number, boolean][] = Array.from({ length: 50_000 }, () => [42, false]);
  const { store, spilling } = countBoth(rows, 100);
  assert.equal(spilling.summary(false).distinctRecords, 1);
  assert.equal(spilling.persons.all, 1);
  // One triple per run; runs pile up only to a few per merge level.
  assert.ok(store.peak <= 64, `disk held ${store.peak} triples for 1 distinct value`);
});

test('disk follows distinct values, not rows: the same 500 phones cycled 100 times', () => {
  const rows: [number, boolean][] = Array.from({ length: 50_000 }, (_, i) => [i % 500, false]);
  const budget = 100;
  const { store, spilling } = countBoth(rows, budget);
  assert.equal(spilling.summary(false).distinctRecords, 500);
  // Records and persons: each at most twice the distinct count plus a few budgets, and during
  // the merge that brings it back, one more distinct-sized run (see HashPartitions.#tidy).
  const bound = 2 * (3 * 500 + 8 * budget + budget);
  assert.ok(store.peak <= bound, `disk held ${store.peak} triples, bound ${bound}`);
  // The negative: 50,000 rows written out without de-duplication would be 100,000 triples.
  assert.ok(store.peak < 100_000 / 10);
});

test('counters sharing a store merge their runs; persons union across files', () => {
  const store = new MemoryRunStore();
  const enc = new RowEncoder();
  const a = new RecordCounter(plan, { key: KEY, store, budget: 50 });
  const b = new RecordCounter(plan, { key: KEY, store, budget: 50 });
  for (let i = 0; i < 3000; i++) a.add(enc.encode([phone(i), '']));
  for (let i = 2000; i < 5000; i++) b.add(enc.encode([phone(i), '']));
  assert.equal(countPersons([a.personHashes, b.personHashes]).all, 5000);
  a.merge(b.state());
  assert.equal(a.summary(false).distinctRecords, 5000);
});

test('merging sorted runs keeps one triple per hash and ORs payloads, across chunk boundaries', () => {
  const rand = seeded(9);
  const set = new Map<string, number>();
  const runs: Uint32Array[] = [];
  for (let r = 0; r < 5; r++) {
    const parts = new HashPartitions();
    for (let i = 0; i < 30_000; i++) {
      const hi = Math.floor(rand() * 4) * 0x40000000 + Math.floor(rand() * 50);
      const lo = Math.floor(rand() * 0xffffffff);
      const v = 1 << Math.floor(rand() * 3);
      parts.push(hi, lo, v);
      const k = `${hi}:${lo}`;
      set.set(k, (set.get(k) ?? 0) | v);
    }
    const chunks: Uint32Array[] = [];
    forEachDistinct([parts], (hi, lo, v) => chunks.push(Uint32Array.of(hi, lo, v)));
    runs.push(Uint32Array.from(chunks.flatMap((c) => [...c])));
  }
  const seen = new Map<string, number>();
  let ph = -1;
  let pl = -1;
  mergeRuns(runs.map(arrayReader), (t) => {
    for (let o = 0; o < t.length; o += 3) {
      const [hi, lo] = [t[o] as number, t[o + 1] as number];
      assert.ok(hi > ph || (hi === ph && lo > pl), 'strictly increasing: sorted and distinct');
      [ph, pl] = [hi, lo];
      seen.set(`${t[o]}:${t[o + 1]}`, t[o + 2] as number);
    }
  });
  assert.deepEqual(seen, set);
});

test('sortTriples orders by the unsigned 64-bit hash', () => {
  const t = Uint32Array.of(0xffffffff, 1, 7, 0, 5, 8, 0x80000000, 0, 9, 0, 4, 6);
  const payload = new Map(
    [...Array(4).keys()].map((i) => [`${t[3 * i]}:${t[3 * i + 1]}`, t[3 * i + 2] as number]),
  );
  const s = sortTriples(t, (hi, lo) => payload.get(`${hi}:${lo}`) ?? -1);
  assert.deepEqual([...s], [0, 4, 6, 0, 5, 8, 0x80000000, 0, 9, 0xffffffff, 1, 7]);
});
