// Mixed encodings: a UTF-8 file with some GBK rows stays UTF-8 with a note; a file that turns
// from GBK to UTF-8 is noted; pure GBK is still GBK.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as iconv from 'iconv-lite';
import { detectEncoding, utf8Evidence, utf8Transcoder } from '../../../src/node/encoding.js';
import { estimateDataset } from '../../../src/node/dataset/estimate.js';
import { people, tempDir, toCsv } from './fixtures.js';

const P = people(2000);
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const gbk = (s: string): Buffer => iconv.encode(s, 'gbk');
const lines = (rows: readonly (readonly string[])[]): string[] =>
  toCsv(null, rows)
    .trimEnd()
    .split('\n')
    .map((l) => `${l}\n`);
const header = `${P.header.join(',')}\n`;

test('utf8Evidence counts valid Chinese sequences and invalid ones; a sequence cut at the end is neither', () => {
  const e = utf8Evidence(Buffer.concat([utf8('张三'), gbk('李四'), utf8('王').subarray(0, 2)]));
  assert.equal(e.valid, 2);
  assert.ok(e.invalid >= 2);
  assert.equal(e.firstInvalid, 6);
  assert.equal(e.cut, 10);
  assert.deepEqual(utf8Evidence(utf8('plain ascii')), { valid: 0, invalid: 0, firstInvalid: -1, cut: 11 });
});

test('detection: mostly UTF-8 with GBK rows is UTF-8; pure GBK is GB18030', () => {
  const all = lines(P.rows);
  const mixed = Buffer.concat([utf8(header), ...all.map((l, i) => (i % 10 === 5 ? gbk(l) : utf8(l)))]);
  assert.equal(detectEncoding(mixed.subarray(0, 1 << 16)).encoding, 'utf-8');
  // Negatives: GBK throughout, and GBK with a tenth of its rows in UTF-8, are GB18030.
  const pure = gbk(header + all.join(''));
  assert.equal(detectEncoding(pure.subarray(0, 1 << 16)).encoding, 'gb18030');
  const gbkMostly = Buffer.concat([gbk(header), ...all.map((l, i) => (i % 10 === 5 ? utf8(l) : gbk(l)))]);
  assert.equal(detectEncoding(gbkMostly.subarray(0, 1 << 16)).encoding, 'gb18030');
});

test('the UTF-8 check is the same whatever the chunking (a character split between chunks is valid)', () => {
  const text = utf8(header + lines(P.rows.slice(0, 50)).join(''));
  for (const size of [1, 2, 3, 5, 4096]) {
    const t = utf8Transcoder('utf-8');
    for (let i = 0; i < text.length; i += size) t.write(text.subarray(i, i + size));
    t.end();
    assert.equal(t.mixedNote(), null, `chunks of ${size}`);
  }
  const bad = Buffer.concat([text, Buffer.from([0xff, 0xfe, 0x80]), gbk('李四\n')]);
  for (const size of [1, 3, 4096]) {
    const t = utf8Transcoder('utf-8');
    for (let i = 0; i < bad.length; i += size) t.write(bad.subarray(i, i + size));
    t.end();
    assert.match(
      t.mixedNote() ?? '',
      new RegExp(`the first at byte ${text.length.toLocaleString('en-US')}\\)`),
    );
  }
});

test('estimate: GBK rows inside a UTF-8 CSV keep every column, with a note; mixed halves are noted', async () => {
  const t = tempDir();
  try {
    const all = lines(P.rows);
    const mixed = Buffer.concat([
      utf8(header),
      ...all.map((l, i) =>
        i % 10 === 5
          ? gbk(l)
          : i % 10 === 7
            ? Buffer.concat([utf8(l.trimEnd()), Buffer.from([0xff, 0xfe, 0x80, 0x0a])])
            : utf8(l),
      ),
    ]);
    writeFileSync(t.file('mixed.csv'), mixed);
    writeFileSync(
      t.file('mixed.jsonl'),
      Buffer.concat(
        P.rows.map((r, i) => {
          const line = `${JSON.stringify(Object.fromEntries(P.header.map((h, k) => [h, r[k]])))}\n`;
          return i % 10 === 5 ? gbk(line) : utf8(line);
        }),
      ),
    );
    for (const name of ['mixed.csv', 'mixed.jsonl']) {
      const r = await estimateDataset([t.file(name)], { workers: 1 });
      const part = r.parts[0];
      if (part === undefined) return assert.fail(`${name}: one part`);
      assert.equal(part.encoding, 'utf-8', name);
      const cats = new Set(part.columns.map((c) => c.category));
      for (const c of ['name', 'id_number', 'contact', 'address'])
        assert.ok(cats.has(c as never), `${name}: ${c} found`);
      assert.ok(
        part.notes.some((n) => n.includes('are not UTF-8')),
        `${name}: ${part.notes.join(' | ')}`,
      );
    }
    // GBK first half, UTF-8 second half: read as GB18030, and the UTF-8 half is noted.
    const half = Buffer.concat([gbk(header + all.slice(0, 1000).join('')), utf8(all.slice(1000).join(''))]);
    writeFileSync(t.file('halves.csv'), half);
    const h = await estimateDataset([t.file('halves.csv')], { workers: 1 });
    const hp = h.parts[0];
    if (hp === undefined) return assert.fail('halves: one part');
    assert.equal(hp.encoding, 'gb18030');
    assert.ok(
      hp.notes.some((n) => n.includes('look like UTF-8')),
      hp.notes.join(' | '),
    );
    // Negatives: clean UTF-8 and clean GBK files carry no encoding note.
    writeFileSync(t.file('clean.csv'), utf8(header + all.join('')));
    writeFileSync(t.file('gbk.csv'), gbk(header + all.join('')));
    for (const name of ['clean.csv', 'gbk.csv']) {
      const r = await estimateDataset([t.file(name)], { workers: 1 });
      assert.ok(!r.parts[0]?.notes.some((n) => /UTF-8/.test(n)), `${name}: ${r.parts[0]?.notes.join(' | ')}`);
    }
  } finally {
    t.done();
  }
});

test('the parallel CSV reader gives the same not-UTF-8 note as the single-thread reader', async () => {
  const t = tempDir();
  try {
    const all = lines(P.rows);
    // With a BOM (offsets count after it) and GBK rows spread over many small ranges.
    const mixed = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      utf8(header),
      ...all.map((l, i) => (i % 97 === 40 ? gbk(l) : utf8(l))),
    ]);
    writeFileSync(t.file('mixed.csv'), mixed);
    writeFileSync(t.file('clean.csv'), utf8(header + all.join('')));
    const note = (r: Awaited<ReturnType<typeof estimateDataset>>): string | undefined =>
      r.parts[0]?.notes.find((n) => n.includes('are not UTF-8'));
    for (const name of ['mixed.csv', 'clean.csv']) {
      const one = await estimateDataset([t.file(name)], { workers: 1 });
      const two = await estimateDataset([t.file(name)], {
        workers: 2,
        parallelMinBytes: 1,
        parallelRangeBytes: 4096,
      });
      assert.match(two.parts[0]?.notes.join(' ') ?? '', /counted in parallel on 2 threads/, name);
      assert.equal(note(two), note(one), name);
      assert.equal(two.records, one.records, name);
      if (name === 'mixed.csv')
        assert.match(note(two) ?? '', /sequences are not UTF-8 \(the first at byte [\d,]+\)/);
      else assert.equal(note(two), undefined);
    }
  } finally {
    t.done();
  }
});
