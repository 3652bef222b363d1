// Issue 9, item 5: a dataset's columns are fields whose owner is the file, and the other
// columns are their context, read by the same classifier as code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { nameDetectorClassifier } from '../../../src/core/dataset/headerClassifier.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { tempDir } from './fixtures.js';

const opts = { workers: 1 } as const;

/** `n` stays: a made-up mobile number (no real subscriber) per guest, a room, two dates. */
function stays(n: number, columns: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const values = [
      'Lakeside Inn',
      String(100 + (i % 300)),
      `139${String(10_000_000 + i).padStart(8, '0')}`,
      `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T14:00:00`,
      `2026-03-${String(2 + (i % 27)).padStart(2, '0')}T11:00:00`,
    ];
    lines.push(JSON.stringify(Object.fromEntries(columns.map((c, k) => [c, values[k]]))));
  }
  return lines.join('\n') + '\n';
}

test('check-ins beside a hotel and a room are stays: 600 class-B pieces', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('export.jsonl'), stays(600, ['hotel', 'room_no', 'phone', 'check_in', 'check_out']));
    const r = await estimateDataset([t.file('export.jsonl')], opts);
    assert.equal(r.pieces.B, 600);
    assert.equal(r.byCategory.accommodation, 600);
  } finally {
    t.done();
  }
});

test('the same times beside a gym and a locker are not stays (negative)', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('export.jsonl'), stays(600, ['gym', 'locker_no', 'phone', 'entered', 'left']));
    const r = await estimateDataset([t.file('export.jsonl')], opts);
    assert.equal(r.pieces.B, 0);
    assert.equal(r.pieces.C, 600);
  } finally {
    t.done();
  }
});

test("a column beside a person's name describes that person, as a record's field does", () => {
  const classify = nameDetectorClassifier();
  const siblings = ['real_name', 'balance'];
  assert.equal(classify('balance', { owner: 'accounts', siblings })?.category, 'property');
  // Alone, or beside a product's name, `balance` says nothing.
  assert.equal(classify('balance', { owner: 'ledger', siblings: ['sku', 'balance'] }), null);
  assert.equal(classify('balance'), null);
});

test('the file is the owner: a hotel file names a stay, a hotel list names hotels', () => {
  const classify = nameDetectorClassifier();
  assert.equal(
    classify('room_no', { owner: 'hotel_checkins_2026', siblings: ['room_no'] })?.category,
    'accommodation',
  );
  assert.equal(classify('room_no', { owner: 'hotel_rooms', siblings: ['room_no'] }), null);
});

test('a very wide table is read column by column, without sibling context', () => {
  const classify = nameDetectorClassifier();
  const siblings = ['hotel', 'room_no', 'check_in', ...Array.from({ length: 100 }, (_, k) => `c${k}`)];
  assert.equal(classify('check_in', { owner: 'export', siblings }), null);
  assert.equal(
    classify('check_in', { owner: 'export', siblings: siblings.slice(0, 3) })?.category,
    'accommodation',
  );
});
