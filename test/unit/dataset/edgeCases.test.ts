// Bad and unusual input: never fatal, always reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { CancelledError, estimateDataset } from '../../../src/node/dataset/estimate.js';
import { people, tempDir, toCsv } from './fixtures.js';

// Counting mechanics: the lenient reading keeps resident IDs in class C (resident_id_info).
const opts = { workers: 1, reading: 'lenient' } as const;

test('an empty file and a file without PI give tier none', async () => {
  const t = tempDir();
  try {
    writeFileSync(t.file('empty.csv'), '');
    const empty = await estimateDataset([t.file('empty.csv')], opts);
    assert.equal(empty.tier, 'none');
    assert.equal(empty.records, 0);
    writeFileSync(
      t.file('nopi.csv'),
      toCsv(
        ['sku', 'price', 'colour'],
        Array.from({ length: 50 }, (_, i) => [`SKU-${i}`, `${i}.99`, 'red']),
      ),
    );
    const nopi = await estimateDataset([t.file('nopi.csv')], opts);
    assert.equal(nopi.tier, 'none');
    assert.equal(nopi.records, 50);
    assert.deepEqual(nopi.columns, []);
    assert.deepEqual(nopi.pieces, { A: 0, B: 0, C: 0 });
  } finally {
    t.done();
  }
});

test('a headerless file is profiled from values', async () => {
  const t = tempDir();
  try {
    const p = people(80);
    writeFileSync(t.file('noheader.csv'), toCsv(null, p.rows));
    const r = await estimateDataset([t.file('noheader.csv')], opts);
    assert.equal(r.records, 80);
    assert.equal(r.pieces.C, 80);
    assert.deepEqual(
      r.columns.map((c) => [c.name, c.category]),
      [
        ['col1', 'name'],
        ['col2', 'id_number'],
        ['col3', 'contact'],
        ['col4', 'address'],
      ],
    );
  } finally {
    t.done();
  }
});

test('broken quotes: stray text after a closing quote and an unterminated quote are malformed rows', async () => {
  const t = tempDir();
  try {
    const p = people(40);
    const lines = toCsv(p.header, p.rows).trimEnd().split('\n');
    lines.splice(10, 0, `"王芳"x,${p.rows[0]?.[1] ?? ''},13800000000,addr,n`);
    lines.push(`"李娜,${p.rows[1]?.[1] ?? ''},13900000000,addr,n`);
    writeFileSync(t.file('broken.csv'), lines.join('\n') + '\n');
    const r = await estimateDataset([t.file('broken.csv')], opts);
    assert.equal(r.counts.malformed, 2);
    assert.equal(r.pieces.C, 40);
  } finally {
    t.done();
  }
});

test('a runaway quote past the record cap is skipped as malformed, and counting resumes', async () => {
  const t = tempDir();
  try {
    const p = people(30);
    const body =
      toCsv(p.header, p.rows.slice(0, 15)) +
      `"never closed ${'x'.repeat(9_000_000)}\n` +
      toCsv(null, p.rows.slice(15));
    writeFileSync(t.file('runaway.csv'), body);
    const r = await estimateDataset([t.file('runaway.csv')], opts);
    // Skipping resumes at the first line feed after the runaway record's start.
    assert.equal(r.counts.malformed, 1);
    assert.equal(r.pieces.C, 30);
    assert.match(r.parts[0]?.notes.join(' ') ?? '', /a quote still open after 8 MiB .*the first at byte \d/);
  } finally {
    t.done();
  }
});

test('progress reaches every byte, and an aborted signal cancels', async () => {
  const t = tempDir();
  try {
    const p = people(2000);
    writeFileSync(t.file('p.csv'), toCsv(p.header, p.rows));
    let last = { bytesDone: 0, bytesTotal: -1 };
    await estimateDataset([t.file('p.csv')], opts, { onProgress: (x) => (last = x) });
    assert.equal(last.bytesDone, last.bytesTotal);
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(estimateDataset([t.file('p.csv')], opts, { signal: ac.signal }), CancelledError);
  } finally {
    t.done();
  }
});

test('unreadable input rejects with the path', async () => {
  await assert.rejects(estimateDataset(['/nonexistent/pilens.csv'], opts), /ENOENT/);
});

test('with no identifying column at all, PI columns count and a note says so', async () => {
  const t = tempDir();
  try {
    writeFileSync(
      t.file('g.csv'),
      toCsv(
        ['性别', '诊断', 'sku'],
        Array.from({ length: 30 }, (_, i) => [i % 2 ? '男' : '女', `flu ${i}`, `S${i}`]),
      ),
    );
    const r = await estimateDataset([t.file('g.csv')], opts);
    assert.equal(r.pieces.B + r.pieces.C, 30);
    assert.match(r.parts[0]?.notes.join(' ') ?? '', /no column identifies a person/);
  } finally {
    t.done();
  }
});

test('fixture masked-people.csv meets the expectations in its README', async () => {
  const file = new URL('../../fixtures/datasets/masked-people.csv', `file://${__filename}`).pathname;
  const r = await estimateDataset([file], opts);
  assert.equal(r.records, 22);
  assert.deepEqual(r.pieces, { A: 0, B: 0, C: 20 });
  assert.equal(r.persons, 20);
  assert.equal(r.counts.duplicates, 1);
  assert.equal(r.counts.withoutPi, 1);
  assert.deepEqual(
    r.columns.map((c) => [c.name, c.category]),
    [
      ['姓名', 'name'],
      ['手机号', 'contact'],
      ['身份证号', 'id_number'],
    ],
  );
  assert.match(r.parts[0]?.columns[2]?.evidence.join(' ') ?? '', /masked \(de-identified, still PI/);
});
